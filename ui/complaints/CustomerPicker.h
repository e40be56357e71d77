#pragma once

#include <QLineEdit>

class CustomerListModel;
class Database;
class QCompleter;
class QStringListModel;
struct Actor;

// A customer named by code or name, found with the customer list's search (on its own thread):
// one match is taken at once; several are offered in a popup to pick from; none says so.
class CustomerPicker : public QLineEdit
{
    Q_OBJECT

public:
    // What customerId() holds while nothing matches what was typed.
    static constexpr qint64 NoMatch = -1;

    CustomerPicker(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~CustomerPicker() override;

    // 0: no customer typed; NoMatch: nobody matches; else the customer chosen.
    qint64 customerId() const { return m_customerId; }
    // Why nothing is chosen yet ("3 customers match: pick one"), or the chosen one's name.
    QString note() const { return m_note; }
    void clearCustomer();
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void customerChanged(qint64 customerId);
    void noteChanged(const QString &note);

private:
    void search();
    void found(int count);
    void choose(qint64 id, const QString &label);
    void setNote(const QString &note);

    CustomerListModel *m_matches = nullptr;
    QStringListModel *m_offers = nullptr;
    QList<qint64> m_offerIds;
    QCompleter *m_completer = nullptr;
    qint64 m_customerId = 0;
    QString m_note;
};
