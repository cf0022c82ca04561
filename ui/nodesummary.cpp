// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodesummary.h"

#include "displayformat.h"

#include <QLocale>

namespace Conductor {

namespace {

using Kind = PipelineDefinition::NodeKind;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::NodeSummary)
};

const StageRun *runOf(const ExecutionState *state, const QString &stageId)
{
    if (!state) {
        return nullptr;
    }
    const auto it = state->stages.constFind(stageId);
    return it == state->stages.cend() ? nullptr : &*it;
}

// A pending budget gate holding the stage back, if one does.
const GateRecord *pendingBudgetGateOf(const ExecutionState *state, const QString &stageId)
{
    if (!state) {
        return nullptr;
    }
    for (const GateRecord &g : state->gates) {
        if (g.status == u"pending" && g.stages.contains(stageId)) {
            return &g;
        }
    }
    return nullptr;
}

QList<const GateRecord *> gatesAt(const ExecutionState *state, const QString &checkpointId)
{
    QList<const GateRecord *> gates;
    if (state) {
        for (const GateRecord &g : state->gates) {
            if (g.checkpoint == checkpointId) {
                gates.append(&g);
            }
        }
    }
    return gates;
}

QString gateLine(const GateRecord &g)
{
    QString line = g.type + QStringLiteral(": ") + NodeSummary::gateStatusText(g.status);
    if (g.critical) {
        //: Appended to a gate that asks for a second factor.
        line += Text::tr(" (critical)");
    }
    return line;
}

void summarizeStage(NodeSummary &s, const StageDefinition &stage, const ExecutionState *state)
{
    s.name = stage.name;
    const StageRun *run = runOf(state, stage.id);
    const StageRun empty;
    const StageRun &r = run ? *run : empty;
    s.statusKey = stageStatusName(r.status);
    s.statusText = NodeSummary::stageStatusText(r.status);
    s.running = r.status == StageRun::Status::Running;
    switch (r.status) {
    case StageRun::Status::Waiting:
        if (pendingBudgetGateOf(state, stage.id)) {
            s.statusKey = QStringLiteral("gate_pending");
            s.statusText = Text::tr("Waiting for budget approval");
        }
        break;
    case StageRun::Status::RetryWaiting:
        if (r.retryAt.isValid()) {
            //: %1 is a time of day.
            s.statusText = Text::tr("Retry at %1").arg(NodeSummary::formatTime(r.retryAt));
        }
        break;
    case StageRun::Status::Completed:
        if (!r.verdict.isEmpty()) {
            //: A completed stage and the verdict it gave (pass, flag or fail).
            s.statusText = Text::tr("Completed: %1").arg(r.verdict);
        }
        break;
    case StageRun::Status::Failed:
        if (!r.lastErrorClass.isEmpty()) {
            s.statusText = Text::tr("Failed: %1").arg(r.lastErrorClass);
        }
        break;
    default:
        break;
    }
    QStringList attempts;
    if (r.attempts == 0) {
        attempts.append(Text::tr("No attempts yet"));
    } else {
        //: The number of the latest attempt of a stage.
        attempts.append(Text::tr("Attempt %1").arg(r.attempts));
        if (r.failures > 0) {
            //: How many attempts of a stage failed.
            attempts.append(Text::tr("%1 failed").arg(r.failures));
        }
        if (r.durationMs > 0) {
            attempts.append(NodeSummary::formatDuration(r.durationMs));
        }
    }
    s.details.append(attempts.join(QStringLiteral(" · ")));
    s.details.append(NodeSummary::formatTokens(r.tokens) + QStringLiteral(" · ") +
                     NodeSummary::formatMoney(r.cost));
}

void summarizeCheckpoint(NodeSummary &s, const CheckpointDefinition &checkpoint,
                         const ExecutionState *state)
{
    s.name = checkpoint.name;
    const QList<const GateRecord *> gates = gatesAt(state, checkpoint.id);
    const auto any = [&gates](QStringView status) {
        return std::any_of(gates.cbegin(), gates.cend(),
                           [status](const GateRecord *g) { return g->status == status; });
    };
    if (state && state->passedCheckpoints.contains(checkpoint.id)) {
        s.statusKey = QStringLiteral("passed");
        s.statusText = Text::tr("Passed");
    } else if (any(u"rejected")) {
        s.statusKey = QStringLiteral("rejected");
        s.statusText = Text::tr("Rejected");
    } else if (any(u"expired")) {
        s.statusKey = QStringLiteral("expired");
        s.statusText = Text::tr("Expired");
    } else if (any(u"pending")) {
        s.statusKey = QStringLiteral("gate_pending");
        s.statusText = Text::tr("Waiting for approval");
    } else if (!gates.isEmpty()) {
        s.statusKey = QStringLiteral("approved");
        s.statusText = Text::tr("Approved");
    } else {
        s.statusKey = QStringLiteral("waiting");
        s.statusText = Text::tr("Waiting");
    }
    if (gates.isEmpty()) {
        const QString types =
            checkpoint.gates.isEmpty() ? Text::tr("none") : checkpoint.gates.join(u", ");
        //: %1 lists the gate types that may open at a checkpoint.
        s.details.append(Text::tr("Gates: %1").arg(types));
        return;
    }
    // A node has room for two lines: the gates, or the first and how many more.
    s.details.append(gateLine(*gates.first()));
    if (gates.size() == 2) {
        s.details.append(gateLine(*gates.at(1)));
    } else if (gates.size() > 2) {
        //: Under the first gate of a checkpoint: how many more gates opened there.
        s.details.append(Text::tr("+%1 more").arg(gates.size() - 1));
    }
}

void summarizeGroup(NodeSummary &s, const GroupDefinition &group, const ExecutionState *state)
{
    s.name = group.name;
    int done = 0;
    int failed = 0;
    for (const QString &member : group.stages) {
        const StageRun *r = runOf(state, member);
        if (r &&
            (r->status == StageRun::Status::Completed || r->status == StageRun::Status::Skipped)) {
            ++done;
            failed += r->verdict == u"fail" ? 1 : 0;
        }
    }
    const bool started =
        std::any_of(group.stages.cbegin(), group.stages.cend(), [state](const QString &member) {
            const StageRun *r = runOf(state, member);
            return r && r->status != StageRun::Status::Waiting;
        });
    if (state && state->groupResults.contains(group.id)) {
        const bool passed = state->groupResults.value(group.id);
        s.statusKey = passed ? QStringLiteral("passed") : QStringLiteral("blocked");
        s.statusText = passed ? Text::tr("Passed") : Text::tr("Blocked");
    } else if (started) {
        s.statusKey = QStringLiteral("in_progress");
        s.statusText = Text::tr("In progress");
    } else {
        s.statusKey = QStringLiteral("waiting");
        s.statusText = Text::tr("Waiting");
    }
    s.details.append(NodeSummary::ruleText(group));
    const int total = static_cast<int>(group.stages.size());
    //: How many of a group's member stages are done.
    QString progress = Text::tr("%1 of %2 done").arg(done).arg(total);
    if (failed > 0) {
        progress += QStringLiteral(" · ") + Text::tr("%1 failed").arg(failed);
    }
    s.details.append(progress);
}

void addLine(QStringList &lines, const QString &label, const QString &value)
{
    if (!value.isEmpty()) {
        //: A line of a tooltip: a label and its value.
        lines.append(Text::tr("%1: %2").arg(label, value));
    }
}

} // namespace

QString NodeSummary::text() const
{
    return QStringList{name, statusText}.join(u'\n') + u'\n' + details.join(u'\n');
}

NodeSummary NodeSummary::of(const PipelineDefinition &pipeline, const ExecutionState *state,
                            const QString &nodeId)
{
    NodeSummary s;
    s.name = nodeId;
    s.statusText = tr("Waiting");
    if (const StageDefinition *stage = pipeline.stage(nodeId)) {
        s.kind = Kind::Stage;
        summarizeStage(s, *stage, state);
    } else if (const CheckpointDefinition *checkpoint = pipeline.checkpoint(nodeId)) {
        s.kind = Kind::Checkpoint;
        summarizeCheckpoint(s, *checkpoint, state);
    } else if (const GroupDefinition *group = pipeline.group(nodeId)) {
        s.kind = Kind::Group;
        summarizeGroup(s, *group, state);
    }
    return s;
}

QString NodeSummary::toolTip(const PipelineDefinition &pipeline, const ExecutionState *state,
                             const QString &nodeId)
{
    const NodeSummary s = of(pipeline, state, nodeId);
    QStringList lines{QStringLiteral("%1 (%2)").arg(s.name, kindText(s.kind))};
    addLine(lines, tr("Status"), s.statusText);
    if (const StageDefinition *stage = pipeline.stage(nodeId)) {
        addLine(lines, tr("Description"), stage->description);
        const QString override = state ? state->agentOverrides.value(nodeId) : QString();
        addLine(lines, tr("Agent"),
                override.isEmpty() ? stage->agent
                                   : tr("%1 (instead of %2)").arg(override, stage->agent));
        const StageRun *r = runOf(state, nodeId);
        if (r && r->attempts > 0) {
            addLine(lines, tr("Attempts"), QLocale().toString(r->attempts));
            addLine(lines, tr("Failures"), QLocale().toString(r->failures));
            addLine(lines, tr("Tokens"), formatTokens(r->tokens));
            addLine(lines, tr("Cost"), DisplayFormat::money(r->cost));
            addLine(lines, tr("Duration"),
                    r->durationMs > 0 ? formatDuration(r->durationMs) : QString());
            addLine(lines, tr("Verdict"), r->verdict);
            addLine(lines, tr("Started"), formatTime(r->startedAt));
            addLine(lines, tr("Retry at"), formatTime(r->retryAt));
            addLine(lines, tr("Last error"),
                    r->lastError.isEmpty()
                        ? r->lastErrorClass
                        : r->lastErrorClass + QStringLiteral(": ") + r->lastError);
        }
        if (const GateRecord *g = pendingBudgetGateOf(state, nodeId)) {
            addLine(lines, tr("Budget gate"), g->reason);
        }
    } else if (const CheckpointDefinition *checkpoint = pipeline.checkpoint(nodeId)) {
        const QList<const GateRecord *> gates = gatesAt(state, nodeId);
        if (gates.isEmpty()) {
            addLine(lines, tr("Gates"), checkpoint->gates.join(u", "));
        }
        for (const GateRecord *g : gates) {
            lines.append(gateLine(*g));
            if (!g->reviewer.isEmpty()) {
                lines.append(QStringLiteral("    ") +
                             tr("by %1: %2").arg(g->reviewer, g->notes).trimmed());
            }
        }
    } else if (const GroupDefinition *group = pipeline.group(nodeId)) {
        addLine(lines, tr("Rule"), ruleText(*group));
        for (const QString &member : group->stages) {
            const StageDefinition *memberStage = pipeline.stage(member);
            const StageRun *r = runOf(state, member);
            QString line = (memberStage ? memberStage->name : member) + QStringLiteral(": ") +
                           stageStatusText(r ? r->status : StageRun::Status::Waiting);
            if (r && !r->verdict.isEmpty()) {
                line += QStringLiteral(" (") + r->verdict + u')';
            }
            lines.append(line);
        }
    }
    return lines.join(u'\n');
}

QStringList NodeSummary::statusKeys()
{
    return {
        QStringLiteral("waiting"),      QStringLiteral("running"),  QStringLiteral("retry_waiting"),
        QStringLiteral("completed"),    QStringLiteral("failed"),   QStringLiteral("skipped"),
        QStringLiteral("gate_pending"), QStringLiteral("approved"), QStringLiteral("rejected"),
        QStringLiteral("expired"),      QStringLiteral("passed"),   QStringLiteral("in_progress"),
        QStringLiteral("blocked")};
}

QString NodeSummary::stageStatusText(StageRun::Status status)
{
    switch (status) {
    case StageRun::Status::Waiting:
        return tr("Waiting");
    case StageRun::Status::Running:
        return tr("Running");
    case StageRun::Status::RetryWaiting:
        return tr("Waiting to retry");
    case StageRun::Status::Completed:
        return tr("Completed");
    case StageRun::Status::Failed:
        return tr("Failed");
    case StageRun::Status::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString NodeSummary::gateStatusText(const QString &status)
{
    if (status == u"pending") {
        return tr("waiting for approval");
    }
    if (status == u"approved") {
        return tr("approved");
    }
    if (status == u"rejected") {
        return tr("rejected");
    }
    if (status == u"expired") {
        return tr("expired");
    }
    return status;
}

QString NodeSummary::kindText(PipelineDefinition::NodeKind kind)
{
    switch (kind) {
    case Kind::Stage:
        return tr("stage");
    case Kind::Checkpoint:
        return tr("checkpoint");
    case Kind::Group:
        return tr("group");
    }
    return {};
}

QString NodeSummary::ruleText(const GroupDefinition &group)
{
    if (group.rule == GroupDefinition::Rule::All) {
        return tr("All must pass");
    }
    return tr("%1 of %n must pass", nullptr, static_cast<int>(group.stages.size()))
        .arg(group.quorum);
}

QString NodeSummary::formatDuration(qint64 milliseconds)
{
    const QLocale locale;
    if (milliseconds < 60'000) {
        //: A duration in seconds.
        return tr("%1 s").arg(locale.toString(static_cast<double>(milliseconds) / 1000.0, 'f', 1));
    }
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 3600) {
        //: A duration in minutes and seconds.
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    //: A duration in hours and minutes.
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

QString NodeSummary::formatMoney(Money amount)
{
    return DisplayFormat::usd(amount.toUsd(), 2);
}

QString NodeSummary::formatTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate()) {
        return DisplayFormat::time(local.time(), true);
    }
    return DisplayFormat::dateTime(local);
}

QString NodeSummary::formatTokens(qint64 tokens)
{
    return tr("%1 tokens").arg(QLocale().toString(tokens));
}

} // namespace Conductor
