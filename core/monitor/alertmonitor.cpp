// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmonitor.h"

#include "config/duration.h"
#include "engine/clock.h"
#include "logging/logging.h"
#include "store/alertrows.h"
#include "store/audittrail.h"
#include "store/metricseries.h"
#include "store/storeworker.h"

#include <QJsonArray>

namespace Conductor {

namespace {

// The alert's severity by what it asks for: paging people and failing over are urgent.
Alert::Severity severityOf(const QString &action)
{
    return action == u"notify_ops_team" || action == u"emergency_failover"
               ? Alert::Severity::Critical
               : Alert::Severity::Warning;
}

// A value as its metric measures it, for the alert's one-line summary (stored, so English).
QString shown(const QString &metric, double value)
{
    switch (AlertCondition::quantityOf(metric)) {
    case AlertCondition::Quantity::Ratio:
        return QString::number(value * 100.0, 'f', 1) + u'%';
    case AlertCondition::Quantity::Usd:
        return u'$' + QString::number(value, 'f', 2);
    case AlertCondition::Quantity::Seconds:
        return formatDuration(Duration(static_cast<qint64>(value * 1000.0)));
    case AlertCondition::Quantity::Milliseconds:
        return QString::number(value, 'f', 0) + QStringLiteral(" ms");
    case AlertCondition::Quantity::Tokens:
    case AlertCondition::Quantity::Count:
        break;
    }
    return QString::number(value, 'f', 0);
}

QString metricOf(const QString &condition)
{
    return condition.section(u' ', 0, 0);
}

Alert toAlert(const AlertRecord &record)
{
    Alert alert;
    alert.id = record.id;
    alert.rule = record.rule;
    alert.severity =
        Alert::severityFromName(record.data.value(QStringLiteral("severity")).toString())
            .value_or(Alert::Severity::Warning);
    alert.state = record.state == AlertState::Firing         ? Alert::State::Firing
                  : record.state == AlertState::Acknowledged ? Alert::State::Acknowledged
                                                             : Alert::State::Resolved;
    alert.summary = record.message;
    alert.details = record.data;
    alert.raisedAt = record.raisedAt;
    return alert;
}

// What the monitor's records turned out to be, with the rule's action.
struct Recorded
{
    QList<std::pair<AlertRecord, QString>> changes;
    QString error;
    int stored = 0;      // samples written or merged
    qint64 pruned = -1;  // old samples removed, when this check pruned
    QString seriesError; // why the samples were not stored or pruned
};

constexpr qint64 kPruneEveryMs = 60 * 60 * 1000;

// The check's samples into the time series and, when due, the old ones out.
void store(StoreQueries &queries, const QList<MetricPoint> &points, qint64 mergeWindowMs,
           const std::optional<QDateTime> &pruneBefore, Recorded *out)
{
    if (!queries.isOpen()) {
        out->seriesError = queries.error();
        return;
    }
    MetricSeries series(*queries.database());
    if (const auto appended = series.append(points, mergeWindowMs)) {
        out->stored = appended->inserted + appended->merged;
    } else {
        out->seriesError = series.error();
    }
    if (pruneBefore) {
        if (const std::optional<qint64> pruned = series.prune(*pruneBefore)) {
            out->pruned = *pruned;
        } else {
            out->seriesError = series.error();
        }
    }
}

// The unresolved alert of a key, if any (written by this process or another).
std::optional<AlertRecord> unresolvedOf(const QList<AlertRecord> &open, const QString &key)
{
    for (const AlertRecord &r : open) {
        if (r.data.value(QStringLiteral("key")).toString() == key) {
            return r;
        }
    }
    return std::nullopt;
}

Recorded record(StoreQueries &queries, const QList<AlertTransition> &transitions)
{
    Recorded out;
    if (!queries.isOpen()) {
        out.error = queries.error();
        return out;
    }
    AlertRows rows(*queries.database());
    const QList<AlertRecord> open = rows.list(false);
    if (!rows.error().isEmpty()) {
        out.error = rows.error();
        return out;
    }
    for (const AlertTransition &t : transitions) {
        const std::optional<AlertRecord> existing = unresolvedOf(open, t.key);
        if (t.kind == AlertTransition::Kind::Resolved) {
            if (!existing) {
                continue; // resolved by another process already
            }
            const AlertRows::Change change = rows.resolve(existing->id, t.at);
            if (change == AlertRows::Change::Failed) {
                out.error = rows.error();
                continue;
            }
            if (change == AlertRows::Change::Unchanged) {
                continue; // another process resolved it meanwhile, and tells of it
            }
            AlertRecord resolved = *existing;
            resolved.state = AlertState::Resolved;
            resolved.updatedAt = t.at;
            out.changes.append({resolved, t.action});
            continue;
        }
        if (existing) {
            continue; // another process raised it
        }
        const QString metric = metricOf(t.condition);
        AlertRecord r;
        r.id = t.key + u'@' + QString::number(t.since.toMSecsSinceEpoch());
        r.rule = t.rule;
        r.state = AlertState::Firing;
        r.raisedAt = t.at;
        r.updatedAt = t.at;
        r.message = QStringLiteral("%1: %2 (now %3)%4")
                        .arg(t.rule, t.condition, shown(metric, t.value),
                             t.subject.isEmpty() ? QString() : QStringLiteral(" for ") + t.subject);
        r.data =
            QJsonObject{{QStringLiteral("key"), t.key},
                        {QStringLiteral("subject"), t.subject},
                        {QStringLiteral("condition"), t.condition},
                        {QStringLiteral("value"), t.value},
                        {QStringLiteral("reference"), t.reference},
                        {QStringLiteral("action"), t.action},
                        {QStringLiteral("since"), t.since.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("severity"), Alert::severityName(severityOf(t.action))}};
        if (rows.insert(r) == AlertRows::Insertion::Failed) {
            out.error = rows.error();
            continue;
        }
        out.changes.append({r, t.action});
    }
    return out;
}

} // namespace

AlertMonitor::AlertMonitor(QString databasePath, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<StoreWorker>(std::move(databasePath),
                                            QStringLiteral("conductor-alerts")))
    , m_clock(clock)
{
    qRegisterMetaType<Alert>();
}

AlertMonitor::~AlertMonitor()
{
    stop();
    m_store.reset();
}

void AlertMonitor::setConfiguration(const Configuration &config)
{
    m_config = config;
    m_evaluator.setRules(config.alerts);
}

void AlertMonitor::setAgentDownCount(std::function<int()> count)
{
    m_agentDownCount = std::move(count);
}

void AlertMonitor::setEngineLoopLatency(std::function<double()> latencyMs)
{
    m_engineLoopLatency = std::move(latencyMs);
}

void AlertMonitor::setErrorWindow(std::chrono::seconds window)
{
    m_errorWindow = window;
}

void AlertMonitor::start()
{
    m_running = true;
    checkNow();
}

void AlertMonitor::stop()
{
    m_running = false;
    if (m_timer != 0) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
}

void AlertMonitor::schedule()
{
    if (!m_running || m_timer != 0) {
        return;
    }
    const std::chrono::milliseconds interval =
        std::max(std::chrono::milliseconds(1000),
                 std::chrono::milliseconds(m_config.monitoring.healthCheckInterval));
    m_timer = m_clock->callAfter(interval, this, [this] {
        m_timer = 0;
        checkNow();
    });
}

void AlertMonitor::checkNow()
{
    if (m_checking) {
        return;
    }
    if (!m_config.monitoring.alertingEnabled) {
        schedule();
        return;
    }
    m_checking = true;
    const QDateTime now = m_clock->now();
    AlertInputs inputs;
    inputs.agentDownCount = m_agentDownCount ? m_agentDownCount() : 0;
    if (m_engineLoopLatency) {
        inputs.engineLoopLatencyMs = m_engineLoopLatency();
    }
    inputs.errorWindow = m_errorWindow;
    const Configuration config = m_config;
    const bool restore = !m_restored;
    struct Read
    {
        AlertSamples samples;
        QStringList firing; // keys still firing in the database, when restoring
    };
    m_store->run<Read>(
        this,
        [config, now, inputs, restore](StoreQueries &queries) {
            Read read;
            if (!queries.isOpen()) {
                read.samples.error = queries.error();
                return read;
            }
            if (restore) {
                AlertRows rows(*queries.database());
                for (const AlertRecord &r : rows.list(false)) {
                    const QString key = r.data.value(QStringLiteral("key")).toString();
                    if (!key.isEmpty() && r.state != AlertState::Resolved) {
                        read.firing.append(key);
                    }
                }
            }
            read.samples = readAlertSamples(*queries.database(), config, now, inputs);
            return read;
        },
        [this, now, restore](const Read &read) {
            if (restore && read.samples.error.isEmpty()) {
                m_evaluator.restoreFiring(read.firing, now);
                m_restored = true;
            }
            evaluate(read.samples, now);
        });
}

void AlertMonitor::evaluate(const AlertSamples &samples, const QDateTime &at)
{
    if (!samples.error.isEmpty()) {
        m_checking = false;
        qCWarning(lcMonitor).noquote() << "alert rules not checked:" << samples.error;
        Q_EMIT checkFailed(samples.error);
        schedule();
        return;
    }
    const QList<AlertTransition> transitions = m_evaluator.evaluate(samples.samples, at);
    QList<MetricPoint> points;
    points.reserve(samples.samples.size());
    for (const MetricSample &sample : samples.samples) {
        points.append({sample.metric, sample.subject, at.toMSecsSinceEpoch(), sample.value});
    }
    const qint64 interval = std::max<qint64>(
        1000, std::chrono::milliseconds(m_config.monitoring.healthCheckInterval).count());
    std::optional<QDateTime> pruneBefore;
    if (!m_lastPrune.isValid() || m_lastPrune.msecsTo(at) >= kPruneEveryMs) {
        pruneBefore = at.addDays(-std::max(1, m_config.monitoring.metricsRetentionDays));
    }
    m_store->run<Recorded>(
        this,
        [transitions, points, interval, pruneBefore](StoreQueries &queries) {
            Recorded out = transitions.isEmpty() ? Recorded{} : record(queries, transitions);
            store(queries, points, interval / 2, pruneBefore, &out);
            return out;
        },
        [this, at](const Recorded &recorded) {
            m_checking = false;
            for (const auto &[r, action] : recorded.changes) {
                qCInfo(lcMonitor).noquote()
                    << "alert" << r.id << alertStateName(r.state) << "-" << r.message;
                Q_EMIT alertChanged(toAlert(r), action);
            }
            if (!recorded.error.isEmpty()) {
                qCWarning(lcMonitor).noquote() << "alerts not recorded:" << recorded.error;
                Q_EMIT checkFailed(recorded.error);
            }
            if (recorded.seriesError.isEmpty()) {
                if (recorded.pruned >= 0) {
                    m_lastPrune = at;
                    if (recorded.pruned > 0) {
                        qCInfo(lcMonitor) << "pruned" << recorded.pruned << "old metric samples";
                    }
                }
                Q_EMIT samplesStored(recorded.stored, recorded.pruned);
            } else {
                qCWarning(lcMonitor).noquote()
                    << "metric samples not stored:" << recorded.seriesError;
                Q_EMIT checkFailed(recorded.seriesError);
            }
            Q_EMIT checked(static_cast<int>(m_evaluator.firing().size()));
            schedule();
        });
}

AlertMonitor::Acknowledgement AlertMonitor::acknowledgeIn(StoreQueries &queries,
                                                          const QString &alertId, const QString &by,
                                                          const QDateTime &at)
{
    Acknowledgement out;
    if (!queries.isOpen()) {
        out.error = queries.error();
        return out;
    }
    AlertRows rows(*queries.database());
    const AlertRows::Change change = rows.acknowledge(alertId, at);
    out.alert = rows.find(alertId);
    switch (change) {
    case AlertRows::Change::Changed:
        break;
    case AlertRows::Change::Unchanged:
        out.outcome =
            out.alert ? Acknowledgement::Outcome::NotFiring : Acknowledgement::Outcome::NotFound;
        return out;
    case AlertRows::Change::Failed:
        out.error = rows.error();
        return out;
    }
    out.outcome = Acknowledgement::Outcome::Acknowledged;
    AuditRecord audit;
    audit.at = at;
    audit.actor = by;
    audit.action = QString(AuditAction::AlertAcknowledged);
    audit.subject = alertId;
    audit.detail = QJsonObject{{QStringLiteral("rule"), out.alert ? out.alert->rule : QString()}};
    if (queries.recordAudit(audit) == 0) {
        qCWarning(lcMonitor).noquote()
            << "the acknowledgement of" << alertId << "by" << by << "is not in the audit trail";
    }
    return out;
}

void AlertMonitor::acknowledge(const QString &alertId, const QString &by,
                               std::function<void(const Acknowledgement &)> done)
{
    const QDateTime now = m_clock->now();
    m_store->run<Acknowledgement>(
        this,
        [alertId, now, by](StoreQueries &queries) {
            return acknowledgeIn(queries, alertId, by, now);
        },
        [this, by, done = std::move(done)](const Acknowledgement &result) {
            if (result.outcome == Acknowledgement::Outcome::Acknowledged && result.alert) {
                qCInfo(lcMonitor).noquote()
                    << "alert" << result.alert->id << "acknowledged by" << by;
                Q_EMIT alertChanged(toAlert(*result.alert),
                                    result.alert->data.value(QStringLiteral("action")).toString());
            }
            if (done) {
                done(result);
            }
        });
}

void AlertMonitor::recordDelivery(const QString &alertId, const AlertDelivery &delivery)
{
    m_store->run<QString>(
        this,
        [alertId, delivery](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return queries.error();
            }
            AlertRows rows(*queries.database());
            return rows.recordDelivery(alertId, delivery) ? QString() : rows.error();
        },
        [alertId](const QString &error) {
            if (!error.isEmpty()) {
                qCWarning(lcMonitor).noquote()
                    << "how the alert" << alertId << "was delivered is not recorded:" << error;
            }
        });
}

} // namespace Conductor
