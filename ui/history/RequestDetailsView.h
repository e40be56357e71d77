#pragma once

#include "history/ServiceRequest.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

// Below the request list: where the selected request stands in the service process (the path
// of stages, the current one bold; a cancelled one with its reason), what it is about and its
// plan, the time spent in each stage so far, and every stage move (when, who, from → to, why).
class RequestDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetailsView(QWidget *parent = nullptr);

    // moves oldest first; now is when the current stage's time stops counting.
    void setRequest(const ServiceRequest &request,
                    const QList<StageMove> &moves,
                    const QDateTime &now);
    void clear();

    QLabel *pathLabel() const { return m_path; }
    QStandardItemModel *stageTimes() const { return m_times; }
    QStandardItemModel *stageMoves() const { return m_moves; }

    // The stages as one line of rich text, the current one bold.
    static QString pathText(const ServiceRequest &request, const QList<StageMove> &moves);
    // "3 days 4 h", "2 h 05 min", "45 s"
    static QString spanText(qint64 seconds);

private:
    QLabel *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_times = nullptr;
    QStandardItemModel *m_moves = nullptr;
    QTableView *m_timesView = nullptr;
    QTableView *m_movesView = nullptr;
};
