// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The simulated agent: deterministic for a seed, on time on the clock, failing at the
// configured rate with the configured class, cancellable, and writing a report that reads
// what came before it. Every run goes through a ManualClock: no test waits.

#include "agents/simulatedagent.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "engine/clock.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <cmath>
#include <optional>

using namespace Conductor;
using namespace std::chrono_literals;

namespace {

AgentDefinition makeAgent(double failureRate = 0.0,
                          const QString &failureClass = QStringLiteral("TEMPORARY_FAILURE"))
{
    AgentDefinition a;
    a.id = QStringLiteral("worker");
    a.simulation.duration = 3s;
    a.simulation.tokens = 9000;
    a.simulation.cost = Money::fromMicros(270'000);
    a.simulation.failureRate = failureRate;
    a.simulation.failureClass = failureClass;
    return a;
}

SimulationSettings settings(quint64 seed, double timeScale = 1.0)
{
    SimulationSettings s;
    s.seed = seed;
    s.timeScale = timeScale;
    return s;
}

AgentRequest makeRequest(const QString &stageId = QStringLiteral("research"), int attempt = 1)
{
    AgentRequest r;
    r.executionId = QStringLiteral("exec_00000000000000a1");
    r.stageId = stageId;
    r.stageName = stageId.left(1).toUpper() + stageId.mid(1);
    r.attempt = attempt;
    r.idempotencyKey = r.executionId + u'/' + stageId + u'/' + QString::number(attempt);
    r.idea.id = QStringLiteral("idea_00000000000000b2");
    r.idea.title = QStringLiteral("LabLoop");
    r.idea.description = QStringLiteral(
        "A marketplace for used lab equipment. Universities sell what they no longer "
        "need to start-ups that cannot afford new.");
    r.inputs.append(
        {QStringLiteral("normalize"), QStringLiteral("Normalize"),
         QStringLiteral("# Normalize\n\n**LabLoop** sells spare lab capacity to start-ups.\n")});
    return r;
}

// Starts one run and collects what it emits.
class Probe
{
public:
    Probe(Agent &agent, const AgentRequest &request)
    {
        run = agent.start(request, &owner);
        QObject::connect(run, &AgentRun::finished, &owner, [this](const AgentResult &r) {
            ++count;
            result = r;
        });
    }
    QObject owner;
    AgentRun *run = nullptr;
    int count = 0;
    std::optional<AgentResult> result;
};

// Runs one attempt to its end on its own clock.
AgentResult runToEnd(const AgentDefinition &def, const SimulationSettings &s,
                     const AgentRequest &request)
{
    ManualClock clock;
    SimulatedAgent agent(def, s, clock);
    Probe probe(agent, request);
    clock.advance(48h);
    if (probe.result) {
        return *probe.result;
    }
    AgentResult none;
    none.errorClass = QStringLiteral("NO_RESULT");
    return none;
}

QString fingerprint(const AgentResult &r)
{
    return QStringList{r.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                       r.errorClass,
                       r.message,
                       QString::number(r.tokens),
                       QString::number(r.cost.micros),
                       r.verdict,
                       QString::number(r.durationMs),
                       r.output}
        .join(u'|');
}

PipelineDefinition builtInPipeline()
{
    const auto result =
        PipelineLoader::loadFile(PipelineLoader::builtInPath(), ConfigLoader::builtIn());
    if (!result.ok()) {
        qFatal("the built-in pipeline does not load");
    }
    return *result.value;
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

} // namespace

class TestSimulatedAgent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<AgentResult>(); }
    void sameSeedStageAndAttemptGiveTheSameResult();
    void seedStageAndAttemptEachChangeTheSeed();
    void differentSeedsFailDifferently();
    void failureRateIsHonoured_data();
    void failureRateIsHonoured();
    void failureUsesTheErrorClass_data();
    void failureUsesTheErrorClass();
    void durationIsHonouredOnTheClock();
    void timeScaleZeroIsStillAsynchronous();
    void systemClockFinishesThroughTheEventLoop();
    void timeoutFailsAtTheTimeout();
    void runEndingAtTheTimeoutSucceeds();
    void verdicts_data();
    void verdicts();
    void cancelStopsTheRun();
    void deletedRunNeverFinishes();
    void wholePipelineWritesPlausibleReports();
    void publishingCopiesTheBundle();
    void publishingWithoutABundleFails();
    void nonPublishingAgentLeavesTheBundleAlone();
    void builtInDeployerPublishes();
    void publishKeyMustBeABoolean();
};

void TestSimulatedAgent::sameSeedStageAndAttemptGiveTheSameResult()
{
    for (int attempt = 1; attempt <= 20; ++attempt) {
        AgentRequest a = makeRequest(QStringLiteral("research"), attempt);
        AgentRequest b = a;
        b.executionId = QStringLiteral("exec_ffffffffffffffff"); // the execution id must not matter
        b.idempotencyKey = QStringLiteral("another-key");
        const AgentResult first = runToEnd(makeAgent(0.5), settings(42), a);
        const AgentResult second = runToEnd(makeAgent(0.5), settings(42), b);
        QVERIFY(first.errorClass != u"NO_RESULT");
        QCOMPARE(fingerprint(second), fingerprint(first));
    }
}

void TestSimulatedAgent::seedStageAndAttemptEachChangeTheSeed()
{
    const quint64 base = SimulatedAgent::attemptSeed(1, u"research", 1);
    QCOMPARE(SimulatedAgent::attemptSeed(1, u"research", 1), base);
    QVERIFY(SimulatedAgent::attemptSeed(2, u"research", 1) != base);
    QVERIFY(SimulatedAgent::attemptSeed(1, u"risk", 1) != base);
    QVERIFY(SimulatedAgent::attemptSeed(1, u"research", 2) != base);
    // Wording changes with the seed too (the research pools have several choices).
    QStringList outputs;
    for (quint64 seed = 1; seed <= 8; ++seed) {
        outputs.append(runToEnd(makeAgent(), settings(seed), makeRequest()).output);
    }
    outputs.removeDuplicates();
    QVERIFY2(outputs.size() > 1, "eight seeds wrote the same words");
}

void TestSimulatedAgent::differentSeedsFailDifferently()
{
    const auto pattern = [](quint64 seed) {
        QString bits;
        for (int attempt = 1; attempt <= 200; ++attempt) {
            bits += runToEnd(makeAgent(0.5), settings(seed, 0.0),
                             makeRequest(QStringLiteral("risk"), attempt))
                            .ok
                        ? u'.'
                        : u'x';
        }
        return bits;
    };
    const QString one = pattern(1);
    QCOMPARE(pattern(1), one);
    QVERIFY(pattern(2) != one);
    QVERIFY(one.contains(u'x') && one.contains(u'.'));
}

void TestSimulatedAgent::failureRateIsHonoured_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("never") << 0.0;
    QTest::newRow("10%") << 0.1;
    QTest::newRow("half") << 0.5;
    QTest::newRow("90%") << 0.9;
    QTest::newRow("always") << 1.0;
}

void TestSimulatedAgent::failureRateIsHonoured()
{
    QFETCH(double, rate);
    constexpr int kAttempts = 2000;
    ManualClock clock;
    SimulatedAgent agent(makeAgent(rate), settings(1234, 0.0), clock);
    QObject owner;
    int finished = 0;
    int failed = 0;
    for (int i = 1; i <= kAttempts; ++i) {
        // Attempts of several stages, as a real run has them.
        const QString stage =
            QStringList{QStringLiteral("research"), QStringLiteral("ux"), QStringLiteral("apis")}
                .at(i % 3);
        AgentRun *run = agent.start(makeRequest(stage, i), &owner);
        QObject::connect(run, &AgentRun::finished, &owner, [&](const AgentResult &r) {
            ++finished;
            failed += r.ok ? 0 : 1;
        });
    }
    clock.advance(0ms);
    QCOMPARE(finished, kAttempts);
    const double expected = rate * kAttempts;
    // Five standard deviations of the binomial: a correct generator never misses it.
    const double tolerance = 5.0 * std::sqrt(kAttempts * rate * (1.0 - rate));
    QVERIFY2(std::abs(failed - expected) <= tolerance,
             qPrintable(QStringLiteral("%1 failures, expected %2 ± %3")
                            .arg(failed)
                            .arg(expected)
                            .arg(tolerance)));
}

void TestSimulatedAgent::failureUsesTheErrorClass_data()
{
    QTest::addColumn<QString>("errorClass");
    for (const QString &c : PipelineLoader::errorClasses()) {
        QTest::newRow(qPrintable(c)) << c;
    }
}

void TestSimulatedAgent::failureUsesTheErrorClass()
{
    QFETCH(QString, errorClass);
    const AgentResult r = runToEnd(makeAgent(1.0, errorClass), settings(3), makeRequest());
    QVERIFY(!r.ok);
    QCOMPARE(r.errorClass, errorClass);
    QVERIFY2(r.message.startsWith(u"simulated " + errorClass + u": "), qPrintable(r.message));
    QVERIFY(r.message.size() > errorClass.size() + 14);
    QCOMPARE(r.tokens, qint64(3000));            // a third of 9000
    QCOMPARE(r.cost, Money::fromMicros(90'000)); // a third of 0.27
    QCOMPARE(r.durationMs, qint64(3000));
    QVERIFY(r.output.isEmpty());
    QVERIFY(r.verdict.isEmpty());
}

void TestSimulatedAgent::durationIsHonouredOnTheClock()
{
    ManualClock clock;
    SimulatedAgent agent(makeAgent(), settings(1, 0.5), clock);
    QCOMPARE(agent.scaledDuration(), 1500ms);
    Probe probe(agent, makeRequest());
    QVERIFY(clock.pendingDelays() == QList<std::chrono::milliseconds>{1500ms});
    clock.advance(1499ms);
    QCOMPARE(probe.count, 0);
    clock.advance(1ms);
    QCOMPARE(probe.count, 1);
    QVERIFY(probe.result->ok);
    QCOMPARE(probe.result->durationMs, qint64(1500));
    QCOMPARE(probe.result->tokens, qint64(9000));
    QCOMPARE(probe.result->cost, Money::fromMicros(270'000));
    clock.advance(1h);
    QCOMPARE(probe.count, 1); // once only
}

void TestSimulatedAgent::timeScaleZeroIsStillAsynchronous()
{
    ManualClock clock;
    SimulatedAgent agent(makeAgent(), settings(1, 0.0), clock);
    Probe probe(agent, makeRequest());
    QCOMPARE(probe.count, 0); // not from start()
    QVERIFY(clock.pendingDelays() == QList<std::chrono::milliseconds>{0ms});
    clock.advance(0ms);
    QCOMPARE(probe.count, 1);
    QCOMPARE(probe.result->durationMs, qint64(0));
    QVERIFY(probe.result->ok);
}

void TestSimulatedAgent::systemClockFinishesThroughTheEventLoop()
{
    SystemClock clock;
    SimulatedAgent agent(makeAgent(), settings(1, 0.0), clock);
    QObject owner;
    AgentRun *run = agent.start(makeRequest(), &owner);
    QSignalSpy spy(run, &AgentRun::finished);
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).value<AgentResult>().ok);
}

void TestSimulatedAgent::timeoutFailsAtTheTimeout()
{
    ManualClock clock;
    AgentDefinition def = makeAgent(1.0); // would fail at the end: the deadline comes first
    def.simulation.duration = 10s;
    SimulatedAgent agent(def, settings(1, 1.0), clock);
    AgentRequest request = makeRequest();
    request.timeout = 4s;
    Probe probe(agent, request);
    clock.advance(3999ms);
    QCOMPARE(probe.count, 0);
    clock.advance(1ms);
    QCOMPARE(probe.count, 1);
    const AgentResult &r = *probe.result;
    QVERIFY(!r.ok);
    QCOMPARE(r.errorClass, QStringLiteral("TIMEOUT"));
    QVERIFY2(r.message.startsWith(u"simulated TIMEOUT: "), qPrintable(r.message));
    QCOMPARE(r.durationMs, qint64(4000));
    QCOMPARE(r.tokens, qint64(3600)); // four tenths of the work
    QCOMPARE(r.cost, Money::fromMicros(108'000));
    clock.advance(1h);
    QCOMPARE(probe.count, 1);
}

void TestSimulatedAgent::runEndingAtTheTimeoutSucceeds()
{
    AgentRequest request = makeRequest();
    request.timeout = 3s; // exactly the run's duration: not exceeded
    const AgentResult r = runToEnd(makeAgent(), settings(1), request);
    QVERIFY(r.ok);
    QCOMPARE(r.durationMs, qint64(3000));
}

void TestSimulatedAgent::verdicts_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<VerdictKind>("kind");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no verdict stage") << "ux" << VerdictKind::None << "pass"
                                      << "";
    QTest::newRow("risk pass") << "risk" << VerdictKind::PassFlag << "pass"
                               << "pass";
    QTest::newRow("risk flag") << "risk" << VerdictKind::PassFlag << "flag"
                               << "flag";
    QTest::newRow("risk given fail flags") << "risk" << VerdictKind::PassFlag << "fail"
                                           << "flag";
    QTest::newRow("security pass") << "security" << VerdictKind::PassFail << "pass"
                                   << "pass";
    QTest::newRow("security fail") << "security" << VerdictKind::PassFail << "fail"
                                   << "fail";
    QTest::newRow("testing fail") << "testing" << VerdictKind::PassFail << "fail"
                                  << "fail";
    QTest::newRow("check given flag fails") << "quality" << VerdictKind::PassFail << "flag"
                                            << "fail";
    QTest::newRow("own check stage fail") << "legal_check" << VerdictKind::PassFail << "fail"
                                          << "fail";
    QTest::newRow("own flag stage") << "ethics" << VerdictKind::PassFlag << "flag"
                                    << "flag";
}

void TestSimulatedAgent::verdicts()
{
    QFETCH(QString, stage);
    QFETCH(VerdictKind, kind);
    QFETCH(QString, profile);
    QFETCH(QString, expected);
    AgentDefinition def = makeAgent();
    def.simulation.verdict = profile;
    AgentRequest request = makeRequest(stage);
    request.verdict = kind;
    const AgentResult r = runToEnd(def, settings(5), request);
    QVERIFY(r.ok);
    QCOMPARE(r.verdict, expected);
    const QString lastLine = r.output.trimmed().split(u'\n').last();
    if (expected.isEmpty()) {
        QVERIFY2(!r.output.contains(QLatin1String("VERDICT:")), qPrintable(r.output));
    } else {
        QCOMPARE(lastLine, u"VERDICT: " + expected.toUpper());
    }
    if (expected == u"fail") {
        // A failing check says why.
        QVERIFY2(r.output.contains(QLatin1String("## Why it fails")), qPrintable(r.output));
        QVERIFY(r.output.contains(QLatin1String("- [ ] ")));
    }
    if (expected == u"flag") {
        // A flag names the high risk behind it.
        static const QRegularExpression why(
            QStringLiteral(
                "^- \\*\\*(\\w+)\\*\\* \\(high\\):.*One risk is rated high \\((\\w+)\\)"),
            QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = why.match(r.output);
        QVERIFY2(m.hasMatch(), qPrintable(r.output));
        QCOMPARE(m.captured(2), m.captured(1).toLower());
    }
}

void TestSimulatedAgent::cancelStopsTheRun()
{
    ManualClock clock;
    SimulatedAgent agent(makeAgent(), settings(1), clock);
    Probe probe(agent, makeRequest());
    clock.advance(1s);
    probe.run->cancel();
    QCOMPARE(clock.pendingCount(), 0); // the timer is gone, not just ignored
    clock.advance(1h);
    QCOMPARE(probe.count, 0);
    probe.run->cancel(); // twice is harmless

    Probe done(agent, makeRequest());
    clock.advance(3s);
    QCOMPARE(done.count, 1);
    done.run->cancel(); // after the end: nothing happens
    QCOMPARE(done.count, 1);
}

void TestSimulatedAgent::deletedRunNeverFinishes()
{
    ManualClock clock;
    SimulatedAgent agent(makeAgent(), settings(1), clock);
    int count = 0;
    {
        QObject owner;
        AgentRun *run = agent.start(makeRequest(), &owner);
        QObject::connect(run, &AgentRun::finished, run, [&count] { ++count; });
    }
    clock.advance(1h);
    QCOMPARE(count, 0);
}

void TestSimulatedAgent::wholePipelineWritesPlausibleReports()
{
    const PipelineDefinition pipeline = builtInPipeline();
    ManualClock clock;
    QList<AgentInput> done;
    Idea idea;
    idea.title = QStringLiteral("LabLoop");
    idea.description =
        QStringLiteral("A marketplace for used lab equipment. Sellers are universities.");
    idea.metadata.insert(QStringLiteral("domain"), QStringLiteral("science"));
    for (const QString &id : pipeline.topologicalOrder()) {
        const StageDefinition *stage = pipeline.stage(id);
        if (!stage) {
            continue;
        }
        AgentDefinition def = *pipeline.agent(stage->agent);
        def.publishes = false; // no bundle here; publishing has its own test
        SimulatedAgent agent(def, settings(7, 0.0), clock);
        AgentRequest request;
        request.stageId = stage->id;
        request.stageName = stage->name;
        request.idea = idea;
        request.inputs = done;
        request.verdict = stage->verdict;
        Probe probe(agent, request);
        clock.advance(0ms);
        QVERIFY2(probe.result && probe.result->ok, qPrintable(id));
        const QString &out = probe.result->output;
        const QStringList lines = out.trimmed().split(u'\n');
        QVERIFY2(lines.size() >= 10 && lines.size() <= 40,
                 qPrintable(id + u": " + QString::number(lines.size())));
        QCOMPARE(lines.first(), u"# " + stage->name);
        QVERIFY2(out.contains(idea.title), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("A marketplace for used lab equipment.")),
                 qPrintable(out));
        for (const AgentInput &input : std::as_const(done)) {
            QVERIFY2(out.contains(input.stageName),
                     qPrintable(id + u" does not name " + input.stageName));
        }
        if (!done.isEmpty()) {
            // A line of the latest input, quoted.
            const QRegularExpression quoted(u"- \\*\\*" +
                                                QRegularExpression::escape(done.last().stageName) +
                                                u"\\*\\*: \"(.+)\"$",
                                            QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = quoted.match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out));
            QString quote = m.captured(1);
            if (quote.endsWith(u'…')) {
                quote.chop(1);
            }
            QString source = done.last().output;
            source.remove(QLatin1String("**"));
            QVERIFY2(source.contains(quote), qPrintable(quote));
        }
        if (stage->verdict != VerdictKind::None) {
            QCOMPARE(lines.last(), QStringLiteral("VERDICT: PASS"));
        }
        done.append({stage->id, stage->name, out});
    }
    QCOMPARE(done.size(), pipeline.stages.size());
}

void TestSimulatedAgent::publishingCopiesTheBundle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bundle = dir.filePath(QStringLiteral("exec_00000000000000a1"));
    writeText(bundle + u"/report.md", "# Report\n");
    writeText(bundle + u"/execution.json", "{\"status\": \"running\"}\n");
    writeText(bundle + u"/stages/01-normalize.md", "# Normalize\n");
    writeText(bundle + u"/stages/02-research.md", "# Research\n");
    writeText(bundle + u"/deployed/stages/09-stale.md", "left from an earlier publish\n");

    ManualClock clock;
    AgentDefinition def = makeAgent();
    def.publishes = true;
    SimulatedAgent agent(def, settings(1, 0.0), clock);
    AgentRequest request = makeRequest(QStringLiteral("deploy"));
    request.bundleDir = bundle;
    Probe probe(agent, request);
    QVERIFY(!QFileInfo::exists(bundle + u"/deployed/report.md")); // not before the run ends
    clock.advance(0ms);
    QVERIFY(probe.result);
    QVERIFY2(probe.result->ok, qPrintable(probe.result->message));
    const QString deployed = QDir(bundle).filePath(QStringLiteral("deployed"));
    QVERIFY2(probe.result->output.contains(u"Published 4 files to `" + deployed + u'`'),
             qPrintable(probe.result->output));
    QCOMPARE(Test::readAll(deployed + u"/report.md"), QByteArray("# Report\n"));
    QCOMPARE(Test::readAll(deployed + u"/execution.json"),
             QByteArray("{\"status\": \"running\"}\n"));
    QCOMPARE(Test::readAll(deployed + u"/stages/01-normalize.md"), QByteArray("# Normalize\n"));
    QCOMPARE(Test::readAll(deployed + u"/stages/02-research.md"), QByteArray("# Research\n"));
    QVERIFY(!QFileInfo::exists(deployed + u"/stages/09-stale.md"));

    // Published again (a retry): the copies follow the bundle.
    writeText(bundle + u"/report.md", "# Report, final\n");
    Probe again(agent, request);
    clock.advance(0ms);
    QVERIFY(again.result && again.result->ok);
    QCOMPARE(Test::readAll(deployed + u"/report.md"), QByteArray("# Report, final\n"));
}

void TestSimulatedAgent::publishingWithoutABundleFails()
{
    QTemporaryDir dir;
    AgentDefinition def = makeAgent();
    def.publishes = true;
    AgentRequest request = makeRequest(QStringLiteral("deploy"));
    request.bundleDir = dir.filePath(QStringLiteral("missing"));
    AgentResult r = runToEnd(def, settings(1), request);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorClass, QStringLiteral("AGENT_ERROR"));
    QVERIFY2(r.message.contains(QLatin1String("missing")), qPrintable(r.message));
    QVERIFY(!QFileInfo::exists(request.bundleDir));

    request.bundleDir.clear();
    r = runToEnd(def, settings(1), request);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorClass, QStringLiteral("AGENT_ERROR"));
    QVERIFY2(r.message.contains(QLatin1String("bundle")), qPrintable(r.message));
}

void TestSimulatedAgent::nonPublishingAgentLeavesTheBundleAlone()
{
    QTemporaryDir dir;
    writeText(dir.filePath(QStringLiteral("report.md")), "# Report\n");
    AgentRequest request = makeRequest(QStringLiteral("deploy"));
    request.bundleDir = dir.path();
    const AgentResult r = runToEnd(makeAgent(), settings(1), request);
    QVERIFY(r.ok);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("deployed"))));
    QVERIFY2(r.output.contains(QLatin1String("Not published")), qPrintable(r.output));
}

void TestSimulatedAgent::builtInDeployerPublishes()
{
    const PipelineDefinition pipeline = builtInPipeline();
    for (const AgentDefinition &a : pipeline.agents) {
        QCOMPARE(a.publishes, a.id == u"deployer");
    }
    QCOMPARE(pipeline.agent(pipeline.stage(u"deploy")->agent)->id, QStringLiteral("deployer"));
}

void TestSimulatedAgent::publishKeyMustBeABoolean()
{
    const auto ok = PipelineLoader::loadBytes(
        "pipeline: {id: p}\nagents: {w: {kind: simulated, publish: true}}\n"
        "stages: [{id: a, agent: w}]\n",
        QStringLiteral("p.yml"), ConfigLoader::builtIn());
    QVERIFY(ok.ok());
    QVERIFY(ok.value->agent(u"w")->publishes);
    const auto bad = PipelineLoader::loadBytes(
        "pipeline: {id: p}\nagents: {w: {kind: simulated, publish: maybe}}\n"
        "stages: [{id: a, agent: w}]\n",
        QStringLiteral("p.yml"), ConfigLoader::builtIn());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.diagnostics.size(), 1);
    QVERIFY2(bad.diagnostics.first().toString().startsWith(QLatin1String("p.yml:2:")),
             qPrintable(bad.diagnostics.first().toString()));
}

QTEST_GUILESS_MAIN(TestSimulatedAgent)
#include "tst_simulatedagent.moc"
