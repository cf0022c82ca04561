// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The command agent against a real program (conductor_fakeagent): the request arrives on
// stdin, the answer and its usage and verdict come back, every way a program can end
// maps to its error class, and no process outlives its attempt: not after a timeout,
// not after cancel(), not after the run is deleted, not after Conductor is killed.

#include "agents/commandagent.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <cerrno>
#include <csignal>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Conductor;
using namespace std::chrono_literals;

namespace {

const QString kFakeAgent = QStringLiteral(FAKE_AGENT);
const QString kCommandHost = QStringLiteral(COMMAND_HOST);

AgentDefinition makeAgent(const QStringList &arguments)
{
    AgentDefinition a;
    a.id = QStringLiteral("script");
    a.kind = AgentDefinition::Kind::Command;
    a.command.command = QStringList{kFakeAgent} + arguments;
    return a;
}

AgentRequest makeRequest(VerdictKind verdict = VerdictKind::None)
{
    AgentRequest r;
    r.executionId = QStringLiteral("exec_00000000000000a1");
    r.stageId = QStringLiteral("research");
    r.stageName = QStringLiteral("Research");
    r.attempt = 2;
    r.idempotencyKey = QStringLiteral("exec_00000000000000a1/research/2");
    r.idea.id = QStringLiteral("idea_00000000000000b2");
    r.idea.title = QStringLiteral("LabLoop");
    r.idea.description = QStringLiteral("A marketplace for used lab equipment.");
    r.idea.metadata.insert(QStringLiteral("domain"), QStringLiteral("science"));
    r.idea.metadata.insert(QStringLiteral("owner"), QStringLiteral("ada"));
    r.inputs.append({QStringLiteral("normalize"), QStringLiteral("Normalize"),
                     QStringLiteral("# Normalize\n\nLabLoop sells spare lab capacity.\n")});
    r.inputs.append({QStringLiteral("market"), QStringLiteral("Market"),
                     QStringLiteral("# Market\n\nLarge.\n")});
    r.maxTokens = 4096;
    r.verdict = verdict;
    return r;
}

// Starts one run and collects what it emits.
class Probe
{
public:
    Probe(const AgentDefinition &definition, const AgentRequest &request)
        : agent(definition)
    {
        run = agent.start(request, &owner);
        QObject::connect(run, &AgentRun::finished, &owner, [this](const AgentResult &r) {
            ++count;
            result = r;
        });
    }

    // Waits for the result; false if none came within the time.
    bool wait(std::chrono::milliseconds within = 15s)
    {
        QElapsedTimer timer;
        timer.start();
        while (count == 0 && timer.elapsed() < within.count()) {
            QTest::qWait(10);
        }
        return count > 0;
    }

    CommandAgent agent;
    QObject owner;
    QPointer<AgentRun> run;
    int count = 0;
    AgentResult result;
};

// Whether an agent program has ended and been reaped by its QProcess: no zombie left.
// (Not waited for here: that would hide a QProcess that never reaps.)
bool reaped(pid_t pid)
{
    return ::kill(pid, 0) == -1 && errno == ESRCH;
}

// Whether a process an agent program left behind has ended. Orphans are reparented to
// this test (it is their subreaper), so it reaps them here.
bool orphanGone(pid_t pid)
{
    int status = 0;
    return ::waitpid(pid, &status, WNOHANG) == pid || reaped(pid);
}

// Waits until the agent program (the first pid, unless it is an orphan too) and what it
// left behind (the others) have ended.
bool allGone(const QList<pid_t> &pids, std::chrono::milliseconds within,
             bool firstIsOurChild = true)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        bool all = true;
        for (qsizetype i = 0; i < pids.size(); ++i) {
            const bool ended = i == 0 && firstIsOurChild ? reaped(pids[i]) : orphanGone(pids[i]);
            all = ended && all;
        }
        if (all) {
            return true;
        }
        if (timer.elapsed() > within.count()) {
            return false;
        }
        QTest::qWait(20);
    }
}

// The pids a hanging fake agent wrote to its pid file, once it has.
QList<pid_t> waitForPids(const QString &path, int expected)
{
    QList<pid_t> pids;
    QElapsedTimer timer;
    timer.start();
    while (pids.size() < expected && timer.elapsed() < 10'000) {
        QTest::qWait(10);
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            pids.clear();
            for (const QByteArray &word : file.readAll().simplified().split(' ')) {
                if (word.toInt() > 0) {
                    pids.append(static_cast<pid_t>(word.toInt()));
                }
            }
        }
    }
    return pids;
}

qint64 peakRssKiB()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestCommandAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kFakeAgent));
        // What a killed agent leaves behind is reparented here, so the tests can reap it.
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    }

    void answerCarriesOutputUsageAndVerdict()
    {
        Probe probe(
            makeAgent({QStringLiteral("--mode"), QStringLiteral("ok"), QStringLiteral("--verdict"),
                       QStringLiteral("pass"), QStringLiteral("--tokens"), QStringLiteral("4321"),
                       QStringLiteral("--cost"), QStringLiteral("0.0375")}),
            makeRequest(VerdictKind::PassFail));
        QCOMPARE(probe.count, 0); // never from start()
        QElapsedTimer timer;
        timer.start();
        QVERIFY(probe.wait());
        const AgentResult &r = probe.result;
        QVERIFY2(r.ok, qPrintable(r.errorClass + u' ' + r.message));
        QCOMPARE(r.output, QStringLiteral("# LabLoop\n\nKey: exec_00000000000000a1/research/2\n\n"
                                          "Read: Normalize, Market\n"));
        QCOMPARE(r.tokens, 4321);
        QCOMPARE(r.cost, Money::fromUsd(0.0375));
        QCOMPARE(r.cost.micros, 37'500);
        QCOMPARE(r.verdict, QStringLiteral("pass"));
        QVERIFY(r.durationMs >= 0);
        QVERIFY(r.durationMs <= timer.elapsed());
        QTest::qWait(50);
        QCOMPARE(probe.count, 1);
    }

    void requestArrivesOnStdin()
    {
        AgentRequest request = makeRequest(VerdictKind::PassFlag);
        request.timeout = 30s;
        Probe probe(makeAgent({QStringLiteral("--mode"), QStringLiteral("echo-request")}), request);
        QVERIFY(probe.wait());
        QVERIFY2(probe.result.ok, qPrintable(probe.result.message));
        QJsonParseError error{};
        const QJsonObject o =
            QJsonDocument::fromJson(probe.result.output.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"executionId").toString(), request.executionId);
        QCOMPARE(o.value(u"stage").toObject().value(u"id").toString(), u"research");
        QCOMPARE(o.value(u"stage").toObject().value(u"name").toString(), u"Research");
        QCOMPARE(o.value(u"attempt").toInt(), 2);
        QCOMPARE(o.value(u"idempotencyKey").toString(), request.idempotencyKey);
        const QJsonObject idea = o.value(u"idea").toObject();
        QCOMPARE(idea.value(u"id").toString(), request.idea.id);
        QCOMPARE(idea.value(u"title").toString(), u"LabLoop");
        QCOMPARE(idea.value(u"description").toString(), request.idea.description);
        QCOMPARE(idea.value(u"domain").toString(), u"science");
        QCOMPARE(idea.value(u"metadata").toObject().value(u"owner").toString(), u"ada");
        const QJsonArray inputs = o.value(u"inputs").toArray();
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs.at(0).toObject().value(u"stage").toString(), u"normalize");
        QCOMPARE(inputs.at(0).toObject().value(u"name").toString(), u"Normalize");
        QCOMPARE(inputs.at(0).toObject().value(u"output").toString(), request.inputs[0].output);
        QCOMPARE(inputs.at(1).toObject().value(u"stage").toString(), u"market");
        QCOMPARE(o.value(u"maxTokens").toInteger(), 4096);
        QCOMPARE(o.value(u"verdict").toString(), u"passFlag");
        QCOMPARE(o.value(u"timeoutMs").toInteger(), 30'000);
        // No verdict in the answer, on a pass/flag stage: a flag.
        QCOMPARE(probe.result.verdict, QStringLiteral("flag"));
    }

    void environmentAndWorkingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AgentDefinition agent = makeAgent({QStringLiteral("--mode"), QStringLiteral("env")});
        agent.command.workingDirectory = dir.path();
        agent.command.environment.insert(QStringLiteral("CONDUCTOR_FAKE_VAR"),
                                         QStringLiteral("from the pipeline"));
        Probe probe(agent, makeRequest());
        QVERIFY(probe.wait());
        QVERIFY2(probe.result.ok, qPrintable(probe.result.message));
        QCOMPARE(probe.result.output,
                 QStringLiteral("from the pipeline\n") + QDir(dir.path()).canonicalPath());
        QCOMPARE(probe.result.verdict, QString()); // the stage gives none
    }

    void verdicts_data()
    {
        QTest::addColumn<VerdictKind>("kind");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pass/fail, pass") << VerdictKind::PassFail << "pass"
                                         << "pass";
        QTest::newRow("pass/fail, fail") << VerdictKind::PassFail << "fail"
                                         << "fail";
        QTest::newRow("pass/fail, flag") << VerdictKind::PassFail << "flag"
                                         << "fail";
        QTest::newRow("pass/fail, nonsense") << VerdictKind::PassFail << "great"
                                             << "fail";
        QTest::newRow("pass/fail, none") << VerdictKind::PassFail << ""
                                         << "fail";
        QTest::newRow("pass/flag, pass") << VerdictKind::PassFlag << "pass"
                                         << "pass";
        QTest::newRow("pass/flag, flag") << VerdictKind::PassFlag << "flag"
                                         << "flag";
        QTest::newRow("pass/flag, fail") << VerdictKind::PassFlag << "fail"
                                         << "flag";
        QTest::newRow("pass/flag, none") << VerdictKind::PassFlag << ""
                                         << "flag";
        QTest::newRow("no verdict stage") << VerdictKind::None << "fail"
                                          << "";
    }

    void verdicts()
    {
        QFETCH(VerdictKind, kind);
        QFETCH(QString, said);
        QFETCH(QString, expected);
        QStringList args{QStringLiteral("--mode"), QStringLiteral("ok")};
        if (!said.isEmpty()) {
            args << QStringLiteral("--verdict") << said;
        }
        Probe probe(makeAgent(args), makeRequest(kind));
        QVERIFY(probe.wait());
        QVERIFY2(probe.result.ok, qPrintable(probe.result.message));
        QCOMPARE(probe.result.verdict, expected);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<QString>("inMessage");
        QTest::addColumn<qint64>("tokens");
        QTest::newRow("garbage") << "garbage"
                                 << "INVALID_OUTPUT"
                                 << "not JSON" << qint64(0);
        QTest::newRow("no output") << "no-output"
                                   << "INVALID_OUTPUT"
                                   << "\"output\"" << qint64(0);
        QTest::newRow("error status") << "error-status"
                                      << "API_LIMIT"
                                      << "slow down" << qint64(77);
        QTest::newRow("exit 64") << "exit:64"
                                 << "INVALID_REQUEST"
                                 << "things went wrong" << qint64(0);
        QTest::newRow("exit 65") << "exit:65"
                                 << "INVALID_REQUEST"
                                 << "status 65" << qint64(0);
        QTest::newRow("exit 69") << "exit:69"
                                 << "TEMPORARY_FAILURE"
                                 << "status 69" << qint64(0);
        QTest::newRow("exit 75") << "exit:75"
                                 << "TEMPORARY_FAILURE"
                                 << "status 75" << qint64(0);
        QTest::newRow("exit 124") << "exit:124"
                                  << "TIMEOUT"
                                  << "124" << qint64(0);
        QTest::newRow("exit 1") << "exit:1"
                                << "AGENT_ERROR"
                                << "status 1\nfake agent: starting\nfake agent: things went wrong"
                                << qint64(0);
        QTest::newRow("exit 3") << "exit:3"
                                << "AGENT_ERROR"
                                << "things went wrong" << qint64(0);
        QTest::newRow("killed") << "sigkill"
                                << "TEMPORARY_FAILURE"
                                << "SIGKILL" << qint64(0);
    }

    void failures()
    {
        QFETCH(QString, mode);
        QFETCH(QString, errorClass);
        QFETCH(QString, inMessage);
        QFETCH(qint64, tokens);
        Probe probe(makeAgent({QStringLiteral("--mode"), mode}),
                    makeRequest(VerdictKind::PassFail));
        QVERIFY(probe.wait());
        QVERIFY(!probe.result.ok);
        QCOMPARE(probe.result.errorClass, errorClass);
        QVERIFY2(probe.result.message.contains(inMessage), qPrintable(probe.result.message));
        QCOMPARE(probe.result.tokens, tokens);
        QCOMPARE(probe.result.verdict, QString());
    }

    void stderrIsCapped()
    {
        Probe probe(makeAgent({QStringLiteral("--mode"), QStringLiteral("stderr-flood")}),
                    makeRequest());
        QVERIFY(probe.wait());
        QCOMPARE(probe.result.errorClass, QStringLiteral("AGENT_ERROR"));
        QVERIFY2(probe.result.message.endsWith(u"\nthe final complaint"),
                 qPrintable(probe.result.message.right(200)));
        // The last lines, not a megabyte.
        QVERIFY2(probe.result.message.size() < 2000,
                 qPrintable(QString::number(probe.result.message.size())));
    }

    void programThatCannotStart_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("why");
        QTest::newRow("missing") << false << "No such file";
        QTest::newRow("not executable") << true << "Permission denied";
    }

    void programThatCannotStart()
    {
        QFETCH(bool, exists);
        QFETCH(QString, why);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString program = dir.filePath(QStringLiteral("agent.sh"));
        if (exists) {
            QFile file(program);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/bin/sh\necho '{\"output\": \"no\"}'\n");
        }
        AgentDefinition agent = makeAgent({});
        agent.command.command = {program, QStringLiteral("--flag")};
        Probe probe(agent, makeRequest());
        QCOMPARE(probe.count, 0); // never from start()
        QVERIFY(probe.wait());
        QCOMPARE(probe.result.errorClass, QStringLiteral("AGENT_ERROR"));
        QVERIFY2(probe.result.message.startsWith(u"cannot start '" + program + u"': "),
                 qPrintable(probe.result.message));
        QVERIFY2(probe.result.message.contains(why), qPrintable(probe.result.message));
        QTest::qWait(50);
        QCOMPARE(probe.count, 1);
    }

    void receiverMayDeleteTheRun_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("answered") << kFakeAgent;
        QTest::newRow("cannot start") << QStringLiteral("/nonexistent/agent");
    }

    // The engine drops a run when it finishes; deleting it right there must be safe.
    void receiverMayDeleteTheRun()
    {
        QFETCH(QString, program);
        AgentDefinition agent = makeAgent({});
        agent.command.command = {program, QStringLiteral("--mode"), QStringLiteral("ok")};
        CommandAgent commandAgent(agent);
        QObject owner;
        QPointer<AgentRun> run = commandAgent.start(makeRequest(), &owner);
        int count = 0;
        QObject::connect(run, &AgentRun::finished, &owner, [&](const AgentResult &) {
            ++count;
            delete run;
        });
        QTRY_VERIFY_WITH_TIMEOUT(run.isNull(), 15'000);
        QTest::qWait(100);
        QCOMPARE(count, 1);
    }

    void emptyCommand()
    {
        AgentDefinition agent = makeAgent({});
        agent.command.command.clear();
        Probe probe(agent, makeRequest());
        QCOMPARE(probe.count, 0);
        QVERIFY(probe.wait());
        QCOMPARE(probe.result.errorClass, QStringLiteral("AGENT_ERROR"));
    }

    void hugeOutputIsCapped()
    {
        AgentDefinition agent = makeAgent({QStringLiteral("--mode"), QStringLiteral("huge")});
        agent.command.maxOutputBytes = 1024 * 1024;
        const qint64 rssBefore = peakRssKiB();
        QElapsedTimer timer;
        timer.start();
        Probe probe(agent, makeRequest());
        QVERIFY(probe.wait());
        QCOMPARE(probe.result.errorClass, QStringLiteral("INVALID_OUTPUT"));
        QVERIFY2(probe.result.message.contains(u"output larger than 1048576 bytes"),
                 qPrintable(probe.result.message));
        // It stopped early: killed by SIGTERM, not after 100 MB nor after the grace period.
        QVERIFY2(timer.elapsed() < CommandAgent::killGrace.count(),
                 qPrintable(QString::number(timer.elapsed())));
        // 100 MB never passed through memory here.
        const qint64 grown = peakRssKiB() - rssBefore;
        QVERIFY2(grown < 32 * 1024, qPrintable(QString::number(grown)));
    }

    void timeoutKillsTheGroup()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        AgentRequest request = makeRequest();
        request.timeout = 700ms;
        Probe probe(makeAgent({QStringLiteral("--mode"), QStringLiteral("grandchild"),
                               QStringLiteral("--pidfile"), pidFile}),
                    request);
        const QList<pid_t> pids = waitForPids(pidFile, 2);
        QCOMPARE(pids.size(), 2);
        QVERIFY(!reaped(pids[0]) && !reaped(pids[1]));
        QVERIFY(probe.wait());
        QCOMPARE(probe.result.errorClass, QStringLiteral("TIMEOUT"));
        QVERIFY(probe.result.durationMs >= 700);
        QVERIFY2(probe.result.durationMs < 2000,
                 qPrintable(QString::number(probe.result.durationMs)));
        QVERIFY(allGone(pids, 3s));
    }

    void timeoutEscalatesToSigkill()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        AgentRequest request = makeRequest();
        // Long enough for the program to start ignoring SIGTERM.
        request.timeout = 1s;
        Probe probe(
            makeAgent({QStringLiteral("--mode"), QStringLiteral("hang"),
                       QStringLiteral("--ignore-term"), QStringLiteral("--pidfile"), pidFile}),
            request);
        const QList<pid_t> pids = waitForPids(pidFile, 1);
        QCOMPARE(pids.size(), 1);
        QVERIFY(probe.wait());
        QCOMPARE(probe.result.errorClass, QStringLiteral("TIMEOUT"));
        // SIGTERM did nothing; SIGKILL came after the grace period.
        QVERIFY(probe.result.durationMs >= 1000 + CommandAgent::killGrace.count());
        QVERIFY(allGone(pids, 1s));
    }

    void cancelKillsTheGroupAndNeverFinishes()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        Probe probe(makeAgent({QStringLiteral("--mode"), QStringLiteral("grandchild"),
                               QStringLiteral("--pidfile"), pidFile}),
                    makeRequest());
        const QList<pid_t> pids = waitForPids(pidFile, 2);
        QCOMPARE(pids.size(), 2);
        probe.run->cancel();
        QVERIFY(allGone(pids, 3s));
        QTest::qWait(200);
        QCOMPARE(probe.count, 0);
    }

    void cancelBeforeTheProgramRuns()
    {
        Probe probe(makeAgent({QStringLiteral("--mode"), QStringLiteral("ok")}), makeRequest());
        probe.run->cancel();
        QTest::qWait(500);
        QCOMPARE(probe.count, 0);
    }

    void deletingTheRunKillsTheGroup()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        Probe probe(
            makeAgent({QStringLiteral("--mode"), QStringLiteral("grandchild"),
                       QStringLiteral("--ignore-term"), QStringLiteral("--pidfile"), pidFile}),
            makeRequest());
        const QList<pid_t> pids = waitForPids(pidFile, 2);
        QCOMPARE(pids.size(), 2);
        delete probe.run;
        // SIGKILL right away: no grace period for a run that is gone.
        QVERIFY(allGone(pids, 1s));
        QCOMPARE(probe.count, 0);
    }

    void agentDiesWithConductor()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        QProcess host;
        host.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        host.start(kCommandHost, {kFakeAgent, pidFile});
        QVERIFY(host.waitForStarted());
        const QList<pid_t> pids = waitForPids(pidFile, 1);
        QCOMPARE(pids.size(), 1);
        QVERIFY(!reaped(pids[0]));
        ::kill(static_cast<pid_t>(host.processId()), SIGKILL);
        QVERIFY(host.waitForFinished());
        QCOMPARE(host.exitStatus(), QProcess::CrashExit);
        // Its parent is gone, so it is an orphan, reaped here.
        QVERIFY(allGone(pids, 2s, false));
    }
};

QTEST_GUILESS_MAIN(TestCommandAgent)
#include "tst_commandagent.moc"
