#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>

class CustomerListModel;
class QEventLoop;

// Small helpers of the benchmark: statistics, memory, output, and waiting for the list model.
namespace Bench {

// Milliseconds since the timer started, with nanosecond resolution.
inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread: what it spent itself, without time it was preempted.
double threadCpuMs();

double median(QList<double> values);
// Nearest-rank percentile (p in 0..100): with 7 samples, p95 is the largest.
double percentile(QList<double> values, double p);
double maximum(const QList<double> &values);

// Resident set size and its high-water mark (VmRSS, VmHWM from /proc/self/status), in MiB.
double rssMb();
double peakRssMb();
// Resets VmHWM to the current RSS (Linux: "5" > /proc/self/clear_refs); false when unsupported.
bool resetPeakRss();

// The 1, 5 and 15 minute load averages (other work on the machine skews every timing).
QString loadAverage();

// One output line, UTF-8, flushed at once so progress is visible when piped.
void out(const QString &line);
void err(const QString &line);
QString num(double value, int decimals = 1);

// Writes a generated CSV file: the header line, then rows appended by appendRow(buffer, i) for
// i in [0, rows), in 1 MiB writes. False when the file cannot be written.
bool writeCsvFile(const QString &path,
                  const QByteArray &header,
                  qint64 rows,
                  const std::function<void(QByteArray &buffer, qint64 i)> &appendRow);

// A bind value as an SQL literal, for --print-sql: integers as they are, text quoted with ''.
QString sqlLiteral(const QVariant &value);

// Reads what a view shows for rows [first, first + count): DisplayRole of every column.
// Returns the number of characters read, so the work cannot be optimised away.
qint64 readRows(const CustomerListModel &model, int first, int count);

// Counts the model's finished() and failed() signals and waits for the next one.
class ModelProbe : public QObject
{
public:
    explicit ModelProbe(CustomerListModel &model);

    // Forgets the results seen so far: the next waitForResult() waits for a newer one.
    void mark();
    // Runs the event loop until a finished() or failed() arrives that is newer than mark(), or
    // until timeoutMs passes; then marks. True when a result came and no failure.
    bool waitForResult(int timeoutMs = 600000);
    // Runs the event loop for ms milliseconds (results arriving meanwhile are counted).
    void idle(int ms);

    int finishedCount() const { return m_finished; }
    int failedCount() const { return m_failed; }
    int lastCount() const { return m_lastCount; }
    const QString &lastError() const { return m_lastError; }

    // Called on every finished(), inside the event loop, as a view would repaint.
    std::function<void()> onFinished;

private:
    QEventLoop *m_loop = nullptr;
    int m_finished = 0;
    int m_failed = 0;
    int m_seenFinished = 0;
    int m_seenFailed = 0;
    int m_lastCount = 0;
    QString m_lastError;
};

} // namespace Bench
