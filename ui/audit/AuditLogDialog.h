#pragma once

#include "Actor.h"
#include "audit/AuditLog.h"

#include <QDialog>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

// The audit viewer for supervisors and admins (审计日志): every desk's entries, newest first,
// filtered by user, action, entity and date range, 500 at a time.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    AuditFilter currentFilter() const;
    void reload();
    void loadMore();

private:
    void append(const QList<AuditEntry> &entries);
    static QString detailsText(const AuditEntry &entry);

    Database &m_db;
    Actor m_actor;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_entity = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_more = nullptr;
    qint64 m_oldestShown = 0;
};
