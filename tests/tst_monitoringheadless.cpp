// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Monitoring on the real binary, as an operator deploys it: `conductor --headless` with
// the design document's configuration, its longRunningPipeline rule shortened (2 s, held
// for 1 s) and checked every second, and a webhook notifier whose address is kept in the
// secrets folder. An execution left waiting at its first gate runs long: the rule fires,
// the ops webhook (a real HTTP server on loopback) hears of it, and the rule's action takes
// effect — a review gate opens on that execution; approved with the others, the execution
// completes, the alert resolves and the webhook hears that too. `conductor metrics --json`
// then reports the run.

#include "headlessdeployment.h"
#include "support/fakealertreceiver.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Qt::StringLiterals;

class TestMonitoringHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleFiresNotifiesAndActs();
};

namespace {

QJsonObject alertOf(const Test::Endpoint &api, const QByteArray &token, const QString &rule)
{
    const Test::HttpAnswer r = Test::request(api, "GET", "/api/conductor/alerts?all=true", token);
    for (const QJsonValue &v : r.json().value(u"alerts"_s).toArray()) {
        if (v.toObject().value(u"rule"_s).toString() == rule) {
            return v.toObject();
        }
    }
    return {};
}

} // namespace

void TestMonitoringHeadless::ruleFiresNotifiesAndActs()
{
    Test::FakeAlertReceiver ops(Test::FakeAlertReceiver::Service::SlackWebhook);
    QVERIFY(ops.listen());
    Test::Deployment d;
    Test::prepare(d, "0.02");
    if (QTest::currentTestFailed()) {
        return;
    }
    // The webhook's address, as its owner keeps it in the secrets folder.
    QFile hook(d.secrets + u"/OPS_WEBHOOK"_s);
    QVERIFY(hook.open(QIODevice::WriteOnly));
    hook.write(ops.webhookUrl().toUtf8());
    hook.close();
    QVERIFY(hook.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    QFile shipped(u":/conductor/conductor-agent.yml"_s);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray config = shipped.readAll();
    for (const QByteArray &expected :
         {QByteArray("healthCheckInterval: 30s"), QByteArray("condition: execution_time > 20m\n"),
          QByteArray("  alertingEnabled: true\n")}) {
        QVERIFY2(config.contains(expected), expected.constData());
    }
    config.replace("healthCheckInterval: 30s", "healthCheckInterval: 1s");
    config.replace("condition: execution_time > 20m\n",
                   "condition: execution_time > 2s\n    duration: 1s\n");
    config.replace("  alertingEnabled: true\n", "  alertingEnabled: true\n"
                                                "  notifiers:\n"
                                                "    ops:\n"
                                                "      type: webhook\n"
                                                "      url: OPS_WEBHOOK\n");
    d.config = d.cli.path(u"conductor-agent.yml"_s);
    QFile file(d.config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();

    Test::HeadlessServer server(d.cli, d.arguments());
    QVERIFY2(server.start(), server.output().constData());
    const Test::Endpoint &api = server.endpoint();
    Test::HttpAnswer r = Test::request(api, "POST", "/api/conductor/ideas", d.operatorToken,
                                       Test::ideaBody(u"idea_long"_s, u"A slow idea"_s));
    QVERIFY2(r.status == 201, r.describe().constData());
    r = Test::request(api, "POST", "/api/conductor/pipeline/start", d.operatorToken,
                      Test::startBodyFor(u"idea_long"_s));
    QVERIFY2(r.status == 201, r.describe().constData());
    const QString id = r.json().value(u"id"_s).toString();

    // Nobody decides its first gate: after 2 s, held for 1 s, the rule fires for it.
    QJsonObject alert;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     alert = alertOf(api, d.viewerToken, u"longRunningPipeline"_s);
                     return !alert.isEmpty();
                 },
                 30'000),
             server.output().constData());
    QCOMPARE(alert.value(u"state"_s).toString(), u"firing"_s);
    QCOMPARE(alert.value(u"data"_s)[u"subject"_s].toString(), id);
    QCOMPARE(alert.value(u"data"_s)[u"action"_s].toString(), u"human_review_required"_s);

    // The ops webhook heard of it, and the delivery is noted on the alert.
    QVERIFY(QTest::qWaitFor([&] { return !ops.requests().isEmpty(); }, 20'000));
    QVERIFY2(ops.requests().first().body.contains("longRunningPipeline"),
             ops.requests().first().body.constData());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return alertOf(api, d.viewerToken, u"longRunningPipeline"_s)
                       .value(u"data"_s)[u"deliveries"_s][u"ops"_s][u"outcome"_s]
                       .toString() == u"delivered";
        },
        10'000));

    // Its action: a review gate on that execution, naming the alert.
    QJsonObject review;
    QVERIFY(QTest::qWaitFor(
        [&] {
            r = Test::request(api, "GET", "/api/conductor/gates?status=pending", d.viewerToken);
            for (const QJsonValue &v : r.json().value(u"items"_s).toArray()) {
                if (v.toObject().value(u"type"_s).toString() == u"alert_review" &&
                    v.toObject().value(u"executionId"_s).toString() == id) {
                    review = v.toObject();
                }
            }
            return !review.isEmpty();
        },
        20'000));
    QVERIFY2(review.value(u"reason"_s).toString().contains(alert.value(u"id"_s).toString()),
             qPrintable(review.value(u"reason"_s).toString()));

    // Approved with the others, the execution completes; its alert resolves, and the
    // webhook is told.
    const QStringList approved = Test::approveUntilCompleted(api, d, {id}, 180'000);
    QVERIFY2(approved.contains(u"all completed"_s), qPrintable(approved.join(u", ")));
    QVERIFY(approved.contains(u"alert_review"_s));
    QCOMPARE(approved.count(u"alert_review"_s), 1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return alertOf(api, d.viewerToken, u"longRunningPipeline"_s)
                       .value(u"state"_s)
                       .toString() == u"resolved";
        },
        20'000));
    QVERIFY(QTest::qWaitFor([&] { return ops.requests().size() >= 2; }, 20'000));
    QCOMPARE(server.terminate(), 0);

    // The run, as the key metrics report it.
    const Test::CliResult m = d.cli.run({u"metrics"_s, u"--json"_s, u"--db"_s, d.cli.db()});
    QVERIFY2(m.exitCode == 0, m.err.constData());
    const QJsonObject metrics = QJsonDocument::fromJson(m.out).object();
    QCOMPARE(metrics.value(u"executions"_s)[u"completed"_s].toInt(), 1);
    QCOMPARE(metrics.value(u"pipelineSuccessRate"_s).toDouble(), 1.0);
    QCOMPARE(metrics.value(u"gateFirstApprovalRate"_s).toDouble(), 1.0);
}

QTEST_GUILESS_MAIN(TestMonitoringHeadless)
#include "tst_monitoringheadless.moc"
