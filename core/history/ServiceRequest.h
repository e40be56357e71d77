#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// The stages of the basic service process (seed 004), in order; Closed and Cancelled end it.
enum class RequestStage {
    Contact = 0, // 客户接触
    NeedsAnalysis = 1, // 需求分析
    Plan = 2, // 方案制定
    Execution = 3, // 执行实施
    AfterSales = 4, // 售后服务
    Closed = 5, // 已关闭
    Cancelled = 6, // 已取消
};
enum class RequestPriority { Low = 0, Normal = 1, High = 2, Urgent = 3 };

// One move of a request between stages: who, when, from where (none when it was opened) and why
// (required when it goes back, or is cancelled).
struct StageMove
{
    qint64 id = 0;
    qint64 requestId = 0;
    QDateTime movedAt; // UTC
    QString movedBy;
    bool opened = false; // the first entry: the request was opened in `to`
    RequestStage from = RequestStage::Contact;
    RequestStage to = RequestStage::Contact;
    QString reason;
};

// A service request (服务请求) moving through the service process.
struct ServiceRequest
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString title;
    QString description;
    RequestPriority priority = RequestPriority::Normal;
    QString owner; // login
    QDate dueOn;
    RequestStage stage = RequestStage::Contact; // changed only through stage moves
    QString cancelReason;
    // What the plan stage records.
    QString planContent;
    QString planSchedule;
    qint64 planBudget = 0; // minor units
    QDateTime openedAt;
    QDateTime closedAt; // set when Closed or Cancelled
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;

    bool isOpen() const
    {
        return stage != RequestStage::Closed && stage != RequestStage::Cancelled;
    }
};

// Time spent in one stage, summed over every visit to it (a request sent back visits twice).
struct StageTime
{
    RequestStage stage = RequestStage::Contact;
    qint64 seconds = 0;
    int visits = 0;
};
