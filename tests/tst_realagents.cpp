// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Real agents in the engine: a pipeline whose stages a language model (an
// OpenAI-compatible server on loopback) and an external program run. The key comes from
// the secrets, each attempt carries its own idempotency key, a 429's Retry-After delays
// the retry, and the ledger holds exactly what the server billed.

#include "enginefixture.h"
#include "fakeopenai.h"
#include "security/secretstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using Conductor::Test::FakeOpenAi;

class TestRealAgents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipelineOnAModelAndAProgram();
    void missingKeyFailsWithoutAsking();
    void streamedTokensMoveLive();
};

namespace {

// The program fails its first run (a temporary failure) when failFirst names a file
// that does not exist yet.
QByteArray pipeline(const QString &baseUrl, const QString &failFirst = {})
{
    return QStringLiteral(R"(pipeline: {id: real}
retry: {maxRetries: 2, initialDelay: 1s, maxDelay: 2s, jitter: 0}
providers:
  fake:
    baseUrl: %1
    apiKey: FAKE_KEY
    prices:
      m1: {inputUSD: 1, outputUSD: 2}
agents:
  writer: {kind: llm, provider: fake, model: m1, system: You write., tokens: 2000, costUSD: 0.01}
  checker: {kind: command, command: [%2, --mode, ok%3]}
stages:
  - {id: draft, agent: writer}
  - {id: review, agent: writer, needs: [draft]}
  - {id: check, agent: checker, needs: [review]}
)")
        .arg(baseUrl, QStringLiteral(FAKE_AGENT),
             failFirst.isEmpty() ? QString() : QStringLiteral(", --fail-first, ") + failFirst)
        .toUtf8();
}

// The engine's clock moves by hand, the network in real time: each step lets both go on.
bool runUntilEnded(Test::EngineFixture &f, const QString &id)
{
    for (int i = 0; i < 600 && !f.ended.contains(id); ++i) {
        f.settle();
        f.clock.advance(std::chrono::milliseconds(250));
        QTest::qWait(10);
    }
    return f.ended.contains(id);
}

void storeKey(MemorySecrets &secrets, const QByteArray &key)
{
    QObject context;
    bool stored = false;
    secrets.store(QStringLiteral("FAKE_KEY"), key, &context,
                  [&stored](bool ok, const QString &) { stored = ok; });
    QTRY_VERIFY(stored);
}

} // namespace

void TestRealAgents::pipelineOnAModelAndAProgram()
{
    FakeOpenAi server;
    QVERIFY(server.listen());
    server.setRequiredKey("sk-sentinel-4711");
    FakeOpenAi::Reply limited;
    limited.behaviour = FakeOpenAi::Behaviour::RateLimited;
    limited.retryAfter = "5";
    server.enqueue(limited); // the first attempt of draft
    FakeOpenAi::Reply first;
    first.promptTokens = 120;
    first.completionTokens = 340;
    server.enqueue(first);
    FakeOpenAi::Reply second;
    second.promptTokens = 410;
    second.completionTokens = 95;
    server.enqueue(second);

    MemorySecrets secrets;
    storeKey(secrets, "sk-sentinel-4711");
    Test::EngineFixture f(10, {}, &secrets);
    StartRequest request = f.request();
    QTemporaryDir markers;
    request.pipelineText =
        pipeline(server.baseUrl(), markers.filePath(QStringLiteral("check-failed-once")));
    const QString id = f.start(request);
    QVERIFY2(!id.isEmpty(), qPrintable(f.lastRefusal));
    QVERIFY(runUntilEnded(f, id));
    QCOMPARE(f.ended.value(id), static_cast<int>(ExecutionStatus::Completed));

    // Three requests: the limited one and its retry for draft, one for review; each with
    // the key and an idempotency key of its own attempt.
    const QList<FakeOpenAi::Request> requests = server.requests();
    QCOMPARE(requests.size(), 3);
    QStringList keys;
    for (const FakeOpenAi::Request &r : requests) {
        QCOMPARE(r.header("authorization"), QByteArray("Bearer sk-sentinel-4711"));
        keys.append(QString::fromUtf8(r.header("idempotency-key")));
    }
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 3);

    // The retry waited at least what the server asked for.
    const StoreQueries queries(f.databasePath());
    const ExecutionEvents events = queries.events(id);
    // The program's first run failed for now (exit 75): retried per the policy too.
    QStringList failures;
    for (const ExecutionEvent &e : events) {
        const QString stage = e.data.value(QStringLiteral("stage")).toString();
        if (e.type == EventType::RetryScheduled && stage == u"draft") {
            QVERIFY(e.data.value(QStringLiteral("delayMs")).toInteger() >= 5000);
        }
        if (e.type == EventType::AttemptFailed) {
            failures.append(stage + u':' + e.data.value(QStringLiteral("errorClass")).toString());
        }
    }
    QCOMPARE(failures, (QStringList{QStringLiteral("draft:API_LIMIT"),
                                    QStringLiteral("check:TEMPORARY_FAILURE")}));

    // The ledger holds what the server billed: tokens, and dollars at the price table's
    // rates (1 and 2 USD per million).
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(f.databasePath());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(used_tokens), SUM(used_cost) FROM budget_holds "
                                      "WHERE status = 'posted' AND stage IN ('draft', 'review')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), server.billedTokens());
        QCOMPARE(server.billedTokens(), 120 + 340 + 410 + 95);
        const qint64 micros = (120 + 410) * 1 + (340 + 95) * 2; // per token, at 1 and 2 USD/M
        QCOMPARE(q.value(1).toLongLong(), micros);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // The key went to the server and nowhere else: not into the database or its WAL.
    f.settle();
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(f.databasePath() + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            QVERIFY2(!file.readAll().contains("sk-sentinel-4711"), qPrintable(file.fileName()));
        }
    }
    QVERIFY(QFile::exists(f.databasePath()));

    // The program's stage ran too, with its output recorded.
    bool checked = false;
    for (const ExecutionEvent &e : events) {
        if (e.type == EventType::StageCompleted &&
            e.data.value(QStringLiteral("stage")).toString() == u"check") {
            checked = true;
        }
    }
    QVERIFY(checked);
}

void TestRealAgents::missingKeyFailsWithoutAsking()
{
    FakeOpenAi server;
    QVERIFY(server.listen());
    MemorySecrets secrets; // holds no FAKE_KEY
    Test::EngineFixture f(10, {}, &secrets);
    StartRequest request = f.request();
    request.pipelineText = pipeline(server.baseUrl());
    const QString id = f.start(request);
    QVERIFY2(!id.isEmpty(), qPrintable(f.lastRefusal));
    QVERIFY(runUntilEnded(f, id));
    QCOMPARE(f.ended.value(id), static_cast<int>(ExecutionStatus::Failed));
    QVERIFY(server.requests().isEmpty());
    const ExecutionEvents events = StoreQueries(f.databasePath()).events(id);
    QString message;
    for (const ExecutionEvent &e : events) {
        if (e.type == EventType::Failed) {
            QCOMPARE(e.data.value(QStringLiteral("errorClass")).toString(),
                     QStringLiteral("AUTHENTICATION"));
            message = e.data.value(QStringLiteral("message")).toString();
        }
    }
    QVERIFY2(message.contains(QStringLiteral("conductor secrets set FAKE_KEY")),
             qPrintable(message));
}

void TestRealAgents::streamedTokensMoveLive()
{
    FakeOpenAi server;
    QVERIFY(server.listen());
    FakeOpenAi::Reply slow;
    slow.chunks.clear();
    for (int i = 0; i < 12; ++i) {
        slow.chunks.append(QStringLiteral("A sentence of the answer, number %1. ").arg(i));
    }
    slow.chunkDelay = std::chrono::milliseconds(100);
    server.setDefaultReply(slow);
    MemorySecrets secrets;
    storeKey(secrets, "sk-any");
    Test::EngineFixture f(10, {}, &secrets);
    QSignalSpy running(f.engine.get(), &Engine::attemptRunning);
    StartRequest request = f.request();
    request.pipelineText = pipeline(server.baseUrl());
    const QString id = f.start(request);
    QVERIFY2(!id.isEmpty(), qPrintable(f.lastRefusal));
    QVERIFY(runUntilEnded(f, id));
    QCOMPARE(f.ended.value(id), static_cast<int>(ExecutionStatus::Completed));
    // While the answers streamed (1.2 s each), their tokens were reported a few times a
    // second, growing, for the stage that ran, and never more than was billed in the end.
    QVERIFY2(running.count() >= 4, QByteArray::number(running.count()).constData());
    QVERIFY(running.count() <= 2 * 12);
    qint64 last = 0;
    QString stage;
    for (const QList<QVariant> &args : std::as_const(running)) {
        QCOMPARE(args.at(0).toString(), id);
        const qint64 tokens = args.at(2).toLongLong();
        if (args.at(1).toString() == stage) {
            QVERIFY(tokens >= last);
        }
        stage = args.at(1).toString();
        last = tokens;
        QVERIFY(tokens > 0);
        QVERIFY(tokens <= server.billedTokens());
    }
}

QTEST_GUILESS_MAIN(TestRealAgents)
#include "tst_realagents.moc"
