// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// `conductor run --llm-base-url URL --llm-model NAME [--llm-key NAME]` as a person types
// it: the real binary runs the shipped pipeline with every agent on an OpenAI-compatible
// server on loopback, with and without a key from an owner-only secrets folder.

#include "clirunner.h"
#include "fakeopenai.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QtTest/QTest>

#include <sys/stat.h>

using namespace Conductor;
using Conductor::Test::FakeOpenAi;

class TestLlmCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholePipelineOnOneEndpoint();
    void keyFromASecretsFolder();
    void missingKeyIsNamed();

private:
    // Runs conductor until it exits, with the event loop turning for the server.
    static Test::CliResult runWhileServing(const Test::Cli &cli, const QStringList &arguments);
    static QStringList runArgs(const Test::Cli &cli, const FakeOpenAi &server,
                               const QStringList &extra = {});
};

Test::CliResult TestLlmCommand::runWhileServing(const Test::Cli &cli, const QStringList &arguments)
{
    QObject owner;
    QProcess *p = cli.start(arguments, &owner);
    Test::CliResult r;
    QSignalSpy finished(p, &QProcess::finished);
    if (!finished.wait(180'000)) {
        p->kill();
        p->waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}

QStringList TestLlmCommand::runArgs(const Test::Cli &cli, const FakeOpenAi &server,
                                    const QStringList &extra)
{
    return QStringList{QStringLiteral("run"),
                       QStringLiteral("--idea"),
                       QStringLiteral("Drone deliveries for pharmacies"),
                       QStringLiteral("--db"),
                       cli.db(),
                       QStringLiteral("--output"),
                       cli.output(),
                       QStringLiteral("--approve-gates"),
                       QStringLiteral("--json"),
                       QStringLiteral("--llm-base-url"),
                       server.baseUrl(),
                       QStringLiteral("--llm-model"),
                       QStringLiteral("m1")} +
           extra;
}

namespace {

// Every answer ends with the verdict line the checks ask for.
void answerWithVerdicts(FakeOpenAi &server)
{
    FakeOpenAi::Reply reply;
    reply.chunks = {QStringLiteral("Looked at it closely.\n"), QStringLiteral("VERDICT: PASS")};
    server.setDefaultReply(reply);
}

} // namespace

void TestLlmCommand::wholePipelineOnOneEndpoint()
{
    FakeOpenAi server;
    QVERIFY(server.listen());
    answerWithVerdicts(server);
    Test::Cli cli;
    const Test::CliResult r = runWhileServing(cli, runArgs(cli, server));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("m1 has no price"));
    // One request per agent stage of the shipped pipeline, each for the model, streamed,
    // with the idea in its prompt and no key (none was named).
    const QList<FakeOpenAi::Request> requests = server.requests();
    QSet<QByteArray> keys;
    QVERIFY2(requests.size() >= 12, QByteArray::number(requests.size()).constData());
    for (const FakeOpenAi::Request &request : requests) {
        QCOMPARE(request.json.value(QStringLiteral("model")).toString(), QStringLiteral("m1"));
        QVERIFY(request.json.value(QStringLiteral("stream")).toBool());
        QVERIFY(request.body.contains("Drone deliveries for pharmacies"));
        QVERIFY(request.header("authorization").isEmpty());
        keys.insert(request.header("idempotency-key"));
    }
    // Each attempt its own idempotency key.
    QVERIFY(!keys.contains(QByteArray()));
    QCOMPARE(keys.size(), requests.size());
    // The tokens the server billed are what the ledger posted, attempt by attempt.
    qint64 posted = 0;
    for (const QJsonObject &line : r.jsonLines()) {
        if (line.value(QStringLiteral("type")).toString() == u"budget_posted") {
            posted += line.value(QStringLiteral("data"))
                          .toObject()
                          .value(QStringLiteral("usedTokens"))
                          .toInteger();
        }
    }
    QCOMPARE(posted, server.billedTokens());
    // And the report bundle's execution.json says the same.
    QString bundle;
    for (const QJsonObject &line : r.jsonLines()) {
        if (line.value(QStringLiteral("type")).toString() == u"finished") {
            bundle = line.value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("bundle"))
                         .toString();
        }
    }
    QFile state(bundle + QStringLiteral("/execution.json"));
    QVERIFY2(state.open(QIODevice::ReadOnly), qPrintable(state.fileName()));
    const QJsonObject resources = QJsonDocument::fromJson(state.readAll())
                                      .object()
                                      .value(QStringLiteral("resources"))
                                      .toObject();
    QCOMPARE(resources.value(QStringLiteral("tokensUsed")).toInteger(), server.billedTokens());
    QVERIFY(server.billedTokens() > 0);
}

void TestLlmCommand::keyFromASecretsFolder()
{
    FakeOpenAi server;
    QVERIFY(server.listen());
    answerWithVerdicts(server);
    server.setRequiredKey("sk-folder-key");
    Test::Cli cli;
    const QString folder = cli.path(QStringLiteral("secrets"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
    QFile key(folder + QStringLiteral("/MODEL_KEY"));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("sk-folder-key\n");
    key.close();
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Test::CliResult r =
        runWhileServing(cli, runArgs(cli, server,
                                     {QStringLiteral("--llm-key"), QStringLiteral("MODEL_KEY"),
                                      QStringLiteral("--secrets-dir"), folder}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!server.requests().isEmpty());
    for (const FakeOpenAi::Request &request : server.requests()) {
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-folder-key"));
    }
    // The key is in no file conductor wrote: database, WAL, logs, settings, bundles.
    int scanned = 0;
    QDirIterator files(cli.path(QString()), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.startsWith(folder + u'/')) {
            continue; // where it is kept
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("sk-folder-key"), qPrintable(path));
        ++scanned;
    }
    QVERIFY2(scanned > 10, QByteArray::number(scanned).constData()); // the bundle's files too
}

void TestLlmCommand::missingKeyIsNamed()
{
    FakeOpenAi server;
    QVERIFY(server.listen());
    Test::Cli cli;
    const QString folder = cli.path(QStringLiteral("empty-secrets"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
    const Test::CliResult r =
        runWhileServing(cli, runArgs(cli, server,
                                     {QStringLiteral("--llm-key"), QStringLiteral("MODEL_KEY"),
                                      QStringLiteral("--secrets-dir"), folder}));
    QCOMPARE(r.exitCode, 1);
    const QByteArray printed = r.out + r.err;
    QVERIFY2(printed.contains("AUTHENTICATION"), printed.constData());
    QVERIFY2(printed.contains("conductor secrets set MODEL_KEY"), printed.constData());
    QVERIFY(server.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestLlmCommand)
#include "tst_llmcommand.moc"
