// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The design document's ResourceUsage: budgets and what was used of them, for one
// execution (rebuilt from its events) or for one budget day (from the ledger's rows). A
// value computed once, at `now`, by the command line (`conductor budget`) and later the
// REST API (`GET usage`, `GET execution/{id}/usage`); nobody owns it.
//
// Token and dollar figures follow the ledger (ledger.h): "used" is what was posted,
// "held" what pending holds keep back, and "remaining" what the ordinary budget still
// allows once both are taken off. What approvers granted beyond the budgets (emergency
// tokens, override dollars) is reported beside, not hidden in the budget, except for an
// execution, whose own budget includes its grants as the engine counts them.

#include "config/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Conductor {

struct Configuration;
struct DayUsage;
struct ExecutionState;

struct ResourceUsage
{
    enum class Scope
    {
        Execution,
        Day
    };

    struct Tokens
    {
        qint64 budget = 0;    // an execution: budgets.tokens.perPipeline and its grants
        qint64 used = 0;      // posted
        qint64 held = 0;      // pending
        qint64 remaining = 0; // budget less used and held; a day: of its ordinary pool only
        qint64 estimated = 0; // used + held + what the stages still to run are expected to use
        QMap<QString, qint64> byAgent; // posted, sorted by agent
        qint64 emergencyReserve = 0;   // a day: budgets.tokens.emergency
        qint64 emergencyGranted = 0;   // an execution: granted from that reserve (in budget)
        qint64 emergencyUsed = 0;      // of the reserve or the grants, posted and held
        qint64 overrun = 0;            // posted beyond holds (already in used)
    };

    struct Time
    {
        QDateTime started;
        qint64 elapsedMs = 0; // an execution: running time, gate waits and pauses excluded
        qint64 remainingMs = 0;
        qint64 limitMs = 0;            // the execution's time limit, or the day's length
        QMap<QString, qint64> byStage; // milliseconds, sorted by stage
    };

    // One line of the cost breakdown: a stage (an execution), or a stage and agent (a day).
    struct CostLine
    {
        QString stage;
        QString agent;
        qint64 tokens = 0; // posted
        Money cost;        // posted
        int attempts = 0;
        qint64 durationMs = 0; // an execution: of the successful attempt; a day: all posted
        qint64 heldTokens = 0;
        Money heldCost;
    };

    struct Cost
    {
        Money budget;
        QString budgetSource; // "maxCost" (the execution's, with overrides) or "daily"
        Money accrued;        // posted
        Money held;           // pending
        Money remaining;      // budget less accrued and held; a day: overrides apart
        Money estimated;
        Money override;        // approvers' dollars, posted and held (already in accrued and held)
        Money overrideGranted; // an execution: the dollars approvers granted it
        Money overrun;         // posted beyond holds (already in accrued)
        Money dailyBudget;
        Money alertThreshold;
        QDateTime alertRaisedAt;      // a day: when the day's dollars crossed the threshold
        QMap<QString, Money> byAgent; // posted, sorted by agent
        QList<CostLine> breakdown;    // most expensive first
    };

    Scope scope = Scope::Execution;
    Tokens tokens;
    Time time;
    Cost cost;

    // The design document's keys (tokens.budget, time.elapsed in seconds, cost.accruedUSD,
    // cost.breakdown[{stage, agent, tokens, usd, attempts}] ...) with extra keys beside.
    [[nodiscard]] QJsonObject toJson() const;

    // An execution, from its state (config is the configuration it runs with).
    [[nodiscard]] static ResourceUsage
    forExecution(const ExecutionState &state, const Configuration &config, const QDateTime &now);
    // A budget day, from the ledger's rows (config gives the limits and the time zone).
    [[nodiscard]] static ResourceUsage forDay(const DayUsage &day, const Configuration &config,
                                              const QDateTime &now);
};

} // namespace Conductor
