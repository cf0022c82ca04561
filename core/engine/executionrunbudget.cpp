// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// ExecutionRun, continued: the budget ledger as one execution sees it. Before an attempt
// starts its estimate is held (the store decides against the day, the execution decides
// against its own budgets); when it ends the hold is posted with what it used; a hold no
// attempt will use is voided. An attempt the budgets cannot cover waits on a budget gate,
// which an approver resolves by granting tokens from the emergency reserve and dollars,
// or by rejecting it.

#include "executionrun.h"

#include "clock.h"
#include "ids.h"
#include "logging/logging.h"
#include "store/storetypes.h"

#include <QJsonArray>
#include <QLocale>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ExecutionRun)
};

} // namespace

QStringList ExecutionRun::historyKeys(const PipelineDefinition &pipeline)
{
    QStringList keys;
    for (const StageDefinition &s : pipeline.stages) {
        keys.append(s.id + u'/' + s.agent);
    }
    return keys;
}

ExecutionRun::StartEstimate ExecutionRun::estimateStart(const PipelineDefinition &pipeline,
                                                        const BudgetOutlook &outlook)
{
    // Each stage from the recent history of its stage and agent when there is one, else
    // from the agent's figures in the pipeline.
    StartEstimate estimate;
    for (const StageDefinition &s : pipeline.stages) {
        const AgentDefinition *a = pipeline.agent(s.agent);
        StageEstimate e{s.agent, a ? a->simulation.tokens : 0, a ? a->simulation.cost : Money(),
                        QStringLiteral("pipeline"), 0};
        if (const auto h = outlook.history.constFind(s.id + u'/' + s.agent);
            h != outlook.history.cend()) {
            e = StageEstimate{s.agent, h->tokens, h->cost, QStringLiteral("history"), h->samples};
        }
        estimate.tokens += e.tokens;
        estimate.cost = estimate.cost + e.cost;
        estimate.perStage.insert(s.id, QJsonObject{{QStringLiteral("agent"), e.agent},
                                                   {QStringLiteral("tokens"), e.tokens},
                                                   {QStringLiteral("costMicros"), e.cost.micros},
                                                   {QStringLiteral("source"), e.source},
                                                   {QStringLiteral("samples"), e.samples}});
    }

    return estimate;
}

ExecutionRun::Room ExecutionRun::roomToday(ExecutionHost &host, const Budgets &budgets,
                                           const BudgetOutlook &outlook)
{
    const Ledger::DayAccount &day = outlook.day;
    Room room;
    room.planned = host.plannedSpend();
    room.planned.tokens += outlook.othersPlannedTokens;
    room.planned.cost = room.planned.cost + outlook.othersPlannedCost;
    room.planned.executions += outlook.othersRunning;
    room.tokensLeft = std::max<qint64>(0, budgets.tokens.daily - day.tokensPosted -
                                              day.tokensPending - room.planned.tokens);
    room.costLeft = Money::fromMicros(std::max<qint64>(
        0,
        (budgets.cost.dailyBudget - day.costPosted - day.costPending - room.planned.cost).micros));
    return room;
}

StartCheck ExecutionRun::check(ExecutionHost &host, const StartRequest &request,
                               const BudgetOutlook &outlook)
{
    StartCheck result;
    const DefinitionCache::Result loaded = host.definitions().load(
        request.configText, request.pipelineText, request.simOverrides, request.options.seed);
    if (!loaded.definition) {
        result.refusal = loaded.error;
        result.invalidConfiguration = true;
        return result;
    }
    const Budgets &budgets = loaded.definition->config.budgets;
    const StartEstimate estimate = estimateStart(loaded.definition->pipeline, outlook);
    const Room room = roomToday(host, budgets, outlook);
    result.tokens = estimate.tokens;
    result.cost = estimate.cost;
    result.perStage = estimate.perStage;
    result.tokensLeftToday = room.tokensLeft;
    result.costLeftToday = room.costLeft;
    result.tokensPerPipeline = budgets.tokens.perPipeline;
    result.refusal = budgetCheck(host, budgets, request.options, estimate, outlook);
    return result;
}

QString ExecutionRun::budgetCheck(ExecutionHost &host, const Budgets &budgets,
                                  const StartOptions &options, const StartEstimate &estimate,
                                  const BudgetOutlook &outlook)
{
    // Refused at once when the estimate cannot fit.
    const QLocale locale;
    const Room room = roomToday(host, budgets, outlook);
    const PlannedSpend &planned = room.planned;
    const qint64 tokensLeft = room.tokensLeft;
    const Money costLeft = room.costLeft;
    const QString plannedNote =
        planned.executions == 0
            ? QString()
            : Text::tr("; still expected by executions running now: %1 tokens / $%2")
                  .arg(locale.toString(planned.tokens), planned.cost.toString());
    if (estimate.tokens > budgets.tokens.perPipeline) {
        return Text::tr("refused: the pipeline needs ≈ %1 tokens, more than its budget "
                        "of %2 (budgets.tokens.perPipeline)")
            .arg(locale.toString(estimate.tokens), locale.toString(budgets.tokens.perPipeline));
    }
    if (estimate.tokens > tokensLeft) {
        return Text::tr("refused: the pipeline needs ≈ %1 tokens, %2 left today "
                        "(budgets.tokens.daily: %3%4)")
            .arg(locale.toString(estimate.tokens), locale.toString(tokensLeft),
                 locale.toString(budgets.tokens.daily), plannedNote);
    }
    if (options.maxCost && estimate.cost > *options.maxCost) {
        return Text::tr("refused: the pipeline needs ≈ $%1, the execution may spend $%2 (maxCost)")
            .arg(estimate.cost.toString(), options.maxCost->toString());
    }
    if (estimate.cost > costLeft) {
        return Text::tr("refused: the pipeline needs ≈ $%1, $%2 left today "
                        "(budgets.cost.dailyBudgetUSD: $%3%4)")
            .arg(estimate.cost.toString(), costLeft.toString(), budgets.cost.dailyBudget.toString(),
                 plannedNote);
    }

    return {};
}

PlannedSpend ExecutionRun::plannedSpend() const
{
    // Asked for every run at every start and every batch: computed once per change.
    if (m_plannedAt == m_state.lastSeq && m_plannedAt != 0) {
        return m_planned;
    }
    m_plannedAt = m_state.lastSeq;
    m_planned = computePlannedSpend();
    return m_planned;
}

PlannedSpend ExecutionRun::computePlannedSpend() const
{
    PlannedSpend p;
    if (m_passive || m_abandoned || isEnded(m_state.status)) {
        return p;
    }
    for (const QString &stageId : m_state.stageOrder) {
        const StageRun::Status s = m_state.stages.value(stageId).status;
        if (s == StageRun::Status::Completed || s == StageRun::Status::Skipped ||
            m_state.reservationOf(stageId)) {
            continue; // done, or held already (the day counts its holds)
        }
        const StageEstimate e = estimateFor(*m_pipeline.stage(stageId));
        p.tokens += e.tokens;
        p.cost = p.cost + e.cost;
    }
    p.executions = 1;
    return p;
}

StageEstimate ExecutionRun::estimateFor(const StageDefinition &stage) const
{
    const QString agent = agentFor(stage);
    const auto known = m_state.estimates.constFind(stage.id);
    if (known != m_state.estimates.cend() && known->agent == agent) {
        return *known;
    }
    // Another agent than the estimate's (an intervention changed it): its own figures.
    const AgentDefinition *a = m_pipeline.agent(agent);
    return StageEstimate{agent, a ? a->simulation.tokens : 0, a ? a->simulation.cost : Money(),
                         QStringLiteral("pipeline"), 0};
}

Ledger::HoldRequest ExecutionRun::holdRequest(const StageDefinition &stage, int attempt,
                                              const QString &key) const
{
    Q_UNUSED(attempt)
    const StageEstimate estimate = estimateFor(stage);
    Ledger::HoldRequest r;
    r.id = key;
    r.executionId = m_state.id;
    r.stage = stage.id;
    r.agent = estimate.agent;
    r.day = Ledger::dayOf(m_host.clock().now(), m_zone);
    r.tokens = estimate.tokens;
    r.cost = estimate.cost;
    // What the execution spent and holds within its own budgets (grants apart).
    const qint64 ordinaryTokens = m_state.tokensUsed + m_state.tokensHeld - m_state.emergencyUsed;
    r.executionTokenRoom = m_config.budgets.tokens.perPipeline - ordinaryTokens;
    if (m_state.options.maxCost) {
        r.executionCostRoom = *m_state.options.maxCost -
                              (m_state.costAccrued + m_state.costHeld - m_state.overrideUsed);
    }
    r.grantTokens = m_state.emergencyGranted - m_state.emergencyUsed;
    r.grantCost = m_state.budgetOverride - m_state.overrideUsed;
    r.limits = Ledger::limitsOf(m_config);
    return r;
}

void ExecutionRun::holdDecided(const HoldOutcome &outcome)
{
    QString stageId;
    for (auto it = m_holding.cbegin(); it != m_holding.cend(); ++it) {
        if (it->id == outcome.holdId) {
            stageId = it.key();
        }
    }
    if (stageId.isEmpty() || m_abandoned || !outcome.decided) {
        return; // not ours, or the lease is lost (the store wrote nothing)
    }
    const Ledger::HoldRequest request = m_holding.take(stageId);
    const StageDefinition *stage = m_pipeline.stage(stageId);
    const StageRun run = m_state.stages.value(stageId);
    const bool startable =
        stage && !isEnded(m_state.status) && m_state.status != ExecutionStatus::Paused &&
        m_state.reviewAlert.isEmpty() &&
        (run.status == StageRun::Status::Waiting || run.status == StageRun::Status::RetryWaiting) &&
        needsDone(stageId);
    const Ledger::HoldDecision &d = outcome.decision;
    if (d.granted && !startable) {
        // Paused, skipped, ended or held for a review while the store decided: nothing will
        // use it.
        record(EventType::BudgetVoided,
               QJsonObject{{QStringLiteral("reservation"), request.id},
                           {QStringLiteral("stage"), stageId},
                           {QStringLiteral("day"), request.day},
                           {QStringLiteral("reason"), Text::tr("the attempt did not start")}});
    } else if (d.granted) {
        const int attempt = run.attempts + 1;
        record(EventType::BudgetReserved,
               QJsonObject{{QStringLiteral("reservation"), request.id},
                           {QStringLiteral("stage"), stageId},
                           {QStringLiteral("attempt"), attempt},
                           {QStringLiteral("agent"), request.agent},
                           {QStringLiteral("day"), request.day},
                           {QStringLiteral("tokens"), d.hold.tokens},
                           {QStringLiteral("costMicros"), d.hold.cost.micros},
                           {QStringLiteral("emergencyTokens"), d.hold.emergency},
                           {QStringLiteral("overrideMicros"), d.hold.override.micros},
                           {QStringLiteral("estimateSource"), estimateFor(*stage).source}});
        recordAttemptStart(*stage, attempt, request.id);
    } else if (startable) {
        m_refused.append({request, d}); // its gate opens once the others are decided
    }
    schedule();
}

bool ExecutionRun::refusedHold(const QString &stageId) const
{
    return std::any_of(m_refused.cbegin(), m_refused.cend(),
                       [&](const auto &r) { return r.first.stage == stageId; });
}

void ExecutionRun::openBudgetGate(
    const QList<std::pair<Ledger::HoldRequest, Ledger::HoldDecision>> &refused)
{
    const GateDefinition *definition = m_config.gates.find(budgetGateType());
    GateDefinition fallback;
    fallback.type = budgetGateType();
    fallback.required = true;
    fallback.onTimeout = TimeoutOutcome::Reject;
    const GateDefinition &g = definition ? *definition : fallback;
    const QLocale locale;

    // What they need together; the room is the same for all (the last decision's).
    QStringList names;
    QJsonArray stages;
    qint64 tokens = 0;
    Money cost;
    qint64 missingTokens = 0;
    Money missingCost;
    bool emergencyShort = false;
    bool dayBound = false;
    for (const auto &[request, d] : refused) {
        const StageDefinition *stage = m_pipeline.stage(request.stage);
        names.append(stage ? stage->name : request.stage);
        stages.append(request.stage);
        tokens += request.tokens;
        cost = cost + request.cost;
        missingTokens += d.missingTokens;
        missingCost = missingCost + d.missingCost;
        emergencyShort = emergencyShort || d.emergencyShort;
        dayBound = dayBound || d.dayBound;
    }
    const Ledger::HoldDecision &last = refused.constLast().second;
    const Ledger::HoldRequest &first = refused.constFirst().first;
    const QString who = names.join(QStringLiteral(", "));

    // What finishing the execution takes beyond the room left: approving grants that by
    // default, so one decision carries it to the end unless its estimates were wrong.
    const PlannedSpend rest = plannedSpend();
    const qint64 grantTokens =
        missingTokens > 0 ? std::max(missingTokens, rest.tokens - last.tokensLeft) : 0;
    const Money grantCost =
        missingCost.micros > 0
            ? Money::fromMicros(std::max(missingCost.micros, (rest.cost - last.costLeft).micros))
            : Money();
    const auto amounts = [&locale](qint64 t, Money c) {
        QStringList parts;
        if (t > 0) {
            parts.append(Text::tr("+%1 tokens").arg(locale.toString(t)));
        }
        if (c.micros > 0) {
            parts.append(Text::tr("+$%1").arg(c.toString()));
        }
        return parts.join(QStringLiteral(" / "));
    };
    QString reason;
    if (missingTokens > 0 || missingCost.micros > 0) {
        reason =
            Text::tr("Not enough budget for %1: %2 needed now, %3 to finish the execution; "
                     "they expect ≈ %4 tokens / $%5, and %6 left")
                .arg(who, amounts(missingTokens, missingCost), amounts(grantTokens, grantCost),
                     locale.toString(tokens), cost.toString(),
                     dayBound
                         ? Text::tr("today's budgets have %1 tokens / $%2")
                               .arg(locale.toString(last.tokensLeft), last.costLeft.toString())
                         : Text::tr("this execution's budgets have %1 tokens / $%2")
                               .arg(locale.toString(last.tokensLeft), last.costLeft.toString()));
    }
    if (emergencyShort) {
        const QString reserve = Text::tr("the emergency reserve has only %1 tokens left today")
                                    .arg(locale.toString(last.emergencyLeft));
        reason = reason.isEmpty() ? Text::tr("Not enough budget to start %1: %2").arg(who, reserve)
                                  : reason + QStringLiteral("; ") + reserve;
    }
    const QDateTime now = m_host.clock().now();
    record(EventType::GateOpened,
           QJsonObject{
               {QStringLiteral("gateId"), Ids::newGateId()},
               {QStringLiteral("checkpoint"), QString()},
               {QStringLiteral("stages"), stages},
               {QStringLiteral("gateType"), g.type},
               {QStringLiteral("required"), true},
               {QStringLiteral("critical"), g.critical},
               {QStringLiteral("reason"), reason},
               {QStringLiteral("description"), g.description},
               {QStringLiteral("context"),
                QJsonObject{{QStringLiteral("stages"), stages},
                            {QStringLiteral("stageNames"), QJsonArray::fromStringList(names)},
                            {QStringLiteral("agent"), first.agent},
                            {QStringLiteral("idea"), m_state.idea.toJson()},
                            {QStringLiteral("estimateTokens"), tokens},
                            {QStringLiteral("estimateCost"), cost.toUsd()},
                            {QStringLiteral("needTokens"), missingTokens},
                            {QStringLiteral("needMicros"), missingCost.micros},
                            {QStringLiteral("needCost"), missingCost.toUsd()},
                            {QStringLiteral("grantTokens"), grantTokens},
                            {QStringLiteral("grantMicros"), grantCost.micros},
                            {QStringLiteral("grantCost"), grantCost.toUsd()},
                            {QStringLiteral("tokensLeft"), last.tokensLeft},
                            {QStringLiteral("costLeft"), last.costLeft.toUsd()},
                            {QStringLiteral("emergencyLeft"), last.emergencyLeft},
                            {QStringLiteral("emergencyShort"), emergencyShort},
                            {QStringLiteral("scope"),
                             dayBound ? QStringLiteral("day") : QStringLiteral("execution")},
                            {QStringLiteral("day"), first.day},
                            {QStringLiteral("tokensSoFar"), m_state.tokensUsed},
                            {QStringLiteral("costSoFar"), m_state.costAccrued.toUsd()},
                            {QStringLiteral("completedStages"),
                             QJsonArray::fromStringList(m_state.completedStages)}}},
               {QStringLiteral("timeoutSeconds"), static_cast<qint64>(g.timeout.count() / 1000)},
               {QStringLiteral("reviewerRole"), g.reviewerRole},
               {QStringLiteral("deadline"),
                now.addMSecs(g.timeout.count()).toString(Qt::ISODateWithMs)}});
    qCInfo(lcEngine).noquote() << m_state.id << "budget gate:" << reason;
    m_reportedWaiting = false;
}

bool ExecutionRun::budgetGateAllows(const StageDefinition &stage)
{
    // While an approver decides on more budget, no stage takes any.
    if (m_state.pendingBudgetGate()) {
        return false;
    }
    const GateRecord *gate = m_state.budgetGate(stage.id);
    if (!gate || gate->status == u"approved") {
        return true;
    }
    stopAll();
    finish(EventType::Failed,
           QJsonObject{{QStringLiteral("errorClass"), QStringLiteral("BUDGET_EXCEEDED")},
                       {QStringLiteral("message"),
                        Text::tr("the budget gate of %1 was %2 by %3: %4")
                            .arg(stage.name, gate->status, gate->reviewer, gate->notes)},
                       {QStringLiteral("stage"), stage.id},
                       {QStringLiteral("gateId"), gate->id}});
    return false;
}

void ExecutionRun::grantFromGate(const GateRecord &gate, const QJsonObject &args, const QString &by,
                                 const QString &notes)
{
    // Unless the approver names amounts, what the gate said finishing the execution takes.
    const qint64 tokens = args.contains(QStringLiteral("grantTokens"))
                              ? args.value(QStringLiteral("grantTokens")).toInteger()
                              : gate.context.value(QStringLiteral("grantTokens")).toInteger();
    const qint64 micros = args.contains(QStringLiteral("grantMicros"))
                              ? args.value(QStringLiteral("grantMicros")).toInteger()
                              : gate.context.value(QStringLiteral("grantMicros")).toInteger();
    if (tokens <= 0 && micros <= 0) {
        return;
    }
    record(
        EventType::BudgetOverridden,
        QJsonObject{{QStringLiteral("amountMicros"), std::max<qint64>(0, micros)},
                    {QStringLiteral("tokens"), std::max<qint64>(0, tokens)},
                    {QStringLiteral("gateId"), gate.id},
                    {QStringLiteral("by"), by},
                    {QStringLiteral("reason"),
                     notes.isEmpty() ? Text::tr("approved budget gate %1").arg(gate.id) : notes}});
}

void ExecutionRun::settle(const QString &stageId, qint64 tokens, Money cost, qint64 durationMs,
                          bool estimated, const QString &reason)
{
    const Reservation *held = m_state.reservationOf(stageId);
    if (!held) {
        return;
    }
    const Reservation r = *held;
    const Ledger::Posting p = Ledger::post(
        Ledger::Hold{r.id, r.day, r.tokens, r.emergency, r.cost, r.override}, tokens, cost);
    if (p.overrunTokens > 0 || p.overrunCost.micros > 0) {
        qCInfo(lcEngine) << m_state.id << stageId << "used more than it held:" << p.overrunTokens
                         << "tokens," << p.overrunCost.toString() << "USD over";
    }
    QJsonObject data{{QStringLiteral("reservation"), r.id},
                     {QStringLiteral("stage"), stageId},
                     {QStringLiteral("agent"), r.agent},
                     {QStringLiteral("day"), r.day},
                     {QStringLiteral("usedTokens"), std::max<qint64>(0, tokens)},
                     {QStringLiteral("usedCostMicros"), std::max<qint64>(0, cost.micros)},
                     {QStringLiteral("durationMs"), durationMs},
                     {QStringLiteral("estimated"), estimated},
                     {QStringLiteral("releasedTokens"), p.releasedTokens},
                     {QStringLiteral("releasedMicros"), p.releasedCost.micros}};
    // The parts beyond the budgets, only when there are any.
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("emergencyTokens"), p.emergency},
          std::pair{QStringLiteral("overrideMicros"), p.override.micros},
          std::pair{QStringLiteral("overrunTokens"), p.overrunTokens},
          std::pair{QStringLiteral("overrunMicros"), p.overrunCost.micros}}) {
        if (value != 0) {
            data.insert(key, value);
        }
    }
    if (!reason.isEmpty()) {
        data.insert(QStringLiteral("reason"), reason);
    }
    record(EventType::BudgetPosted, data);
}

void ExecutionRun::releaseHolds(const QString &reason, const QString &stageId)
{
    QList<Reservation> pending = m_state.reservations.values();
    std::sort(pending.begin(), pending.end(),
              [](const Reservation &a, const Reservation &b) { return a.id < b.id; });
    for (const Reservation &r : pending) {
        if (!stageId.isEmpty() && r.stage != stageId) {
            continue;
        }
        record(EventType::BudgetVoided, QJsonObject{{QStringLiteral("reservation"), r.id},
                                                    {QStringLiteral("stage"), r.stage},
                                                    {QStringLiteral("day"), r.day},
                                                    {QStringLiteral("reason"), reason}});
    }
}

} // namespace Conductor
