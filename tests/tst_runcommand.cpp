// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// conductor run, resume, executions and intervene as a person or a script uses them: real
// processes on one database, their JSON lines, their exit codes and the report bundle.

#include "clirunner.h"
#include "config/configloader.h"
#include "security/roles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cstring>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace Conductor;

class TestRunCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completesTheI2SPipeline();
    void exitCodes_data();
    void exitCodes();
    void invalidConfigurationIsAUsageError();
    void expiredGateExitsFour();
    void cancelFromAnotherProcess();
    void leasesBetweenTwoProcesses();
    void executionsListsThem();
    void interveneWithoutAnOwner();
    void gatesAreDecidedFromAnotherProcess();
    void asksAtEachGateOnATerminal();
    void concurrentApproveAndRejectDecideOnce();
    void refusedByTheBudgetsAtStart();
    void budgetGateDecidedFromAnotherProcess_data();
    void budgetGateDecidedFromAnotherProcess();

private:
    static QStringList runArgs(const Test::Cli &cli, const QStringList &extra = {});
};

QStringList TestRunCommand::runArgs(const Test::Cli &cli, const QStringList &extra)
{
    return QStringList{QStringLiteral("run"),
                       QStringLiteral("--idea"),
                       QStringLiteral("A marketplace for used lab equipment"),
                       QStringLiteral("--db"),
                       cli.db(),
                       QStringLiteral("--output"),
                       cli.output(),
                       QStringLiteral("--sim"),
                       QStringLiteral("timeScale=0")} +
           extra;
}

void TestRunCommand::completesTheI2SPipeline()
{
    Test::Cli cli;
    const Test::CliResult r =
        cli.run(runArgs(cli, {QStringLiteral("--approve-gates"), QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> raw = r.out.trimmed().split('\n');
    QList<QJsonObject> lines;
    for (const QByteArray &line : raw) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
        lines.append(doc.object());
    }
    QVERIFY(lines.size() > 40);
    for (int i = 0; i < lines.size(); ++i) {
        for (const char *key : {"seq", "executionId", "type", "time", "data"}) {
            QVERIFY2(lines[i].contains(QLatin1String(key)), key);
        }
        QCOMPARE(lines[i].value(QStringLiteral("seq")).toInteger(), i + 1);
    }
    const QJsonObject finished = lines.last();
    QCOMPARE(finished.value(QStringLiteral("type")).toString(), QStringLiteral("finished"));
    QCOMPARE(finished.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("completed"));
    const QString bundle = finished.value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("bundle"))
                               .toString();
    const QString id = finished.value(QStringLiteral("executionId")).toString();
    QCOMPARE(bundle, cli.output() + u'/' + id);
    QVERIFY(QFile::exists(bundle + QStringLiteral("/report.md")));
    QVERIFY(QFile::exists(bundle + QStringLiteral("/stages/01-normalize.md")));
    QVERIFY(QFile::exists(bundle + QStringLiteral("/deployed/report.md")));
    QFile file(bundle + QStringLiteral("/execution.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const QJsonArray completed = state.value(QStringLiteral("pipeline"))
                                     .toObject()
                                     .value(QStringLiteral("completedStages"))
                                     .toArray();
    QCOMPARE(completed.size(), 15);
    QSet<QString> unique;
    for (const QJsonValue &v : completed) {
        unique.insert(v.toString());
    }
    QCOMPARE(unique.size(), 15);
    QVERIFY(state.value(QStringLiteral("resources"))
                .toObject()
                .value(QStringLiteral("tokensUsed"))
                .toInteger() > 0);
}

void TestRunCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrText");
    QTest::newRow("deploy blocked")
        << QStringList{QStringLiteral("--approve-gates"), QStringLiteral("--sim"),
                       QStringLiteral("security.verdict=fail")}
        << 1 << QStringLiteral("DEPLOY_BLOCKED");
    QTest::newRow("stage fails") << QStringList{QStringLiteral("--approve-gates"),
                                                QStringLiteral("--sim"),
                                                QStringLiteral("ux.failureRate=1"),
                                                QStringLiteral("--sim"),
                                                QStringLiteral("ux.failureClass=INVALID_REQUEST")}
                                 << 1 << QStringLiteral("INVALID_REQUEST");
    QTest::newRow("refused by maxCost")
        << QStringList{QStringLiteral("--max-cost"), QStringLiteral("0.50")} << 3
        << QStringLiteral("maxCost");
    QTest::newRow("bad sim key") << QStringList{QStringLiteral("--sim"),
                                                QStringLiteral("research.tokns=5")}
                                 << 2 << QStringLiteral("tokns");
    QTest::newRow("bad priority") << QStringList{QStringLiteral("--priority"),
                                                 QStringLiteral("urgent")}
                                  << 2 << QStringLiteral("--priority");
    QTest::newRow("bare timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("900")}
                                  << 2 << QStringLiteral("no unit");
}

void TestRunCommand::exitCodes()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrText);
    Test::Cli cli;
    const Test::CliResult r = cli.run(runArgs(cli, extra));
    QVERIFY2(r.exitCode == exitCode, QByteArray(r.err + r.out).constData());
    QVERIFY2(QString::fromUtf8(r.err + r.out).contains(stderrText),
             QByteArray(r.err + r.out).constData());
}

void TestRunCommand::expiredGateExitsFour()
{
    // Nobody answers risk_review within its one-second timeout, which rejects.
    Test::Cli cli;
    QByteArray text = ConfigLoader::builtInText();
    text.insert(text.indexOf("gates:\n") + 7, "  definitions:\n"
                                              "    risk_review:\n"
                                              "      timeout: 1s\n"
                                              "      onTimeout: reject\n");
    const QString config = cli.path(QStringLiteral("expiring.yml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QStringList args = runArgs(cli, {QStringLiteral("--config"), config});
    args.removeAll(QStringLiteral("--approve-gates"));
    const Test::CliResult r = cli.run(args);
    QVERIFY2(r.exitCode == 4, QByteArray(r.err + r.out).constData());
    QVERIFY(r.out.contains("GATE_EXPIRED"));
}

void TestRunCommand::invalidConfigurationIsAUsageError()
{
    Test::Cli cli;
    const QString config = cli.path(QStringLiteral("bad.yml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("orchestration:\n  defaultTimeout: 900\n");
    file.close();
    const Test::CliResult r = cli.run(runArgs(cli, {QStringLiteral("--config"), config}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QByteArray(config.toUtf8() + ":2:19: ")), r.err.constData());
}

void TestRunCommand::cancelFromAnotherProcess()
{
    Test::Cli cli;
    QObject parent;
    // Slow enough to be cancelled midway: each stage takes a tenth of its figure.
    QProcess *run =
        cli.start(runArgs(cli, {QStringLiteral("--approve-gates"), QStringLiteral("--json"),
                                QStringLiteral("--sim"), QStringLiteral("timeScale=0.1")}),
                  &parent);
    QVERIFY(run->waitForStarted());
    QString id;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            run->waitForReadyRead(100);
            const QByteArray line = run->readLine();
            if (!line.isEmpty() && id.isEmpty()) {
                id = QJsonDocument::fromJson(line)
                         .object()
                         .value(QStringLiteral("executionId"))
                         .toString();
            }
            return !id.isEmpty();
        }(),
        20000);
    const Test::CliResult cancel = cli.run(
        {QStringLiteral("intervene"), id, QStringLiteral("--cancel"), QStringLiteral("--reason"),
         QStringLiteral("wrong idea"), QStringLiteral("--db"), cli.db()});
    QVERIFY2(cancel.exitCode == 0, cancel.err.constData());
    QVERIFY(run->waitForFinished(30000));
    QCOMPARE(run->exitCode(), 5);
    const QByteArray rest = run->readAllStandardOutput();
    QVERIFY(rest.contains("\"execution_cancelled\""));
    QVERIFY(rest.contains("\"wrong idea\""));
}

void TestRunCommand::leasesBetweenTwoProcesses()
{
    Test::Cli cli;
    QObject parent;
    QProcess *run =
        cli.start(runArgs(cli, {QStringLiteral("--approve-gates"), QStringLiteral("--json"),
                                QStringLiteral("--sim"), QStringLiteral("timeScale=0.05")}),
                  &parent);
    QVERIFY(run->waitForStarted());
    QByteArray seen;
    QString id;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            run->waitForReadyRead(100);
            seen += run->readAllStandardOutput();
            if (id.isEmpty() && seen.contains('\n')) {
                id = QJsonDocument::fromJson(seen.left(seen.indexOf('\n')))
                         .object()
                         .value(QStringLiteral("executionId"))
                         .toString();
            }
            return !id.isEmpty();
        }(),
        20000);
    // Another process may not take it over while its owner lives...
    const Test::CliResult resume =
        cli.run({QStringLiteral("resume"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(resume.exitCode, 0);
    QVERIFY2(resume.err.contains("nothing to resume"), resume.err.constData());
    // ...but may act on it through its owner.
    const Test::CliResult pause = cli.run(
        {QStringLiteral("intervene"), id, QStringLiteral("--pause"), QStringLiteral("--reason"),
         QStringLiteral("look at costs"), QStringLiteral("--db"), cli.db()});
    QVERIFY2(pause.exitCode == 0, pause.err.constData());
    const Test::CliResult list = cli.run(
        {QStringLiteral("executions"), QStringLiteral("--json"), QStringLiteral("--db"), cli.db()});
    const QJsonObject listed = QJsonDocument::fromJson(list.out).array().first().toObject();
    QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
    QVERIFY(!listed.value(QStringLiteral("owner")).toString().isEmpty());
    const Test::CliResult resumeIt = cli.run(
        {QStringLiteral("intervene"), id, QStringLiteral("--resume"), QStringLiteral("--reason"),
         QStringLiteral("fine"), QStringLiteral("--db"), cli.db()});
    QVERIFY2(resumeIt.exitCode == 0, resumeIt.err.constData());
    QVERIFY(run->waitForFinished(60000));
    QCOMPARE(run->exitCode(), 0);
    seen += run->readAllStandardOutput();
    QVERIFY(seen.contains("\"execution_paused\""));
    QVERIFY(seen.contains("\"look at costs\""));
    QVERIFY(seen.contains("\"execution_resumed\""));
}

void TestRunCommand::executionsListsThem()
{
    Test::Cli cli;
    QCOMPARE(cli.run(runArgs(cli, {QStringLiteral("--approve-gates")})).exitCode, 0);
    QCOMPARE(cli.run(runArgs(cli, {QStringLiteral("--sim"), QStringLiteral("risk.failureRate=1"),
                                   QStringLiteral("--sim"),
                                   QStringLiteral("risk.failureClass=AUTHENTICATION")}))
                 .exitCode,
             1);
    const Test::CliResult all =
        cli.run({QStringLiteral("executions"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains("completed"));
    QVERIFY(all.out.contains("failed"));
    const Test::CliResult failed =
        cli.run({QStringLiteral("executions"), QStringLiteral("--status"), QStringLiteral("failed"),
                 QStringLiteral("--json"), QStringLiteral("--db"), cli.db()});
    const QJsonArray list = QJsonDocument::fromJson(failed.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("failed"));
    QCOMPARE(cli.run({QStringLiteral("executions"), QStringLiteral("--status"),
                      QStringLiteral("done"), QStringLiteral("--db"), cli.db()})
                 .exitCode,
             2);
}

void TestRunCommand::interveneWithoutAnOwner()
{
    // A run that waits at the risk gate is killed; nobody runs the execution any more, so
    // intervene records the cancel itself, and the bundle says so.
    Test::Cli cli;
    QObject parent;
    QProcess *run = cli.start(runArgs(cli, {QStringLiteral("--json")}), &parent);
    QVERIFY(run->waitForStarted());
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            run->waitForReadyRead(100);
            seen += run->readAllStandardOutput();
            return seen.contains("\"gate_opened\"");
        }(),
        20000);
    const QString id = QJsonDocument::fromJson(seen.left(seen.indexOf('\n')))
                           .object()
                           .value(QStringLiteral("executionId"))
                           .toString();
    run->kill();
    QVERIFY(run->waitForFinished(10000));
    const Test::CliResult cancel = cli.run(
        {QStringLiteral("intervene"), id, QStringLiteral("--cancel"), QStringLiteral("--reason"),
         QStringLiteral("abandoned"), QStringLiteral("--db"), cli.db()});
    QVERIFY2(cancel.exitCode == 0, cancel.err.constData());
    QFile file(cli.output() + u'/' + id + QStringLiteral("/execution.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(state.value(QStringLiteral("endedBy"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("abandoned"));
    // A second cancel is refused: it has ended.
    const Test::CliResult again = cli.run(
        {QStringLiteral("intervene"), id, QStringLiteral("--cancel"), QStringLiteral("--reason"),
         QStringLiteral("twice"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("refused"), again.err.constData());
}

void TestRunCommand::gatesAreDecidedFromAnotherProcess()
{
    Test::Cli cli;
    QObject parent;
    QProcess *run = cli.start(runArgs(cli, {QStringLiteral("--json")}), &parent);
    QVERIFY(run->waitForStarted());
    QByteArray seen;
    // Polls `conductor gates` until the one pending gate is of this type; empty on timeout.
    const auto pendingGate = [&](const QString &type) -> QString {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000) {
            run->waitForReadyRead(50);
            seen += run->readAllStandardOutput();
            const Test::CliResult gates =
                cli.run({QStringLiteral("gates"), QStringLiteral("--json"), QStringLiteral("--db"),
                         cli.db()});
            const QJsonArray list = QJsonDocument::fromJson(gates.out).array();
            if (list.size() == 1 &&
                list.first().toObject().value(QStringLiteral("type")).toString() == type) {
                return list.first().toObject().value(QStringLiteral("id")).toString();
            }
        }
        return {};
    };
    // The run stops at the risk gate; another process sees it and approves it.
    const QString risk = pendingGate(QStringLiteral("risk_review"));
    QVERIFY(!risk.isEmpty());
    const Test::CliResult approve =
        cli.run({QStringLiteral("approve"), risk, QStringLiteral("--notes"),
                 QStringLiteral("fine for an MVP"), QStringLiteral("--db"), cli.db()});
    QVERIFY2(approve.exitCode == 0, approve.err.constData());
    // A second decision on the same gate is refused.
    const Test::CliResult again =
        cli.run({QStringLiteral("approve"), risk, QStringLiteral("--decision"),
                 QStringLiteral("reject"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(again.exitCode, 3);
    QCOMPARE(cli.run({QStringLiteral("approve"), QStringLiteral("gate_0000000000000000"),
                      QStringLiteral("--db"), cli.db()})
                 .exitCode,
             1);
    // Then the deploy gate.
    const QString deploy = pendingGate(QStringLiteral("security_check"));
    QVERIFY(!deploy.isEmpty());
    QCOMPARE(
        cli.run({QStringLiteral("approve"), deploy, QStringLiteral("--db"), cli.db()}).exitCode, 0);
    QVERIFY(run->waitForFinished(60000));
    QCOMPARE(run->exitCode(), 0);
    seen += run->readAllStandardOutput();
    QVERIFY(seen.contains("\"fine for an MVP\""));
    // The reviewer is the account, not what $USER says ("impostor").
    QVERIFY(
        seen.contains(QByteArray(QByteArray("\"reviewer\":\"") + osAccountName().toUtf8() + '"')));
    QVERIFY(!seen.contains("impostor"));
}

void TestRunCommand::asksAtEachGateOnATerminal()
{
    // A pseudo-terminal as stdin: the run asks at risk_review and at the deploy gate.
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    const QString terminal = QString::fromLocal8Bit(ptsname(master));
    Test::Cli cli;
    QStringList args = runArgs(cli);
    args.removeAll(QStringLiteral("--approve-gates"));
    args.removeAll(QStringLiteral("--json"));
    QProcess run;
    run.setProcessEnvironment(cli.environment());
    run.setStandardInputFile(terminal);
    run.start(QStringLiteral(CONDUCTOR_BINARY), args);
    QVERIFY(run.waitForStarted());
    QByteArray err;
    const auto waitFor = [&](const QByteArray &text, qsizetype from) {
        QElapsedTimer t;
        t.start();
        while (err.indexOf(text, from) < 0 && t.elapsed() < 60'000 &&
               run.state() == QProcess::Running) {
            run.waitForReadyRead(200);
            err += run.readAllStandardError();
        }
        return err.indexOf(text, from);
    };
    const auto answer = [&](const char *line) {
        QVERIFY(::write(master, line, std::strlen(line)) == qsizetype(std::strlen(line)));
    };
    qsizetype at = waitFor("Approve risk_review?", 0);
    QVERIFY2(at >= 0, err.constData());
    QVERIFY(err.contains("Cost so far: $"));
    QVERIFY(err.contains("Verdict of risk: pass"));
    answer("maybe\n"); // not an answer: asked again
    at = waitFor("Answer a, r or w", at);
    QVERIFY2(at >= 0, err.constData());
    answer("a\n");
    at = waitFor("Notes", at);
    QVERIFY(at >= 0);
    answer("fine for an MVP\n");
    at = waitFor("Approve security_check?", at);
    QVERIFY2(at >= 0, err.constData());
    answer("a\n\n");
    QVERIFY(run.waitForFinished(60'000));
    ::close(master);
    QCOMPARE(run.exitCode(), 0);
    // Both decisions are recorded, with the notes and the account that gave them.
    bool notesRecorded = false;
    const QJsonArray gates =
        QJsonDocument::fromJson(
            cli.run({QStringLiteral("gates"), QStringLiteral("--all"), QStringLiteral("--json"),
                     QStringLiteral("--db"), cli.db()})
                .out)
            .array();
    QCOMPARE(gates.size(), 2);
    for (const QJsonValue &g : gates) {
        QCOMPARE(g.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));
        QCOMPARE(g.toObject().value(QStringLiteral("reviewer")).toString(), osAccountName());
        notesRecorded |=
            g.toObject().value(QStringLiteral("notes")).toString() == u"fine for an MVP";
    }
    QVERIFY(notesRecorded);
}

void TestRunCommand::concurrentApproveAndRejectDecideOnce()
{
    Test::Cli cli;
    QObject parent;
    QProcess *run = cli.start(runArgs(cli), &parent);
    QVERIFY(run->waitForStarted());
    QString risk;
    QElapsedTimer waited;
    waited.start();
    while (risk.isEmpty() && waited.elapsed() < 30'000) {
        const QJsonArray list =
            QJsonDocument::fromJson(cli.run({QStringLiteral("gates"), QStringLiteral("--json"),
                                             QStringLiteral("--db"), cli.db()})
                                        .out)
                .array();
        if (!list.isEmpty()) {
            risk = list.first().toObject().value(QStringLiteral("id")).toString();
        }
    }
    QVERIFY(!risk.isEmpty());
    // Two processes decide the same gate at the same moment: one wins, one is told.
    QProcess *approve =
        cli.start({QStringLiteral("approve"), risk, QStringLiteral("--db"), cli.db()}, &parent);
    QProcess *reject = cli.start({QStringLiteral("approve"), risk, QStringLiteral("--decision"),
                                  QStringLiteral("reject"), QStringLiteral("--db"), cli.db()},
                                 &parent);
    QVERIFY(approve->waitForFinished(60'000) && reject->waitForFinished(60'000));
    QList<int> codes{approve->exitCode(), reject->exitCode()};
    std::sort(codes.begin(), codes.end());
    QCOMPARE(codes, (QList<int>{0, 3}));
    const bool approved = approve->exitCode() == 0;
    if (approved) {
        // The run goes on to the deploy gate, which this test approves too.
        QString deploy;
        waited.restart();
        while (deploy.isEmpty() && waited.elapsed() < 30'000) {
            for (const QJsonValue &g :
                 QJsonDocument::fromJson(cli.run({QStringLiteral("gates"), QStringLiteral("--json"),
                                                  QStringLiteral("--db"), cli.db()})
                                             .out)
                     .array()) {
                if (g.toObject().value(QStringLiteral("type")) ==
                    QStringLiteral("security_check")) {
                    deploy = g.toObject().value(QStringLiteral("id")).toString();
                }
            }
        }
        QCOMPARE(
            cli.run({QStringLiteral("approve"), deploy, QStringLiteral("--db"), cli.db()}).exitCode,
            0);
    }
    QVERIFY(run->waitForFinished(60'000));
    QCOMPARE(run->exitCode(), approved ? 0 : 4);
}

void TestRunCommand::refusedByTheBudgetsAtStart()
{
    Test::Cli cli;
    QByteArray yaml = ConfigLoader::builtInText();
    yaml.replace("perPipeline: 250000", "perPipeline: 10");
    QFile file(cli.path(QStringLiteral("tiny.yml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml);
    file.close();
    const Test::CliResult r = cli.run(runArgs(
        cli, {QStringLiteral("--config"), file.fileName(), QStringLiteral("--approve-gates")}));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("budgets.tokens.perPipeline"), r.err.constData());
    QVERIFY2(r.err.contains("needs"), r.err.constData());
    // Nothing was recorded, nothing held.
    const Test::CliResult budget = cli.run(
        {QStringLiteral("budget"), QStringLiteral("--json"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(budget.exitCode, 0);
    const QJsonObject tokens =
        QJsonDocument::fromJson(budget.out).object().value(QStringLiteral("tokens")).toObject();
    QCOMPARE(tokens.value(QStringLiteral("used")).toInteger(), 0);
    QCOMPARE(tokens.value(QStringLiteral("held")).toInteger(), 0);
}

void TestRunCommand::budgetGateDecidedFromAnotherProcess_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("approved with a grant") << QStringLiteral("approve") << 0;
    QTest::newRow("rejected") << QStringLiteral("reject") << 4;
}

void TestRunCommand::budgetGateDecidedFromAnotherProcess()
{
    QFETCH(QString, decision);
    QFETCH(int, exitCode);
    Test::Cli cli;
    // A cheap research run teaches the history a low estimate for research.
    const Test::CliResult cheap =
        cli.run(runArgs(cli, {QStringLiteral("--approve-gates"), QStringLiteral("--sim"),
                              QStringLiteral("researcher.tokens=2000"), QStringLiteral("--sim"),
                              QStringLiteral("researcher.costUSD=0.06")}));
    QVERIFY2(cheap.exitCode == 0, cheap.err.constData());
    // The next run trusts it, may spend $3.40, overruns at research and stops at the
    // budget gate before its last stage; another process decides it.
    QObject parent;
    QProcess *run =
        cli.start(runArgs(cli, {QStringLiteral("--approve-gates"), QStringLiteral("--max-cost"),
                                QStringLiteral("3.40"), QStringLiteral("--json")}),
                  &parent);
    QVERIFY(run->waitForStarted());
    QString gateId;
    QJsonObject gate;
    QElapsedTimer waited;
    waited.start();
    while (gateId.isEmpty() && waited.elapsed() < 30000 && run->state() == QProcess::Running) {
        run->waitForReadyRead(50);
        const QJsonArray list =
            QJsonDocument::fromJson(cli.run({QStringLiteral("gates"), QStringLiteral("--json"),
                                             QStringLiteral("--db"), cli.db()})
                                        .out)
                .array();
        for (const QJsonValue &v : list) {
            if (v.toObject().value(QStringLiteral("type")).toString() == budgetGateType()) {
                gate = v.toObject();
                gateId = gate.value(QStringLiteral("id")).toString();
            }
        }
    }
    QVERIFY2(!gateId.isEmpty(), run->readAllStandardError().constData());
    QVERIFY2(gate.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Deploy")),
             qPrintable(gate.value(QStringLiteral("reason")).toString()));
    // Grants go with an approval of a budget gate only.
    QCOMPARE(cli.run({QStringLiteral("approve"), gateId, QStringLiteral("--decision"),
                      QStringLiteral("reject"), QStringLiteral("--grant-usd"), QStringLiteral("1"),
                      QStringLiteral("--db"), cli.db()})
                 .exitCode,
             2);
    QStringList args{QStringLiteral("approve"),    gateId,
                     QStringLiteral("--decision"), decision,
                     QStringLiteral("--notes"),    QStringLiteral("the launch is today"),
                     QStringLiteral("--db"),       cli.db()};
    if (decision == u"approve") {
        args += {QStringLiteral("--grant-usd"), QStringLiteral("0.10")};
    }
    const Test::CliResult decided = cli.run(args);
    QVERIFY2(decided.exitCode == 0, decided.err.constData());
    QVERIFY(run->waitForFinished(60000));
    QCOMPARE(run->exitCode(), exitCode);
    const QList<QByteArray> lines = run->readAllStandardOutput().trimmed().split('\n');
    const QString id = QJsonDocument::fromJson(lines.last())
                           .object()
                           .value(QStringLiteral("executionId"))
                           .toString();
    const Test::CliResult usage =
        cli.run({QStringLiteral("budget"), QStringLiteral("--execution"), id,
                 QStringLiteral("--json"), QStringLiteral("--db"), cli.db()});
    QVERIFY2(usage.exitCode == 0, usage.err.constData());
    const QJsonObject cost =
        QJsonDocument::fromJson(usage.out).object().value(QStringLiteral("cost")).toObject();
    QCOMPARE(cost.value(QStringLiteral("overrideGrantedUSD")).toDouble(),
             decision == u"approve" ? 0.10 : 0.0);
    QCOMPARE(cost.value(QStringLiteral("heldUSD")).toDouble(), 0.0);
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
