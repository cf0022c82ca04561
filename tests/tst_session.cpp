// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop app's core: starts and Budget Checks through the engine thread, the
// executions table's progress columns, commands routed to whoever runs the execution (this
// engine, another live process through the store, or nobody: taken over first), and the
// reviewer checks the gate dialog relies on.

#include "desktopfixture.h"
#include "monitor/alert.h"
#include "monitor/alertmonitor.h"
#include "monitor/alertnotifications.h"
#include "security/totp.h"
#include "security/userstore.h"
#include "store/alertrows.h"
#include "store/database.h"
#include "support/fakealertreceiver.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

using namespace Conductor;
using namespace Conductor::Test;

namespace {

QString pendingGate(const QString &databasePath, const QString &executionId)
{
    for (const GateRow &g : StoreQueries(databasePath).gates(false)) {
        if (g.executionId == executionId) {
            return g.id;
        }
    }
    return {};
}

StoredCommand command(const QString &executionId, const QString &kind, const QJsonObject &args = {})
{
    StoredCommand c;
    c.executionId = executionId;
    c.kind = kind;
    c.args = args;
    c.reason = QStringLiteral("a test");
    return c;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAnExecutionToItsEnd();
    void checksWithoutStarting();
    void showsProgressWhileWaitingAtAGate();
    void commandsItsOwnExecutions();
    void commandsAnotherProcessesExecution();
    void takesOverAnExecutionNobodyRuns();
    void checksReviewersAndTheirCodes();
    void watchesItsAlertRules();
    void notifiesWhoItsConfigurationNames();
};

void TestSession::runsAnExecutionToItsEnd()
{
    DesktopFixture f;
    QVERIFY(f.open());
    StartRequest r = f.request();
    r.options.approveGates = true;
    const QString id = f.start(r);
    QVERIFY2(!id.isEmpty(), qPrintable(f.refusal));
    QVERIFY(f.session->runsHere(id));
    QVERIFY(f.waitForRow(id, [](const ExecutionSummary &s) { return isEnded(s.status); }));
    const ExecutionSummary row = *f.row(id);
    QCOMPARE(row.status, ExecutionStatus::Completed);
    QVERIFY(row.stagesTotal > 5);
    QCOMPARE(row.stagesDone, row.stagesTotal);
    QVERIFY(row.activeMs > 0);
    QVERIFY(!row.activeSince.isValid()); // the clock stopped
    QVERIFY(row.nextGate.isEmpty());
    QVERIFY(row.waitingGate.isEmpty());
    QTRY_VERIFY(!f.session->runsHere(id));
}

void TestSession::checksWithoutStarting()
{
    DesktopFixture f;
    QVERIFY(f.open());
    QSignalSpy checked(f.session.get(), &Session::startChecked);
    const QString key = f.session->check(f.request());
    QVERIFY(checked.wait(10'000));
    QCOMPARE(checked.first().at(0).toString(), key);
    const auto check = checked.first().at(1).value<StartCheck>();
    QVERIFY2(check.refusal.isEmpty(), qPrintable(check.refusal));
    QVERIFY(check.tokens > 0);
    QVERIFY(check.cost.micros > 0);
    const Configuration config = ConfigLoader::builtIn();
    QCOMPARE(check.tokensLeftToday, config.budgets.tokens.daily);
    const LoadResult<PipelineDefinition> pipeline =
        PipelineLoader::loadBytes(fastPipeline(), QStringLiteral("pipeline"), config);
    QVERIFY(pipeline.value);
    QCOMPARE(check.perStage.size(), pipeline.value->stages.size());
    QVERIFY(StoreQueries(f.databasePath()).executions().isEmpty());

    // A pipeline's budget smaller than the estimate: refused, and says which budget.
    QByteArray small = ConfigLoader::builtInText();
    small.replace("perPipeline: 250000", "perPipeline: 20000");
    checked.clear();
    StartRequest r = f.request();
    r.configText = small;
    const QString second = f.session->check(r);
    QVERIFY(checked.wait(10'000));
    QCOMPARE(checked.first().at(0).toString(), second);
    const auto refused = checked.first().at(1).value<StartCheck>();
    QVERIFY2(refused.refusal.contains(QStringLiteral("budgets.tokens.perPipeline")),
             qPrintable(refused.refusal));
    QCOMPARE(refused.tokensLeftToday, config.budgets.tokens.daily);
    QCOMPARE(refused.tokensPerPipeline, 20000);
    QVERIFY(StoreQueries(f.databasePath()).executions().isEmpty());
}

void TestSession::showsProgressWhileWaitingAtAGate()
{
    DesktopFixture f;
    QVERIFY(f.open());
    const QString id = f.start(f.request());
    QVERIFY(!id.isEmpty());
    QVERIFY(f.waitForRow(id, [](const ExecutionSummary &s) { return !s.waitingGate.isEmpty(); }));
    const ExecutionSummary row = *f.row(id);
    QCOMPARE(row.status, ExecutionStatus::Running);
    QCOMPARE(row.waitingGate, QStringLiteral("risk_review"));
    QCOMPARE(row.nextGate, QStringLiteral("Risk Gate"));
    QVERIFY(row.stagesDone > 0);
    QVERIFY(row.stagesDone < row.stagesTotal);
    QVERIFY(!row.activeSince.isValid()); // a gate wait stops the running clock
}

void TestSession::commandsItsOwnExecutions()
{
    DesktopFixture f;
    QVERIFY(f.open());
    StartRequest r = f.request();
    r.pipelineText = fastPipeline(0.2); // slow enough to pause midway
    const QString id = f.start(r);
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.submit(command(id, QStringLiteral("pause"))), QStringLiteral("done"));
    QVERIFY(f.waitForRow(id, [](const auto &s) { return s.status == ExecutionStatus::Paused; }));
    QCOMPARE(f.submit(command(id, QStringLiteral("resume"))), QStringLiteral("done"));
    QVERIFY(f.waitForRow(id, [](const auto &s) { return s.status == ExecutionStatus::Running; }));
    // A refusal comes back as the engine words it.
    const QString refused = f.submit(
        command(id, QStringLiteral("skip"), {{QStringLiteral("stage"), QStringLiteral("nope")}}));
    QVERIFY2(refused.startsWith(QStringLiteral("refused")), qPrintable(refused));
    QCOMPARE(f.submit(command(id, QStringLiteral("cancel"))), QStringLiteral("done"));
    QVERIFY(f.waitForRow(id, [](const auto &s) { return s.status == ExecutionStatus::Cancelled; }));
}

void TestSession::commandsAnotherProcessesExecution()
{
    DesktopFixture a;
    QVERIFY(a.open());
    DesktopFixture b(a.databasePath());
    QVERIFY(b.open());
    const QString id = b.start(b.request()); // waits at its risk gate, owned by b
    QVERIFY(!id.isEmpty());
    QVERIFY(a.waitForRow(id, [](const auto &s) { return !s.waitingGate.isEmpty(); }));
    QVERIFY(!a.session->runsHere(id));
    QCOMPARE(a.submit(command(id, QStringLiteral("pause"))), QStringLiteral("done"));
    QVERIFY(a.waitForRow(id, [](const auto &s) { return s.status == ExecutionStatus::Paused; }));
    QVERIFY(b.session->runsHere(id)); // b still runs it
    QVERIFY(!a.session->runsHere(id));
}

void TestSession::takesOverAnExecutionNobodyRuns()
{
    DesktopFixture a;
    QVERIFY(a.open());
    QString id;
    {
        DesktopFixture b(a.databasePath());
        QVERIFY(b.open());
        id = b.start(b.request());
        QVERIFY(!id.isEmpty());
        QVERIFY(b.waitForRow(id, [](const auto &s) { return !s.waitingGate.isEmpty(); }));
    } // b stops: the execution waiting on a person is let go
    QVERIFY(a.waitForRow(id, [](const auto &s) { return s.owner.isEmpty(); }));
    const QString gate = pendingGate(a.databasePath(), id);
    QVERIFY(!gate.isEmpty());
    const QString outcome =
        a.submit(command(id, QStringLiteral("decide"),
                         {{QStringLiteral("gateId"), gate},
                          {QStringLiteral("decision"), QStringLiteral("approved")},
                          {QStringLiteral("role"), QStringLiteral("admin")}}));
    QCOMPARE(outcome, QStringLiteral("done"));
    QVERIFY(a.session->runsHere(id));
    // It goes on here, to the deploy gate or beyond.
    QVERIFY(a.waitForRow(id, [&](const auto &s) {
        return s.stagesDone > 4 && (s.waitingGate.isEmpty() || s.waitingGate != u"risk_review");
    }));
}

void TestSession::checksReviewersAndTheirCodes()
{
    DesktopFixture f;
    QVERIFY(f.open());
    const auto check = [&f](const QString &code) {
        QSignalSpy checked(f.session.get(), &Session::reviewerChecked);
        const QString key = f.session->checkReviewer(code);
        if (!checked.wait(10'000) || checked.first().at(0).toString() != key) {
            return ReviewerCheck{};
        }
        return checked.first().at(1).value<ReviewerCheck>();
    };
    ReviewerCheck me = check({});
    QVERIFY(me.known);
    QCOMPARE(me.role, QStringLiteral("admin"));
    QVERIFY(!me.totpEnrolled);
    QVERIFY(!me.codeChecked);

    ReviewerCheck notEnrolled = check(QStringLiteral("123456"));
    QVERIFY(notEnrolled.codeChecked);
    QVERIFY(!notEnrolled.codeAccepted);
    QVERIFY(!notEnrolled.message.isEmpty());

    const QByteArray secret = f.enrollOperator();
    QVERIFY(!secret.isEmpty());
    const Totp::Parameters p;
    const QString code =
        Totp::code(secret, Totp::counterAt(QDateTime::currentSecsSinceEpoch(), p), p);
    const ReviewerCheck right = check(code);
    QVERIFY2(right.codeAccepted, qPrintable(right.message));
    QVERIFY(right.totpEnrolled);
    const ReviewerCheck again = check(code); // a code works once
    QVERIFY(again.codeChecked);
    QVERIFY(!again.codeAccepted);
}

void TestSession::watchesItsAlertRules()
{
    // The configuration's rules are checked from the start: a rule that holds at once fires
    // (recorded in the database, told through the session), and a new configuration
    // without it resolves it.
    QTemporaryDir dir;
    QByteArray config = ConfigLoader::builtInText();
    QVERIFY(config.contains("agent_down_count > 2"));
    config.replace("agent_down_count > 2", "agent_down_count >= 0");
    Session::Options options;
    options.databasePath = dir.filePath(QStringLiteral("conductor.db"));
    options.operatorName = osAccountName();
    options.takeOverInterval = std::chrono::milliseconds(0);
    options.configText = config;
    Session session(options);
    QVERIFY(session.alerts());
    QSignalSpy changed(&session, &Session::alertChanged);
    session.open();
    QVERIFY(changed.wait(10'000));
    const Alert fired = changed.first().at(0).value<Alert>();
    QCOMPARE(fired.rule, QStringLiteral("agentFailure"));
    QCOMPARE(fired.state, Alert::State::Firing);
    QCOMPARE(changed.first().at(1).toString(), QStringLiteral("emergency_failover"));
    QCOMPARE(session.alerts()->firing(), QStringList{QStringLiteral("agentFailure")});

    QVERIFY(session.applyConfiguration(ConfigLoader::builtInText()));
    QSignalSpy checked(session.alerts(), &AlertMonitor::checked);
    session.alerts()->checkNow();
    QVERIFY(checked.wait(10'000));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).value<Alert>().state, Alert::State::Resolved);
}

void TestSession::notifiesWhoItsConfigurationNames()
{
    // monitoring.notifiers at work: the webhook named there (its address kept with the
    // app's secrets) hears of the alert the session's rules raise, and the delivery is
    // noted on the alert's record.
    Test::FakeAlertReceiver receiver(Test::FakeAlertReceiver::Service::SlackWebhook);
    QVERIFY(receiver.listen());
    QTemporaryDir dir;
    const QString secrets = dir.filePath(QStringLiteral("secrets"));
    QVERIFY(QDir().mkpath(secrets));
    QVERIFY(QFile::setPermissions(secrets, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    // The folder's secrets are files named after them, written by their owner (mode 600).
    QFile hook(secrets + QStringLiteral("/OPS_WEBHOOK"));
    QVERIFY(hook.open(QIODevice::WriteOnly));
    hook.write(receiver.webhookUrl().toUtf8());
    hook.close();
    QVERIFY(hook.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QByteArray config = ConfigLoader::builtInText();
    config.replace("agent_down_count > 2", "agent_down_count >= 0");
    QVERIFY(config.contains("  alertingEnabled: true\n"));
    config.replace("  alertingEnabled: true\n", "  alertingEnabled: true\n"
                                                "  notifiers:\n"
                                                "    ops:\n"
                                                "      type: webhook\n"
                                                "      url: OPS_WEBHOOK\n"
                                                "      severity: critical\n");
    Session::Options options;
    options.databasePath = dir.filePath(QStringLiteral("conductor.db"));
    options.operatorName = osAccountName();
    options.takeOverInterval = std::chrono::milliseconds(0);
    options.configText = config;
    options.secretsDirectory = secrets;
    Session session(options);
    QCOMPARE(session.configuration().monitoring.notifiers.size(), 1);
    QVERIFY(session.notifications());
    QSignalSpy delivered(session.notifications(), &AlertNotifications::delivered);
    session.open();
    QVERIFY(delivered.wait(15'000));
    QCOMPARE(delivered.first().at(1).toString(), QStringLiteral("ops"));
    QCOMPARE(receiver.requests().size(), 1);
    QVERIFY2(receiver.requests().first().body.contains("agentFailure"),
             receiver.requests().first().body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            Database db(options.databasePath, QStringLiteral("check"));
            if (!db.open()) {
                return false;
            }
            const QList<AlertRecord> alerts = AlertRows(db).list(false);
            return alerts.size() == 1 && alerts.first()
                                                 .data.value(QStringLiteral("deliveries"))
                                                 .toObject()
                                                 .value(QStringLiteral("ops"))
                                                 .toObject()
                                                 .value(QStringLiteral("outcome"))
                                                 .toString() == u"delivered";
        }(),
        10'000);
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
