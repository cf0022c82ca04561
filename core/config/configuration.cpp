// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configuration.h"

#include <QCoreApplication>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::Configuration)
};

} // namespace

const GateDefinition *GateSettings::find(QStringView type) const
{
    for (const GateDefinition &d : definitions) {
        if (d.type == type) {
            return &d;
        }
    }
    return nullptr;
}

bool GateSettings::isActive(QStringView type) const
{
    return required.contains(type) || optional.contains(type);
}

Duration Configuration::maxPipelineTime() const
{
    return std::chrono::minutes(budgets.time.maxPipelineMinutes);
}

Duration Configuration::maxAgentTime() const
{
    return std::chrono::minutes(budgets.time.maxAgentMinutes);
}

QStringList userRoles()
{
    return {QStringLiteral("viewer"), QStringLiteral("operator"), QStringLiteral("approver"),
            QStringLiteral("admin")};
}

QStringList alertActions()
{
    return {QStringLiteral("notify_ops_team"), QStringLiteral("throttle_new_pipelines"),
            QStringLiteral("human_review_required"), QStringLiteral("emergency_failover"),
            QStringLiteral("log_only")};
}

QString NotifierDefinition::typeName(Type type)
{
    return type == Type::PagerDuty ? QStringLiteral("pagerduty") : QStringLiteral("webhook");
}

QString NotifierDefinition::severityName(NotifySeverity severity)
{
    switch (severity) {
    case NotifySeverity::Info:
        return QStringLiteral("info");
    case NotifySeverity::Warning:
        return QStringLiteral("warning");
    case NotifySeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

QString timeoutOutcomeName(TimeoutOutcome outcome)
{
    switch (outcome) {
    case TimeoutOutcome::Reject:
        return QStringLiteral("reject");
    case TimeoutOutcome::Approve:
        return QStringLiteral("approve");
    case TimeoutOutcome::Escalate:
        return QStringLiteral("escalate");
    }
    return {};
}

QString budgetGateType()
{
    return QStringLiteral("budget_override");
}

QString reviewGateType()
{
    return QStringLiteral("alert_review");
}

QList<GateDefinition> builtInGates()
{
    using Op = Condition::Operator;
    GateDefinition risk;
    risk.type = QStringLiteral("risk_review");
    risk.description = Text::tr("Risk review before scaffold generation");

    GateDefinition security;
    security.type = QStringLiteral("security_check");
    security.description = Text::tr("Security sign-off before deployment");
    security.onTimeout = TimeoutOutcome::Reject;

    GateDefinition human;
    human.type = QStringLiteral("human_approval");
    human.description = Text::tr("Human review of a flagged idea or a regulated domain");
    human.critical = true;
    human.when = Condition::combine(
        Condition::Kind::Any,
        {Condition::test(QStringLiteral("verdict.risk"), Op::Equals, QStringLiteral("flag")),
         Condition::test(QStringLiteral("metadata.domain"), Op::In,
                         QVariantList{QStringLiteral("healthcare"), QStringLiteral("medical"),
                                      QStringLiteral("pharma"), QStringLiteral("finance"),
                                      QStringLiteral("banking"), QStringLiteral("insurance"),
                                      QStringLiteral("legal"), QStringLiteral("government"),
                                      QStringLiteral("defense"), QStringLiteral("education")})});

    GateDefinition performance;
    performance.type = QStringLiteral("performance_review");
    performance.description = Text::tr("Performance review for a high load estimate");
    performance.when = Condition::test(QStringLiteral("metadata.loadEstimate"), Op::AtLeast, 10000);

    GateDefinition compliance;
    compliance.type = QStringLiteral("compliance_check");
    compliance.description = Text::tr("Compliance check for an enterprise account");
    compliance.when = Condition::test(QStringLiteral("metadata.accountTier"), Op::Equals,
                                      QStringLiteral("enterprise"));

    // Opened by the engine, not at a checkpoint: an attempt the budgets cannot cover
    // waits for an approver to grant more, or to reject it.
    GateDefinition budget;
    budget.type = budgetGateType();
    budget.description = Text::tr("Budget override: an attempt needs more than its budgets allow");
    budget.onTimeout = TimeoutOutcome::Reject;

    for (GateDefinition *required : {&risk, &security, &human, &budget}) {
        required->required = true;
    }
    return {risk, security, human, performance, compliance, budget};
}

} // namespace Conductor
