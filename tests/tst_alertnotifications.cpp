// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The alert rules' alerts reaching people: on a fabricated history (metricshistory.h) the
// shipped rules fire, each alert goes to the notifiers whose least severity it meets (a
// webhook and PagerDuty played on loopback), its acknowledgement follows, and what became
// of every delivery — delivered, or failed after its retries — is noted on the alert's
// record. A reload that replaces the notifiers lets a delivery under way finish.

#include "config/configloader.h"
#include "engine/clock.h"
#include "metricshistory.h"
#include "monitor/alertmonitor.h"
#include "monitor/alertnotifications.h"
#include "notifiertesting.h"
#include "store/alertrows.h"
#include "store/database.h"
#include "support/fakealertreceiver.h"
#include "support/fakesecrets.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Conductor::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QDateTime kT = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
const QByteArray kRoutingKey = "3f9a6c1e8b2d4f70a5c3e9b1d7f20468";

// The deliveries noted on every alert, as "alert-key notifier outcome state", sorted.
QStringList deliveries(const QString &path)
{
    Database db(path, u"test");
    if (!db.open()) {
        return {u"cannot open: "_s + db.error()};
    }
    QStringList out;
    for (const AlertRecord &r : AlertRows(db).list(true)) {
        const QJsonObject all = r.data.value(u"deliveries"_s).toObject();
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonObject d = it.value().toObject();
            out.append(r.data.value(u"key"_s).toString() + u' ' + it.key() + u' ' +
                       d.value(u"outcome"_s).toString() + u' ' + d.value(u"state"_s).toString());
        }
    }
    out.sort();
    return out;
}

QJsonObject deliveryOf(const QString &path, const QString &key, const QString &notifier)
{
    Database db(path, u"test");
    if (!db.open()) {
        return {};
    }
    for (const AlertRecord &r : AlertRows(db).list(true)) {
        if (r.data.value(u"key"_s).toString() == key) {
            return r.data.value(u"deliveries"_s).toObject().value(notifier).toObject();
        }
    }
    return {};
}

} // namespace

class TestAlertNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void alertsReachTheirNotifiers();
    void failedDeliveryIsRecorded();
    void reloadLetsADeliveryFinish();
    void sameDefinitionsKeepTheNotifiers();

private:
    // Starts the monitor and waits for its first check.
    [[nodiscard]] bool firstCheck(AlertMonitor &monitor);
    // Waits until nothing is pending and the last delivery is recorded.
    [[nodiscard]] bool settled(AlertNotifications &notifications, int expectedDeliveries);

    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;
    Configuration m_config = ConfigLoader::builtIn();
    ManualClock m_clock{kT};
    FakeSecrets m_secrets;
};

void TestAlertNotifications::initTestCase()
{
    qRegisterMetaType<Alert>();
    m_config.budgets.timeZone = u"UTC"_s;
}

void TestAlertNotifications::init()
{
    // A database of its own for each test: the alerts it raises are recorded there.
    m_path = m_dir.filePath(u"alerts-%1.db"_s.arg(++m_round));
    Database db(m_path, u"test");
    QVERIFY2(db.open(), qPrintable(db.error()));
    MetricsHistory history(db, kT);
    QVERIFY2(history.write(), qPrintable(history.error()));
    m_secrets.values.clear();
}

bool TestAlertNotifications::firstCheck(AlertMonitor &monitor)
{
    monitor.setConfiguration(m_config);
    monitor.setAgentDownCount([] { return 3; });
    QSignalSpy checked(&monitor, &AlertMonitor::checked);
    monitor.start();
    return checked.wait(10'000);
}

bool TestAlertNotifications::settled(AlertNotifications &notifications, int expectedDeliveries)
{
    // The record of the last outcome is written on the monitor's database thread after the
    // signal: poll the table until the expected number of deliveries is noted there.
    return QTest::qWaitFor(
        [&] {
            return notifications.pending() == 0 && deliveries(m_path).size() == expectedDeliveries;
        },
        15'000);
}

void TestAlertNotifications::alertsReachTheirNotifiers()
{
    FakeAlertReceiver slack(FakeAlertReceiver::Service::SlackWebhook);
    FakeAlertReceiver pagerDuty(FakeAlertReceiver::Service::PagerDuty);
    QVERIFY(slack.listen());
    QVERIFY(pagerDuty.listen());
    pagerDuty.setRoutingKey(kRoutingKey);
    m_secrets.values.insert(u"OPS_WEBHOOK"_s, slack.webhookUrl().toUtf8());
    m_secrets.values.insert(u"PD_KEY"_s, kRoutingKey);

    AlertMonitor monitor(m_path, &m_clock);
    AlertNotifications notifications(&monitor, &m_secrets, quickNotifierOptions());
    notifications.setDefinitions(
        {notifierDefinition(u"ops"_s, NotifierDefinition::Type::Webhook, u"OPS_WEBHOOK"_s,
                            NotifySeverity::Warning),
         notifierDefinition(u"on-call"_s, NotifierDefinition::Type::PagerDuty, u"PD_KEY"_s,
                            NotifySeverity::Critical, pagerDuty.baseUrl())});
    QSignalSpy delivered(&notifications, &AlertNotifications::delivered);
    QSignalSpy changed(&monitor, &AlertMonitor::alertChanged);
    QVERIFY(firstCheck(monitor));
    // Two executions ran past 20 minutes (warning), three providers are down (critical).
    QCOMPARE(changed.count(), 3);
    QVERIFY(settled(notifications, 4));
    QCOMPARE(delivered.count(), 4);
    QCOMPARE(slack.requests().size(), 3);
    QCOMPARE(pagerDuty.requests().size(), 1);
    QCOMPARE(pagerDuty.requests().at(0).json.value(u"event_action"_s).toString(), u"trigger"_s);
    QCOMPARE(deliveries(m_path), (QStringList{u"agentFailure on-call delivered firing"_s,
                                              u"agentFailure ops delivered firing"_s,
                                              u"longRunningPipeline:e15 ops delivered firing"_s,
                                              u"longRunningPipeline:e16 ops delivered firing"_s}));

    // An acknowledgement is told to the same notifiers: PagerDuty acknowledges its incident.
    Alert agents;
    for (const QList<QVariant> &args : changed) {
        if (args.at(0).value<Alert>().rule == u"agentFailure") {
            agents = args.at(0).value<Alert>();
        }
    }
    QVERIFY(!agents.id.isEmpty());
    monitor.acknowledge(agents.id, u"ops-lead"_s);
    QVERIFY(QTest::qWaitFor([&] { return pagerDuty.requests().size() == 2; }, 10'000));
    const QJsonObject ack = pagerDuty.requests().at(1).json;
    QCOMPARE(ack.value(u"event_action"_s).toString(), u"acknowledge"_s);
    QCOMPARE(ack.value(u"dedup_key"_s).toString(),
             pagerDuty.requests().at(0).json.value(u"dedup_key"_s).toString());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return deliveryOf(m_path, u"agentFailure"_s, u"on-call"_s)
                       .value(u"state"_s)
                       .toString() == u"acknowledged";
        },
        10'000));
    QCOMPARE(slack.requests().size(), 4);
}

void TestAlertNotifications::failedDeliveryIsRecorded()
{
    FakeAlertReceiver slack(FakeAlertReceiver::Service::SlackWebhook);
    QVERIFY(slack.listen());
    m_secrets.values.insert(u"OPS_WEBHOOK"_s, slack.webhookUrl().toUtf8());
    // Only the critical alert goes out; the service fails it at every attempt.
    for (int i = 0; i < quickNotifierOptions().maxAttempts; ++i) {
        slack.enqueue({503, "service unavailable", {}, false});
    }
    AlertMonitor monitor(m_path, &m_clock);
    AlertNotifications notifications(&monitor, &m_secrets, quickNotifierOptions());
    notifications.setDefinitions({notifierDefinition(u"ops"_s, NotifierDefinition::Type::Webhook,
                                                     u"OPS_WEBHOOK"_s, NotifySeverity::Critical)});
    QSignalSpy failed(&notifications, &AlertNotifications::failed);
    QVERIFY(firstCheck(monitor));
    QVERIFY(settled(notifications, 1));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(slack.requests().size(), quickNotifierOptions().maxAttempts);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return deliveryOf(m_path, u"agentFailure"_s, u"ops"_s).value(u"outcome"_s).toString() ==
                   u"failed";
        },
        5'000));
    const QJsonObject last = deliveryOf(m_path, u"agentFailure"_s, u"ops"_s);
    QVERIFY2(last.value(u"detail"_s).toString().contains(u"503"_s),
             qPrintable(last.value(u"detail"_s).toString()));
    // The webhook's address (its credential) is nowhere in what was recorded.
    QVERIFY(!last.value(u"detail"_s).toString().contains(QString::fromUtf8(slack.webhookPath())));
}

void TestAlertNotifications::reloadLetsADeliveryFinish()
{
    FakeAlertReceiver slack(FakeAlertReceiver::Service::SlackWebhook);
    QVERIFY(slack.listen());
    m_secrets.values.insert(u"OPS_WEBHOOK"_s, slack.webhookUrl().toUtf8());
    // The first attempt is asked to come back in a second.
    slack.enqueue({429, "rate limited", "1", false});
    AlertMonitor monitor(m_path, &m_clock);
    AlertNotifications notifications(&monitor, &m_secrets, quickNotifierOptions());
    notifications.setDefinitions({notifierDefinition(u"ops"_s, NotifierDefinition::Type::Webhook,
                                                     u"OPS_WEBHOOK"_s, NotifySeverity::Critical)});
    QSignalSpy delivered(&notifications, &AlertNotifications::delivered);
    QVERIFY(firstCheck(monitor));
    QVERIFY(QTest::qWaitFor([&] { return slack.requests().size() == 1; }, 10'000));
    QCOMPARE(notifications.pending(), 1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return deliveryOf(m_path, u"agentFailure"_s, u"ops"_s).value(u"outcome"_s).toString() ==
                   u"retrying";
        },
        5'000));

    // A new configuration with no notifiers: what is under way still arrives.
    notifications.setDefinitions({});
    QVERIFY(notifications.definitions().isEmpty());
    QVERIFY(delivered.wait(10'000));
    QCOMPARE(slack.requests().size(), 2);
    QVERIFY(slack.requests().at(1).receivedMs - slack.requests().at(0).receivedMs >= 900);
    QVERIFY(settled(notifications, 1));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return deliveryOf(m_path, u"agentFailure"_s, u"ops"_s).value(u"outcome"_s).toString() ==
                   u"delivered";
        },
        5'000));
    // And nothing new goes anywhere.
    Alert later;
    later.id = u"later@1"_s;
    later.rule = u"agentFailure"_s;
    later.severity = Alert::Severity::Critical;
    QVERIFY(notifications.send(later).isEmpty());
}

void TestAlertNotifications::sameDefinitionsKeepTheNotifiers()
{
    FakeAlertReceiver slack(FakeAlertReceiver::Service::SlackWebhook);
    QVERIFY(slack.listen());
    m_secrets.values.insert(u"OPS_WEBHOOK"_s, slack.webhookUrl().toUtf8());
    slack.enqueue({429, "rate limited", "1", false});
    AlertMonitor monitor(m_path, &m_clock);
    AlertNotifications notifications(&monitor, &m_secrets, quickNotifierOptions());
    const QList<NotifierDefinition> definitions{notifierDefinition(
        u"ops"_s, NotifierDefinition::Type::Webhook, u"OPS_WEBHOOK"_s, NotifySeverity::Critical)};
    notifications.setDefinitions(definitions);
    QVERIFY(firstCheck(monitor));
    QVERIFY(QTest::qWaitFor([&] { return slack.requests().size() == 1; }, 10'000));
    // The same notifiers again (a reload that changed something else): nothing restarts,
    // and the alert is delivered once.
    notifications.setDefinitions(definitions);
    QVERIFY(settled(notifications, 1));
    QCOMPARE(slack.requests().size(), 2);
    QTest::qWait(200);
    QCOMPARE(slack.requests().size(), 2);
}

QTEST_GUILESS_MAIN(TestAlertNotifications)
#include "tst_alertnotifications.moc"
