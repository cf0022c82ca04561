// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The alert rules' actions on the engine, through a real session (store, engine and reader
// threads on SQLite): human_review_required stops a long-running execution at its next stage
// boundary at an alert_review gate that a person decides, once per alert; emergency_failover
// moves the stages not started yet of agents whose provider is down (a closed loopback port)
// to their fallback, or pauses the execution when there is none, once per firing.

#include "agents/providermonitor.h"
#include "desktopfixture.h"
#include "monitor/alert.h"
#include "monitor/alertmonitor.h"

#include <QJsonObject>
#include <QTcpServer>

using namespace Conductor;
using namespace Conductor::Test;

namespace {

StoredCommand command(const QString &executionId, const QString &kind, const QJsonObject &args = {})
{
    StoredCommand c;
    c.executionId = executionId;
    c.kind = kind;
    c.args = args;
    c.reason = QStringLiteral("a test");
    return c;
}

StoredCommand decision(const QString &executionId, const QString &gateId, const char *decision)
{
    return command(executionId, QStringLiteral("decide"),
                   {{QStringLiteral("gateId"), gateId},
                    {QStringLiteral("decision"), QString::fromLatin1(decision)},
                    {QStringLiteral("role"), QStringLiteral("admin")}});
}

// The gates of an execution as the gates table lists them (pending only, or all).
QList<GateRow> gatesOf(const QString &databasePath, const QString &executionId, bool all)
{
    QList<GateRow> rows;
    for (const GateRow &g : StoreQueries(databasePath).gates(all)) {
        if (g.executionId == executionId) {
            rows.append(g);
        }
    }
    return rows;
}

// The sequence number of the first event of a type (and stage, when given); 0 when none.
qint64 seqOf(const ExecutionEvents &events, QLatin1String type, const QString &stage = {})
{
    for (const ExecutionEvent &e : events) {
        if (e.type == type &&
            (stage.isEmpty() || e.data.value(QStringLiteral("stage")).toString() == stage)) {
            return e.seq;
        }
    }
    return 0;
}

int countOf(const ExecutionEvents &events, QLatin1String type)
{
    return static_cast<int>(
        std::count_if(events.cbegin(), events.cend(),
                      [type](const ExecutionEvent &e) { return e.type == type; }));
}

// Checks the alert rules until one fires through the session (a check under way is not
// started twice, so it is asked again until one runs).
std::optional<Alert> fire(Session &session, const QString &rule)
{
    QSignalSpy changed(&session, &Session::alertChanged);
    for (int waited = 0; waited < 15'000; waited += 50) {
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const Alert alert = args.at(0).value<Alert>();
            if (alert.rule == rule && alert.state == Alert::State::Firing) {
                return alert;
            }
        }
        session.alerts()->checkNow();
        QTest::qWait(50);
    }
    return std::nullopt;
}

// A pipeline whose first stage takes a while at timeScale 1, then a quick one.
QByteArray slowThenQuick()
{
    return "pipeline: {id: reviewed}\n"
           "agents:\n"
           "  slow: {kind: simulated, duration: 3s, tokens: 100, costUSD: 0.01}\n"
           "  quick: {kind: simulated, duration: 0ms, tokens: 100, costUSD: 0.01}\n"
           "stages:\n"
           "  - {id: first, agent: slow}\n"
           "  - {id: second, agent: quick, needs: [first]}\n";
}

// A pipeline whose second stage is a language model's on the provider at baseUrl, held
// back by the risk gate; with a fallback agent or without.
QByteArray modelAfterGate(const QString &baseUrl, bool fallback)
{
    QByteArray text = "pipeline: {id: failover}\n"
                      "simulation: {timeScale: 0}\n"
                      "providers:\n"
                      "  flaky:\n"
                      "    baseUrl: " +
                      baseUrl.toUtf8() +
                      "\n"
                      "    prices: {m: {inputUSD: 0, outputUSD: 0}}\n"
                      "agents:\n"
                      "  quick: {kind: simulated, tokens: 100, costUSD: 0.01}\n"
                      "  spare: {kind: simulated, tokens: 100, costUSD: 0.01}\n"
                      "  writer: {kind: llm, provider: flaky, model: m, tokens: 100, "
                      "costUSD: 0.01";
    text += fallback ? ", fallback: spare}\n" : "}\n";
    text += "stages:\n"
            "  - {id: first, agent: quick}\n"
            "  - {id: second, agent: writer, needs: [gate]}\n"
            "checkpoints:\n"
            "  - {id: gate, needs: [first], gates: [risk_review]}\n";
    return text;
}

// An address on loopback where nothing listens: a port just given up.
QString closedPortUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost)) {
        return {};
    }
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
}

} // namespace

class TestAlertActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fallbackIsRead();
    void reviewStopsAtTheNextStageBoundary();
    void reviewReachesTheProcessRunningTheExecution();
    void reviewIsNotAskedForAgainAfterARestart();
    void failoverMovesStagesOrPauses();
};

void TestAlertActions::fallbackIsRead()
{
    const QByteArray text = modelAfterGate(QStringLiteral("http://127.0.0.1:9/v1"), true);
    const auto loaded =
        PipelineLoader::loadBytes(text, QStringLiteral("p.yml"), ConfigLoader::builtIn());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value->agent(u"writer")->fallback, QStringLiteral("spare"));
    QVERIFY(loaded.value->agent(u"spare")->fallback.isEmpty());
}

void TestAlertActions::reviewStopsAtTheNextStageBoundary()
{
    DesktopFixture f;
    QByteArray config = ConfigLoader::builtInText();
    QVERIFY(config.contains("execution_time > 20m"));
    config.replace("execution_time > 20m", "execution_time >= 0s");
    QVERIFY(f.session->applyConfiguration(config));
    QVERIFY(f.open());

    StartRequest r = f.request();
    r.pipelineText = slowThenQuick();
    const QString approved = f.start(r);
    QVERIFY2(!approved.isEmpty(), qPrintable(f.refusal));
    const QString rejected = f.start(r);
    QVERIFY2(!rejected.isEmpty(), qPrintable(f.refusal));
    for (const QString &id : {approved, rejected}) {
        QVERIFY(
            f.waitForRow(id, [](const auto &s) { return s.status == ExecutionStatus::Running; }));
    }

    // Both run longer than the rule allows: each gets its alert, and a review.
    QSignalSpy changed(f.session.get(), &Session::alertChanged);
    const std::optional<Alert> alert = fire(*f.session, QStringLiteral("longRunningPipeline"));
    QVERIFY(alert);
    QTRY_COMPARE_WITH_TIMEOUT(f.session->alerts()->firing().size(), 2, 10'000);

    QHash<QString, GateRow> gates;
    QString alertId; // the approved execution's
    for (const QString &id : {approved, rejected}) {
        QVERIFY(f.waitForRow(id, [](const auto &s) { return s.waitingGate == u"alert_review"; }));
        const QList<GateRow> pending = gatesOf(f.databasePath(), id, false);
        QCOMPARE(pending.size(), 1);
        const GateRow &gate = pending.constFirst();
        QCOMPARE(gate.type, QStringLiteral("alert_review"));
        QCOMPARE(gate.status, QStringLiteral("pending"));
        QVERIFY2(gate.reason.contains(u"longRunningPipeline:" + id), qPrintable(gate.reason));
        gates.insert(id, gate);

        // Asked for while the first stage ran, opened once it ended; the second never started.
        const ExecutionEvents events = StoreQueries(f.databasePath()).events(id);
        const qint64 asked = seqOf(events, EventType::ReviewRequested);
        const qint64 firstDone = seqOf(events, EventType::StageCompleted, QStringLiteral("first"));
        const qint64 opened = seqOf(events, EventType::GateOpened);
        QVERIFY(asked > 0);
        QVERIFY2(asked < firstDone, "the review was asked for after the first stage ended");
        QVERIFY(firstDone < opened);
        QCOMPARE(seqOf(events, EventType::AttemptStarted, QStringLiteral("second")), 0);
        const ExecutionEvent &request = events.at(asked - 1);
        QVERIFY(request.data.value(QStringLiteral("alertId"))
                    .toString()
                    .startsWith(u"longRunningPipeline:" + id));
        QCOMPARE(request.data.value(QStringLiteral("by")).toString(),
                 QStringLiteral("longRunningPipeline"));
        if (id == approved) {
            alertId = request.data.value(QStringLiteral("alertId")).toString();
        }
    }

    // The alert told again (a second process, the command delivered twice), or another
    // alert while the gate is open: no second gate.
    QVERIFY(gates.value(approved).reason.contains(alertId));
    const QString again = f.submit(command(approved, QStringLiteral("review"),
                                           {{QStringLiteral("alertId"), alertId},
                                            {QStringLiteral("reason"), QStringLiteral("again")}}));
    QVERIFY2(again.startsWith(u"conflict"), qPrintable(again));
    const QString other =
        f.submit(command(approved, QStringLiteral("review"),
                         {{QStringLiteral("alertId"), QStringLiteral("another@1")}}));
    QVERIFY2(other.startsWith(u"conflict"), qPrintable(other));
    {
        DesktopFixture second(f.databasePath());
        QVERIFY(second.session->applyConfiguration(config));
        QSignalSpy checked(second.session->alerts(), &AlertMonitor::checked);
        QSignalSpy secondChanged(second.session.get(), &Session::alertChanged);
        QVERIFY(second.open());
        QVERIFY(checked.wait(10'000));
        QCOMPARE(secondChanged.count(), 0); // recorded by the first process already
    }
    QCOMPARE(gatesOf(f.databasePath(), approved, true).size(), 1);
    QCOMPARE(countOf(StoreQueries(f.databasePath()).events(approved), EventType::GateOpened), 1);

    // A person decides: approved goes on to the end, rejected ends as a rejection does.
    QCOMPARE(f.submit(decision(approved, gates.value(approved).id, "approved")),
             QStringLiteral("done"));
    QCOMPARE(f.submit(decision(rejected, gates.value(rejected).id, "rejected")),
             QStringLiteral("done"));
    QVERIFY(f.waitForRow(approved, [](const auto &s) { return isEnded(s.status); }));
    QCOMPARE(f.row(approved)->status, ExecutionStatus::Completed);
    QVERIFY(f.waitForRow(rejected, [](const auto &s) { return isEnded(s.status); }));
    QCOMPARE(f.row(rejected)->status, ExecutionStatus::Failed);
    const ExecutionEvents failed = StoreQueries(f.databasePath()).events(rejected);
    QCOMPARE(failed.constLast().type, QString(EventType::Failed));
    QCOMPARE(failed.constLast().data.value(QStringLiteral("errorClass")).toString(),
             QStringLiteral("GATE_REJECTED"));
    QCOMPARE(seqOf(failed, EventType::AttemptStarted, QStringLiteral("second")), 0);
    const ExecutionEvents done = StoreQueries(f.databasePath()).events(approved);
    QVERIFY(seqOf(done, EventType::AttemptStarted, QStringLiteral("second")) >
            seqOf(done, EventType::GateDecided));
    const auto firings = std::count_if(changed.cbegin(), changed.cend(), [](const auto &args) {
        return args.at(0).template value<Alert>().state == Alert::State::Firing;
    });
    QCOMPARE(firings, 2); // one alert per execution, each once
}

void TestAlertActions::reviewReachesTheProcessRunningTheExecution()
{
    // The process that records the alert does not run the execution: the review goes
    // through the store to the one that does, which opens the gate.
    DesktopFixture watcher;
    QByteArray config = ConfigLoader::builtInText();
    config.replace("execution_time > 20m", "execution_time >= 0s");
    QVERIFY(watcher.session->applyConfiguration(config));
    QVERIFY(watcher.open());
    DesktopFixture runner(watcher.databasePath());
    QVERIFY(runner.open());
    StartRequest r = runner.request();
    r.pipelineText = slowThenQuick();
    const QString id = runner.start(r);
    QVERIFY2(!id.isEmpty(), qPrintable(runner.refusal));
    QVERIFY(!watcher.session->runsHere(id));

    QVERIFY(fire(*watcher.session, QStringLiteral("longRunningPipeline")));
    QVERIFY(runner.waitForRow(id, [](const auto &s) { return s.waitingGate == u"alert_review"; }));
    QVERIFY(runner.session->runsHere(id));
    QVERIFY(!watcher.session->runsHere(id));
    const QList<GateRow> pending = gatesOf(runner.databasePath(), id, false);
    QCOMPARE(pending.size(), 1);
    // Decided from the watcher, carried out by the runner.
    QCOMPARE(watcher.submit(decision(id, pending.constFirst().id, "approved")),
             QStringLiteral("done"));
    QVERIFY(runner.waitForRow(id, [](const auto &s) { return isEnded(s.status); }));
    QCOMPARE(runner.row(id)->status, ExecutionStatus::Completed);
}

void TestAlertActions::reviewIsNotAskedForAgainAfterARestart()
{
    QByteArray config = ConfigLoader::builtInText();
    config.replace("execution_time > 20m", "execution_time >= 0s");
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("conductor.db"));
    QString id;
    {
        DesktopFixture before(database);
        QVERIFY(before.session->applyConfiguration(config));
        QVERIFY(before.open());
        StartRequest r = before.request();
        r.pipelineText = slowThenQuick();
        id = before.start(r);
        QVERIFY2(!id.isEmpty(), qPrintable(before.refusal));
        QVERIFY(fire(*before.session, QStringLiteral("longRunningPipeline")));
        QVERIFY(
            before.waitForRow(id, [](const auto &s) { return s.waitingGate == u"alert_review"; }));
    } // stops: the execution waiting on a person is let go

    // The next process takes it over, with the alert still firing: no second review.
    DesktopFixture after(database);
    QVERIFY(after.session->applyConfiguration(config));
    QSignalSpy checked(after.session->alerts(), &AlertMonitor::checked);
    QSignalSpy changed(after.session.get(), &Session::alertChanged);
    QVERIFY(after.open());
    QVERIFY(checked.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(after.session->runsHere(id), 10'000);
    checked.clear();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            after.session->alerts()->checkNow();
            return !checked.isEmpty();
        }(),
        10'000);
    QCOMPARE(changed.count(), 0);
    const QList<GateRow> gates = gatesOf(database, id, true);
    QCOMPARE(gates.size(), 1);
    QCOMPARE(gates.constFirst().status, QStringLiteral("pending"));
    QCOMPARE(after.submit(decision(id, gates.constFirst().id, "approved")), QStringLiteral("done"));
    QVERIFY(after.waitForRow(id, [](const auto &s) { return isEnded(s.status); }));
    QCOMPARE(after.row(id)->status, ExecutionStatus::Completed);
    QCOMPARE(countOf(StoreQueries(database).events(id), EventType::ReviewRequested), 1);
}

void TestAlertActions::failoverMovesStagesOrPauses()
{
    DesktopFixture f;
    QByteArray config = ConfigLoader::builtInText();
    QVERIFY(config.contains("agent_down_count > 2"));
    config.replace("agent_down_count > 2", "agent_down_count > 0");
    QVERIFY(f.session->applyConfiguration(config));
    QVERIFY(f.open());

    const QString url = closedPortUrl();
    QVERIFY(!url.isEmpty());
    StartRequest r = f.request();
    r.pipelineText = modelAfterGate(url, true);
    const QString moved = f.start(r);
    QVERIFY2(!moved.isEmpty(), qPrintable(f.refusal));
    r.pipelineText = modelAfterGate(url, false);
    const QString paused = f.start(r);
    QVERIFY2(!paused.isEmpty(), qPrintable(f.refusal));
    for (const QString &id : {moved, paused}) {
        QVERIFY(f.waitForRow(id, [](const auto &s) { return s.waitingGate == u"risk_review"; }));
    }

    // The provider goes down: nothing listens where it points.
    ProviderDefinition flaky;
    flaky.id = QStringLiteral("flaky");
    flaky.baseUrl = url;
    flaky.timeout = std::chrono::seconds(5);
    f.session->providers()->setProviders({flaky});
    QTRY_COMPARE_WITH_TIMEOUT(f.session->providers()->downCount(), 1, 10'000);
    const std::optional<Alert> alert = fire(*f.session, QStringLiteral("agentFailure"));
    QVERIFY(alert);

    // With a fallback: the stage not started yet moves to it, as changeAgent would.
    QTRY_VERIFY_WITH_TIMEOUT(
        seqOf(StoreQueries(f.databasePath()).events(moved), EventType::StrategyChanged) > 0,
        10'000);
    ExecutionEvents events = StoreQueries(f.databasePath()).events(moved);
    const ExecutionEvent &change = events.at(seqOf(events, EventType::StrategyChanged) - 1);
    QCOMPARE(change.data.value(QStringLiteral("stage")).toString(), QStringLiteral("second"));
    QCOMPARE(change.data.value(QStringLiteral("agent")).toString(), QStringLiteral("spare"));
    QCOMPARE(change.data.value(QStringLiteral("by")).toString(), QStringLiteral("agentFailure"));
    QVERIFY2(change.data.value(QStringLiteral("reason")).toString().contains(alert->id),
             qPrintable(change.data.value(QStringLiteral("reason")).toString()));
    QCOMPARE(f.row(moved)->status, ExecutionStatus::Running);

    // Without one: the execution is paused, for the alert.
    QVERIFY(
        f.waitForRow(paused, [](const auto &s) { return s.status == ExecutionStatus::Paused; }));
    events = StoreQueries(f.databasePath()).events(paused);
    QCOMPARE(countOf(events, EventType::StrategyChanged), 0);
    const ExecutionEvent &pause = events.at(seqOf(events, EventType::Paused) - 1);
    QVERIFY(pause.data.value(QStringLiteral("reason")).toString().contains(alert->id));

    // Once per firing: checking again while it still fires changes nothing.
    QSignalSpy checked(f.session->alerts(), &AlertMonitor::checked);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            f.session->alerts()->checkNow();
            return !checked.isEmpty();
        }(),
        10'000);
    QCOMPARE(f.session->alerts()->firing(), QStringList{QStringLiteral("agentFailure")});

    // Its next attempt runs on the fallback once the gate is approved.
    const QList<GateRow> gates = gatesOf(f.databasePath(), moved, false);
    QCOMPARE(gates.size(), 1);
    QCOMPARE(f.submit(decision(moved, gates.constFirst().id, "approved")), QStringLiteral("done"));
    QVERIFY(f.waitForRow(moved, [](const auto &s) { return isEnded(s.status); }));
    QCOMPARE(f.row(moved)->status, ExecutionStatus::Completed);
    events = StoreQueries(f.databasePath()).events(moved);
    QCOMPARE(countOf(events, EventType::StrategyChanged), 1);
    const ExecutionEvent &attempt =
        events.at(seqOf(events, EventType::AttemptStarted, QStringLiteral("second")) - 1);
    QCOMPARE(attempt.data.value(QStringLiteral("agent")).toString(), QStringLiteral("spare"));
    QCOMPARE(countOf(StoreQueries(f.databasePath()).events(paused), EventType::Paused), 1);
}

QTEST_MAIN(TestAlertActions)
#include "tst_alertactions.moc"
