// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// ExecutionRun, continued: what the alert rules' actions ask of an execution. A review
// (human_review_required) stops it at its next stage boundary, at an alert_review gate a
// person decides like any other; a failover (emergency_failover) moves its stages not
// started yet away from agents whose provider is down, or pauses it.

#include "executionrun.h"

#include "clock.h"
#include "ids.h"
#include "logging/logging.h"
#include "store/storetypes.h"

#include <QJsonArray>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ExecutionRun)
};

// The review gate as the configuration refines it (gates.definitions.alert_review), or as
// it is without: required, decided by an approver within a day, then escalated to an admin.
GateDefinition reviewGate(const Configuration &config)
{
    if (const GateDefinition *defined = config.gates.find(reviewGateType())) {
        return *defined;
    }
    GateDefinition g;
    g.type = reviewGateType();
    g.description = Text::tr("Review of an execution an alert rule flagged");
    g.required = true;
    return g;
}

} // namespace

QString ExecutionRun::requestReview(const QJsonObject &args, const QJsonObject &who)
{
    if (const QString refusal = endedRefusal(true); !refusal.isEmpty()) {
        return refusal;
    }
    const QString alertId = args.value(QStringLiteral("alertId")).toString();
    if (alertId.isEmpty()) {
        return Text::tr("refused: a review names the alert that asks for it (alertId)");
    }
    // Once per alert, and one review at a time: the same alert told twice (a second
    // process, a command delivered again) or another alert on the same execution while a
    // review is asked for or open changes nothing.
    if (!m_state.reviewAlert.isEmpty()) {
        return Text::tr("conflict: alert %1 already asked for a review of this execution")
            .arg(m_state.reviewAlert);
    }
    for (const GateRecord &g : std::as_const(m_state.gates)) {
        if (g.type != reviewGateType()) {
            continue;
        }
        if (g.context.value(QStringLiteral("alertId")).toString() == alertId) {
            return Text::tr("conflict: alert %1 already opened review gate %2 (%3)")
                .arg(alertId, g.id, g.status);
        }
        if (g.status == u"pending") {
            return Text::tr("conflict: review gate %1 is already open").arg(g.id);
        }
    }
    QJsonObject data = who;
    data.insert(QStringLiteral("alertId"), alertId);
    if (const QString reason = args.value(QStringLiteral("reason")).toString(); !reason.isEmpty()) {
        data.insert(QStringLiteral("reason"), reason);
    }
    qCInfo(lcEngine).noquote() << m_state.id << "review asked for by alert" << alertId;
    record(EventType::ReviewRequested, data);
    return QStringLiteral("done");
}

bool ExecutionRun::heldForReview()
{
    if (!m_state.reviewAlert.isEmpty()) {
        const bool attempting =
            !m_runs.isEmpty() || !m_holding.isEmpty() ||
            std::any_of(m_state.stages.cbegin(), m_state.stages.cend(),
                        [](const StageRun &s) { return s.status == StageRun::Status::Running; });
        if (!attempting) {
            openReviewGate();
        }
        return true;
    }
    for (const GateRecord &g : std::as_const(m_state.gates)) {
        if (g.type != reviewGateType() || !g.checkpoint.isEmpty() || !g.stages.isEmpty()) {
            continue;
        }
        if (g.status == u"pending") {
            return true;
        }
        if (g.status == u"rejected" || g.status == u"expired") {
            // Ends as a rejected gate at a checkpoint ends it.
            failAtGate(g);
            return true;
        }
    }
    return false;
}

void ExecutionRun::openReviewGate()
{
    const GateDefinition definition = reviewGate(m_config);
    const QString alertId = m_state.reviewAlert;
    const QString summary = m_state.reviewReason;
    CheckpointDefinition none;
    none.name = definition.description;
    QJsonObject context = gateContext(none);
    context.insert(QStringLiteral("alertId"), alertId);
    context.insert(QStringLiteral("alert"), summary);
    const QString reason = summary.isEmpty() ? Text::tr("alert %1").arg(alertId)
                                             : Text::tr("alert %1: %2").arg(alertId, summary);
    record(EventType::GateOpened,
           QJsonObject{{QStringLiteral("gateId"), Ids::newGateId()},
                       {QStringLiteral("checkpoint"), QString()},
                       {QStringLiteral("gateType"), definition.type},
                       {QStringLiteral("required"), true},
                       {QStringLiteral("critical"), definition.critical},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("description"), definition.description},
                       {QStringLiteral("context"), context},
                       {QStringLiteral("alertId"), alertId},
                       {QStringLiteral("timeoutSeconds"),
                        static_cast<qint64>(definition.timeout.count() / 1000)},
                       {QStringLiteral("reviewerRole"), definition.reviewerRole},
                       {QStringLiteral("deadline"), m_host.clock()
                                                        .now()
                                                        .addMSecs(definition.timeout.count())
                                                        .toString(Qt::ISODateWithMs)}});
    qCInfo(lcEngine).noquote() << m_state.id << "review gate opened:" << reason;
    m_reportedWaiting = false;
}

QList<StoredCommand> ExecutionRun::failoverCommands(const QStringList &downProviders,
                                                    const QString &by, const QString &reason) const
{
    QList<StoredCommand> commands;
    if (m_abandoned || m_passive || isEnded(m_state.status)) {
        return commands;
    }
    const auto down = [&](const AgentDefinition *agent) {
        return agent && agent->kind == AgentDefinition::Kind::Llm &&
               downProviders.contains(agent->llm.provider);
    };
    const auto commandFor = [&](const QString &kind, const QJsonObject &args) {
        StoredCommand c;
        c.executionId = m_state.id;
        c.kind = kind;
        c.args = args;
        c.requestedBy = by;
        c.reason = reason;
        return c;
    };
    bool stranded = false;
    for (const QString &stageId : m_state.stageOrder) {
        const StageRun::Status status = m_state.stages.value(stageId).status;
        if (status != StageRun::Status::Waiting && status != StageRun::Status::RetryWaiting) {
            continue; // running, or done with
        }
        const StageDefinition *stage = m_pipeline.stage(stageId);
        const AgentDefinition *agent = stage ? m_pipeline.agent(agentFor(*stage)) : nullptr;
        if (!down(agent)) {
            continue;
        }
        const AgentDefinition *fallback =
            agent->fallback.isEmpty() ? nullptr : m_pipeline.agent(agent->fallback);
        if (fallback && !down(fallback)) {
            commands.append(commandFor(QStringLiteral("agent"),
                                       QJsonObject{{QStringLiteral("stage"), stageId},
                                                   {QStringLiteral("agent"), fallback->id}}));
        } else {
            stranded = true;
        }
    }
    // Only a running execution can be paused; a queued one is left as it is.
    if (stranded && m_state.status == ExecutionStatus::Running) {
        commands.append(commandFor(QStringLiteral("pause"), QJsonObject{}));
    }
    return commands;
}

} // namespace Conductor
