// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// ExecutionRun, continued: what people and aggregation decide — gates at checkpoints,
// the deployment group's verdict, and interventions (pause, resume, cancel, skip, retry,
// gate decisions), each recorded with who and why.

#include "executionrun.h"

#include "clock.h"
#include "ids.h"

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
            record(EventType::GateOpened,
                   QJsonObject{{QStringLiteral("gateId"), Ids::newGateId()},
                               {QStringLiteral("checkpoint"), checkpoint.id},
                               {QStringLiteral("gateType"), type},
                               {QStringLiteral("required"), definition->required},
                               {QStringLiteral("critical"), definition->critical},
                               {QStringLiteral("reason"), reason},
                               {QStringLiteral("description"), definition->description},
                               {QStringLiteral("context"), gateContext(checkpoint)},
                               {QStringLiteral("timeoutSeconds"),
                                static_cast<qint64>(definition->timeout.count() / 1000)}});
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
            stopAll();
            finish(
                EventType::Failed,
                QJsonObject{
                    {QStringLiteral("errorClass"), QStringLiteral("GATE_REJECTED")},
                    {QStringLiteral("message"),
                     Text::tr("gate %1 %2 by %3: %4").arg(g.type, g.status, g.reviewer, g.notes)},
                    {QStringLiteral("gateId"), g.id}});
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
                              const QStringList &conditions)
{
    record(EventType::GateDecided,
           QJsonObject{{QStringLiteral("gateId"), gate.id},
                       {QStringLiteral("gateType"), gate.type},
                       {QStringLiteral("decision"), decision},
                       {QStringLiteral("reviewer"), reviewer},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("conditions"), QJsonArray::fromStringList(conditions)}});
}

QString ExecutionRun::command(const QString &kind, const QJsonObject &args, const QString &by,
                              const QString &reason)
{
    const QJsonObject who{{QStringLiteral("by"), by}, {QStringLiteral("reason"), reason}};
    const QString stageId = args.value(QStringLiteral("stage")).toString();
    const bool ended = isEnded(m_state.status);
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
        if (ended) {
            return Text::tr("refused: the execution has already ended (%1)")
                .arg(statusName(m_state.status));
        }
        stopAll();
        finish(EventType::Cancelled, who);
        return QStringLiteral("done");
    } else if (kind == u"skip" || kind == u"retry") {
        const StageDefinition *stage = m_pipeline.stage(stageId);
        if (!stage) {
            return Text::tr("refused: the pipeline has no stage '%1'").arg(stageId);
        }
        if (m_state.status == ExecutionStatus::Completed ||
            m_state.status == ExecutionStatus::Cancelled) {
            return Text::tr("refused: the execution has already ended (%1)")
                .arg(statusName(m_state.status));
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
            record(EventType::StageSkipped, data);
        } else {
            if (status != StageRun::Status::Failed) {
                return Text::tr("refused: stage '%1' is %2, not failed")
                    .arg(stageId, stageStatusName(status));
            }
            record(EventType::StageReset, data);
        }
        m_reportedWaiting = false;
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
        QStringList conditions;
        for (const QJsonValue &v : args.value(QStringLiteral("conditions")).toArray()) {
            conditions.append(v.toString());
        }
        decideGate(*gate, decision, by, args.value(QStringLiteral("notes")).toString(), conditions);
        m_reportedWaiting = false;
    } else {
        return Text::tr("refused: unknown command '%1'").arg(kind);
    }
    schedule();
    return QStringLiteral("done");
}

} // namespace Conductor
