// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The notifiers against real HTTP servers on loopback that play a Slack incoming webhook
// and the PagerDuty Events API v2 (FakeAlertReceiver): the message each posts, the
// secret each asks for by name, what each does with 2xx, 400, 429 with Retry-After, 5xx
// and a server that never answers, the order of one alert's states, the bounded queue,
// and that the webhook URL and the routing key reach no log line and no failure reason.

#include "fakealertreceiver.h"
#include "fakesecrets.h"
#include "monitor/alert.h"
#include "monitor/pagerdutynotifier.h"
#include "monitor/webhooknotifier.h"
#include "store/storetypes.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QSysInfo>
#include <QThread>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Conductor::Test;
using namespace std::chrono_literals;

namespace {

const QByteArray kRoutingKey = "3f9a6c1e8b2d4f70a5c3e9b1d7f20468";

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler != nullptr) {
        g_previousHandler(type, context, message);
    }
}

NotifierOptions quickOptions()
{
    NotifierOptions options;
    options.maxAttempts = 4;
    options.initialDelay = 100ms;
    options.maxDelay = 2s;
    options.jitter = 0.2;
    options.requestTimeout = 3s;
    return options;
}

Alert makeAlert(const QString &id = QStringLiteral("highErrorRate:research"),
                Alert::State state = Alert::State::Firing)
{
    Alert alert;
    alert.id = id;
    alert.rule = QStringLiteral("highErrorRate");
    alert.severity = Alert::Severity::Critical;
    alert.state = state;
    alert.summary = QStringLiteral("Error rate 7.5% > 5% for 5m on <research> & co");
    alert.details = QJsonObject{{QStringLiteral("error_rate"), 0.075},
                                {QStringLiteral("stage"), QStringLiteral("research")}};
    alert.raisedAt = QDateTime(QDate(2026, 11, 26), QTime(8, 30, 0), Qt::UTC);
    return alert;
}

// A webhook notifier whose secret "slack-ops" holds the receiver's URL.
struct WebhookSetup
{
    FakeAlertReceiver receiver{FakeAlertReceiver::Service::SlackWebhook};
    FakeSecrets secrets;
    std::unique_ptr<WebhookNotifier> notifier;

    explicit WebhookSetup(NotifierOptions options = quickOptions())
    {
        QVERIFY(receiver.listen());
        secrets.values.insert(QStringLiteral("slack-ops"), receiver.webhookUrl().toUtf8());
        notifier = std::make_unique<WebhookNotifier>(
            WebhookNotifier::Settings{QStringLiteral("slack-ops"), QStringLiteral("slack-ops"),
                                      options},
            &secrets);
    }
};

// A PagerDuty notifier whose secret "pd-routing" holds kRoutingKey.
struct PagerDutySetup
{
    FakeAlertReceiver receiver{FakeAlertReceiver::Service::PagerDuty};
    FakeSecrets secrets;
    std::unique_ptr<PagerDutyNotifier> notifier;

    explicit PagerDutySetup(NotifierOptions options = quickOptions(),
                            const QByteArray &key = kRoutingKey)
    {
        QVERIFY(receiver.listen());
        receiver.setRoutingKey(kRoutingKey);
        secrets.values.insert(QStringLiteral("pd-routing"), key);
        PagerDutyNotifier::Settings settings;
        settings.routingKeySecret = QStringLiteral("pd-routing");
        settings.baseUrl = receiver.baseUrl();
        settings.options = options;
        notifier = std::make_unique<PagerDutyNotifier>(settings, &secrets);
    }
};

QStringList fieldTexts(const QJsonObject &message)
{
    QStringList texts;
    const QJsonArray blocks = message.value(QLatin1String("blocks")).toArray();
    for (const QJsonValue &block : blocks) {
        const QJsonArray fields = block.toObject().value(QLatin1String("fields")).toArray();
        for (const QJsonValue &field : fields) {
            texts.append(field.toObject().value(QLatin1String("text")).toString());
        }
    }
    return texts;
}

} // namespace

class TestNotifiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void alertValues();
    void webhookMessage();
    void pagerDutyActions();
    void secretAskedByName();
    void missingSecretFailsNamingIt();
    void retriesServerErrorsWithGrowingDelays();
    void badRequestFailsAtOnce();
    void retryAfterHonoured();
    void silentServerTimesOutThenRetries();
    void resolveNeverOvertakesTrigger();
    void otherAlertsDoNotWait();
    void fullQueueDropsTheOldest();
    void insecureWebhookRefused();
    void credentialsNeverShown();
    void sendFromAnotherThread();
    void cleanupTestCase();
};

void TestNotifiers::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("conductor.monitor.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestNotifiers::alertValues()
{
    const Alert alert = makeAlert();
    const std::optional<Alert> back = Alert::fromJson(alert.toJson());
    QVERIFY(back);
    QCOMPARE(*back, alert);
    QCOMPARE(Alert::severityFromName(u"critical"), Alert::Severity::Critical);
    QCOMPARE(Alert::stateFromName(u"acknowledged"), Alert::State::Acknowledged);
    QVERIFY(!Alert::stateFromName(u"open"));
    QVERIFY(!Alert::fromJson(QJsonObject{{QStringLiteral("rule"), QStringLiteral("x")}}));

    LedgerAlert ledger;
    ledger.id = QStringLiteral("budget_threshold:2026-11-26");
    ledger.rule = QStringLiteral("budget_threshold");
    ledger.message = QStringLiteral("The day's spending crossed $400");
    ledger.data = QJsonObject{{QStringLiteral("spentUSD"), 401.5}};
    ledger.raisedAt = QDateTime::currentDateTimeUtc();
    const Alert converted = Alert::fromLedgerAlert(ledger);
    QCOMPARE(converted.id, ledger.id);
    QCOMPARE(converted.rule, ledger.rule);
    QCOMPARE(converted.summary, ledger.message);
    QCOMPARE(converted.details, ledger.data);
    QCOMPARE(converted.state, Alert::State::Firing);
    QCOMPARE(converted.severity, Alert::Severity::Warning);
}

void TestNotifiers::webhookMessage()
{
    WebhookSetup setup;
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    QSignalSpy failed(setup.notifier.get(), &Notifier::failed);
    setup.notifier->send(makeAlert());
    QCOMPARE(setup.receiver.requestCount(), 0); // send() only queues
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(delivered.at(0).at(0).toString(), QStringLiteral("highErrorRate:research"));
    QCOMPARE(delivered.at(0).at(1).toString(), QStringLiteral("slack-ops"));
    QCOMPARE(setup.notifier->pending(), 0);

    QCOMPARE(setup.receiver.requestCount(), 1);
    const FakeAlertReceiver::Request &request = setup.receiver.requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, setup.receiver.webhookPath());
    QVERIFY(request.header("content-type").startsWith("application/json"));
    QVERIFY(request.header("user-agent").startsWith("Conductor/"));
    QCOMPARE(request.status, 200);

    const QString text = request.json.value(QLatin1String("text")).toString();
    QVERIFY2(text.contains(u"FIRING") && text.contains(u"highErrorRate") &&
                 text.contains(u"critical") && text.contains(u"Error rate 7.5%"),
             qPrintable(text));
    QVERIFY2(text.contains(u"&lt;research&gt; &amp; co"), qPrintable(text)); // mrkdwn escapes
    const QJsonArray blocks = request.json.value(QLatin1String("blocks")).toArray();
    QCOMPARE(blocks.size(), 4);
    const QJsonObject header = blocks.at(0).toObject();
    QCOMPARE(header.value(QLatin1String("type")).toString(), QStringLiteral("header"));
    const QJsonObject headerText = header.value(QLatin1String("text")).toObject();
    QCOMPARE(headerText.value(QLatin1String("type")).toString(), QStringLiteral("plain_text"));
    QVERIFY(headerText.value(QLatin1String("text")).toString().contains(u"Firing: highErrorRate"));
    const QJsonObject summary = blocks.at(1).toObject().value(QLatin1String("text")).toObject();
    QCOMPARE(summary.value(QLatin1String("type")).toString(), QStringLiteral("mrkdwn"));
    QCOMPARE(summary.value(QLatin1String("text")).toString(),
             QStringLiteral("Error rate 7.5% &gt; 5% for 5m on &lt;research&gt; &amp; co"));
    const QStringList fields = fieldTexts(request.json);
    QVERIFY2(fields.contains(QStringLiteral("*Rule*\nhighErrorRate")),
             qPrintable(fields.join(u'|')));
    QVERIFY(fields.contains(QStringLiteral("*Severity*\ncritical")));
    QVERIFY(fields.contains(QStringLiteral("*State*\nfiring")));
    QVERIFY(fields.contains(QStringLiteral("*Raised*\n2026-11-26T08:30:00Z")));
    QVERIFY(fields.contains(QStringLiteral("*stage*\nresearch")));
    QVERIFY(fields.contains(QStringLiteral("*error_rate*\n0.075")));
    QCOMPARE(blocks.at(3).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("context"));

    // A resolution says so.
    setup.notifier->send(
        makeAlert(QStringLiteral("highErrorRate:research"), Alert::State::Resolved));
    QTRY_COMPARE(delivered.size(), 2);
    const QJsonObject resolved = setup.receiver.requests().at(1).json;
    QVERIFY(resolved.value(QLatin1String("text")).toString().startsWith(u"[RESOLVED]"));
    QVERIFY(fieldTexts(resolved).contains(QStringLiteral("*State*\nresolved")));
}

void TestNotifiers::pagerDutyActions()
{
    PagerDutySetup setup;
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    QSignalSpy failed(setup.notifier.get(), &Notifier::failed);
    const QString id = QStringLiteral("agentFailure:2026-11-26T08:30");
    setup.notifier->send(makeAlert(id, Alert::State::Firing));
    setup.notifier->send(makeAlert(id, Alert::State::Acknowledged));
    setup.notifier->send(makeAlert(id, Alert::State::Resolved));
    QTRY_COMPARE(delivered.size(), 3);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(setup.receiver.requestCount(), 3);

    const QStringList actions{QStringLiteral("trigger"), QStringLiteral("acknowledge"),
                              QStringLiteral("resolve")};
    for (int i = 0; i < 3; ++i) {
        const FakeAlertReceiver::Request &request = setup.receiver.requests().at(i);
        QCOMPARE(request.path, QByteArray("/v2/enqueue"));
        QCOMPARE(request.status, 202);
        QCOMPARE(request.json.value(QLatin1String("routing_key")).toString().toUtf8(), kRoutingKey);
        QCOMPARE(request.json.value(QLatin1String("event_action")).toString(), actions.at(i));
        QCOMPARE(request.json.value(QLatin1String("dedup_key")).toString(), id);
        QCOMPARE(request.json.contains(QLatin1String("payload")), i == 0);
        QCOMPARE(delivered.at(i).at(1).toString(), QStringLiteral("pagerduty"));
    }
    const QJsonObject payload =
        setup.receiver.requests().at(0).json.value(QLatin1String("payload")).toObject();
    QCOMPARE(payload.value(QLatin1String("summary")).toString(), makeAlert().summary);
    QCOMPARE(payload.value(QLatin1String("source")).toString(),
             QStringLiteral("conductor@") + QSysInfo::machineHostName());
    QCOMPARE(payload.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(payload.value(QLatin1String("timestamp")).toString(),
             QStringLiteral("2026-11-26T08:30:00.000Z"));
    const QJsonObject custom = payload.value(QLatin1String("custom_details")).toObject();
    QCOMPARE(custom.value(QLatin1String("stage")).toString(), QStringLiteral("research"));
    QCOMPARE(custom.value(QLatin1String("error_rate")).toDouble(), 0.075);
    QCOMPARE(custom.value(QLatin1String("rule")).toString(), QStringLiteral("highErrorRate"));

    // Each severity maps to one PagerDuty knows; a long id stays a valid, stable key.
    Alert info = makeAlert(QString(300, u'k'));
    info.severity = Alert::Severity::Info;
    setup.notifier->send(info);
    QTRY_COMPARE(delivered.size(), 4);
    const QJsonObject last = setup.receiver.requests().last().json;
    QCOMPARE(
        last.value(QLatin1String("payload")).toObject().value(QLatin1String("severity")).toString(),
        QStringLiteral("info"));
    QCOMPARE(last.value(QLatin1String("dedup_key")).toString().size(), 255);
    QCOMPARE(PagerDutyNotifier::dedupKey(info.id), PagerDutyNotifier::dedupKey(info.id));
    QVERIFY(PagerDutyNotifier::dedupKey(info.id) !=
            PagerDutyNotifier::dedupKey(QString(299, u'k') + u'j'));
}

void TestNotifiers::secretAskedByName()
{
    WebhookSetup setup;
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    QCOMPARE(setup.secrets.fetches, 0);
    setup.notifier->send(makeAlert());
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(setup.secrets.fetches, 1);

    // A rotated webhook URL is used from the next alert on.
    FakeAlertReceiver other(FakeAlertReceiver::Service::SlackWebhook);
    QVERIFY(other.listen());
    setup.secrets.values.insert(QStringLiteral("slack-ops"), other.webhookUrl().toUtf8());
    setup.notifier->send(makeAlert(QStringLiteral("second")));
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(setup.secrets.fetches, 2);
    QCOMPARE(setup.receiver.requestCount(), 1);
    QCOMPARE(other.requestCount(), 1);
}

void TestNotifiers::missingSecretFailsNamingIt()
{
    WebhookSetup setup;
    setup.secrets.values.insert(QStringLiteral("slack-elsewhere"),
                                setup.secrets.values.take(QStringLiteral("slack-ops")));
    QSignalSpy failed(setup.notifier.get(), &Notifier::failed);
    QSignalSpy retrying(setup.notifier.get(), &Notifier::retrying);
    setup.notifier->send(makeAlert());
    QTRY_COMPARE(failed.size(), 1);
    const QString reason = failed.at(0).at(2).toString();
    QVERIFY2(reason.contains(u"slack-ops"), qPrintable(reason));
    QVERIFY(!reason.contains(setup.receiver.webhookUrl()));
    QCOMPARE(failed.at(0).at(0).toString(), makeAlert().id);
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("slack-ops"));
    QCOMPARE(retrying.size(), 0); // a missing secret is not waited for
    QCOMPARE(setup.receiver.requestCount(), 0);

    // A locked keychain may open: that is retried, and said at the end.
    PagerDutySetup pager;
    pager.secrets.unavailable = true;
    QSignalSpy pagerFailed(pager.notifier.get(), &Notifier::failed);
    QSignalSpy pagerRetrying(pager.notifier.get(), &Notifier::retrying);
    pager.notifier->send(makeAlert());
    QTRY_COMPARE(pagerFailed.size(), 1);
    QCOMPARE(pagerRetrying.size(), quickOptions().maxAttempts - 1);
    const QString locked = pagerFailed.at(0).at(2).toString();
    QVERIFY2(locked.contains(u"pd-routing") && locked.contains(u"locked"), qPrintable(locked));
    QCOMPARE(pager.receiver.requestCount(), 0);
}

void TestNotifiers::retriesServerErrorsWithGrowingDelays()
{
    PagerDutySetup setup;
    setup.receiver.enqueue({500, R"({"status":"error"})", {}, false});
    setup.receiver.enqueue({503, {}, {}, false});
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    QSignalSpy failed(setup.notifier.get(), &Notifier::failed);
    QSignalSpy retrying(setup.notifier.get(), &Notifier::retrying);
    setup.notifier->send(makeAlert());
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(setup.receiver.requestCount(), 3);
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.at(0).at(2).toInt(), 1);
    QCOMPARE(retrying.at(1).at(2).toInt(), 2);
    const auto first = retrying.at(0).at(3).value<std::chrono::milliseconds>();
    const auto second = retrying.at(1).at(3).value<std::chrono::milliseconds>();
    // 100 ms then 200 ms, each within 20% jitter.
    QVERIFY2(first >= 80ms && first <= 120ms, qPrintable(QString::number(first.count())));
    QVERIFY2(second >= 160ms && second <= 240ms, qPrintable(QString::number(second.count())));
    QVERIFY(second > first);
    QVERIFY2(retrying.at(0).at(4).toString().contains(u"500"),
             qPrintable(retrying.at(0).at(4).toString()));
    QVERIFY(retrying.at(1).at(4).toString().contains(u"503"));
    // The server saw the waits.
    const QList<FakeAlertReceiver::Request> &requests = setup.receiver.requests();
    QVERIFY(requests.at(1).receivedMs - requests.at(0).receivedMs >= first.count() - 2);
    QVERIFY(requests.at(2).receivedMs - requests.at(1).receivedMs >= second.count() - 2);
    QCOMPARE(requests.at(2).status, 202);
}

void TestNotifiers::badRequestFailsAtOnce()
{
    // A routing key of the wrong length: PagerDuty calls the event invalid.
    PagerDutySetup setup(quickOptions(), "too-short");
    QSignalSpy failed(setup.notifier.get(), &Notifier::failed);
    QSignalSpy retrying(setup.notifier.get(), &Notifier::retrying);
    setup.notifier->send(makeAlert());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(retrying.size(), 0);
    QCOMPARE(setup.receiver.requestCount(), 1);
    const QString reason = failed.at(0).at(2).toString();
    QVERIFY2(reason.contains(u"400") && reason.contains(u"Event object is invalid") &&
                 reason.contains(u"Length of 'routing_key' is incorrect"),
             qPrintable(reason));

    // A webhook that no longer exists is not asked again either.
    WebhookSetup webhook;
    webhook.receiver.enqueue({404, "no_service", {}, false});
    QSignalSpy webhookFailed(webhook.notifier.get(), &Notifier::failed);
    webhook.notifier->send(makeAlert());
    QTRY_COMPARE(webhookFailed.size(), 1);
    QVERIFY(webhookFailed.at(0).at(2).toString().contains(u"no_service"));
    QTest::qWait(400); // longer than the first retry's delay
    QCOMPARE(webhook.receiver.requestCount(), 1);
}

void TestNotifiers::retryAfterHonoured()
{
    WebhookSetup setup;
    setup.receiver.enqueue({429, "rate_limited", "1", false});
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    QSignalSpy retrying(setup.notifier.get(), &Notifier::retrying);
    setup.notifier->send(makeAlert());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(3).value<std::chrono::milliseconds>(), 1000ms);
    const QList<FakeAlertReceiver::Request> &requests = setup.receiver.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY2(requests.at(1).receivedMs - requests.at(0).receivedMs >= 998,
             qPrintable(QString::number(requests.at(1).receivedMs - requests.at(0).receivedMs)));
}

void TestNotifiers::silentServerTimesOutThenRetries()
{
    NotifierOptions options = quickOptions();
    options.requestTimeout = 300ms;
    PagerDutySetup setup(options);
    setup.receiver.enqueue({0, {}, {}, true});
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    QSignalSpy retrying(setup.notifier.get(), &Notifier::retrying);
    QSignalSpy disconnected(&setup.receiver, &FakeAlertReceiver::clientDisconnected);
    // When each request arrived, counted from the send: the first attempt's timeout runs
    // from when the notifier sent it, which the receiver may read late on a busy machine.
    QElapsedTimer sent;
    QList<qint64> arrivals;
    connect(&setup.receiver, &FakeAlertReceiver::requestReceived, this,
            [&] { arrivals.append(sent.elapsed()); });
    sent.start();
    setup.notifier->send(makeAlert());
    QTRY_COMPARE(retrying.size(), 1);
    QVERIFY2(retrying.at(0).at(4).toString().contains(u"no answer within 300ms"),
             qPrintable(retrying.at(0).at(4).toString()));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(setup.receiver.requestCount(), 2);
    // Not before the timeout and the shortest retry delay (100 ms less 20% jitter).
    QCOMPARE(arrivals.size(), 2);
    QVERIFY2(arrivals.at(1) >= 300 + 80 - 2, qPrintable(QString::number(arrivals.at(1))));
    QTRY_COMPARE(setup.receiver.openConnections(), 0); // the silent one was given up
    QVERIFY(disconnected.size() >= 2);
}

void TestNotifiers::resolveNeverOvertakesTrigger()
{
    PagerDutySetup setup;
    setup.receiver.enqueue({500, {}, {}, false});
    setup.receiver.enqueue({502, {}, {}, false});
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    const QString id = QStringLiteral("longRunningPipeline:exec_7");
    setup.notifier->send(makeAlert(id, Alert::State::Firing));
    setup.notifier->send(makeAlert(id, Alert::State::Resolved));
    QTRY_COMPARE(delivered.size(), 2);
    QStringList actions;
    for (const FakeAlertReceiver::Request &request : setup.receiver.requests()) {
        actions.append(request.json.value(QLatin1String("event_action")).toString());
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("trigger"), QStringLiteral("trigger"),
                                   QStringLiteral("trigger"), QStringLiteral("resolve")}));
    QCOMPARE(setup.receiver.requests().at(2).status, 202);
    QCOMPARE(setup.receiver.requests().at(3).status, 202);
}

void TestNotifiers::otherAlertsDoNotWait()
{
    NotifierOptions options = quickOptions();
    options.initialDelay = 2s;
    options.jitter = 0.0;
    PagerDutySetup setup(options);
    setup.receiver.enqueue({500, {}, {}, false});
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    QSignalSpy retrying(setup.notifier.get(), &Notifier::retrying);
    setup.notifier->send(makeAlert(QStringLiteral("first")));
    QTRY_COMPARE(retrying.size(), 1);
    setup.notifier->send(makeAlert(QStringLiteral("second")));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(0).toString(), QStringLiteral("second"));
    QCOMPARE(setup.notifier->pending(), 1); // "first" still waits for its retry
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
    QCOMPARE(delivered.at(1).at(0).toString(), QStringLiteral("first"));
}

void TestNotifiers::fullQueueDropsTheOldest()
{
    NotifierOptions options = quickOptions();
    options.queueLimit = 3;
    WebhookSetup setup(options);
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    QSignalSpy failed(setup.notifier.get(), &Notifier::failed);
    const qsizetype logBefore = g_log.size();
    for (int i = 1; i <= 5; ++i) {
        setup.notifier->send(makeAlert(QStringLiteral("a%1").arg(i)));
    }
    QCOMPARE(setup.notifier->pending(), 3);
    QTRY_COMPARE(delivered.size() + failed.size(), 5);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("a1"));
    QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("a2"));
    QVERIFY(failed.at(0).at(2).toString().contains(u"dropped"));
    QStringList deliveredIds;
    for (const QList<QVariant> &signal : std::as_const(delivered)) {
        deliveredIds.append(signal.at(0).toString());
    }
    deliveredIds.sort();
    QCOMPARE(deliveredIds,
             (QStringList{QStringLiteral("a3"), QStringLiteral("a4"), QStringLiteral("a5")}));
    QCOMPARE(setup.receiver.requestCount(), 3);
    const QStringList log = g_log.mid(logBefore);
    QVERIFY(std::any_of(log.begin(), log.end(), [](const QString &line) {
        return line.contains(u"dropping the oldest") && line.contains(u"a1");
    }));
}

void TestNotifiers::insecureWebhookRefused()
{
    const QString insecure = QStringLiteral("http://hooks.example.com/services/T1/B2/secretpart");
    FakeSecrets secrets;
    secrets.values.insert(QStringLiteral("slack-ops"), insecure.toUtf8());
    WebhookNotifier notifier(
        {QStringLiteral("slack-ops"), QStringLiteral("slack-ops"), quickOptions()}, &secrets);
    QSignalSpy failed(&notifier, &Notifier::failed);
    notifier.send(makeAlert());
    QTRY_COMPARE(failed.size(), 1);
    const QString reason = failed.at(0).at(2).toString();
    QVERIFY2(reason.contains(u"https") && reason.contains(u"slack-ops"), qPrintable(reason));
    QVERIFY(!reason.contains(u"secretpart"));

    // PagerDuty's address too, which a test or a relay may move.
    FakeSecrets pagerSecrets;
    pagerSecrets.values.insert(QStringLiteral("pd-routing"), kRoutingKey);
    PagerDutyNotifier::Settings settings;
    settings.routingKeySecret = QStringLiteral("pd-routing");
    settings.baseUrl = QStringLiteral("http://events.example.com");
    settings.options = quickOptions();
    PagerDutyNotifier pager(settings, &pagerSecrets);
    QSignalSpy pagerFailed(&pager, &Notifier::failed);
    pager.send(makeAlert());
    QTRY_COMPARE(pagerFailed.size(), 1);
    QVERIFY2(pagerFailed.at(0).at(2).toString().contains(u"https"),
             qPrintable(pagerFailed.at(0).at(2).toString()));

    QVERIFY(Notifier::isAllowedUrl(QUrl(QStringLiteral("https://hooks.slack.com/services/x"))));
    QVERIFY(Notifier::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/x"))));
    QVERIFY(Notifier::isAllowedUrl(QUrl(QStringLiteral("http://[::1]:8080/x"))));
    QVERIFY(Notifier::isAllowedUrl(QUrl(QStringLiteral("http://localhost/x"))));
    QVERIFY(!Notifier::isAllowedUrl(QUrl(QStringLiteral("http://10.0.0.2/x"))));
    QVERIFY(!Notifier::isAllowedUrl(QUrl(QStringLiteral("ftp://127.0.0.1/x"))));
    QCOMPARE(Notifier::maskedUrl(QUrl(QStringLiteral("https://hooks.slack.com/services/T/B/z"))),
             QStringLiteral("https://hooks.slack.com/***"));
}

void TestNotifiers::credentialsNeverShown()
{
    const qsizetype logBefore = g_log.size();
    QStringList reasons;

    // Servers that quote the credential back in their errors.
    WebhookSetup webhook;
    const QString url = webhook.receiver.webhookUrl();
    const QString path = QString::fromLatin1(webhook.receiver.webhookPath());
    webhook.receiver.enqueue(
        {500, "upstream failed for " + webhook.receiver.webhookUrl().toUtf8(), {}, false});
    webhook.receiver.enqueue({403, "invalid_token " + webhook.receiver.webhookPath(), {}, false});
    QSignalSpy webhookFailed(webhook.notifier.get(), &Notifier::failed);
    QSignalSpy webhookRetrying(webhook.notifier.get(), &Notifier::retrying);
    webhook.notifier->send(makeAlert());
    QTRY_COMPARE(webhookFailed.size(), 1);

    PagerDutySetup pager;
    pager.receiver.enqueue(
        {400,
         R"({"status":"invalid event","message":"Event object is invalid","errors":["routing key )" +
             kRoutingKey + R"( is not active"]})",
         {},
         false});
    QSignalSpy pagerFailed(pager.notifier.get(), &Notifier::failed);
    pager.notifier->send(makeAlert());
    QTRY_COMPARE(pagerFailed.size(), 1);

    // Nobody listening: the error comes from the network stack, which names the URL.
    FakeAlertReceiver closed(FakeAlertReceiver::Service::SlackWebhook);
    QVERIFY(closed.listen());
    const QString closedUrl = closed.webhookUrl();
    FakeSecrets secrets;
    secrets.values.insert(QStringLiteral("slack-down"), closedUrl.toUtf8());
    NotifierOptions options = quickOptions();
    options.maxAttempts = 2;
    WebhookNotifier down({QStringLiteral("slack-down"), QStringLiteral("slack-down"), options},
                         &secrets);
    closed.close();
    QSignalSpy downFailed(&down, &Notifier::failed);
    down.send(makeAlert());
    QTRY_COMPARE(downFailed.size(), 1);

    for (const QSignalSpy *spy : {&webhookFailed, &pagerFailed, &downFailed}) {
        reasons.append(spy->at(0).at(2).toString());
    }
    for (const QList<QVariant> &signal : std::as_const(webhookRetrying)) {
        reasons.append(signal.at(4).toString());
    }
    QVERIFY2(reasons.at(0).contains(u"invalid_token"), qPrintable(reasons.at(0)));
    QVERIFY2(reasons.at(1).contains(u"is not active"), qPrintable(reasons.at(1)));
    QVERIFY2(reasons.at(2).contains(u"could not reach"), qPrintable(reasons.at(2)));
    const QStringList log = g_log.mid(logBefore);
    QVERIFY(log.size() >= 6);
    const QStringList secretsShown{url, path, QString::fromLatin1(kRoutingKey), closedUrl,
                                   closedUrl.mid(closedUrl.indexOf(u"/services"))};
    for (const QString &secret : secretsShown) {
        for (const QString &line : log + reasons) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }
}

void TestNotifiers::sendFromAnotherThread()
{
    WebhookSetup setup;
    QSignalSpy delivered(setup.notifier.get(), &Notifier::delivered);
    WebhookNotifier *notifier = setup.notifier.get();
    std::unique_ptr<QThread> thread(QThread::create([notifier] {
        for (int i = 0; i < 3; ++i) {
            notifier->send(makeAlert(QStringLiteral("threaded"),
                                     i == 2 ? Alert::State::Resolved : Alert::State::Firing));
        }
    }));
    thread->start();
    QVERIFY(thread->wait(5000));
    QTRY_COMPARE(delivered.size(), 3);
    QCOMPARE(setup.receiver.requestCount(), 3);
    QVERIFY(setup.receiver.requests()
                .at(2)
                .json.value(QLatin1String("text"))
                .toString()
                .startsWith(u"[RESOLVED]"));
}

void TestNotifiers::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

QTEST_GUILESS_MAIN(TestNotifiers)
#include "tst_notifiers.moc"
