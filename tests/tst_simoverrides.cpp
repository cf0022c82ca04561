// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// --sim KEY=VALUE: every field and setting, stage overrides that touch one stage only,
// the order in which overrides apply, and a clear message for every mistake.

#include "agents/simoverrides.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"

#include <QtTest/QTest>

using namespace Conductor;
using namespace std::chrono_literals;

namespace {

PipelineDefinition load(const QByteArray &yaml)
{
    const auto result =
        PipelineLoader::loadBytes(yaml, QStringLiteral("p.yml"), ConfigLoader::builtIn());
    if (!result.ok()) {
        for (const Diagnostic &d : result.diagnostics) {
            qWarning("%s", qPrintable(d.toString()));
        }
        qFatal("test pipeline does not load");
    }
    return *result.value;
}

PipelineDefinition i2s()
{
    const auto result =
        PipelineLoader::loadFile(PipelineLoader::builtInPath(), ConfigLoader::builtIn());
    if (!result.ok()) {
        qFatal("the built-in pipeline does not load");
    }
    return *result.value;
}

// Two stages share the agent w; c has its own; r gives a pass/flag verdict.
PipelineDefinition shared()
{
    return load("pipeline: {id: p}\n"
                "agents:\n"
                "  w: {kind: simulated, duration: 2s, tokens: 100, costUSD: 0.01}\n"
                "  v: {kind: simulated, tokens: 300}\n"
                "stages:\n"
                "  - {id: a, agent: w}\n"
                "  - {id: b, agent: w, needs: [a]}\n"
                "  - {id: c, agent: v, needs: [b]}\n");
}

const SimulationProfile &profileOf(const PipelineDefinition &p, const QString &stageId)
{
    return p.agent(p.stage(stageId)->agent)->simulation;
}

QString field(const SimulationProfile &s, const QString &name)
{
    if (name == u"duration") {
        return formatDuration(s.duration);
    }
    if (name == u"tokens") {
        return QString::number(s.tokens);
    }
    if (name == u"costUSD") {
        return s.cost.toString();
    }
    if (name == u"failureRate") {
        return QString::number(s.failureRate);
    }
    if (name == u"failureClass") {
        return s.failureClass;
    }
    return s.verdict;
}

// Everything an override can change, as text, to see that nothing else moved.
QString dump(const PipelineDefinition &p)
{
    QStringList out{QString::number(p.simulation.timeScale), QString::number(p.simulation.seed)};
    for (const AgentDefinition &a : p.agents) {
        QStringList fields{a.id};
        for (const QString &f : simOverrideFields()) {
            fields.append(field(a.simulation, f));
        }
        out.append(fields.join(u','));
    }
    for (const StageDefinition &s : p.stages) {
        out.append(s.id + u"->" + s.agent);
    }
    return out.join(u'\n');
}

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        out.append(d.message);
    }
    return out;
}

} // namespace

class TestSimOverrides final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingToApply();
    void globalSettings();
    void eachField_data();
    void eachField();
    void stageOverrideClonesTheSharedAgent();
    void agentOverrideChangesEveryStageThatUsesIt();
    void mostSpecificWinsWhateverTheOrder();
    void laterEqualOverrideWins();
    void starChangesEveryAgent();
    void starVerdictGoesWhereItFits();
    void starVerdictThatFitsNoStage();
    void errors_data();
    void errors();
    void errorsComeInCommandLineOrder();
    void anErrorLeavesThePipelineUntouched();
};

void TestSimOverrides::nothingToApply()
{
    PipelineDefinition p = i2s();
    const QString before = dump(p);
    QVERIFY(applySimOverrides(p, {}).isEmpty());
    QCOMPARE(dump(p), before);
}

void TestSimOverrides::globalSettings()
{
    PipelineDefinition p = i2s();
    const Diagnostics d =
        applySimOverrides(p, {QStringLiteral("timeScale=0.01"), QStringLiteral("seed=42")});
    QVERIFY2(d.isEmpty(), qPrintable(messages(d).join(u'\n')));
    QCOMPARE(p.simulation.timeScale, 0.01);
    QCOMPARE(p.simulation.seed, quint64(42));

    QVERIFY(applySimOverrides(
                p, {QStringLiteral("seed=18446744073709551615"), QStringLiteral("timeScale=0")})
                .isEmpty());
    QCOMPARE(p.simulation.seed, std::numeric_limits<quint64>::max());
    QCOMPARE(p.simulation.timeScale, 0.0);
}

void TestSimOverrides::eachField_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("duration by stage") << "research.duration=2s"
                                       << "research"
                                       << "duration"
                                       << "2s";
    QTest::newRow("duration in ms") << "research.duration=1500ms"
                                    << "research"
                                    << "duration"
                                    << "1500ms";
    QTest::newRow("duration by agent") << "researcher.duration=1m"
                                       << "research"
                                       << "duration"
                                       << "1m";
    QTest::newRow("tokens") << "research.tokens=5"
                            << "research"
                            << "tokens"
                            << "5";
    QTest::newRow("tokens zero") << "ux.tokens=0"
                                 << "ux"
                                 << "tokens"
                                 << "0";
    QTest::newRow("costUSD") << "research.costUSD=1.25"
                             << "research"
                             << "costUSD"
                             << "1.25";
    QTest::newRow("costUSD micro") << "strategist.costUSD=0.000125"
                                   << "market_moat"
                                   << "costUSD"
                                   << "0.000125";
    QTest::newRow("failureRate") << "research.failureRate=0.5"
                                 << "research"
                                 << "failureRate"
                                 << "0.5";
    QTest::newRow("failureRate one") << "research.failureRate=1"
                                     << "research"
                                     << "failureRate"
                                     << "1";
    QTest::newRow("failureClass") << "research.failureClass=API_LIMIT"
                                  << "research"
                                  << "failureClass"
                                  << "API_LIMIT";
    QTest::newRow("failureClass timeout") << "researcher.failureClass=TIMEOUT"
                                          << "research"
                                          << "failureClass"
                                          << "TIMEOUT";
    QTest::newRow("risk flags") << "risk.verdict=flag"
                                << "risk"
                                << "verdict"
                                << "flag";
    QTest::newRow("risk agent flags") << "risk_assessor.verdict=flag"
                                      << "risk"
                                      << "verdict"
                                      << "flag";
    QTest::newRow("check fails") << "security.verdict=fail"
                                 << "security"
                                 << "verdict"
                                 << "fail";
    QTest::newRow("check agent fails") << "testing_agent.verdict=fail"
                                       << "testing"
                                       << "verdict"
                                       << "fail";
    QTest::newRow("spaces around") << " research.tokens = 7 "
                                   << "research"
                                   << "tokens"
                                   << "7";
}

void TestSimOverrides::eachField()
{
    QFETCH(QString, item);
    QFETCH(QString, stage);
    QFETCH(QString, fieldName);
    QFETCH(QString, expected);
    PipelineDefinition p = i2s();
    QVERIFY(field(profileOf(p, stage), fieldName) !=
            expected); // the override must change something
    const Diagnostics d = applySimOverrides(p, {item});
    QVERIFY2(d.isEmpty(), qPrintable(messages(d).join(u'\n')));
    QCOMPARE(field(profileOf(p, stage), fieldName), expected);
}

void TestSimOverrides::stageOverrideClonesTheSharedAgent()
{
    PipelineDefinition p = shared();
    const Diagnostics d =
        applySimOverrides(p, {QStringLiteral("a.tokens=7"), QStringLiteral("a.duration=5s")});
    QVERIFY2(d.isEmpty(), qPrintable(messages(d).join(u'\n')));
    QCOMPARE(p.stage(u"a")->agent, QStringLiteral("w@a"));
    QCOMPARE(p.stage(u"b")->agent, QStringLiteral("w"));
    QCOMPARE(p.agents.size(), 3); // w, v and one clone for both overrides of a
    const AgentDefinition *clone = p.agent(u"w@a");
    QVERIFY(clone);
    QCOMPARE(clone->simulation.tokens, qint64(7));
    QCOMPARE(clone->simulation.duration, std::chrono::milliseconds(5s));
    QCOMPARE(clone->simulation.cost, Money::fromMicros(10'000)); // the rest copied from w
    QCOMPARE(p.agent(u"w")->simulation.tokens, qint64(100));
    QCOMPARE(p.agent(u"w")->simulation.duration, std::chrono::milliseconds(2s));
    QCOMPARE(profileOf(p, QStringLiteral("b")).tokens, qint64(100));
    QCOMPARE(profileOf(p, QStringLiteral("c")).tokens, qint64(300));

    // Applied again (a resumed execution re-applies its overrides): the clone is reused.
    QVERIFY(applySimOverrides(p, {QStringLiteral("a.tokens=8")}).isEmpty());
    QCOMPARE(p.agents.size(), 3);
    QCOMPARE(profileOf(p, QStringLiteral("a")).tokens, qint64(8));
}

void TestSimOverrides::agentOverrideChangesEveryStageThatUsesIt()
{
    PipelineDefinition p = shared();
    QVERIFY(applySimOverrides(p, {QStringLiteral("w.tokens=9")}).isEmpty());
    QCOMPARE(profileOf(p, QStringLiteral("a")).tokens, qint64(9));
    QCOMPARE(profileOf(p, QStringLiteral("b")).tokens, qint64(9));
    QCOMPARE(profileOf(p, QStringLiteral("c")).tokens, qint64(300));
    QCOMPARE(p.agents.size(), 2); // no clone
}

void TestSimOverrides::mostSpecificWinsWhateverTheOrder()
{
    const QStringList orders[] = {
        {QStringLiteral("*.tokens=1"), QStringLiteral("w.tokens=2"), QStringLiteral("a.tokens=3")},
        {QStringLiteral("a.tokens=3"), QStringLiteral("w.tokens=2"), QStringLiteral("*.tokens=1")},
        {QStringLiteral("w.tokens=2"), QStringLiteral("a.tokens=3"), QStringLiteral("*.tokens=1")},
    };
    for (const QStringList &order : orders) {
        PipelineDefinition p = shared();
        QVERIFY(applySimOverrides(p, order).isEmpty());
        QCOMPARE(profileOf(p, QStringLiteral("a")).tokens, qint64(3));
        QCOMPARE(profileOf(p, QStringLiteral("b")).tokens, qint64(2));
        QCOMPARE(profileOf(p, QStringLiteral("c")).tokens, qint64(1));
    }
    // The clone starts from the agent as the broader overrides left it.
    PipelineDefinition p = shared();
    QVERIFY(
        applySimOverrides(p, {QStringLiteral("a.tokens=3"), QStringLiteral("w.failureRate=0.5")})
            .isEmpty());
    QCOMPARE(profileOf(p, QStringLiteral("a")).failureRate, 0.5);
    QCOMPARE(profileOf(p, QStringLiteral("b")).failureRate, 0.5);
}

void TestSimOverrides::laterEqualOverrideWins()
{
    PipelineDefinition p = shared();
    QVERIFY(applySimOverrides(p, {QStringLiteral("a.tokens=3"), QStringLiteral("a.tokens=4")})
                .isEmpty());
    QCOMPARE(profileOf(p, QStringLiteral("a")).tokens, qint64(4));
}

void TestSimOverrides::starChangesEveryAgent()
{
    PipelineDefinition p = i2s();
    QVERIFY(applySimOverrides(
                p, {QStringLiteral("*.failureRate=0.25"), QStringLiteral("*.duration=100ms")})
                .isEmpty());
    for (const StageDefinition &s : p.stages) {
        QCOMPARE(profileOf(p, s.id).failureRate, 0.25);
        QCOMPARE(profileOf(p, s.id).duration, std::chrono::milliseconds(100));
    }
}

void TestSimOverrides::starVerdictGoesWhereItFits()
{
    PipelineDefinition p = i2s();
    QVERIFY(applySimOverrides(p, {QStringLiteral("*.verdict=fail")}).isEmpty());
    for (const StageDefinition &s : p.stages) {
        QCOMPARE(profileOf(p, s.id).verdict, s.verdict == VerdictKind::PassFail
                                                 ? QStringLiteral("fail")
                                                 : QStringLiteral("pass"));
    }
    p = i2s();
    QVERIFY(applySimOverrides(p, {QStringLiteral("*.verdict=flag")}).isEmpty());
    for (const StageDefinition &s : p.stages) {
        QCOMPARE(profileOf(p, s.id).verdict,
                 s.id == u"risk" ? QStringLiteral("flag") : QStringLiteral("pass"));
    }
}

void TestSimOverrides::starVerdictThatFitsNoStage()
{
    PipelineDefinition p = shared();
    const QString before = dump(p);
    const Diagnostics d = applySimOverrides(p, {QStringLiteral("*.verdict=fail")});
    QCOMPARE(messages(d),
             QStringList{QStringLiteral(
                 "*.verdict=fail: no stage of pipeline 'p' can give the verdict 'fail'")});
    QCOMPARE(dump(p), before);
}

void TestSimOverrides::errors_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *item,
                        std::initializer_list<const char *> expected) {
        QStringList messages;
        for (const char *m : expected) {
            messages.append(QString::fromUtf8(m));
        }
        QTest::newRow(name) << QString::fromUtf8(item) << messages;
    };
    row("field typo", "research.tokns=5",
        {"research.tokns=5: unknown field 'tokns'; did you mean 'tokens'?"});
    row("unknown field", "research.colour=red",
        {"research.colour=red: unknown field 'colour'; the fields are duration, tokens, costUSD, "
         "failureRate, "
         "failureClass, verdict"});
    row("nested field", "research.tokens.max=5",
        {"research.tokens.max=5: unknown field 'tokens.max'; did you mean 'tokens'?"});
    row("stage typo", "reserch.tokens=5",
        {"reserch.tokens=5: unknown stage or agent 'reserch'; did you mean 'research'?"});
    row("unknown target", "zzz.tokens=5", {"zzz.tokens=5: unknown stage or agent 'zzz'"});
    row("both wrong", "reserch.tokns=5",
        {"reserch.tokns=5: unknown stage or agent 'reserch'; did you mean 'research'?",
         "reserch.tokns=5: unknown field 'tokns'; did you mean 'tokens'?"});
    row("checkpoint", "risk_gate.tokens=5",
        {"risk_gate.tokens=5: 'risk_gate' is a checkpoint; --sim changes stages and agents"});
    row("group", "deployment_checks.verdict=pass",
        {"deployment_checks.verdict=pass: 'deployment_checks' is a group; --sim changes stages and "
         "agents"});
    row("setting typo", "timescale=0",
        {"timescale=0: unknown setting 'timescale'; did you mean 'timeScale'?"});
    row("unknown setting", "colour=2",
        {"colour=2: unknown setting 'colour'; expected timeScale, seed or STAGE.FIELD"});
    row("no equals", "research",
        {"research: expected KEY=VALUE, such as research.failureRate=0.5"});
    row("no value",
        "research.tokens=", {"research.tokens=: the value is missing; expected KEY=VALUE"});
    row("no key", "=5", {"=5: the key is missing; expected KEY=VALUE"});
    row("duration without unit", "research.duration=5",
        {"research.duration=5: '5' has no unit: write 5s, 5m or another unit (ms, s, m, h or d)"});
    row("duration too long", "research.duration=2d",
        {"research.duration=2d: duration must be at most 1d"});
    row("duration garbage", "research.duration=soon",
        {"research.duration=soon: 'soon' is not a duration: write a whole number with a unit (ms, "
         "s, m, h or d), "
         "such as 30s or 5m"});
    row("tokens negative", "research.tokens=-1",
        {"research.tokens=-1: tokens must be a whole number from 0 to 100000000, not '-1'"});
    row("tokens word", "research.tokens=many",
        {"research.tokens=many: tokens must be a whole number from 0 to 100000000, not 'many'"});
    row("tokens too many", "research.tokens=100000001",
        {"research.tokens=100000001: tokens must be a whole number from 0 to 100000000, not "
         "'100000001'"});
    row("cost precision", "research.costUSD=1.2345678",
        {"research.costUSD=1.2345678: '1.2345678' is not an amount in USD such as 0.25 (at most "
         "six decimals)"});
    row("cost sign", "research.costUSD=-1",
        {"research.costUSD=-1: '-1' is not an amount in USD such as 0.25 (at most six decimals)"});
    row("rate above one", "research.failureRate=1.5",
        {"research.failureRate=1.5: failureRate must be a number from 0 to 1, not '1.5'"});
    row("rate nan", "research.failureRate=nan",
        {"research.failureRate=nan: failureRate must be a number from 0 to 1, not 'nan'"});
    row("class near", "research.failureClass=TEMPORARY",
        {"research.failureClass=TEMPORARY: unknown error class 'TEMPORARY'; did you mean "
         "'TEMPORARY_FAILURE'?"});
    row("class unknown", "research.failureClass=OOPS",
        {"research.failureClass=OOPS: unknown error class 'OOPS'; known classes: TIMEOUT, "
         "API_LIMIT, "
         "TEMPORARY_FAILURE, INTERRUPTED, INVALID_REQUEST, INVALID_OUTPUT, AUTHENTICATION, "
         "AGENT_ERROR, "
         "BUDGET_EXCEEDED"});
    row("verdict word", "risk.verdict=maybe",
        {"risk.verdict=maybe: verdict must be pass, flag or fail, not 'maybe'"});
    row("risk cannot fail", "risk.verdict=fail",
        {"risk.verdict=fail: stage 'risk' gives pass or flag, not 'fail'"});
    row("check cannot flag", "security.verdict=flag",
        {"security.verdict=flag: stage 'security' gives pass or fail, not 'flag'"});
    row("plain stage no verdict", "research.verdict=flag",
        {"research.verdict=flag: stage 'research' gives no verdict, so only 'pass' fits, not "
         "'flag'"});
    row("agent of the wrong stage", "risk_assessor.verdict=fail",
        {"risk_assessor.verdict=fail: agent 'risk_assessor' runs stage 'risk': stage 'risk' gives "
         "pass or flag, "
         "not 'fail'"});
    row("timeScale negative", "timeScale=-1",
        {"timeScale=-1: timeScale must be a number from 0 to 1000, not '-1'"});
    row("timeScale word", "timeScale=fast",
        {"timeScale=fast: timeScale must be a number from 0 to 1000, not 'fast'"});
    row("seed negative", "seed=-3",
        {"seed=-3: seed must be a whole number from 0 to 18446744073709551615, not '-3'"});
    row("seed word", "seed=lucky",
        {"seed=lucky: seed must be a whole number from 0 to 18446744073709551615, not 'lucky'"});
}

void TestSimOverrides::errors()
{
    QFETCH(QString, item);
    QFETCH(QStringList, expected);
    PipelineDefinition p = i2s();
    const QString before = dump(p);
    const Diagnostics d = applySimOverrides(p, {item});
    QCOMPARE(messages(d), expected);
    for (const Diagnostic &diagnostic : d) {
        QVERIFY(diagnostic.isError());
        QCOMPARE(diagnostic.toString(), u"--sim:1:1: " + diagnostic.message);
    }
    QCOMPARE(dump(p), before);
}

void TestSimOverrides::errorsComeInCommandLineOrder()
{
    PipelineDefinition p = i2s();
    // The second fails when applied, the first when read; the report keeps their order.
    const Diagnostics d =
        applySimOverrides(p, {QStringLiteral("research.tokens=x"), QStringLiteral("*.tokns=1"),
                              QStringLiteral("seed=-1")});
    QCOMPARE(d.size(), 3);
    QVERIFY(d.at(0).message.startsWith(QLatin1String("research.tokens=x: ")));
    QVERIFY(d.at(1).message.startsWith(QLatin1String("*.tokns=1: ")));
    QVERIFY(d.at(2).message.startsWith(QLatin1String("seed=-1: ")));
}

void TestSimOverrides::anErrorLeavesThePipelineUntouched()
{
    PipelineDefinition p = shared();
    const QString before = dump(p);
    const Diagnostics d =
        applySimOverrides(p, {QStringLiteral("a.tokens=5"), QStringLiteral("timeScale=0"),
                              QStringLiteral("bogus.tokens=1")});
    QCOMPARE(d.size(), 1);
    QCOMPARE(dump(p), before);
    QVERIFY(!p.agent(u"w@a"));
}

QTEST_GUILESS_MAIN(TestSimOverrides)
#include "tst_simoverrides.moc"
