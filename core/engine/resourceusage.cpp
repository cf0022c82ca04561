// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceusage.h"

#include "config/configuration.h"
#include "executionstate.h"
#include "ledger.h"
#include "store/storetypes.h"

#include <QJsonArray>

#include <algorithm>

namespace Conductor {

namespace {

double seconds(qint64 ms)
{
    return static_cast<double>(ms) / 1000.0;
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

qint64 atLeastZero(qint64 value)
{
    return std::max<qint64>(0, value);
}

Money atLeastZero(Money value)
{
    return Money::fromMicros(std::max<qint64>(0, value.micros));
}

// Most expensive first; lines that cost the same keep the order they came in (the
// pipeline's, or stage and agent).
void sortByCost(QList<ResourceUsage::CostLine> &lines)
{
    std::stable_sort(lines.begin(), lines.end(),
                     [](const ResourceUsage::CostLine &a, const ResourceUsage::CostLine &b) {
                         return a.cost > b.cost;
                     });
}

// The first instant of a day in the zone: where the day before ends, as the ledger says.
QDateTime startOfDay(const QDate &date, const QTimeZone &zone)
{
    return Ledger::endOfDay(QDateTime(date.addDays(-1), QTime(12, 0), zone), zone);
}

} // namespace

QJsonObject ResourceUsage::toJson() const
{
    const bool day = scope == Scope::Day;
    QJsonObject byAgent;
    for (auto it = tokens.byAgent.cbegin(); it != tokens.byAgent.cend(); ++it) {
        byAgent.insert(it.key(), it.value());
    }
    QJsonObject tokenObject{{QStringLiteral("budget"), tokens.budget},
                            {QStringLiteral("used"), tokens.used},
                            {QStringLiteral("remaining"), tokens.remaining},
                            {QStringLiteral("byAgent"), byAgent},
                            {QStringLiteral("held"), tokens.held},
                            {QStringLiteral("estimated"), tokens.estimated},
                            {QStringLiteral("emergencyUsed"), tokens.emergencyUsed},
                            {QStringLiteral("overrun"), tokens.overrun}};
    if (day) {
        tokenObject.insert(QStringLiteral("emergency"), tokens.emergencyReserve);
        tokenObject.insert(QStringLiteral("emergencyRemaining"),
                           atLeastZero(tokens.emergencyReserve - tokens.emergencyUsed));
    } else {
        tokenObject.insert(QStringLiteral("emergencyGranted"), tokens.emergencyGranted);
    }

    QJsonObject byStage;
    for (auto it = time.byStage.cbegin(); it != time.byStage.cend(); ++it) {
        byStage.insert(it.key(), seconds(it.value()));
    }
    const QJsonObject timeObject{{QStringLiteral("started"), isoOrNull(time.started)},
                                 {QStringLiteral("elapsed"), seconds(time.elapsedMs)},
                                 {QStringLiteral("remaining"), seconds(time.remainingMs)},
                                 {QStringLiteral("byStage"), byStage},
                                 {QStringLiteral("limit"), seconds(time.limitMs)}};

    QJsonArray breakdown;
    for (const CostLine &line : cost.breakdown) {
        breakdown.append(QJsonObject{{QStringLiteral("stage"), line.stage},
                                     {QStringLiteral("agent"), line.agent},
                                     {QStringLiteral("tokens"), line.tokens},
                                     {QStringLiteral("usd"), line.cost.toUsd()},
                                     {QStringLiteral("attempts"), line.attempts},
                                     {QStringLiteral("seconds"), seconds(line.durationMs)},
                                     {QStringLiteral("heldTokens"), line.heldTokens},
                                     {QStringLiteral("heldUSD"), line.heldCost.toUsd()}});
    }
    QJsonObject costByAgent;
    for (auto it = cost.byAgent.cbegin(); it != cost.byAgent.cend(); ++it) {
        costByAgent.insert(it.key(), it.value().toUsd());
    }
    QJsonObject costObject{{QStringLiteral("budgetUSD"), cost.budget.toUsd()},
                           {QStringLiteral("accruedUSD"), cost.accrued.toUsd()},
                           {QStringLiteral("estimatedUSD"), cost.estimated.toUsd()},
                           {QStringLiteral("breakdown"), breakdown},
                           {QStringLiteral("budgetSource"), cost.budgetSource},
                           {QStringLiteral("heldUSD"), cost.held.toUsd()},
                           {QStringLiteral("remainingUSD"), cost.remaining.toUsd()},
                           {QStringLiteral("overrideUSD"), cost.override.toUsd()},
                           {QStringLiteral("overrunUSD"), cost.overrun.toUsd()},
                           {QStringLiteral("byAgentUSD"), costByAgent},
                           {QStringLiteral("dailyBudgetUSD"), cost.dailyBudget.toUsd()},
                           {QStringLiteral("alertThresholdUSD"), cost.alertThreshold.toUsd()}};
    if (day) {
        costObject.insert(QStringLiteral("alertRaisedAt"), isoOrNull(cost.alertRaisedAt));
    } else {
        costObject.insert(QStringLiteral("overrideGrantedUSD"), cost.overrideGranted.toUsd());
    }
    return QJsonObject{{QStringLiteral("tokens"), tokenObject},
                       {QStringLiteral("time"), timeObject},
                       {QStringLiteral("cost"), costObject}};
}

ResourceUsage ResourceUsage::forExecution(const ExecutionState &state, const Configuration &config,
                                          const QDateTime &now)
{
    const Budgets &b = config.budgets;
    ResourceUsage u;
    u.scope = Scope::Execution;

    // What the stages still to run are expected to use. Running stages are in the holds
    // already; an execution that ended will run nothing more.
    qint64 futureTokens = 0;
    Money futureCost;
    if (!isEnded(state.status)) {
        for (const QString &stageId : state.stageOrder) {
            const StageRun::Status s = state.stages.value(stageId).status;
            if (s != StageRun::Status::Completed && s != StageRun::Status::Skipped &&
                s != StageRun::Status::Running) {
                const StageEstimate e = state.estimates.value(stageId);
                futureTokens += e.tokens;
                futureCost = futureCost + e.cost;
            }
        }
    }

    Tokens &t = u.tokens;
    t.emergencyGranted = state.emergencyGranted;
    t.budget = b.tokens.perPipeline + state.emergencyGranted;
    t.used = state.tokensUsed;
    t.held = state.tokensHeld;
    t.remaining = atLeastZero(t.budget - t.used - t.held);
    t.estimated = t.used + t.held + futureTokens;
    t.emergencyUsed = state.emergencyUsed;
    t.overrun = state.overrunTokens;
    for (auto it = state.tokensByAgent.cbegin(); it != state.tokensByAgent.cend(); ++it) {
        t.byAgent.insert(it.key(), it.value());
    }

    // The limit ExecutionRun::timeLimitMs() enforces: the start option, or the default
    // timeout, never beyond budgets.time.maxPipelineMinutes.
    const qint64 wanted = state.options.timeoutSeconds
                              ? *state.options.timeoutSeconds * 1000
                              : config.orchestration.defaultTimeout.count();
    u.time.started = state.createdAt;
    u.time.limitMs = std::min<qint64>(config.maxPipelineTime().count(), wanted);
    u.time.elapsedMs = state.elapsedMs(now);
    u.time.remainingMs = atLeastZero(u.time.limitMs - u.time.elapsedMs);

    Cost &c = u.cost;
    if (state.options.maxCost) {
        c.budget = *state.options.maxCost + state.budgetOverride;
        c.budgetSource = QStringLiteral("maxCost");
    } else {
        c.budget = b.cost.dailyBudget;
        c.budgetSource = QStringLiteral("daily");
    }
    c.accrued = state.costAccrued;
    c.held = state.costHeld;
    c.remaining = atLeastZero(c.budget - c.accrued - c.held);
    c.estimated = c.accrued + c.held + futureCost;
    c.override = state.overrideUsed;
    c.overrideGranted = state.budgetOverride;
    c.overrun = state.overrunCost;
    c.dailyBudget = b.cost.dailyBudget;
    c.alertThreshold = b.cost.alertThreshold;
    for (auto it = state.costByAgent.cbegin(); it != state.costByAgent.cend(); ++it) {
        c.byAgent.insert(it.key(), it.value());
    }

    for (const QString &stageId : state.stageOrder) {
        const StageRun run = state.stages.value(stageId);
        const Reservation *held = state.reservationOf(stageId);
        if (run.attempts == 0 && run.tokens == 0 && run.cost.micros == 0 && !held) {
            continue; // never started
        }
        u.time.byStage.insert(stageId, run.durationMs);
        // The agent of the running attempt, else the one the stage runs with now.
        QString agent = held ? held->agent : state.agentOverrides.value(stageId);
        if (agent.isEmpty()) {
            agent = state.estimates.value(stageId).agent;
        }
        c.breakdown.append(CostLine{stageId, agent, run.tokens, run.cost, run.attempts,
                                    run.durationMs, held ? held->tokens : 0,
                                    held ? held->cost : Money()});
    }
    sortByCost(c.breakdown);
    return u;
}

ResourceUsage ResourceUsage::forDay(const DayUsage &day, const Configuration &config,
                                    const QDateTime &now)
{
    const Budgets &b = config.budgets;
    const Ledger::DayAccount &a = day.account;
    ResourceUsage u;
    u.scope = Scope::Day;

    const QTimeZone zone = Ledger::zoneOf(config);
    const QDate date = QDate::fromString(a.day, Qt::ISODate);
    const QDateTime start = startOfDay(date, zone);
    const QDateTime end = startOfDay(date.addDays(1), zone);
    u.time.started = start;
    u.time.limitMs = start.msecsTo(end); // 23 or 25 hours where the clocks change
    // A day that is over has used all its time; one still to come, none.
    u.time.elapsedMs = std::clamp<qint64>(start.msecsTo(now), 0, u.time.limitMs);
    u.time.remainingMs = std::clamp<qint64>(now.msecsTo(end), 0, u.time.limitMs);

    Tokens &t = u.tokens;
    t.budget = b.tokens.daily;
    t.used = a.tokensUsed();
    t.held = a.tokensHeld();
    // The ordinary pool; the emergency reserve is reported on its own.
    t.remaining = atLeastZero(b.tokens.daily - a.tokensPosted - a.tokensPending);
    t.estimated = t.used + t.held;
    t.emergencyReserve = b.tokens.emergency;
    t.emergencyUsed = a.emergencyPosted + a.emergencyPending;
    t.overrun = a.overrunTokens;

    Cost &c = u.cost;
    c.budget = b.cost.dailyBudget;
    c.budgetSource = QStringLiteral("daily");
    c.accrued = a.costUsed();
    c.held = a.costHeld();
    c.remaining = atLeastZero(b.cost.dailyBudget - a.costPosted - a.costPending);
    c.estimated = c.accrued + c.held;
    c.override = a.overridePosted + a.overridePending;
    c.overrun = a.overrunCost;
    c.dailyBudget = b.cost.dailyBudget;
    c.alertThreshold = b.cost.alertThreshold;
    c.alertRaisedAt = a.alertAt;

    for (const DayUsage::Line &line : day.lines) {
        if (line.posted > 0) {
            t.byAgent[line.agent] += line.postedTokens;
            c.byAgent[line.agent] = c.byAgent.value(line.agent) + line.postedCost;
            u.time.byStage[line.stage] += line.durationMs;
        }
        if (line.posted > 0 || line.pending > 0) {
            c.breakdown.append(CostLine{line.stage, line.agent, line.postedTokens, line.postedCost,
                                        line.posted, line.durationMs, line.pendingTokens,
                                        line.pendingCost});
        }
    }
    sortByCost(c.breakdown);
    return u;
}

} // namespace Conductor
