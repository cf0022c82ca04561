// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The alert rules' clock-work: given what the metrics measure now, which alerts start to
// fire and which resolve. A rule watches one metric (`error_rate > 5%`); some metrics have
// one value for the whole installation (error_rate, daily_cost, agent_down_count), others
// one per subject (execution_time, per running execution), and each subject is an alert of
// its own. A condition must hold for the rule's `duration` (at once without one) before its
// alert fires, and fires once; it resolves when the condition no longer holds or its
// subject is no longer measured (the execution ended). A condition that stops holding
// before its duration is forgotten.
//
// Pure logic on a given clock: what samples the metrics, what records the alerts and what
// carries out the actions live elsewhere, so the rules can be tested with any time.

#include "config/configuration.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Conductor {

// One metric's value for one subject (empty for the installation), with the values a
// rule's reference may name: the budget (daily_cost > budget * 0.8), and for daily_cost the
// configured alert threshold.
struct MetricSample
{
    QString metric;
    QString subject;
    double value = 0.0;
    double reference = 0.0;      // "budget"
    double alertThreshold = 0.0; // "alert_threshold"

    [[nodiscard]] double referenceNamed(const QString &name) const
    {
        return name == u"alert_threshold" ? alertThreshold : reference;
    }
};

struct AlertTransition
{
    enum class Kind
    {
        Fired,
        Resolved
    };
    Kind kind = Kind::Fired;
    QString key; // rule, or rule:subject: one alert while it fires
    QString rule;
    QString subject;
    QString action;
    QString condition; // as written
    double value = 0.0;
    double reference = 0.0;
    QDateTime since; // when the condition started to hold
    QDateTime at;
};

class AlertEvaluator final
{
public:
    explicit AlertEvaluator(QList<AlertRule> rules = {});

    // New rules (a configuration was applied): alerts of rules that are gone resolve at the
    // next evaluation; those of rules kept by name keep their state.
    void setRules(QList<AlertRule> rules);
    [[nodiscard]] const QList<AlertRule> &rules() const { return m_rules; }

    // Alerts already firing (recorded before a restart), so they do not fire twice.
    void restoreFiring(const QStringList &keys, const QDateTime &since);

    // The transitions the samples taken at `now` cause: resolutions first (by key), then
    // what fires (in the order of the rules).
    [[nodiscard]] QList<AlertTransition> evaluate(const QList<MetricSample> &samples,
                                                  const QDateTime &now);

    [[nodiscard]] QStringList firing() const;
    [[nodiscard]] static QString keyOf(const QString &rule, const QString &subject);

private:
    struct Watch
    {
        QString rule;
        QString subject;
        QDateTime since; // the condition holds since
        bool firing = false;
        double value = 0.0;
        double reference = 0.0;
    };

    QList<AlertRule> m_rules;
    QHash<QString, Watch> m_watches; // by key
};

} // namespace Conductor
