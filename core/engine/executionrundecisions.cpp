// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// ExecutionRun, continued: what people and aggregation decide — gates at checkpoints,
// the deployment group's verdict, and interventions (pause, resume, cancel, skip, retry,
// gate decisions), each recorded with who and why.

#include "executionrun.h"

#include "backoff.h"
#include "clock.h"
#include "ids.h"
#include "logging/logging.h"
#include "security/roles.h"

#include <QJsonArray>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ExecutionRun)
};

// The last lines of a check's output before its verdict, as the reason it gave.
QString reasonFrom(const QString &output)
{
    QStringList lines;
    for (const QString &line : output.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QStringLiteral("VERDICT:")) && !t.startsWith(u'#')) {
            lines.append(t);
        }
    }
    return lines.isEmpty() ? QString() : lines.last();
}

} // namespace

QJsonObject ExecutionRun::gateContext(const CheckpointDefinition &checkpoint) const
{
    // What a reviewer needs to judge: where the execution stands, what it cost so far,
    // the verdicts given, and the outputs of the stages before the gate.
    QJsonObject outputs;
    QJsonObject verdicts;
    for (const QString &id : m_state.stageOrder) {
        const StageRun &s = m_state.stages[id];
        if (s.status != StageRun::Status::Completed) {
            continue;
        }
        outputs.insert(id, s.output.left(4000));
        if (!s.verdict.isEmpty()) {
            verdicts.insert(id, s.verdict);
        }
    }
    return QJsonObject{
        {QStringLiteral("checkpoint"), checkpoint.name},
        {QStringLiteral("idea"), m_state.idea.toJson()},
        {QStringLiteral("tokensSoFar"), m_state.tokensUsed},
        {QStringLiteral("costSoFar"), m_state.costAccrued.toUsd()},
        {QStringLiteral("completedStages"), QJsonArray::fromStringList(m_state.completedStages)},
        {QStringLiteral("verdicts"), verdicts},
        {QStringLiteral("outputs"), outputs}};
}

void ExecutionRun::handleCheckpoint(const CheckpointDefinition &checkpoint)
{
    QList<GateRecord> opened;
    for (const GateRecord &g : m_state.gates) {
        if (g.checkpoint == checkpoint.id) {
            opened.append(g);
        }
    }
    if (opened.isEmpty()) {
        const QVariantMap facts = m_state.facts();
        for (const QString &type : checkpoint.gates) {
            const GateDefinition *definition = m_config.gates.find(type);
            if (!definition || !m_config.gates.isActive(type) ||
                !definition->when.evaluate(facts)) {
                continue;
            }
            const QString reason =
                definition->when.isAlways()
                    ? Text::tr("%1 opens at every run").arg(type)
                    : Text::tr("opened because %1").arg(definition->when.describe());
            record(
                EventType::GateOpened,
                QJsonObject{{QStringLiteral("gateId"), Ids::newGateId()},
                            {QStringLiteral("checkpoint"), checkpoint.id},
                            {QStringLiteral("gateType"), type},
                            {QStringLiteral("required"), definition->required},
                            {QStringLiteral("critical"), definition->critical},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("description"), definition->description},
                            {QStringLiteral("context"), gateContext(checkpoint)},
                            {QStringLiteral("timeoutSeconds"),
                             static_cast<qint64>(definition->timeout.count() / 1000)},
                            {QStringLiteral("reviewerRole"), definition->reviewerRole},
                            {QStringLiteral("deadline"), m_host.clock()
                                                             .now()
                                                             .addMSecs(definition->timeout.count())
                                                             .toString(Qt::ISODateWithMs)}});
            opened.append(m_state.gates.last());
        }
        if (opened.isEmpty()) {
            record(EventType::CheckpointPassed,
                   QJsonObject{{QStringLiteral("checkpoint"), checkpoint.id}});
            return;
        }
        m_reportedWaiting = false;
        m_rescheduleRequested = true; // gates that decide themselves do so on the next pass
        return;
    }
    for (const GateRecord &g : opened) {
        if (g.status == u"rejected" || g.status == u"expired") {
            failAtGate(g);
            return;
        }
    }
    if (std::all_of(opened.cbegin(), opened.cend(),
                    [](const GateRecord &g) { return g.status == u"approved"; })) {
        record(EventType::CheckpointPassed,
               QJsonObject{{QStringLiteral("checkpoint"), checkpoint.id}});
    }
}

void ExecutionRun::handleGroup(const GroupDefinition &group)
{
    QJsonObject results;
    QStringList failed;
    QStringList reasons;
    int passes = 0;
    for (const QString &member : group.stages) {
        const StageRun &s = m_state.stages[member];
        const QString verdict = s.status == StageRun::Status::Skipped ? QStringLiteral("skipped")
                                : s.verdict.isEmpty()                 ? QStringLiteral("pass")
                                                                      : s.verdict;
        results.insert(member, verdict);
        if (verdict == u"fail") {
            failed.append(member);
            reasons.append(m_pipeline.stage(member)->name + u": " + reasonFrom(s.output));
        } else {
            ++passes;
        }
    }
    const bool passed =
        group.rule == GroupDefinition::Rule::All ? failed.isEmpty() : passes >= group.quorum;
    record(EventType::GroupAggregated,
           QJsonObject{{QStringLiteral("group"), group.id},
                       {QStringLiteral("passed"), passed},
                       {QStringLiteral("results"), results},
                       {QStringLiteral("failed"), QJsonArray::fromStringList(failed)}});
    if (!passed) {
        stopAll();
        finish(EventType::Failed,
               QJsonObject{
                   {QStringLiteral("errorClass"), group.failureCode},
                   {QStringLiteral("message"),
                    Text::tr("%1 blocked: %2").arg(group.name, reasons.join(QStringLiteral("; ")))},
                   {QStringLiteral("stage"), group.id}});
    }
}

void ExecutionRun::decideGate(const GateRecord &gate, const QString &decision,
                              const QString &reviewer, const QString &notes,
                              const QStringList &conditions, const QJsonObject &extra)
{
    QJsonObject data{{QStringLiteral("gateId"), gate.id},
                     {QStringLiteral("gateType"), gate.type},
                     {QStringLiteral("decision"), decision},
                     {QStringLiteral("reviewer"), reviewer},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("conditions"), QJsonArray::fromStringList(conditions)}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        data.insert(it.key(), it.value());
    }
    if (const quint64 timer = m_gateTimers.take(gate.id)) {
        m_host.clock().cancel(timer);
    }
    record(EventType::GateDecided, data);
}

bool ExecutionRun::autoDecides(const GateRecord &gate) const
{
    // Only what the person who asked may decide themselves: never a critical gate (its
    // decider must be someone else, with a second factor), never one above their role,
    // never spending beyond the budgets, never the review an alert rule asked for.
    if (gate.critical || gate.type == budgetGateType() || gate.type == reviewGateType()) {
        return false;
    }
    const bool asked = m_state.options.approveGates || m_state.options.skipGates;
    if (asked) {
        if (const auto role = roleFromName(m_state.startedByRole);
            role && roleAtLeast(*role, gate.reviewerRole)) {
            return true;
        }
    }
    if (m_host.approveGatesOverride()) {
        if (const auto role = roleFromName(m_host.operatorRole());
            role && roleAtLeast(*role, gate.reviewerRole)) {
            return true;
        }
    }
    return false;
}

void ExecutionRun::autoDecideGates()
{
    for (const GateRecord &g : QList<GateRecord>(m_state.gates)) {
        if (g.status != u"pending" || !autoDecides(g)) {
            continue;
        }
        const bool asked = m_state.options.approveGates || m_state.options.skipGates;
        const QString reviewer = asked ? m_state.startedBy : m_host.operatorName();
        decideGate(g, QStringLiteral("approved"),
                   reviewer.isEmpty() ? m_host.operatorName() : reviewer,
                   m_state.options.skipGates ? Text::tr("skipped with skipGates")
                                             : Text::tr("approved with --approve-gates"),
                   {});
    }
}

QString ExecutionRun::decisionRefusal(const GateRecord &gate, const QString &by,
                                      const QJsonObject &args) const
{
    const QString roleText = args.value(QStringLiteral("role")).toString();
    const std::optional<Role> role = roleFromName(roleText);
    if (!role) {
        return Text::tr("refused: %1 has no role that may decide gates").arg(by);
    }
    if (!roleAtLeast(*role, gate.reviewerRole)) {
        return Text::tr("refused: gate %1 needs the role %2 or higher; %3 is %4")
            .arg(gate.id, gate.reviewerRole, by, roleText);
    }
    if (gate.critical) {
        if (!m_state.startedBy.isEmpty() && by == m_state.startedBy) {
            return Text::tr("refused: %1 started this execution and may not decide its critical "
                            "gate %2; another reviewer must")
                .arg(by, gate.type);
        }
        if (args.value(QStringLiteral("secondFactor")).toString() != u"totp") {
            return Text::tr("refused: gate %1 is critical and needs the reviewer's TOTP code "
                            "(--code)")
                .arg(gate.id);
        }
    }
    return {};
}

void ExecutionRun::armGateTimers()
{
    if (m_abandoned || m_passive || isEnded(m_state.status)) {
        return;
    }
    const QDateTime now = m_host.clock().now();
    for (const GateRecord &g : std::as_const(m_state.gates)) {
        if (g.status != u"pending" || !g.deadline.isValid() || m_gateTimers.contains(g.id) ||
            autoDecides(g)) {
            continue;
        }
        const QString gateId = g.id;
        const auto delay = std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(g.deadline)));
        m_gateTimers.insert(gateId, m_host.clock().callAfter(delay, this, [this, gateId] {
            m_gateTimers.remove(gateId);
            gateTimedOut(gateId);
        }));
    }
}

void ExecutionRun::gateTimedOut(const QString &gateId)
{
    const GateRecord *gate = m_state.gate(gateId);
    if (!gate || gate->status != u"pending" || m_abandoned || isEnded(m_state.status)) {
        return;
    }
    const GateDefinition *definition = m_config.gates.find(gate->type);
    const GateDefinition fallback;
    const GateDefinition &d = definition ? *definition : fallback;
    const QString waited = formatDuration(Duration(gate->openedAt.msecsTo(m_host.clock().now())));
    const QJsonObject byTimeout{{QStringLiteral("byTimeout"), true}};
    const std::optional<Role> current = roleFromName(gate->reviewerRole);
    const std::optional<Role> higher = roleFromName(d.escalateTo);
    if (d.onTimeout == TimeoutOutcome::Escalate && gate->escalations == 0 && current && higher &&
        *higher > *current) {
        // Reassigned to a higher role, with a new deadline; whoever watches the events
        // (the desktop, the alert engine) tells the people of that role.
        const QString reason = Text::tr("no decision on %1 within %2; reassigned to %3")
                                   .arg(gate->type, waited, d.escalateTo);
        qCWarning(lcEngine).noquote() << m_state.id << reason;
        record(EventType::GateEscalated,
               QJsonObject{
                   {QStringLiteral("gateId"), gate->id},
                   {QStringLiteral("gateType"), gate->type},
                   {QStringLiteral("role"), d.escalateTo},
                   {QStringLiteral("deadline"),
                    m_host.clock().now().addMSecs(d.timeout.count()).toString(Qt::ISODateWithMs)},
                   {QStringLiteral("reason"), reason}});
        schedule();
        return;
    }
    if (d.onTimeout == TimeoutOutcome::Approve && !gate->critical) {
        decideGate(*gate, QStringLiteral("approved"), QStringLiteral("timeout"),
                   Text::tr("approved by its timeout: no decision within %1").arg(waited), {},
                   byTimeout);
    } else {
        decideGate(*gate, QStringLiteral("expired"), QStringLiteral("timeout"),
                   Text::tr("no decision within %1").arg(waited), {}, byTimeout);
    }
    m_reportedWaiting = false;
    schedule();
}

RetryStrategy ExecutionRun::retryFor(const StageDefinition &stage) const
{
    const RetryStrategy &own = m_pipeline.retryFor(stage);
    const QString name = m_state.strategyOverrides.value(stage.id);
    if (name.isEmpty()) {
        return own;
    }
    return namedRetryStrategy(own, name).value_or(own);
}

QString ExecutionRun::agentFor(const StageDefinition &stage) const
{
    return m_state.agentOverrides.value(stage.id, stage.agent);
}

QString ExecutionRun::changeStrategy(const QString &kind, const QJsonObject &args,
                                     const QJsonObject &who)
{
    const QString stageId = args.value(QStringLiteral("stage")).toString();
    const QString value = args.value(kind).toString();
    const StageDefinition *stage = m_pipeline.stage(stageId);
    if (!stage) {
        return Text::tr("refused: the pipeline has no stage '%1'").arg(stageId);
    }
    if (const QString refusal = endedRefusal(false); !refusal.isEmpty()) {
        return refusal;
    }
    const StageRun::Status status = m_state.stages.value(stageId).status;
    if (status == StageRun::Status::Completed || status == StageRun::Status::Skipped) {
        return Text::tr("refused: stage '%1' is already %2").arg(stageId, stageStatusName(status));
    }
    if (kind == u"strategy" && !namedRetryStrategy(m_pipeline.retryFor(*stage), value)) {
        return Text::tr("refused: no retry strategy '%1' (one of: %2)")
            .arg(value, retryStrategyNames().join(QStringLiteral(", ")));
    }
    if (kind == u"agent" && !m_pipeline.agent(value)) {
        QStringList agents;
        for (const AgentDefinition &a : m_pipeline.agents) {
            agents.append(a.id);
        }
        return Text::tr("refused: the pipeline has no agent '%1' (one of: %2)")
            .arg(value, agents.join(QStringLiteral(", ")));
    }
    QJsonObject data = who;
    data.insert(QStringLiteral("stage"), stageId);
    data.insert(kind, value);
    // Takes effect from the next attempt; a running attempt finishes as it started.
    record(EventType::StrategyChanged, data);
    return QStringLiteral("done");
}

QString ExecutionRun::endedRefusal(bool failedHasEnded) const
{
    // A failed execution may still have a stage retried or skipped, or its strategy
    // changed for that; nothing may be done to a completed or cancelled one.
    const bool ended = failedHasEnded ? isEnded(m_state.status)
                                      : m_state.status == ExecutionStatus::Completed ||
                                            m_state.status == ExecutionStatus::Cancelled;
    return ended ? Text::tr("refused: the execution has already ended (%1)")
                       .arg(statusName(m_state.status))
                 : QString();
}

QString ExecutionRun::command(const QString &kind, const QJsonObject &args, const QString &by,
                              const QString &reason)
{
    const QJsonObject who{{QStringLiteral("by"), by}, {QStringLiteral("reason"), reason}};
    const QString stageId = args.value(QStringLiteral("stage")).toString();
    if (kind == u"pause") {
        if (m_state.status != ExecutionStatus::Running) {
            return Text::tr("refused: the execution is %1, not running")
                .arg(statusName(m_state.status));
        }
        record(EventType::Paused, who);
    } else if (kind == u"resume") {
        if (m_state.status != ExecutionStatus::Paused) {
            return Text::tr("refused: the execution is %1, not paused")
                .arg(statusName(m_state.status));
        }
        record(EventType::Resumed, who);
        m_reportedWaiting = false;
    } else if (kind == u"cancel") {
        if (const QString refusal = endedRefusal(true); !refusal.isEmpty()) {
            return refusal;
        }
        stopAll();
        finish(EventType::Cancelled, who);
        return QStringLiteral("done");
    } else if (kind == u"skip" || kind == u"retry") {
        const StageDefinition *stage = m_pipeline.stage(stageId);
        if (!stage) {
            return Text::tr("refused: the pipeline has no stage '%1'").arg(stageId);
        }
        if (const QString refusal = endedRefusal(false); !refusal.isEmpty()) {
            return refusal;
        }
        const StageRun::Status status = m_state.stages.value(stageId).status;
        QJsonObject data = who;
        data.insert(QStringLiteral("stage"), stageId);
        if (kind == u"skip") {
            if (status == StageRun::Status::Completed || status == StageRun::Status::Skipped) {
                return Text::tr("refused: stage '%1' is already %2")
                    .arg(stageId, stageStatusName(status));
            }
            if (AgentRun *run = m_runs.take(stageId)) {
                run->cancel();
                run->deleteLater();
            }
            if (const quint64 timer = m_retryTimers.take(stageId)) {
                m_host.clock().cancel(timer);
            }
            releaseHolds(Text::tr("the stage was skipped"), stageId);
            record(EventType::StageSkipped, data);
        } else {
            if (status != StageRun::Status::Failed) {
                return Text::tr("refused: stage '%1' is %2, not failed")
                    .arg(stageId, stageStatusName(status));
            }
            record(EventType::StageReset, data);
        }
        m_reportedWaiting = false;
    } else if (kind == u"budget") {
        if (const QString refusal = endedRefusal(true); !refusal.isEmpty()) {
            return refusal;
        }
        const qint64 micros = args.value(QStringLiteral("amountMicros")).toInteger();
        const qint64 tokens = args.value(QStringLiteral("tokens")).toInteger();
        if (micros < 0 || tokens < 0 || (micros == 0 && tokens == 0)) {
            return Text::tr("refused: a budget override adds a positive amount");
        }
        QJsonObject data = who;
        data.insert(QStringLiteral("amountMicros"), micros);
        data.insert(QStringLiteral("tokens"), tokens);
        // From the next hold on, the execution may spend this beyond its budgets (tokens
        // from the day's emergency reserve); a queued execution is no longer throttled.
        record(EventType::BudgetOverridden, data);
        m_reportedWaiting = false;
    } else if (kind == u"review") {
        const QString outcome = requestReview(args, who);
        if (outcome != u"done") {
            return outcome;
        }
    } else if (kind == u"strategy" || kind == u"agent") {
        const QString outcome = changeStrategy(kind, args, who);
        if (outcome != u"done") {
            return outcome;
        }
    } else if (kind == u"decide") {
        const GateRecord *gate = m_state.gate(args.value(QStringLiteral("gateId")).toString());
        if (!gate) {
            return Text::tr("refused: no gate '%1' in this execution")
                .arg(args.value(QStringLiteral("gateId")).toString());
        }
        if (gate->status != u"pending") {
            return Text::tr("conflict: gate %1 was already %2 by %3")
                .arg(gate->id, gate->status, gate->reviewer);
        }
        const QString decision = args.value(QStringLiteral("decision")).toString();
        if (decision != u"approved" && decision != u"rejected") {
            return Text::tr("refused: a decision is approved or rejected, not '%1'").arg(decision);
        }
        if (const QString refusal = decisionRefusal(*gate, by, args); !refusal.isEmpty()) {
            return refusal;
        }
        QStringList conditions;
        for (const QJsonValue &v : args.value(QStringLiteral("conditions")).toArray()) {
            conditions.append(v.toString());
        }
        const GateRecord decided = *gate;
        decideGate(decided, decision, by, args.value(QStringLiteral("notes")).toString(),
                   conditions,
                   QJsonObject{{QStringLiteral("role"), args.value(QStringLiteral("role"))},
                               {QStringLiteral("secondFactor"),
                                args.value(QStringLiteral("secondFactor")).toString()}});
        if (decision == u"approved" && decided.type == budgetGateType()) {
            grantFromGate(decided, args, by, args.value(QStringLiteral("notes")).toString());
        }
        m_reportedWaiting = false;
    } else {
        return Text::tr("refused: unknown command '%1'").arg(kind);
    }
    schedule();
    return QStringLiteral("done");
}

void ExecutionRun::failAtGate(const GateRecord &g)
{
    stopAll();
    finish(
        EventType::Failed,
        QJsonObject{{QStringLiteral("errorClass"), g.status == u"expired"
                                                       ? QStringLiteral("GATE_EXPIRED")
                                                       : QStringLiteral("GATE_REJECTED")},
                    {QStringLiteral("message"),
                     Text::tr("gate %1 %2 by %3: %4").arg(g.type, g.status, g.reviewer, g.notes)},
                    {QStringLiteral("gateId"), g.id}});
}

} // namespace Conductor
