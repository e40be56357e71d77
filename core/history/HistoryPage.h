#pragma once

#include <QDateTime>
#include <QList>

// Paging through one customer's history, newest first: the next page starts after the last
// (time, id) shown. An invalid `at` asks for the first page.
struct HistoryCursor
{
    QDateTime at;
    qint64 id = 0;

    bool isStart() const { return !at.isValid(); }
};

template<typename T>
struct HistoryPage
{
    QList<T> rows;
    HistoryCursor next; // where the following page starts
    bool atEnd = true; // no rows after these
};
