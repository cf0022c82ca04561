// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// monitoring.notifiers made real: the notifiers the factory makes from definitions, and a
// NotifierSet built from a configuration file as a user writes it, delivering to servers
// on loopback that play a Slack incoming webhook and the PagerDuty Events API, each alert
// only to the notifiers whose least severity it meets, with their signals passed on.

#include "config/configloader.h"
#include "fakealertreceiver.h"
#include "fakesecrets.h"
#include "monitor/notifiers.h"
#include "monitor/pagerdutynotifier.h"
#include "monitor/webhooknotifier.h"
#include "notifiertesting.h"

#include <QSignalSpy>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Conductor::Test;
using namespace std::chrono_literals;

namespace {

const QByteArray kRoutingKey = "3f9a6c1e8b2d4f70a5c3e9b1d7f20468";

Alert makeAlert(const QString &id, Alert::Severity severity,
                Alert::State state = Alert::State::Firing)
{
    Alert alert;
    alert.id = id;
    alert.rule = QStringLiteral("highErrorRate");
    alert.severity = severity;
    alert.state = state;
    alert.summary = QStringLiteral("Error rate 7.5% > 5% for 5m");
    alert.raisedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0, 0), Qt::UTC);
    return alert;
}

QStringList notifierNames(const QSignalSpy &spy, int column = 1)
{
    QStringList names;
    for (const QList<QVariant> &call : spy) {
        names.append(call.at(column).toString());
    }
    names.sort();
    return names;
}

} // namespace

class TestNotifierSet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severityMapping();
    void factoryMakesEachType();
    void deliversFromConfiguration();
    void failuresAndRetriesPassedOn();
    void emptySet();
};

void TestNotifierSet::severityMapping()
{
    QCOMPARE(alertSeverity(NotifySeverity::Info), Alert::Severity::Info);
    QCOMPARE(alertSeverity(NotifySeverity::Warning), Alert::Severity::Warning);
    QCOMPARE(alertSeverity(NotifySeverity::Critical), Alert::Severity::Critical);
    const auto meets = [](Alert::Severity severity, NotifySeverity minimum) {
        return meetsSeverity(makeAlert(QStringLiteral("a"), severity), minimum);
    };
    QVERIFY(meets(Alert::Severity::Info, NotifySeverity::Info));
    QVERIFY(!meets(Alert::Severity::Info, NotifySeverity::Warning));
    QVERIFY(!meets(Alert::Severity::Info, NotifySeverity::Critical));
    QVERIFY(meets(Alert::Severity::Warning, NotifySeverity::Info));
    QVERIFY(meets(Alert::Severity::Warning, NotifySeverity::Warning));
    QVERIFY(!meets(Alert::Severity::Warning, NotifySeverity::Critical));
    QVERIFY(meets(Alert::Severity::Critical, NotifySeverity::Info));
    QVERIFY(meets(Alert::Severity::Critical, NotifySeverity::Warning));
    QVERIFY(meets(Alert::Severity::Critical, NotifySeverity::Critical));
}

void TestNotifierSet::factoryMakesEachType()
{
    FakeSecrets secrets;
    NotifierOptions options = quickNotifierOptions();
    options.maxAttempts = 5;
    const std::vector<std::unique_ptr<Notifier>> made = makeNotifiers(
        {notifierDefinition(QStringLiteral("ops-slack"), NotifierDefinition::Type::Webhook,
                            QStringLiteral("SLACK_OPS_WEBHOOK"), NotifySeverity::Warning),
         notifierDefinition(QStringLiteral("on-call"), NotifierDefinition::Type::PagerDuty,
                            QStringLiteral("PAGERDUTY_ROUTING_KEY"), NotifySeverity::Critical)},
        &secrets, nullptr, options);
    QCOMPARE(made.size(), std::size_t(2));
    QVERIFY(qobject_cast<WebhookNotifier *>(made[0].get()));
    QVERIFY(qobject_cast<PagerDutyNotifier *>(made[1].get()));
    QCOMPARE(made[0]->name(), QStringLiteral("ops-slack"));
    QCOMPARE(made[0]->secretName(), QStringLiteral("SLACK_OPS_WEBHOOK"));
    QCOMPARE(made[1]->name(), QStringLiteral("on-call"));
    QCOMPARE(made[1]->secretName(), QStringLiteral("PAGERDUTY_ROUTING_KEY"));
    QCOMPARE(made[1]->options().maxAttempts, 5);
    QCOMPARE(made[0]->parent(), nullptr);
    QCOMPARE(secrets.fetches, 0); // nothing is asked for before an alert is sent
}

void TestNotifierSet::deliversFromConfiguration()
{
    FakeAlertReceiver slack(FakeAlertReceiver::Service::SlackWebhook);
    FakeAlertReceiver pagerDuty(FakeAlertReceiver::Service::PagerDuty);
    QVERIFY(slack.listen());
    QVERIFY(pagerDuty.listen());
    pagerDuty.setRoutingKey(kRoutingKey);
    FakeSecrets secrets;
    secrets.values.insert(QStringLiteral("SLACK_OPS_WEBHOOK"), slack.webhookUrl().toUtf8());
    secrets.values.insert(QStringLiteral("PAGERDUTY_ROUTING_KEY"), kRoutingKey);

    const QByteArray yaml = "monitoring:\n"
                            "  notifiers:\n"
                            "    ops-slack:\n"
                            "      type: webhook\n"
                            "      url: SLACK_OPS_WEBHOOK\n"
                            "    on-call:\n"
                            "      type: pagerduty\n"
                            "      routingKey: PAGERDUTY_ROUTING_KEY\n"
                            "      severity: critical\n"
                            "      baseUrl: " +
                            pagerDuty.baseUrl().toUtf8() + "\n";
    const LoadResult<Configuration> config = ConfigLoader::loadBytes(yaml, QStringLiteral("n.yml"));
    QVERIFY2(config.ok(), qPrintable(config.diagnostics.value(0).toString()));

    NotifierSet set(config.value->monitoring.notifiers, &secrets, nullptr, quickNotifierOptions());
    QCOMPARE(set.notifiers().size(), 2);
    Notifier *webhook = set.notifier(QStringLiteral("ops-slack"));
    Notifier *pager = set.notifier(QStringLiteral("on-call"));
    QVERIFY(webhook && pager);
    QCOMPARE(webhook->parent(), &set);
    QVERIFY(!set.notifier(QStringLiteral("nobody")));
    QSignalSpy delivered(&set, &NotifierSet::delivered);
    QSignalSpy failed(&set, &NotifierSet::failed);

    const Alert info = makeAlert(QStringLiteral("info:1"), Alert::Severity::Info);
    const Alert warning = makeAlert(QStringLiteral("warning:1"), Alert::Severity::Warning);
    const Alert critical = makeAlert(QStringLiteral("critical:1"), Alert::Severity::Critical);
    QVERIFY(set.recipients(info).isEmpty());
    QCOMPARE(set.recipients(warning), QStringList{QStringLiteral("ops-slack")});
    QCOMPARE(set.recipients(critical),
             (QStringList{QStringLiteral("ops-slack"), QStringLiteral("on-call")}));

    // send() queues with the notifiers at once; what it skips never reaches them.
    set.send(info);
    QCOMPARE(webhook->pending(), 0);
    QCOMPARE(pager->pending(), 0);
    set.send(warning);
    QCOMPARE(webhook->pending(), 1);
    QCOMPARE(pager->pending(), 0);
    set.send(critical);
    QCOMPARE(webhook->pending(), 2);
    QCOMPARE(pager->pending(), 1);
    // A resolution keeps its alert's severity, so it goes where the firing went.
    set.send(
        makeAlert(QStringLiteral("critical:1"), Alert::Severity::Critical, Alert::State::Resolved));
    QCOMPARE(webhook->pending(), 3);
    QCOMPARE(pager->pending(), 2);

    QTRY_COMPARE(delivered.size(), 5);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(webhook->pending(), 0);
    QCOMPARE(pager->pending(), 0);
    QCOMPARE(notifierNames(delivered),
             (QStringList{QStringLiteral("on-call"), QStringLiteral("on-call"),
                          QStringLiteral("ops-slack"), QStringLiteral("ops-slack"),
                          QStringLiteral("ops-slack")}));

    QCOMPARE(slack.requestCount(), 3);
    QStringList texts;
    for (const FakeAlertReceiver::Request &request : slack.requests()) {
        QCOMPARE(request.status, 200);
        texts.append(request.json.value(QLatin1String("text")).toString());
    }
    QVERIFY(!texts.join(u'\n').contains(u"info:1"));
    QCOMPARE(pagerDuty.requestCount(), 2);
    QCOMPARE(pagerDuty.requests().at(0).path, QByteArray("/v2/enqueue"));
    QCOMPARE(pagerDuty.requests().at(0).status, 202);
    QCOMPARE(pagerDuty.requests().at(0).json.value(QLatin1String("routing_key")).toString(),
             QString::fromLatin1(kRoutingKey));
    QCOMPARE(pagerDuty.requests().at(0).json.value(QLatin1String("dedup_key")).toString(),
             QStringLiteral("critical:1"));
    QCOMPARE(pagerDuty.requests().at(0).json.value(QLatin1String("event_action")).toString(),
             QStringLiteral("trigger"));
    QCOMPARE(pagerDuty.requests().at(1).json.value(QLatin1String("event_action")).toString(),
             QStringLiteral("resolve"));
}

void TestNotifierSet::failuresAndRetriesPassedOn()
{
    FakeAlertReceiver pagerDuty(FakeAlertReceiver::Service::PagerDuty);
    QVERIFY(pagerDuty.listen());
    pagerDuty.enqueue({500, "busy", {}, false});
    FakeSecrets secrets; // holds the routing key, but not the webhook's URL
    secrets.values.insert(QStringLiteral("PD_KEY"), kRoutingKey);
    NotifierSet set(
        {notifierDefinition(QStringLiteral("ops-slack"), NotifierDefinition::Type::Webhook,
                            QStringLiteral("MISSING_WEBHOOK"), NotifySeverity::Info),
         notifierDefinition(QStringLiteral("on-call"), NotifierDefinition::Type::PagerDuty,
                            QStringLiteral("PD_KEY"), NotifySeverity::Warning,
                            pagerDuty.baseUrl())},
        &secrets, nullptr, quickNotifierOptions());
    QSignalSpy delivered(&set, &NotifierSet::delivered);
    QSignalSpy failed(&set, &NotifierSet::failed);
    QSignalSpy retrying(&set, &NotifierSet::retrying);
    set.send(makeAlert(QStringLiteral("agentFailure"), Alert::Severity::Critical));

    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("agentFailure"));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("ops-slack"));
    QVERIFY2(failed.at(0).at(2).toString().contains(u"MISSING_WEBHOOK"),
             qPrintable(failed.at(0).at(2).toString()));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(1).toString(), QStringLiteral("on-call"));
    QCOMPARE(retrying.size(), 1); // the 500, then the service's own 202
    QCOMPARE(retrying.at(0).at(1).toString(), QStringLiteral("on-call"));
    QCOMPARE(retrying.at(0).at(2).toInt(), 1);
    QCOMPARE(pagerDuty.requestCount(), 2);
    QCOMPARE(failed.size(), 1);
}

void TestNotifierSet::emptySet()
{
    FakeSecrets secrets;
    NotifierSet set({}, &secrets);
    QVERIFY(set.isEmpty());
    QVERIFY(set.notifiers().isEmpty());
    QVERIFY(set.recipients(makeAlert(QStringLiteral("x"), Alert::Severity::Critical)).isEmpty());
    set.send(makeAlert(QStringLiteral("x"), Alert::Severity::Critical));
    QCOMPARE(secrets.fetches, 0);
    QCOMPARE(set.children().size(), 0);
}

QTEST_GUILESS_MAIN(TestNotifierSet)
#include "tst_notifierset.moc"
