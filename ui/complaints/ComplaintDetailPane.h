#pragma once

#include "Actor.h"
#include "complaints/Complaint.h"
#include "complaints/ComplaintRepository.h"

#include <QWidget>

#include <optional>

class ComplaintHistoryView;
class Database;
class QLabel;
class TimelineView;

// Beside the supervisor's list: the complaint chosen (what, who, SLA), its full history, and
// its customer's timeline (every purchase, interaction, request, complaint and return visit).
class ComplaintDetailPane : public QWidget
{
    Q_OBJECT

public:
    ComplaintDetailPane(Database &db, const Actor &actor, QWidget *parent = nullptr);

    // 0: nothing chosen. Reads the complaint and its history again each time.
    void showComplaint(qint64 complaintId);
    const std::optional<Complaint> &complaint() const { return m_complaint; }
    QLabel *summary() const { return m_summary; }
    ComplaintHistoryView *history() const { return m_history; }
    TimelineView *timeline() const { return m_timeline; }

private:
    Database &m_db;
    ComplaintRepository m_complaints;
    Actor m_actor;
    std::optional<Complaint> m_complaint;
    qint64 m_timelineCustomer = -1;
    QLabel *m_summary = nullptr;
    QLabel *m_sla = nullptr;
    ComplaintHistoryView *m_history = nullptr;
    TimelineView *m_timeline = nullptr;
};
