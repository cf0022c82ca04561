// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The settings of conductor-agent.yml as the core reads them: the design document's
// schema, with the defaults it writes, plus the keys the product needs (what a gate
// requires of its reviewer, when it opens, what happens when it times out). A
// Configuration is a value: it is loaded whole, shared read-only, and replaced whole.

#include "alertcondition.h"
#include "condition.h"
#include "duration.h"
#include "money.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Conductor {

using namespace std::chrono_literals;

struct AgentIdentity
{
    QString name = QStringLiteral("conductor");
    QString version = QStringLiteral("2.1.0");
    int priority = 1;
};

struct OrchestrationSettings
{
    int maxConcurrentPipelines = 10;
    Duration defaultTimeout = 900s;
    bool enableParallelExecution = true;
};

struct TokenBudget
{
    qint64 daily = 1'000'000;
    qint64 perPipeline = 250'000;
    qint64 emergency = 100'000;
};

struct TimeBudget
{
    int maxPipelineMinutes = 15;
    int maxAgentMinutes = 5;
};

struct CostBudget
{
    Money dailyBudget = Money::fromMicros(500'000'000);
    Money alertThreshold = Money::fromMicros(400'000'000);
};

struct Budgets
{
    TokenBudget tokens;
    TimeBudget time;
    CostBudget cost;
    // The IANA zone whose local midnight ends a budget day ("Europe/Berlin"); the
    // system's zone when empty. Everyone sharing a database should use the same one.
    QString timeZone;
};

enum class TimeoutOutcome
{
    Reject,
    Approve,
    Escalate
};

struct GateDefinition
{
    QString type;
    QString description;
    bool required = false;
    // A critical gate asks its reviewer for a second factor, and whoever started the
    // execution may not decide it.
    bool critical = false;
    Condition when; // the gate opens when this holds (always by default)
    Duration timeout = 24h;
    TimeoutOutcome onTimeout = TimeoutOutcome::Escalate;
    QString reviewerRole = QStringLiteral("approver");
    QString escalateTo = QStringLiteral("admin");
};

struct GateSettings
{
    QStringList required{QStringLiteral("risk_review"), QStringLiteral("security_check"),
                         QStringLiteral("human_approval")};
    QStringList optional{QStringLiteral("performance_review"), QStringLiteral("compliance_check")};
    // Every gate type the configuration knows, listed or not, built-in ones first.
    QList<GateDefinition> definitions;

    [[nodiscard]] const GateDefinition *find(QStringView type) const;
    [[nodiscard]] bool isActive(QStringView type) const;
};

// The least severity of alert a notifier is told of; the same three steps as
// Alert::Severity (Info, Warning, Critical), which core/monitor maps one to one.
enum class NotifySeverity
{
    Info,
    Warning,
    Critical
};

// A place alerts are sent to, under monitoring.notifiers. The credential is never here:
// `secret` is the name under which the app's secrets keep it (the webhook URL for a
// webhook, the integration's routing key for PagerDuty).
struct NotifierDefinition
{
    enum class Type
    {
        Webhook,
        PagerDuty
    };

    QString name; // the key under monitoring.notifiers, used in logs and signals
    Type type = Type::Webhook;
    QString secret;
    QString baseUrl; // PagerDuty only: where the Events API is; its public address when empty
    NotifySeverity minimumSeverity = NotifySeverity::Warning;

    // "webhook", "pagerduty"; "info", "warning", "critical".
    [[nodiscard]] static QString typeName(Type type);
    [[nodiscard]] static QString severityName(NotifySeverity severity);
    friend bool operator==(const NotifierDefinition &, const NotifierDefinition &) = default;
};

struct MonitoringSettings
{
    Duration healthCheckInterval = 30s;
    int metricsRetentionDays = 30;
    bool alertingEnabled = true;
    QList<NotifierDefinition> notifiers; // in the order the file lists them
};

struct AlertRule
{
    QString name;
    AlertCondition condition;
    std::optional<Duration> duration; // how long the condition must hold
    QString action;
};

struct Configuration
{
    AgentIdentity agent;
    OrchestrationSettings orchestration;
    Budgets budgets;
    GateSettings gates;
    MonitoringSettings monitoring;
    QList<AlertRule> alerts;
    QString sourcePath; // the file it was read from; empty for the built-in defaults

    // The pipeline time limit the budgets allow.
    [[nodiscard]] Duration maxPipelineTime() const;
    [[nodiscard]] Duration maxAgentTime() const;
};

// The roles of Conductor's users, weakest first.
[[nodiscard]] QStringList userRoles();
// The actions an alert rule may take.
[[nodiscard]] QStringList alertActions();
// The gate types Conductor knows without configuration, with their defaults.
[[nodiscard]] QList<GateDefinition> builtInGates();
// The gate the engine opens when an attempt's budget hold is refused.
[[nodiscard]] QString budgetGateType();
// The gate the engine opens when an alert rule's human_review_required flags an execution.
[[nodiscard]] QString reviewGateType();
[[nodiscard]] QString timeoutOutcomeName(TimeoutOutcome outcome);

} // namespace Conductor
