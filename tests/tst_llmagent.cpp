// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The language-model agent against an OpenAI-compatible server on loopback (FakeOpenAi):
// what it sends (model, messages rendered from the templates, max_tokens, streaming with
// usage, the idempotency key, the key from the secret source), what it makes of the
// answer (content, usage, cost at the model's price, the verdict) and how it classifies
// what goes wrong (429, 5xx, 4xx, 401, a missing key, a cut stream, a slow answer), and
// that a cancelled run says nothing more.

#include "agents/chatstream.h"
#include "agents/llmagent.h"
#include "agents/prompttemplate.h"
#include "fakeopenai.h"
#include "fakesecrets.h"
#include "security/secretsource.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Conductor::Test;
using namespace std::chrono_literals;

namespace {

const QByteArray kKey = "sk-test-4f1d2c9a8b7e6d5c";

AgentDefinition makeAgent(const QString &model = QStringLiteral("gpt-test"))
{
    AgentDefinition agent;
    agent.id = QStringLiteral("analyst");
    agent.kind = AgentDefinition::Kind::Llm;
    agent.description = QStringLiteral("Weighs the market for an idea.");
    agent.llm.provider = QStringLiteral("fake");
    agent.llm.model = model;
    agent.llm.system = QStringLiteral("You are a careful analyst of {{idea.domain}} ideas.");
    agent.llm.prompt = QStringLiteral("Idea: {{idea.title}}\n{{idea.description}}\n\n"
                                      "Research said:\n{{input.research}}\n\n{{inputs}}");
    return agent;
}

ProviderDefinition makeProvider(const FakeOpenAi &server)
{
    ProviderDefinition provider;
    provider.id = QStringLiteral("fake");
    provider.baseUrl = server.baseUrl();
    provider.apiKey = QStringLiteral("FAKE_KEY");
    provider.timeout = 20s;
    provider.prices.insert(QStringLiteral("gpt-test"),
                           ModelPrice{Money::fromMicros(150'000), Money::fromMicros(600'000)});
    return provider;
}

AgentRequest makeRequest(const QString &key = QStringLiteral("exec_1/analysis/1"))
{
    AgentRequest request;
    request.executionId = QStringLiteral("exec_1");
    request.stageId = QStringLiteral("analysis");
    request.stageName = QStringLiteral("Analysis");
    request.idempotencyKey = key;
    request.idea.title = QStringLiteral("LabLoop");
    request.idea.description = QStringLiteral("A marketplace for used lab equipment.");
    request.idea.metadata.insert(QStringLiteral("domain"), QStringLiteral("marketplace"));
    request.inputs.append(AgentInput{QStringLiteral("research"), QStringLiteral("Research"),
                                     QStringLiteral("Universities resell centrifuges.")});
    request.maxTokens = 4096;
    return request;
}

struct Outcome
{
    AgentResult result;
    qint64 elapsedMs = 0;
    int progressSignals = 0;
    bool finishedSynchronously = false;
};

} // namespace

class TestLlmAgent : public QObject
{
    Q_OBJECT

private:
    // Runs one request to its end (or the test's patience) and returns what it finished with.
    Outcome run(LlmAgent &agent, const AgentRequest &request)
    {
        Outcome outcome;
        QElapsedTimer clock;
        clock.start();
        AgentRun *agentRun = agent.start(request, this);
        QSignalSpy spy(agentRun, &AgentRun::finished);
        auto *llmRun = qobject_cast<LlmRun *>(agentRun);
        if (llmRun != nullptr) {
            connect(llmRun, &AgentRun::progress, this, [&outcome] { ++outcome.progressSignals; });
        }
        outcome.finishedSynchronously = !spy.isEmpty();
        if (!spy.wait(15'000) || spy.size() != 1) {
            qWarning("the run did not finish once");
            delete agentRun;
            return outcome;
        }
        outcome.elapsedMs = clock.elapsed();
        outcome.result = spy.first().first().value<AgentResult>();
        QTest::qWait(30);
        if (spy.size() != 1) {
            qWarning("the run finished more than once");
            outcome.result = AgentResult{};
        }
        delete agentRun;
        return outcome;
    }

    FakeOpenAi *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    FakeSecrets m_secrets;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<AgentResult>(); }

    void init()
    {
        m_server = new FakeOpenAi(this);
        QVERIFY(m_server->listen());
        m_server->setRequiredKey(kKey);
        m_network = new QNetworkAccessManager(this);
        m_secrets = FakeSecrets{};
        m_secrets.values.insert(QStringLiteral("FAKE_KEY"), kKey);
    }

    void cleanup()
    {
        delete m_network;
        delete m_server;
    }

    void streamsTheAnswerWithUsageAndCost()
    {
        FakeOpenAi::Reply reply;
        reply.chunks = {QStringLiteral("A market "), QStringLiteral("of 3,000 "),
                        QStringLiteral("labs.")};
        reply.promptTokens = 1237;
        reply.completionTokens = 567;
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);

        const Outcome outcome = run(agent, makeRequest());
        QVERIFY(!outcome.finishedSynchronously);
        const AgentResult &result = outcome.result;
        QVERIFY2(result.ok, qPrintable(result.errorClass + u": " + result.message));
        QCOMPARE(result.output, QStringLiteral("A market of 3,000 labs."));
        QCOMPARE(result.tokens, 1237 + 567);
        // 1237 × $0.15/M + 567 × $0.60/M = 185.55 + 340.2 = 525.75 micro-dollars, rounded once.
        QCOMPARE(result.cost.micros, 526);
        QVERIFY(!result.usageEstimated);
        QVERIFY(result.verdict.isEmpty());
        QVERIFY(outcome.progressSignals >= 2);
        QCOMPARE(m_server->billedTokens(), result.tokens);

        QCOMPARE(m_server->requestCount(), 1);
        const FakeOpenAi::Request &sent = m_server->requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(sent.header("idempotency-key"), QByteArray("exec_1/analysis/1"));
        QCOMPARE(sent.header("authorization"), "Bearer " + kKey);
        QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
        QCOMPARE(sent.json.value(u"model").toString(), QStringLiteral("gpt-test"));
        QCOMPARE(sent.json.value(u"max_tokens").toInteger(), 4096);
        QCOMPARE(sent.json.value(u"stream").toBool(), true);
        QCOMPARE(sent.json.value(u"stream_options").toObject().value(u"include_usage").toBool(),
                 true);
        QVERIFY(!sent.json.contains(u"temperature"));
        const QJsonArray messages = sent.json.value(u"messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(u"role").toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(0).toObject().value(u"content").toString(),
                 QStringLiteral("You are a careful analyst of marketplace ideas."));
        QCOMPARE(messages.at(1).toObject().value(u"role").toString(), QStringLiteral("user"));
        const QString user = messages.at(1).toObject().value(u"content").toString();
        QVERIFY2(user.startsWith(u"Idea: LabLoop\nA marketplace for used lab equipment.\n"),
                 qPrintable(user));
        QVERIFY(user.contains(u"Research said:\nUniversities resell centrifuges.\n"));
        QVERIFY(user.contains(u"## Research\n\nUniversities resell centrifuges."));
        QVERIFY(!user.contains(u"VERDICT"));
    }

    void answersWithoutStreaming()
    {
        FakeOpenAi::Reply reply;
        reply.behaviour = FakeOpenAi::Behaviour::Json;
        reply.chunks = {QStringLiteral("Whole answer.")};
        reply.promptTokens = 1000;
        reply.completionTokens = 2000;
        m_server->enqueue(reply);
        AgentDefinition definition = makeAgent();
        definition.llm.stream = false;
        definition.llm.system.clear();
        definition.llm.temperature = 0.25;
        LlmAgent agent(definition, makeProvider(*m_server), &m_secrets, m_network);
        AgentRequest request = makeRequest();
        request.maxTokens = 0;

        const AgentResult result = run(agent, request).result;
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.output, QStringLiteral("Whole answer."));
        QCOMPARE(result.tokens, 3000);
        QCOMPARE(result.cost.micros, 150 + 1200);
        QVERIFY(!result.usageEstimated);
        const FakeOpenAi::Request &sent = m_server->requests().first();
        QCOMPARE(sent.json.value(u"stream").toBool(true), false);
        QVERIFY(!sent.json.contains(u"stream_options"));
        QVERIFY(!sent.json.contains(u"max_tokens"));
        QCOMPARE(sent.json.value(u"temperature").toDouble(), 0.25);
        const QJsonArray messages = sent.json.value(u"messages").toArray();
        QCOMPARE(messages.size(), 1); // no system message when it is empty
        QCOMPARE(messages.at(0).toObject().value(u"role").toString(), QStringLiteral("user"));
    }

    void aWholeAnswerToAStreamedRequestIsRead()
    {
        // Some servers ignore "stream": they answer with one JSON completion.
        FakeOpenAi::Reply reply;
        reply.behaviour = FakeOpenAi::Behaviour::Json;
        reply.chunks = {QStringLiteral("Not streamed.")};
        reply.promptTokens = 10;
        reply.completionTokens = 4;
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(m_server->requests().first().json.value(u"stream").toBool());
        QCOMPARE(result.output, QStringLiteral("Not streamed."));
        QCOMPARE(result.tokens, 14);
        QVERIFY(!result.usageEstimated);
    }

    void aModelWithoutAPriceCostsNothing()
    {
        FakeOpenAi::Reply reply;
        reply.promptTokens = 500;
        reply.completionTokens = 250;
        m_server->enqueue(reply);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no price for the model"_qs));
        LlmAgent agent(makeAgent(QStringLiteral("unpriced-model")), makeProvider(*m_server),
                       &m_secrets, m_network);
        QVERIFY(!agent.hasPrice());
        const AgentResult result = run(agent, makeRequest()).result;
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.tokens, 750);
        QCOMPARE(result.cost.micros, 0);
        QCOMPARE(m_server->requests().first().json.value(u"model").toString(),
                 QStringLiteral("unpriced-model"));
    }

    void aLocalProviderNeedsNoKey()
    {
        m_server->setRequiredKey({});
        FakeOpenAi::Reply reply;
        reply.behaviour = FakeOpenAi::Behaviour::Json;
        m_server->enqueue(reply);
        ProviderDefinition provider = makeProvider(*m_server);
        provider.apiKey.clear();
        LlmAgent agent(makeAgent(), provider, nullptr, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(m_server->requests().first().header("authorization").isEmpty());
        QVERIFY(result.tokens > 0);
        QCOMPARE(result.tokens, m_server->billedTokens());
    }

    void aStreamWithoutUsageIsEstimated()
    {
        FakeOpenAi::Reply reply;
        reply.chunks = {QStringLiteral("Twelve chars")};
        reply.reportUsage = false;
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.output, QStringLiteral("Twelve chars"));
        QVERIFY(result.usageEstimated);
        qsizetype promptChars = 0;
        const QJsonArray messages = m_server->requests().first().json.value(u"messages").toArray();
        for (const QJsonValue &message : messages) {
            promptChars += message.toObject().value(u"content").toString().size();
        }
        QCOMPARE(result.tokens, estimateUsage(promptChars, 12).total());
        QCOMPARE(estimateUsage(promptChars, 12).completionTokens, 3);
        QCOMPARE(m_server->billedTokens(), 0);
    }

    void rateLimitHonoursRetryAfter()
    {
        FakeOpenAi::Reply reply;
        reply.behaviour = FakeOpenAi::Behaviour::RateLimited;
        reply.retryAfter = "7";
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QVERIFY(!result.ok);
        QCOMPARE(result.errorClass, QStringLiteral("API_LIMIT"));
        QCOMPARE(result.retryAfter, 7000ms);
        QVERIFY2(result.message.contains(u"Rate limit reached for requests."),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(u"429"));
        QCOMPARE(result.tokens, 0);
    }

    void retryAfterReadsSecondsAndDates()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(6, 0, 0), Qt::UTC);
        QCOMPARE(LlmAgent::parseRetryAfter("20", now), 20'000ms);
        QCOMPARE(LlmAgent::parseRetryAfter(" 1.5 ", now), 1500ms);
        QCOMPARE(LlmAgent::parseRetryAfter("Thu, 26 Nov 2026 06:00:42 GMT", now), 42'000ms);
        QCOMPARE(LlmAgent::parseRetryAfter("Thu, 26 Nov 2026 05:59:00 GMT", now), 0ms);
        QCOMPARE(LlmAgent::parseRetryAfter("soon", now), 0ms);
        QCOMPARE(LlmAgent::parseRetryAfter({}, now), 0ms);
    }

    void serverErrorsAreTemporary()
    {
        FakeOpenAi::Reply reply;
        reply.behaviour = FakeOpenAi::Behaviour::ServerError;
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QCOMPARE(result.errorClass, QStringLiteral("TEMPORARY_FAILURE"));
        QVERIFY(result.message.contains(u"500"));
        QVERIFY(result.message.contains(u"The server had an error"));
    }

    void badRequestsCarryTheProvidersMessage()
    {
        FakeOpenAi::Reply reply;
        reply.behaviour = FakeOpenAi::Behaviour::BadRequest;
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QVERIFY(!result.ok);
        QCOMPARE(result.errorClass, QStringLiteral("INVALID_REQUEST"));
        QVERIFY2(result.message.contains(u"This model's maximum context length is 8192 tokens."),
                 qPrintable(result.message));
    }

    void aRejectedKeyIsAnAuthenticationError()
    {
        m_secrets.values.insert(QStringLiteral("FAKE_KEY"), "sk-wrong-key-0123456789");
        FakeOpenAi::Reply reply;
        reply.errorMessage = QStringLiteral("Incorrect API key provided: sk-wrong-key-0123456789");
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QVERIFY(!result.ok);
        QCOMPARE(result.errorClass, QStringLiteral("AUTHENTICATION"));
        QVERIFY(result.message.contains(u"401"));
        QVERIFY2(!result.message.contains(u"sk-wrong-key-0123456789"), qPrintable(result.message));
        QCOMPARE(m_server->requests().first().header("authorization"),
                 QByteArray("Bearer sk-wrong-key-0123456789"));
    }

    void aMissingSecretSendsNothing()
    {
        m_secrets.values.clear();
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QCOMPARE(result.errorClass, QStringLiteral("AUTHENTICATION"));
        QCOMPARE(result.message,
                 QStringLiteral("no secret named FAKE_KEY; set it with conductor secrets set "
                                "FAKE_KEY"));
        QCOMPARE(m_secrets.fetches, 1);
        QCOMPARE(m_server->requestCount(), 0);

        m_secrets.unavailable = true;
        const AgentResult locked = run(agent, makeRequest()).result;
        QCOMPARE(locked.errorClass, QStringLiteral("AUTHENTICATION"));
        QVERIFY2(locked.message.contains(u"the keychain is locked"), qPrintable(locked.message));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void aCutStreamIsTemporaryWithAnEstimate()
    {
        FakeOpenAi::Reply reply;
        reply.behaviour = FakeOpenAi::Behaviour::CutStream;
        reply.chunks = {QStringLiteral("First part, "), QStringLiteral("second part, "),
                        QStringLiteral("never sent.")};
        reply.cutAfter = 2;
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QVERIFY(!result.ok);
        QCOMPARE(result.errorClass, QStringLiteral("TEMPORARY_FAILURE"));
        QVERIFY(result.usageEstimated);
        qsizetype promptChars = 0;
        const QJsonArray messages = m_server->requests().first().json.value(u"messages").toArray();
        for (const QJsonValue &message : messages) {
            promptChars += message.toObject().value(u"content").toString().size();
        }
        const ChatUsage expected =
            estimateUsage(promptChars, QStringLiteral("First part, second part, ").size());
        QVERIFY(expected.completionTokens > 0);
        QCOMPARE(result.tokens, expected.total());
        QCOMPARE(result.cost,
                 priceOf(expected, makeProvider(*m_server).prices.value(u"gpt-test"_qs)));
        QCOMPARE(m_server->billedTokens(), 0);
    }

    void aSlowAnswerTimesOut()
    {
        FakeOpenAi::Reply reply;
        reply.behaviour = FakeOpenAi::Behaviour::Slow;
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        AgentRequest request = makeRequest();
        request.timeout = 400ms; // shorter than the provider's 20 s
        const Outcome outcome = run(agent, request);
        QCOMPARE(outcome.result.errorClass, QStringLiteral("TIMEOUT"));
        QVERIFY2(outcome.elapsedMs >= 380 && outcome.elapsedMs < 3000,
                 qPrintable(QString::number(outcome.elapsedMs)));
        QVERIFY(outcome.result.durationMs >= 380);
        QVERIFY(outcome.result.usageEstimated); // the provider had begun to answer
        // The request was aborted: the server sees the connection close.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 3000);
    }

    void theProvidersTimeoutAppliesWhenShorter()
    {
        ProviderDefinition provider;
        provider.timeout = 2s;
        AgentRequest request;
        QCOMPARE(LlmAgent::effectiveTimeout(provider, request), 2000ms);
        request.timeout = 5s;
        QCOMPARE(LlmAgent::effectiveTimeout(provider, request), 2000ms);
        request.timeout = 500ms;
        QCOMPARE(LlmAgent::effectiveTimeout(provider, request), 500ms);
    }

    void anUnreachableProviderIsTemporary()
    {
        ProviderDefinition provider = makeProvider(*m_server);
        delete m_server; // nothing listens on its port any more
        m_server = nullptr;
        LlmAgent agent(makeAgent(), provider, &m_secrets, m_network);
        const AgentResult result = run(agent, makeRequest()).result;
        QCOMPARE(result.errorClass, QStringLiteral("TEMPORARY_FAILURE"));
        QVERIFY(!result.usageEstimated);
        m_server = new FakeOpenAi(this);
    }

    void eachAttemptSendsItsOwnKey()
    {
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        QVERIFY(run(agent, makeRequest(QStringLiteral("exec_1/analysis/1"))).result.ok);
        QVERIFY(run(agent, makeRequest(QStringLiteral("exec_1/analysis/2"))).result.ok);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(0).header("idempotency-key"),
                 QByteArray("exec_1/analysis/1"));
        QCOMPARE(m_server->requests().at(1).header("idempotency-key"),
                 QByteArray("exec_1/analysis/2"));
        QCOMPARE(m_secrets.fetches, 2);
    }

    void verdictStagesEndWithAVerdictLine_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("verdict");
        const int passFlag = static_cast<int>(VerdictKind::PassFlag);
        const int passFail = static_cast<int>(VerdictKind::PassFail);
        QTest::newRow("pass") << passFlag << u"Low risk.\n\nVERDICT: PASS\n"_qs << u"pass"_qs;
        QTest::newRow("flag") << passFlag << u"Risky.\nverdict: flag"_qs << u"flag"_qs;
        QTest::newRow("missing flags") << passFlag << u"No verdict here."_qs << u"flag"_qs;
        QTest::newRow("missing fails") << passFail << u"No verdict here."_qs << u"fail"_qs;
        QTest::newRow("fail") << passFail << u"Broken.\nVERDICT: FAIL"_qs << u"fail"_qs;
        QTest::newRow("the last counts")
            << passFail << u"VERDICT: FAIL\nOn second thought:\nVERDICT:PASS"_qs << u"pass"_qs;
        QTest::newRow("flag on a pass/fail stage") << passFail << u"VERDICT: FLAG"_qs << u"fail"_qs;
        QTest::newRow("fail on a pass/flag stage") << passFlag << u"VERDICT: FAIL"_qs << u"flag"_qs;
        QTest::newRow("in bold") << passFlag << u"**VERDICT: PASS**"_qs << u"pass"_qs;
        QTest::newRow("mentioned in prose")
            << passFlag << u"I will not say VERDICT: PASS"_qs << u"flag"_qs;
    }

    void verdictStagesEndWithAVerdictLine()
    {
        QFETCH(int, kind);
        QFETCH(QString, answer);
        QFETCH(QString, verdict);
        QCOMPARE(parseVerdict(answer, static_cast<VerdictKind>(kind)), verdict);
    }

    void theRiskStageAsksForAndReadsItsVerdict()
    {
        FakeOpenAi::Reply reply;
        reply.chunks = {QStringLiteral("Risks are modest.\n"), QStringLiteral("VERDICT: PASS")};
        m_server->enqueue(reply);
        reply.chunks = {QStringLiteral("Risks are modest.")};
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        AgentRequest request = makeRequest();
        request.verdict = VerdictKind::PassFlag;
        const AgentResult passed = run(agent, request).result;
        QVERIFY(passed.ok);
        QCOMPARE(passed.verdict, QStringLiteral("pass"));
        QCOMPARE(passed.output, QStringLiteral("Risks are modest.\nVERDICT: PASS")); // kept whole
        const QString user = m_server->requests()
                                 .first()
                                 .json.value(u"messages")
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(u"content")
                                 .toString();
        QVERIFY2(user.endsWith(u"\"VERDICT: PASS\" or \"VERDICT: FLAG\"."), qPrintable(user));

        const AgentResult silent = run(agent, request).result;
        QVERIFY(silent.ok);
        QCOMPARE(silent.verdict, QStringLiteral("flag"));
    }

    void cancelAbortsAndSaysNothing()
    {
        FakeOpenAi::Reply reply;
        reply.behaviour = FakeOpenAi::Behaviour::Slow;
        m_server->enqueue(reply);
        LlmAgent agent(makeAgent(), makeProvider(*m_server), &m_secrets, m_network);
        AgentRun *agentRun = agent.start(makeRequest(), this);
        QSignalSpy finished(agentRun, &AgentRun::finished);
        QSignalSpy received(m_server, &FakeOpenAi::requestReceived);
        QVERIFY(received.wait(5000));
        QSignalSpy closed(m_server, &FakeOpenAi::clientDisconnected);
        agentRun->cancel();
        QVERIFY(closed.wait(3000)); // the connection was dropped
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
        delete agentRun;

        // Cancelled before the key arrived: no request at all.
        AgentRun *early = agent.start(makeRequest(), this);
        QSignalSpy earlyFinished(early, &AgentRun::finished);
        early->cancel();
        QTest::qWait(150);
        QCOMPARE(earlyFinished.size(), 0);
        QCOMPARE(m_server->requestCount(), 1);
        delete early;
    }

    void templatesLeaveUnknownPlaceholders()
    {
        AgentRequest request = makeRequest();
        request.idea.metadata.insert(QStringLiteral("budget"), QStringLiteral("small"));
        const QString rendered =
            renderPrompt(u"{{ stage.name }} ({{stage.id}}) {{idea.unknown}} {{input.nowhere}}\n"
                         "{{idea.metadata}}\n{{ idea.title }}"_qs,
                         request);
        QCOMPARE(rendered, u"Analysis (analysis) {{idea.unknown}} {{input.nowhere}}\n"
                           "budget: small\ndomain: marketplace\nLabLoop"_qs);
        // A value that looks like a placeholder is not expanded again.
        request.idea.title = QStringLiteral("{{idea.description}}");
        QCOMPARE(renderPrompt(u"{{idea.title}}"_qs, request), u"{{idea.description}}"_qs);
    }

    void theDefaultPromptCarriesTheIdeaAndTheInputs()
    {
        AgentDefinition definition = makeAgent();
        definition.llm.prompt.clear();
        const QString prompt = userPrompt(definition, makeRequest());
        QVERIFY(prompt.startsWith(u"# Analysis\n\nWeighs the market for an idea."));
        QVERIFY(prompt.contains(u"LabLoop"));
        QVERIFY(prompt.contains(u"A marketplace for used lab equipment."));
        QVERIFY(prompt.contains(u"## Research\n\nUniversities resell centrifuges."));
    }

    void theStreamParserCopesWithAnySplit()
    {
        const QByteArray stream =
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Caf\xc3\xa9 \"}}]}\r\n"
            "\r\n"
            ": keep-alive\n\n"
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xe2\x82\xac"
            "5\"},"
            "\"finish_reason\":\"stop\"}]}\n\n"
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3}}\n\n"
            "data: [DONE]\n\n";
        ChatStreamParser whole;
        whole.feed(stream);
        ChatStreamParser bytewise;
        for (const char byte : stream) {
            bytewise.feed(QByteArray(1, byte));
        }
        for (const ChatStreamParser *parser : {&whole, &bytewise}) {
            QCOMPARE(parser->content(), QStringLiteral("Café €5"));
            QCOMPARE(parser->finishReason(), QStringLiteral("stop"));
            QVERIFY(parser->done());
            QVERIFY(parser->usage().has_value());
            QCOMPARE(parser->usage()->promptTokens, 12);
            QCOMPARE(parser->usage()->completionTokens, 3);
            QVERIFY(parser->error().isEmpty());
        }
        ChatStreamParser failing;
        failing.feed("data: {\"error\":{\"message\":\"overloaded\"}}\n\n");
        QCOMPARE(failing.error(), QStringLiteral("overloaded"));
    }
};

QTEST_GUILESS_MAIN(TestLlmAgent)
#include "tst_llmagent.moc"
