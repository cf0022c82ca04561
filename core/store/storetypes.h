// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Values that cross between the engine, the store thread and the command line.

#include "config/money.h"
#include "engine/event.h"
#include "engine/executionstate.h"
#include "engine/ledger.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Conductor {

// The row of the executions table: what a list of executions shows without reading
// every event. Written by the owner with each batch of the execution's events.
struct ExecutionSummary
{
    QString id;
    QString pipelineId;
    QString ideaId; // the idea it was started on (empty for executions older than the column)
    QString ideaTitle;
    ExecutionStatus status = ExecutionStatus::Pending;
    Priority priority = Priority::Normal;
    QString currentStage;
    qint64 tokensUsed = 0;
    Money cost;
    qint64 plannedTokens = 0; // what its stages not done or held are expected to use
    Money plannedCost;
    int stagesDone = 0; // completed or skipped
    int stagesTotal = 0;
    qint64 activeMs = 0;   // running time up to activeSince
    QDateTime activeSince; // when its running clock started, while it runs
    QString waitingGate;   // the type of the gate it waits at, if it does
    QString nextGate;      // the name of the next checkpoint it meets, if any
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 lastSeq = 0;
    QString owner;        // the process holding the lease, or empty (filled in by reads)
    QDateTime leaseUntil; // (filled in by reads)
};

// A row of the audit table: something a person did, with who, when and why.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;  // config_changed, ...
    QString subject; // what it was done to: a file, an execution
    QString reason;
    QJsonObject detail;
};

// A row of the gates table: a gate as the gates list shows it.
struct GateRow
{
    QString id;
    QString executionId;
    QString ideaTitle;
    QString type;
    QString status;
    bool critical = false;
    QString reviewerRole;
    int escalations = 0;
    QString reason;
    QJsonObject summary; // costSoFar, tokensSoFar, verdicts, completedStages, description
    QDateTime openedAt;
    QDateTime deadline;
    QDateTime decidedAt;
    QString reviewer;
    QString notes;
};

// One write: events of any executions, the rows that summarise them, and the commands
// those events answer. Committed in one transaction, grouped with others that arrive
// within the group window.
struct HandledCommand
{
    qint64 id = 0;
    QString outcome; // "done", or why it was refused
};

struct StoreBatch
{
    ExecutionEvents events;
    QList<ExecutionSummary> summaries;
    QList<HandledCommand> handledCommands;
    // Budget holds to decide, after the events, in the same transaction.
    QList<Ledger::HoldRequest> holds;
};

// What became of a hold request: decided, or not (the execution's lease was lost).
struct HoldOutcome
{
    QString executionId;
    QString holdId;
    bool decided = false;
    Ledger::HoldDecision decision;
};

// An alert the ledger raised (the day's dollars crossed the alert threshold): a row of
// the alerts table, raised once per day.
struct LedgerAlert
{
    QString id; // "budget_threshold:<day>"
    QString rule;
    QString message;
    QJsonObject data;
    QDateTime raisedAt;
};

// What a stage and agent used in their recent posted attempts.
struct UsageEstimate
{
    qint64 tokens = 0;
    Money cost;
    int samples = 0;
};

// What a Budget Check needs: the day's account, and the history of each stage and agent
// (keyed "stage/agent") that has one.
struct BudgetOutlook
{
    Ledger::DayAccount day;
    QHash<QString, UsageEstimate> history;
    // What the executions other live processes run still expect to spend.
    qint64 othersPlannedTokens = 0;
    Money othersPlannedCost;
    int othersRunning = 0;
};

// What the ledger holds for one budget day (`conductor budget`): the day's account, and
// its holds summed per stage and agent.
struct DayUsage
{
    struct Line
    {
        QString stage;
        QString agent;
        int posted = 0;          // posted holds: attempts that ended
        qint64 postedTokens = 0; // what they used
        Money postedCost;
        qint64 durationMs = 0;
        int pending = 0; // holds not resolved yet
        qint64 pendingTokens = 0;
        Money pendingCost;
    };

    Ledger::DayAccount account;
    QList<Line> lines;  // sorted by stage, then agent
    int executions = 0; // that held anything that day
};

// One page of the executions list, newest first: the rows after a cursor (the last row
// of the page before), with a filter. Keyset paging: a page deep in 100,000 executions
// costs what the first does.
// What a page of executions is ordered by (then by id, the same way).
enum class ExecutionOrder
{
    Created,
    Updated,
    Status,
    Idea,
    Stage,
    Progress,
    Tokens,
    Cost,
    Elapsed,
    NextGate
};

struct ExecutionPageQuery
{
    std::optional<ExecutionStatus> status;
    QString search; // in the idea's title or the execution's id; empty for all
    ExecutionOrder order = ExecutionOrder::Created;
    bool descending = true;
    // The cursor, the last row of the page before (none for the first page): the rows
    // after it in the order asked for.
    std::optional<ExecutionSummary> after;
    int limit = 200;
    // Rows skipped before the page (page-numbered lists, such as the REST API's); keyset
    // paging with after is what stays fast deep into a long list.
    qint64 offset = 0;
};

struct ExecutionPage
{
    QList<ExecutionSummary> rows;
    qint64 total = 0;          // matching the filter, all pages together
    QDateTime newestCreatedAt; // of those counted in total
    bool ok = true;
};

// A request to act on an execution, written by any process (`conductor intervene`) and
// carried out by the process that owns the execution.
struct StoredCommand
{
    qint64 id = 0;
    QString executionId;
    QString kind; // pause, resume, cancel, skip, retry, decide
    QJsonObject args;
    QString requestedBy;
    QString reason;
    QDateTime createdAt;
};

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::StoreBatch)
Q_DECLARE_METATYPE(Conductor::HoldOutcome)
Q_DECLARE_METATYPE(Conductor::LedgerAlert)
Q_DECLARE_METATYPE(Conductor::BudgetOutlook)
Q_DECLARE_METATYPE(Conductor::Ledger::DayAccount)
Q_DECLARE_METATYPE(Conductor::StoredCommand)
Q_DECLARE_METATYPE(Conductor::ExecutionSummary)
Q_DECLARE_METATYPE(Conductor::ExecutionPageQuery)
Q_DECLARE_METATYPE(Conductor::ExecutionPage)
Q_DECLARE_METATYPE(Conductor::DayUsage)
Q_DECLARE_METATYPE(Conductor::GateRow)
Q_DECLARE_METATYPE(Conductor::AuditRecord)
