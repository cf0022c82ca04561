// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Pipeline files: the shipped I2S pipeline is the design document's flow, and every rule
// has a broken file with the exact position and message it must produce.

#include "config/configloader.h"
#include "config/pipelineendpoint.h"
#include "config/pipelineloader.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QtTest/QTest>

using namespace Conductor;
using namespace std::chrono_literals;

class TestPipelineLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedPipelineIsTheDesignDocumentsFlow();
    void shippedFileEqualsResource();
    void dependencyOrderAndLayers();
    void invalidFile_data();
    void invalidFile();
    void gatesAreCheckedAgainstTheConfiguration();
    void inactiveGateWarns();
    void stageRetryOverridesDefault();
    void quorumGroup();
    void providersAndAgentKinds();
    void everyAgentOnOneEndpoint();

private:
    static PipelineDefinition load(const QByteArray &yaml,
                                   const Configuration &config = ConfigLoader::builtIn());
};

PipelineDefinition TestPipelineLoader::load(const QByteArray &yaml, const Configuration &config)
{
    const LoadResult<PipelineDefinition> result =
        PipelineLoader::loadBytes(yaml, QStringLiteral("p.yml"), config);
    for (const Diagnostic &d : result.diagnostics) {
        qWarning("%s", qPrintable(d.toString()));
    }
    if (!result.ok()) {
        qFatal("pipeline did not load");
    }
    return *result.value;
}

void TestPipelineLoader::shippedPipelineIsTheDesignDocumentsFlow()
{
    const LoadResult<PipelineDefinition> result =
        PipelineLoader::loadFile(PipelineLoader::builtInPath(), ConfigLoader::builtIn());
    QVERIFY(result.diagnostics.isEmpty());
    QVERIFY(result.ok());
    const PipelineDefinition &p = *result.value;
    QCOMPARE(p.id, QStringLiteral("i2s"));

    QStringList stageIds;
    for (const StageDefinition &s : p.stages) {
        stageIds.append(s.id);
        QVERIFY2(p.agent(s.agent), qPrintable(s.id));
    }
    QCOMPARE(stageIds,
             (QStringList{QStringLiteral("normalize"), QStringLiteral("research"),
                          QStringLiteral("feasibility"), QStringLiteral("market_moat"),
                          QStringLiteral("risk"), QStringLiteral("ux"), QStringLiteral("scaffold"),
                          QStringLiteral("apis"), QStringLiteral("export"),
                          QStringLiteral("security"), QStringLiteral("performance"),
                          QStringLiteral("quality"), QStringLiteral("testing"),
                          QStringLiteral("architecture"), QStringLiteral("deploy")}));
    // Risk → risk gate → UX.
    QCOMPARE(p.checkpoint(u"risk_gate")->needs, QStringList{QStringLiteral("risk")});
    QCOMPARE(p.stage(u"ux")->needs, QStringList{QStringLiteral("risk_gate")});
    QVERIFY(p.checkpoint(u"risk_gate")->gates.contains(QStringLiteral("risk_review")));
    QVERIFY(p.checkpoint(u"risk_gate")->gates.contains(QStringLiteral("human_approval")));
    QCOMPARE(p.stage(u"risk")->verdict, VerdictKind::PassFlag);
    // Export → deploy gate (security_check) → five checks → aggregation → deploy.
    QCOMPARE(p.checkpoint(u"deploy_gate")->needs, QStringList{QStringLiteral("export")});
    QCOMPARE(p.checkpoint(u"deploy_gate")->gates.first(), QStringLiteral("security_check"));
    const GroupDefinition *group = p.group(u"deployment_checks");
    QVERIFY(group);
    QCOMPARE(group->stages.size(), 5);
    QCOMPARE(group->rule, GroupDefinition::Rule::All);
    QCOMPARE(group->failureCode, QStringLiteral("DEPLOY_BLOCKED"));
    for (const QString &check : group->stages) {
        QCOMPARE(p.stage(check)->needs, QStringList{QStringLiteral("deploy_gate")});
        QCOMPARE(p.stage(check)->verdict, VerdictKind::PassFail);
    }
    QCOMPARE(p.stage(u"deploy")->needs, QStringList{QStringLiteral("deployment_checks")});
    // The design document's DEFAULT_RETRY_STRATEGY.
    QCOMPARE(p.retry.maxRetries, 3);
    QCOMPARE(p.retry.backoffStrategy, RetryStrategy::Backoff::Exponential);
    QCOMPARE(p.retry.retryableErrors,
             (QStringList{QStringLiteral("TIMEOUT"), QStringLiteral("API_LIMIT"),
                          QStringLiteral("TEMPORARY_FAILURE")}));
    QCOMPARE(p.retry.escalationThreshold, 2);
    // A run of the whole pipeline fits one pipeline's token budget.
    qint64 tokens = 0;
    for (const StageDefinition &s : p.stages) {
        tokens += p.agent(s.agent)->simulation.tokens;
    }
    QVERIFY(tokens <= ConfigLoader::builtIn().budgets.tokens.perPipeline);
}

void TestPipelineLoader::shippedFileEqualsResource()
{
    QFile resource(PipelineLoader::builtInPath());
    QVERIFY(resource.open(QIODevice::ReadOnly));
    QCOMPARE(resource.readAll(),
             Test::readAll(Test::sourcePath(QStringLiteral("resources/pipelines/i2s.yml"))));
}

void TestPipelineLoader::dependencyOrderAndLayers()
{
    const PipelineDefinition p =
        *PipelineLoader::loadFile(PipelineLoader::builtInPath(), ConfigLoader::builtIn()).value;
    const QStringList order = p.topologicalOrder();
    QCOMPARE(order.size(), p.stages.size() + p.checkpoints.size() + p.groups.size());
    QCOMPARE(order.first(), QStringLiteral("normalize"));
    QCOMPARE(order.last(), QStringLiteral("deploy"));
    for (const QString &node : order) {
        for (const QString &need : p.needsOf(node)) {
            QVERIFY2(order.indexOf(need) < order.indexOf(node),
                     qPrintable(need + u" before " + node));
        }
    }
    const QHash<QString, int> layers = p.layers();
    QCOMPARE(layers.value(QStringLiteral("normalize")), 0);
    QCOMPARE(layers.value(QStringLiteral("risk_gate")), layers.value(QStringLiteral("risk")) + 1);
    // The five checks run side by side: one layer.
    for (const QString &check : p.group(u"deployment_checks")->stages) {
        QCOMPARE(layers.value(check), layers.value(QStringLiteral("deploy_gate")) + 1);
    }
    QCOMPARE(layers.value(QStringLiteral("deploy")),
             layers.value(QStringLiteral("deployment_checks")) + 1);
}

void TestPipelineLoader::invalidFile_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : Test::dataFiles(QStringLiteral("pipelines/invalid"))) {
        QTest::newRow(qPrintable(QFileInfo(path).baseName())) << path;
    }
}

void TestPipelineLoader::invalidFile()
{
    QFETCH(QString, path);
    const auto result = PipelineLoader::loadFile(path, ConfigLoader::builtIn());
    QVERIFY(!result.ok());
    const QString mismatch = Test::mismatchWithExpected(path, result.diagnostics);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestPipelineLoader::gatesAreCheckedAgainstTheConfiguration()
{
    const QByteArray pipeline = "pipeline: {id: p}\nagents: {w: {kind: simulated}}\n"
                                "stages:\n  - {id: a, agent: w}\n"
                                "checkpoints:\n  - {id: g, needs: [a], gates: [legal_review]}\n";
    const auto withBuiltIn =
        PipelineLoader::loadBytes(pipeline, QStringLiteral("p.yml"), ConfigLoader::builtIn());
    QVERIFY(!withBuiltIn.ok());
    QCOMPARE(withBuiltIn.diagnostics.size(), 1);
    QCOMPARE(withBuiltIn.diagnostics[0].line, 6);
    QCOMPARE(withBuiltIn.diagnostics[0].column, 33);

    const auto config =
        ConfigLoader::loadBytes("gates:\n  optional: [legal_review]\n  definitions:\n"
                                "    legal_review: {critical: true}\n",
                                QStringLiteral("c.yml"));
    QVERIFY(config.ok());
    const auto withConfig =
        PipelineLoader::loadBytes(pipeline, QStringLiteral("p.yml"), *config.value);
    QVERIFY(withConfig.ok());
    QVERIFY(withConfig.diagnostics.isEmpty());
    QCOMPARE(withConfig.value->checkpoint(u"g")->gates,
             QStringList{QStringLiteral("legal_review")});
}

void TestPipelineLoader::inactiveGateWarns()
{
    const auto config =
        ConfigLoader::loadBytes("gates:\n  optional: []\n", QStringLiteral("c.yml"));
    QVERIFY(config.ok());
    const auto result =
        PipelineLoader::loadBytes("pipeline: {id: p}\nagents: {w: {kind: simulated}}\n"
                                  "stages: [{id: a, agent: w}]\n"
                                  "checkpoints: [{id: g, needs: [a], gates: [compliance_check]}]\n",
                                  QStringLiteral("p.yml"), *config.value);
    QVERIFY(result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics[0].severity, Diagnostic::Severity::Warning);
    QCOMPARE(result.diagnostics[0].line, 4);
}

void TestPipelineLoader::stageRetryOverridesDefault()
{
    const PipelineDefinition p =
        load("pipeline: {id: p}\nretry: {maxRetries: 5, backoffStrategy: linear}\n"
             "agents: {w: {kind: simulated}}\n"
             "stages:\n"
             "  - {id: a, agent: w}\n"
             "  - id: b\n    agent: w\n    needs: [a]\n"
             "    retry: {maxRetries: 0, backoffStrategy: fixed, initialDelay: 0ms, "
             "escalationThreshold: 1}\n");
    QCOMPARE(p.retryFor(*p.stage(u"a")).maxRetries, 5);
    QCOMPARE(p.retryFor(*p.stage(u"a")).backoffStrategy, RetryStrategy::Backoff::Linear);
    QCOMPARE(p.retryFor(*p.stage(u"b")).maxRetries, 0);
    QCOMPARE(p.retryFor(*p.stage(u"b")).backoffStrategy, RetryStrategy::Backoff::Fixed);
    QCOMPARE(p.retryFor(*p.stage(u"b")).initialDelay, Duration(0ms));
}

void TestPipelineLoader::quorumGroup()
{
    const PipelineDefinition p =
        load("pipeline: {id: p}\nagents: {c: {kind: simulated, verdict: fail}}\n"
             "stages:\n"
             "  - {id: x, agent: c, verdict: passFail}\n"
             "  - {id: y, agent: c, verdict: passFail}\n"
             "  - {id: z, agent: c, verdict: passFail}\n"
             "groups:\n  - {id: g, stages: [x, y, z], rule: quorum, quorum: 2}\n");
    const GroupDefinition *g = p.group(u"g");
    QCOMPARE(g->rule, GroupDefinition::Rule::Quorum);
    QCOMPARE(g->quorum, 2);
    QCOMPARE(p.agent(u"c")->simulation.verdict, QStringLiteral("fail"));
}

void TestPipelineLoader::providersAndAgentKinds()
{
    const auto result = PipelineLoader::loadBytes(R"(pipeline: {id: p}
providers:
  local:
    baseUrl: http://localhost:11434/v1/
    timeout: 5m
    prices:
      llama3.1: {inputUSD: 0.5, outputUSD: 1.5}
  remote:
    baseUrl: http://models.example.com/v1
    apiKey: REMOTE_KEY
agents:
  writer:
    kind: llm
    provider: local
    model: llama3.1
    system: You write.
    prompt: "About {{idea.title}}"
    temperature: 0.2
    tokens: 9000
    costUSD: 0.02
  reviewer:
    kind: llm
    provider: remote
    model: big
    stream: false
  check:
    kind: command
    command: [/usr/bin/check, --strict]
    workingDirectory: /srv
    environment: {MODE: fast}
    maxOutputBytes: 4096
stages:
  - {id: a, agent: writer}
  - {id: b, agent: reviewer, needs: [a]}
  - {id: c, agent: check, needs: [b]}
)",
                                                  QStringLiteral("p.yml"), ConfigLoader::builtIn());
    QVERIFY(result.ok());
    const PipelineDefinition &p = *result.value;
    QCOMPARE(p.providers.size(), 2);
    const ProviderDefinition *local = p.provider(u"local");
    QVERIFY(local);
    QCOMPARE(local->baseUrl, QStringLiteral("http://localhost:11434/v1"));
    QCOMPARE(local->timeout, Duration(5min));
    QVERIFY(local->apiKey.isEmpty());
    QCOMPARE(local->prices.value(QStringLiteral("llama3.1")).inputPerMillion.micros, 500'000);
    QCOMPARE(local->prices.value(QStringLiteral("llama3.1")).outputPerMillion.micros, 1'500'000);
    QCOMPARE(p.provider(u"remote")->apiKey, QStringLiteral("REMOTE_KEY"));

    const AgentDefinition *writer = p.agent(u"writer");
    QCOMPARE(writer->kind, AgentDefinition::Kind::Llm);
    QCOMPARE(writer->llm.provider, QStringLiteral("local"));
    QCOMPARE(writer->llm.model, QStringLiteral("llama3.1"));
    QCOMPARE(writer->llm.system, QStringLiteral("You write."));
    QCOMPARE(writer->llm.prompt, QStringLiteral("About {{idea.title}}"));
    QCOMPARE(writer->llm.temperature, std::optional<double>(0.2));
    QVERIFY(writer->llm.stream);
    QCOMPARE(writer->simulation.tokens, 9000); // the estimate
    QVERIFY(!p.agent(u"reviewer")->llm.stream);
    const AgentDefinition *check = p.agent(u"check");
    QCOMPARE(check->kind, AgentDefinition::Kind::Command);
    QCOMPARE(check->command.command,
             (QStringList{QStringLiteral("/usr/bin/check"), QStringLiteral("--strict")}));
    QCOMPARE(check->command.workingDirectory, QStringLiteral("/srv"));
    QCOMPARE(check->command.environment.value(QStringLiteral("MODE")), QStringLiteral("fast"));
    QCOMPARE(check->command.maxOutputBytes, 4096);

    // Warned, not refused: a model without a price, and a remote address without TLS.
    QStringList warnings;
    for (const Diagnostic &d : result.diagnostics) {
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        warnings.append(d.toString());
    }
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("no price for model 'big'")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY(warnings.join(u'\n').contains(QStringLiteral("not encrypted")));
}

void TestPipelineLoader::everyAgentOnOneEndpoint()
{
    QFile file(PipelineLoader::builtInPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const PipelineDefinition before = load(file.readAll());
    file.seek(0);
    const auto rewritten = PipelineEndpointRewrite::apply(
        file.readAll(), {QStringLiteral("http://127.0.0.1:11434/v1"), QStringLiteral("llama3.1"),
                         QStringLiteral("LOCAL_KEY")});
    QVERIFY2(rewritten.text, qPrintable(rewritten.error));
    const auto result = PipelineLoader::loadBytes(*rewritten.text, QStringLiteral("rewritten"),
                                                  ConfigLoader::builtIn());
    QVERIFY(result.ok());
    const PipelineDefinition &after = *result.value;
    QCOMPARE(after.providers.size(), 1);
    QCOMPARE(after.providers[0].baseUrl, QStringLiteral("http://127.0.0.1:11434/v1"));
    QCOMPARE(after.providers[0].apiKey, QStringLiteral("LOCAL_KEY"));
    QCOMPARE(after.agents.size(), before.agents.size());
    for (const AgentDefinition &a : before.agents) {
        const AgentDefinition *b = after.agent(a.id);
        QVERIFY(b);
        QCOMPARE(b->kind, AgentDefinition::Kind::Llm);
        QCOMPARE(b->llm.provider, QStringLiteral("cli"));
        QCOMPARE(b->llm.model, QStringLiteral("llama3.1"));
        QVERIFY(b->llm.system.contains(a.description));
        QCOMPARE(b->simulation.tokens, a.simulation.tokens);
        QCOMPARE(b->simulation.cost, a.simulation.cost);
        QCOMPARE(b->publishes, a.publishes);
    }
    // The stages, gates and groups are the same pipeline.
    QCOMPARE(after.topologicalOrder(), before.topologicalOrder());
    QVERIFY(!PipelineEndpointRewrite::apply("just: text\n", {}).text);
}

QTEST_GUILESS_MAIN(TestPipelineLoader)
#include "tst_pipelineloader.moc"
