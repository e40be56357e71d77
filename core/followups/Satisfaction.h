#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

class Database;

// Which scores to count; empty fields do not filter.
struct SatisfactionFilter
{
    QDate from; // local dates of doneAt, inclusive
    QDate to;
    QString ratedStaff;
    enum class Follows { Any, Complaint, Request, Purchase } follows = Follows::Any;
    qint64 customerId = 0;
};

// CSAT and NPS over the scores of done follow-ups.
struct SatisfactionFigures
{
    int csatCount = 0;
    int csatSatisfied = 0; // scores 4 and 5
    double csatShare = 0; // satisfied / count, 0..1 (0 when no scores)
    double csatMean = 0; // 1..5 (0 when no scores)
    int npsCount = 0;
    int promoters = 0; // 9-10
    int passives = 0; // 7-8
    int detractors = 0; // 0-6
    double nps = 0; // (promoters - detractors) / count × 100, -100..100 (0 when no scores)
};

class Satisfaction
{
    Q_DECLARE_TR_FUNCTIONS(Satisfaction)

public:
    static Result<SatisfactionFigures> compute(Database &db,
                                               const Actor &actor,
                                               const SatisfactionFilter &filter);
};
