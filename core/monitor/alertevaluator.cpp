// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertevaluator.h"

#include <QSet>

#include <algorithm>

namespace Conductor {

AlertEvaluator::AlertEvaluator(QList<AlertRule> rules)
    : m_rules(std::move(rules))
{}

void AlertEvaluator::setRules(QList<AlertRule> rules)
{
    m_rules = std::move(rules);
}

QString AlertEvaluator::keyOf(const QString &rule, const QString &subject)
{
    return subject.isEmpty() ? rule : rule + u':' + subject;
}

void AlertEvaluator::restoreFiring(const QStringList &keys, const QDateTime &since)
{
    for (const QString &key : keys) {
        const qsizetype colon = key.indexOf(u':');
        Watch w;
        w.rule = colon < 0 ? key : key.left(colon);
        w.subject = colon < 0 ? QString() : key.mid(colon + 1);
        w.since = since;
        w.firing = true;
        m_watches.insert(key, w);
    }
}

QStringList AlertEvaluator::firing() const
{
    QStringList keys;
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (it->firing) {
            keys.append(it.key());
        }
    }
    keys.sort();
    return keys;
}

QList<AlertTransition> AlertEvaluator::evaluate(const QList<MetricSample> &samples,
                                                const QDateTime &now)
{
    QList<AlertTransition> resolved;
    QList<AlertTransition> fired;
    QSet<QString> holding; // keys whose condition holds now
    for (const AlertRule &rule : std::as_const(m_rules)) {
        for (const MetricSample &sample : samples) {
            const double reference = sample.referenceNamed(rule.condition.reference);
            if (sample.metric != rule.condition.metric ||
                !rule.condition.holds(sample.value, reference)) {
                continue;
            }
            const QString key = keyOf(rule.name, sample.subject);
            holding.insert(key);
            Watch &w = m_watches[key];
            if (w.rule.isEmpty()) {
                w.rule = rule.name;
                w.subject = sample.subject;
                w.since = now;
            }
            w.value = sample.value;
            w.reference = reference;
            const qint64 held = w.since.msecsTo(now);
            const qint64 needed = rule.duration ? rule.duration->count() : 0;
            if (!w.firing && held >= needed) {
                w.firing = true;
                fired.append(AlertTransition{AlertTransition::Kind::Fired, key, rule.name,
                                             sample.subject, rule.action, rule.condition.text,
                                             sample.value, reference, w.since, now});
            }
        }
    }
    // What no longer holds: a firing alert resolves, a pending one is forgotten. A rule that
    // is gone (a new configuration) resolves its alerts too.
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        if (holding.contains(it.key())) {
            ++it;
            continue;
        }
        if (it->firing) {
            QString action;
            QString condition;
            for (const AlertRule &rule : std::as_const(m_rules)) {
                if (rule.name == it->rule) {
                    action = rule.action;
                    condition = rule.condition.text;
                }
            }
            resolved.append(AlertTransition{AlertTransition::Kind::Resolved, it.key(), it->rule,
                                            it->subject, action, condition, it->value,
                                            it->reference, it->since, now});
        }
        it = m_watches.erase(it);
    }
    std::sort(resolved.begin(), resolved.end(),
              [](const AlertTransition &a, const AlertTransition &b) { return a.key < b.key; });
    return resolved + fired;
}

} // namespace Conductor
