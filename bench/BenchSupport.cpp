#include "BenchSupport.h"

#include "customers/CustomerListModel.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace Bench {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(1, rank, values.size()) - 1);
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

namespace {

double statusFieldMb(const char *field)
{
    // /proc files have no size: read them whole instead of testing atEnd().
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            const QByteArray kb = line.mid(prefix.size()).simplified().split(' ').value(0);
            return kb.toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace

double rssMb()
{
    return statusFieldMb("VmRSS");
}

double peakRssMb()
{
    return statusFieldMb("VmHWM");
}

bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return QString::fromLatin1(fields.mid(0, 3).join('/'));
}

void out(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

QString num(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString sqlLiteral(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default:
        break;
    }
    if (value.isNull())
        return QStringLiteral("NULL");
    QString text = value.toString();
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

qint64 readRows(const CustomerListModel &model, int first, int count)
{
    qint64 chars = 0;
    const int columns = model.columnCount();
    const int end = qMin(first + count, model.rowCount());
    for (int row = first; row < end; ++row)
        for (int column = 0; column < columns; ++column)
            chars += model.data(model.index(row, column)).toString().size();
    return chars;
}

ModelProbe::ModelProbe(CustomerListModel &model)
{
    connect(&model, &CustomerListModel::finished, this, [this](int count) {
        ++m_finished;
        m_lastCount = count;
        if (onFinished)
            onFinished();
        if (m_loop)
            m_loop->quit();
    });
    connect(&model, &CustomerListModel::failed, this, [this](const QString &message) {
        ++m_failed;
        m_lastError = message;
        if (m_loop)
            m_loop->quit();
    });
}

void ModelProbe::mark()
{
    m_seenFinished = m_finished;
    m_seenFailed = m_failed;
}

bool ModelProbe::waitForResult(int timeoutMs)
{
    if (m_finished == m_seenFinished && m_failed == m_seenFailed) {
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
    }
    const bool ok = m_finished > m_seenFinished && m_failed == m_seenFailed;
    mark();
    return ok;
}

void ModelProbe::idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool writeCsvFile(const QString &path,
                  const QByteArray &header,
                  qint64 rows,
                  const std::function<void(QByteArray &buffer, qint64 i)> &appendRow)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray buffer = header;
    for (qint64 i = 0; i < rows; ++i) {
        appendRow(buffer, i);
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size();
}

} // namespace Bench
