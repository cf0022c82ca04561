// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The design document's key metrics over a window of the durable history, for the
// dashboard (and later the REST API and the alert rules): pipeline success rate, execution
// time, resource efficiency, gate first-approval rate and error recovery rate, the last
// two also per stage and per agent. Read with a handful of indexed range queries, never
// one query per execution, so a 30-day window over 100,000 executions stays interactive.
// Rates are fractions 0–1, absent when nothing was there to count.

#include "config/money.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Conductor {

class Database;

struct KeyMetrics
{
    // What a stage or an agent did in the window, by the end of its attempts.
    struct Breakdown
    {
        QString name; // the stage's or the agent's id ("" when no hold names the agent)
        int attempts = 0;
        int failed = 0;    // attempt_failed
        int recovered = 0; // of those failed, the stage later completed
        int succeeded = 0; // attempts that neither failed nor were interrupted
        std::optional<double> recoveryRate;
        std::optional<double> meanSuccessSeconds; // of the attempts that succeeded
        qint64 tokens = 0;
        Money cost;
    };

    QDateTime from; // the window [from, to)
    QDateTime to;
    bool ok = true;
    QString error; // why the figures could not be read, when not ok

    // Executions by their end (the last execution_completed / _failed / _cancelled
    // event), within the window.
    int completed = 0;
    int failed = 0;
    int cancelled = 0;
    // completed / (completed + failed)
    std::optional<double> successRate;

    // From execution_created to the end, over the completed and failed executions
    // (cancelled ones are left out, as from the rates). Nearest-rank percentiles.
    std::optional<double> meanSeconds;
    std::optional<double> p50Seconds;
    std::optional<double> p95Seconds;

    // What the completed executions used, and per completed execution.
    qint64 completedTokens = 0;
    Money completedCost;
    std::optional<double> tokensPerCompleted;
    std::optional<Money> costPerCompleted;

    // Groups of gates (execution, checkpoint, gate type) with a decision in the window;
    // those whose first decision (at any time) was an approval. Expired counts as decided
    // and not approved.
    int gateGroupsDecided = 0;
    int gateGroupsFirstApproved = 0;
    std::optional<double> firstApprovalRate;

    // attempt_failed events in the window; those whose stage later completed (a retry
    // succeeded, at any time up to now).
    int failedAttempts = 0;
    int recoveredAttempts = 0;
    std::optional<double> recoveryRate;

    QList<Breakdown> stages; // sorted by name
    QList<Breakdown> agents;
};

// What runs now, from the executions rows (a count per status, through their index).
struct ActiveExecutions
{
    bool ok = true;
    int running = 0; // and not waiting at a gate
    int waitingAtGate = 0;
    int paused = 0;
    int queued = 0;
};

// The metrics of the window [from, to) as the database holds them now; not ok, with the
// error, when a query fails.
[[nodiscard]] KeyMetrics readKeyMetrics(Database &database, const QDateTime &from,
                                        const QDateTime &to);
[[nodiscard]] ActiveExecutions readActiveExecutions(Database &database);
// The p-quantile (0 < p <= 1) of ascending values by the nearest rank: the value at rank
// ceil(p * n); 0 for no values.
[[nodiscard]] double nearestRank(const QList<double> &ascending, double p);

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::KeyMetrics)
Q_DECLARE_METATYPE(Conductor::ActiveExecutions)
