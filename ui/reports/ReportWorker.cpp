#include "ReportWorker.h"

#include "storage/Database.h"

ReportWorker::ReportWorker(ArchiveAddress address)
    : m_address(std::move(address))
{ }

ReportWorker::~ReportWorker()
{
    m_current.store(nullptr);
    m_rows.reset();
}

void ReportWorker::supersede(quint64 generation)
{
    m_latest.store(generation);
    if (Database *db = m_current.load())
        db->interrupt();
}

bool ReportWorker::open(QString *error)
{
    if (m_db) {
        m_db->settleInterrupts();
        return true;
    }
    auto opened = Database::openForThread(m_address);
    if (!opened) {
        *error = opened.error().message;
        return false;
    }
    m_db = std::move(opened).value();
    m_current.store(m_db.get());
    return true;
}

void ReportWorker::run(quint64 generation,
                       const Report *report,
                       const Actor &actor,
                       const ReportParams &params,
                       Report::RunOptions options,
                       int sortColumn,
                       bool descending,
                       int pageSize)
{
    m_rows.reset();
    if (!current(generation))
        return; // a newer request is queued behind this one
    QString error;
    if (!open(&error)) {
        Q_EMIT ran(generation, 0, {}, false, error);
        return;
    }
    options.cancel = [this, generation] {
        return !current(generation);
    };
    Result<std::unique_ptr<ReportRows>> rows = report->run(*m_db, actor, params, options);
    if (!current(generation))
        return;
    if (!rows) {
        Q_EMIT ran(generation, 0, {}, false, rows.error().message);
        return;
    }
    m_rows = std::move(rows).value();
    const Result<qint64> count = m_rows->rowCount();
    if (!current(generation))
        return;
    if (!count) {
        m_rows.reset();
        Q_EMIT ran(generation, 0, {}, false, count.error().message);
        return;
    }
    QList<QVariantList> first;
    if (count.value() > 0) {
        const Result<QList<ReportRows::Row>> page = m_rows->page(sortColumn,
                                                                 descending,
                                                                 0,
                                                                 pageSize);
        if (!current(generation))
            return;
        if (!page) {
            m_rows.reset();
            Q_EMIT ran(generation, 0, {}, false, page.error().message);
            return;
        }
        first = page.value();
    }
    Q_EMIT ran(generation, count.value(), first, m_rows->masked(), QString());
}

void ReportWorker::readPage(
        quint64 generation, int page, int sortColumn, bool descending, int pageSize)
{
    if (!current(generation) || !m_rows)
        return;
    m_db->settleInterrupts();
    const Result<QList<ReportRows::Row>> rows = m_rows->page(sortColumn,
                                                             descending,
                                                             qint64(page) * pageSize,
                                                             pageSize);
    if (!current(generation))
        return;
    Q_EMIT pageRead(generation,
                    page,
                    rows ? rows.value() : QList<QVariantList>(),
                    rows ? QString() : rows.error().message);
}

void ReportWorker::clear()
{
    m_rows.reset();
}
