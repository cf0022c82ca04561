// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The alert rules at work on a fabricated history (metricshistory.h) and a clock the test
// moves: what fires is recorded once, another process sharing the database does not raise
// it again, a rule holds for its duration, alerts resolve and are acknowledged, and
// monitoring.alertingEnabled turns it all off; every check's samples are stored as time series
// (one row per series and interval however many processes check) and those older than
// monitoring.metricsRetentionDays are pruned at the first check and then hourly.

#include "config/configloader.h"
#include "engine/clock.h"
#include "metricshistory.h"
#include "monitor/alertmonitor.h"
#include "store/alertrows.h"
#include "store/database.h"
#include "store/metricseries.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kT = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

QStringList changes(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy) {
        const Alert alert = args.at(0).value<Alert>();
        out.append(Alert::stateName(alert.state) + u' ' + alert.details.value(u"key"_s).toString() +
                   u' ' + args.at(1).toString());
    }
    return out;
}

} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firesRecordsResolvesAndAcknowledges();
    void holdsForItsDuration();
    void offWhenAlertingIsDisabled();
    void twoProcessesRaiseOneAlert();
    void storesSamplesAndPrunesThem();

private:
    [[nodiscard]] bool check(AlertMonitor &monitor, ManualClock *clock = nullptr,
                             std::chrono::milliseconds advance = {});

    QTemporaryDir m_dir;
    QString m_path;
    Configuration m_config = ConfigLoader::builtIn();
};

void TestAlertMonitor::initTestCase()
{
    qRegisterMetaType<Alert>();
    m_path = m_dir.filePath(u"alerts.db"_s);
    Database db(m_path, u"test");
    QVERIFY2(db.open(), qPrintable(db.error()));
    Test::MetricsHistory history(db, kT);
    QVERIFY2(history.write(), qPrintable(history.error()));
    m_config.budgets.timeZone = u"UTC"_s;
}

bool TestAlertMonitor::check(AlertMonitor &monitor, ManualClock *clock,
                             std::chrono::milliseconds advance)
{
    QSignalSpy checked(&monitor, &AlertMonitor::checked);
    if (clock) {
        clock->advance(advance);
    } else {
        monitor.checkNow();
    }
    return checked.wait(10'000);
}

void TestAlertMonitor::firesRecordsResolvesAndAcknowledges()
{
    ManualClock clock(kT);
    int down = 3;
    AlertMonitor monitor(m_path, &clock);
    monitor.setConfiguration(m_config);
    monitor.setAgentDownCount([&down] { return down; });
    QSignalSpy changed(&monitor, &AlertMonitor::alertChanged);
    QSignalSpy checked(&monitor, &AlertMonitor::checked);
    monitor.start();
    QVERIFY(checked.wait(10'000));
    // e15 and e16 have run more than 20 minutes; three providers are down.
    QCOMPARE(changes(changed),
             (QStringList{u"firing longRunningPipeline:e15 human_review_required"_s,
                          u"firing longRunningPipeline:e16 human_review_required"_s,
                          u"firing agentFailure emergency_failover"_s}));
    QCOMPARE(checked.last().at(0).toInt(), 3);
    const Alert agents = changed.at(2).at(0).value<Alert>();
    QCOMPARE(agents.severity, Alert::Severity::Critical);
    QCOMPARE(agents.summary, u"agentFailure: agent_down_count > 2 (now 3)"_s);
    QCOMPARE(changed.at(0).at(0).value<Alert>().summary,
             u"longRunningPipeline: execution_time > 20m (now 1h) for e15"_s);
    {
        Database db(m_path, u"test");
        QVERIFY(db.open());
        const QList<AlertRecord> open = AlertRows(db).list(false);
        QCOMPARE(open.size(), 3);
    }

    // Another process sharing the database takes them as they are: nothing twice.
    {
        AlertMonitor other(m_path, &clock);
        other.setConfiguration(m_config);
        other.setAgentDownCount([&down] { return down; });
        QSignalSpy otherChanged(&other, &AlertMonitor::alertChanged);
        QVERIFY(check(other));
        QCOMPARE(otherChanged.count(), 0);
        QCOMPARE(other.firing().size(), 3);
    }

    // The providers come back: at the next interval the alert resolves, once.
    changed.clear();
    down = 0;
    QVERIFY(check(monitor, &clock, std::chrono::seconds(30)));
    QCOMPARE(changes(changed), QStringList{u"resolved agentFailure emergency_failover"_s});
    QVERIFY(check(monitor, &clock, std::chrono::seconds(30)));
    QCOMPARE(changed.count(), 1);

    // Acknowledged by a person; it stays open until it resolves.
    changed.clear();
    const QString e15 = [&] {
        Database db(m_path, u"test");
        (void)db.open();
        for (const AlertRecord &r : AlertRows(db).list(false)) {
            if (r.rule == u"longRunningPipeline" &&
                r.data.value(u"subject"_s).toString() == u"e15") {
                return r.id;
            }
        }
        return QString();
    }();
    QVERIFY(!e15.isEmpty());
    monitor.acknowledge(e15, u"anna"_s);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changes(changed),
             QStringList{u"acknowledged longRunningPipeline:e15 human_review_required"_s});
    Database db(m_path, u"test");
    QVERIFY(db.open());
    QCOMPARE(AlertRows(db).find(e15)->state, AlertState::Acknowledged);
    QCOMPARE(AlertRows(db).list(true).size(), 3);
    QCOMPARE(AlertRows(db).list(false).size(), 2);
}

void TestAlertMonitor::holdsForItsDuration()
{
    // Over the day before T, 5 of 9 attempts failed: highErrorRate's condition holds, and
    // fires after holding five minutes.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rate.db"_s);
    {
        Database db(path, u"test");
        QVERIFY(db.open());
        Test::MetricsHistory history(db, kT);
        QVERIFY(history.write());
    }
    ManualClock clock(kT);
    Configuration config = m_config;
    config.alerts.erase(
        std::remove_if(config.alerts.begin(), config.alerts.end(),
                       [](const AlertRule &r) { return r.name != u"highErrorRate"; }),
        config.alerts.end());
    AlertMonitor monitor(path, &clock);
    monitor.setConfiguration(config);
    monitor.setErrorWindow(std::chrono::hours(24));
    QSignalSpy changed(&monitor, &AlertMonitor::alertChanged);
    QSignalSpy checked(&monitor, &AlertMonitor::checked);
    monitor.start();
    QVERIFY(checked.wait(10'000));
    for (int i = 0; i < 9; ++i) { // 4 min 30 s
        QVERIFY(check(monitor, &clock, std::chrono::seconds(30)));
        QCOMPARE(changed.count(), 0);
    }
    QVERIFY(check(monitor, &clock, std::chrono::seconds(30))); // 5 min
    QCOMPARE(changes(changed), QStringList{u"firing highErrorRate notify_ops_team"_s});
    QVERIFY(check(monitor, &clock, std::chrono::seconds(30)));
    QCOMPARE(changed.count(), 1);
}

void TestAlertMonitor::offWhenAlertingIsDisabled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"off.db"_s);
    {
        Database db(path, u"test");
        QVERIFY(db.open());
        Test::MetricsHistory history(db, kT);
        QVERIFY(history.write());
    }
    ManualClock clock(kT);
    Configuration config = m_config;
    config.monitoring.alertingEnabled = false;
    AlertMonitor monitor(path, &clock);
    monitor.setConfiguration(config);
    monitor.setAgentDownCount([] { return 9; });
    QSignalSpy changed(&monitor, &AlertMonitor::alertChanged);
    QSignalSpy checked(&monitor, &AlertMonitor::checked);
    monitor.start();
    clock.advance(std::chrono::minutes(10));
    QVERIFY(!checked.wait(500));
    QCOMPARE(changed.count(), 0);
    Database db(path, u"test");
    QVERIFY(db.open());
    QCOMPARE(AlertRows(db).list(true).size(), 0);
    // Turned on, the next interval checks.
    config.monitoring.alertingEnabled = true;
    monitor.setConfiguration(config);
    clock.advance(std::chrono::seconds(30));
    QVERIFY(checked.wait(10'000));
    QVERIFY(changed.count() >= 1);
}

void TestAlertMonitor::twoProcessesRaiseOneAlert()
{
    // Both processes watch from the start; the one that records second finds the alert
    // raised already and tells nobody again.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"two.db"_s);
    {
        Database db(path, u"test");
        QVERIFY(db.open());
    }
    ManualClock clock(kT);
    int down = 0;
    AlertMonitor a(path, &clock);
    AlertMonitor b(path, &clock);
    for (AlertMonitor *m : {&a, &b}) {
        m->setConfiguration(m_config);
        m->setAgentDownCount([&down] { return down; });
        QVERIFY(check(*m));
    }
    down = 5;
    QSignalSpy changedA(&a, &AlertMonitor::alertChanged);
    QSignalSpy changedB(&b, &AlertMonitor::alertChanged);
    QVERIFY(check(a));
    QVERIFY(check(b));
    QCOMPARE(changes(changedA), QStringList{u"firing agentFailure emergency_failover"_s});
    QCOMPARE(changedB.count(), 0);
    Database db(path, u"test");
    QVERIFY(db.open());
    QCOMPARE(AlertRows(db).list(true).size(), 1);
    // Either resolves it once.
    down = 0;
    QVERIFY(check(b));
    QVERIFY(check(a));
    QCOMPARE(changes(changedB), QStringList{u"resolved agentFailure emergency_failover"_s});
    QCOMPARE(changedA.count(), 1);

    // Two processes that both read the alert as open before either wrote: the conditional
    // writes let one of them change it, so the resolution is told once.
    AlertRecord r;
    r.id = u"pending_gates@1"_s;
    r.rule = u"pendingGates"_s;
    r.raisedAt = kT;
    AlertRows rows(db);
    QCOMPARE(rows.insert(r), AlertRows::Insertion::Inserted);
    QCOMPARE(rows.acknowledge(r.id, kT), AlertRows::Change::Changed);
    QCOMPARE(rows.acknowledge(r.id, kT), AlertRows::Change::Unchanged);
    QCOMPARE(rows.resolve(r.id, kT), AlertRows::Change::Changed);
    QCOMPARE(rows.resolve(r.id, kT), AlertRows::Change::Unchanged);
    QCOMPARE(rows.acknowledge(r.id, kT), AlertRows::Change::Unchanged);
    QCOMPARE(rows.resolve(u"nothing@1"_s, kT), AlertRows::Change::Unchanged);
}

void TestAlertMonitor::storesSamplesAndPrunesThem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"series.db"_s);
    Database db(path, u"test");
    QVERIFY(db.open());
    Test::MetricsHistory history(db, kT);
    QVERIFY(history.write());
    const qint64 day = 24 * 3600 * 1000;
    const qint64 t = kT.toMSecsSinceEpoch();
    MetricSeries series(db);
    // One sample past the 30 days kept, one inside them.
    QVERIFY(series.append(
        {{u"daily_cost"_s, {}, t - 30 * day - 1, 1.0}, {u"daily_cost"_s, {}, t - 29 * day, 2.0}}));
    const auto rows = [&db](const QString &where) {
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT COUNT(*), MAX(value) FROM metric_samples WHERE "_s + where) &&
                       q.next()
                   ? std::pair{q.value(0).toLongLong(), q.value(1).toDouble()}
                   : std::pair{qint64(-1), 0.0};
    };

    ManualClock clock(kT);
    Configuration config = m_config;
    config.monitoring.healthCheckInterval = std::chrono::minutes(10);
    config.monitoring.metricsRetentionDays = 30;
    AlertMonitor monitor(path, &clock);
    monitor.setConfiguration(config);
    monitor.setAgentDownCount([] { return 1; });
    monitor.setEngineLoopLatency([] { return 42.5; });
    QSignalSpy stored(&monitor, &AlertMonitor::samplesStored);
    QSignalSpy checked(&monitor, &AlertMonitor::checked);
    monitor.start();
    QVERIFY(checked.wait(10'000));
    QCOMPARE(stored.count(), 1);
    // Every sample at the check's time, the per-execution ones with their execution.
    const int first = stored.at(0).at(0).toInt();
    QCOMPARE(rows(u"time_ms = %1"_s.arg(t)).first, first);
    QCOMPARE(stored.at(0).at(1).toLongLong(), 1); // pruned at once
    QCOMPARE(rows(u"time_ms < %1"_s.arg(t)).first, 1);
    QCOMPARE(rows(u"metric = 'engine_loop_latency_ms' AND subject = ''"_s),
             (std::pair{qint64(1), 42.5}));
    QCOMPARE(rows(u"metric = 'agent_down_count'"_s), (std::pair{qint64(1), 1.0}));
    QCOMPARE(rows(u"metric = 'execution_time' AND subject = 'e15'"_s),
             (std::pair{qint64(1), 3600.0}));
    QCOMPARE(rows(u"metric = 'execution_tokens'"_s).first, 4); // e15 to e18 have not ended

    // Another process sharing the database checks at the same time: no row more, and the
    // series keeps its worse engine loop.
    {
        AlertMonitor other(path, &clock);
        other.setConfiguration(config);
        other.setAgentDownCount([] { return 0; });
        other.setEngineLoopLatency([] { return 99.0; });
        QVERIFY(check(other));
    }
    QCOMPARE(rows(u"time_ms = %1"_s.arg(t)).first, first);
    QCOMPARE(rows(u"metric = 'engine_loop_latency_ms'"_s), (std::pair{qint64(1), 99.0}));
    QCOMPARE(rows(u"metric = 'agent_down_count'"_s), (std::pair{qint64(1), 1.0}));

    // A sample that ages past the retention is pruned at the next hourly prune, not before.
    QVERIFY(series.append({{u"daily_cost"_s, {}, t - 30 * day + 1, 3.0}}));
    stored.clear();
    for (int i = 1; i < 6; ++i) {
        QVERIFY(check(monitor, &clock, std::chrono::minutes(10)));
        QCOMPARE(stored.last().at(1).toLongLong(), -1);
    }
    QCOMPARE(rows(u"time_ms < %1"_s.arg(t)).first, 2);
    QVERIFY(check(monitor, &clock, std::chrono::minutes(10))); // an hour after the first
    QCOMPARE(stored.last().at(1).toLongLong(), 1);
    QCOMPARE(rows(u"time_ms < %1"_s.arg(t)), (std::pair{qint64(1), 2.0}));
    QCOMPARE(rows(u"metric = 'engine_loop_latency_ms'"_s).first, 7);
}

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
