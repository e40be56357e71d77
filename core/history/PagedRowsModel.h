#pragma once

#include "Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <functional>

// A read-only table over one customer's history, fetched page by page as the view scrolls
// (canFetchMore / fetchMore), so a customer with 50,000 interactions opens as fast as one with
// five. What a row shows and where the next page starts are the fetcher's business: the
// profile's tabs and the timeline each give one.
class PagedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        qint64 id = 0;
        QStringList cells;
        QString toolTip;
        int kind = 0; // what the row is, for the view (a timeline entry's kind)
    };
    struct Page
    {
        QList<Row> rows;
        bool atEnd = true;
    };
    // fromStart: forget the cursor and read the first page. The fetcher keeps its own cursor.
    using Fetch = std::function<Result<Page>(bool fromStart, int limit)>;

    static constexpr int PageSize = 100;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2;

    PagedRowsModel(const QStringList &headers, QObject *parent = nullptr);

    // Right-aligned columns (amounts, durations).
    void setNumericColumns(const QList<int> &columns) { m_numeric = columns; }
    // Replaces the rows with the first page of fetch (an empty fetch: no rows).
    void reset(Fetch fetch);
    // The first page again, with the same fetcher (after a write).
    void reload();
    // The message of the last failed read; empty when it worked.
    QString lastError() const { return m_error; }
    qint64 idAt(int row) const;
    const Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void failed(const QString &message);

private:
    bool read(bool fromStart);

    QStringList m_headers;
    QList<int> m_numeric;
    QList<Row> m_rows;
    Fetch m_fetch;
    bool m_atEnd = true;
    QString m_error;
};
