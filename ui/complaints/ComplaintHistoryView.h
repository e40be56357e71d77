#pragma once

#include "complaints/Complaint.h"

#include <QTreeWidget>

class ChoiceLabels;

// A complaint's history (complaint_changes), oldest first: when, who, what, before → after (and
// a reopen's reason), in words. Used by the complaint dialog and the supervisor's detail pane.
class ComplaintHistoryView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, FieldColumn, ChangeColumn, ColumnCount };

    explicit ComplaintHistoryView(QWidget *parent = nullptr);
    // A few rows: the list takes what room is left rather than asking for much.
    QSize sizeHint() const override;

    void setChanges(const QList<ComplaintChange> &changes,
                    const ChoiceLabels &reasons,
                    const ChoiceLabels &compensations);
    // The visible text of a row (tests, the detail pane's copy).
    QString rowText(int row) const;
};
