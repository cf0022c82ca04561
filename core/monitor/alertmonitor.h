// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The alert rules at work: every monitoring.healthCheckInterval it reads what the metrics
// measure (alertsamples.h, on a database thread of its own), lets the rules judge them
// (alertevaluator.h), records what fires and what resolves in the alerts table (one row
// per alert, deduplicated by its key across the processes sharing the database), and
// tells whoever listens (the desktop, notifiers). monitoring.alertingEnabled false turns
// it off. At start it takes up the alerts still firing in the database, so a restart does
// not raise them again.
//
// Every sample of a check (the global metrics and the per-execution ones) is kept as a time
// series (metricseries.h) in the same transaction-per-check on the same worker, and samples
// older than monitoring.metricsRetentionDays are pruned at the first check and then once an
// hour of the clock's time. Several processes sharing a database each check and each write:
// a sample meets the one another process wrote of its series less than half an interval
// before and keeps the larger value there (the worst engine loop, the most providers down;
// what the database says is the same for all), so a series has about one row per interval
// however many processes run, and retention bounds it. With alerting off nothing is checked,
// so nothing is stored either.
//
// Lives on the thread of the session it serves; nothing here waits.

#include "alert.h"
#include "alertevaluator.h"
#include "alertsamples.h"
#include "config/configuration.h"
#include "store/alertrows.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Conductor {

class Clock;
class StoreQueries;
class StoreWorker;

class AlertMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertMonitor)

public:
    // clock gives the time and the intervals (a manual one in tests) and must outlive the
    // monitor.
    AlertMonitor(QString databasePath, Clock *clock, QObject *parent = nullptr);
    ~AlertMonitor() override;

    // The rules, whether alerting is on and how often to look.
    void setConfiguration(const Configuration &config);
    // How many providers are down now (ProviderMonitor::downCount), asked at each check.
    void setAgentDownCount(std::function<int()> count);
    // How late the engine loop ran, in ms, over the last interval (EngineLoopProbe), asked at
    // each check for engine_loop_latency_ms; no sample without it.
    void setEngineLoopLatency(std::function<double()> latencyMs);
    void setErrorWindow(std::chrono::seconds window);

    // Checks at once, then every interval.
    void start();
    void stop();
    // One check now (not while one is under way) -> checked().
    void checkNow();
    // What became of acknowledging an alert.
    struct Acknowledgement
    {
        enum class Outcome
        {
            Acknowledged,
            NotFound,
            NotFiring, // acknowledged or resolved already: nothing changed
            Failed,    // the database failed (error says how)
        };
        Outcome outcome = Outcome::Failed;
        std::optional<AlertRecord> alert; // as it is now, when there is one
        QString error;
    };
    // A person saw it: firing -> acknowledged -> alertChanged(), then done (on this
    // object's thread) with the outcome. Audited under `by`.
    void acknowledge(const QString &alertId, const QString &by,
                     std::function<void(const Acknowledgement &)> done = {});
    // The same in a database at hand, for a process without a monitor (the command line):
    // the alert moves from firing to acknowledged in one conditional write, so two people
    // acknowledging at once are told apart, and the audit trail records who did.
    [[nodiscard]] static Acknowledgement acknowledgeIn(StoreQueries &queries,
                                                       const QString &alertId, const QString &by,
                                                       const QDateTime &at);

    [[nodiscard]] QStringList firing() const { return m_evaluator.firing(); }
    // Notes on the alert's record what became of telling a notifier of it (see
    // AlertRows::recordDelivery); a failure to note it is logged, nothing more.
    void recordDelivery(const QString &alertId, const AlertDelivery &delivery);

Q_SIGNALS:
    // An alert fired, was acknowledged or resolved (as recorded).
    void alertChanged(const Conductor::Alert &alert, const QString &action);
    // A check ended; firing counts the alerts firing after it.
    void checked(int firing);
    void checkFailed(const QString &message);
    // A check's samples were stored: how many, and how many old ones were pruned (-1: the
    // check did not prune).
    void samplesStored(int samples, qint64 pruned);

private:
    void schedule();
    void evaluate(const AlertSamples &samples, const QDateTime &at);

    std::unique_ptr<StoreWorker> m_store;
    Clock *m_clock;
    Configuration m_config;
    AlertEvaluator m_evaluator;
    std::function<int()> m_agentDownCount;
    std::function<double()> m_engineLoopLatency;
    QDateTime m_lastPrune; // of the clock; invalid until the first prune
    std::chrono::seconds m_errorWindow{15 * 60};
    quint64 m_timer = 0;
    bool m_running = false;
    bool m_checking = false;
    bool m_restored = false;
};

} // namespace Conductor
