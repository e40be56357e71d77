#pragma once

#include "Actor.h"

#include <QWidget>

class Database;
class QLabel;

// Above the profile's tabs: the derived figures (spend net of refunds, purchases, average order,
// first and last purchase, last contact, open requests) and the classification with its reason,
// all computed in core (CustomerFigures).
class ProfileHeader : public QWidget
{
    Q_OBJECT

public:
    ProfileHeader(Database &db, const Actor &actor, QWidget *parent = nullptr);

    // 0: a new, unsaved customer (the header hides).
    void showCustomer(qint64 customerId);
    void refresh();
    QString figuresText() const;
    QString classificationText() const;

private:
    Database &m_db;
    Actor m_actor;
    qint64 m_customerId = 0;
    QLabel *m_classification = nullptr;
    QLabel *m_figures = nullptr;
};
