// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// `conductor --headless` end to end: the real server process on a real SQLite file, real
// HTTP on loopback, tokens made with `conductor token create`. The design document's own
// requests create an idea, start the I2S pipeline on it, follow the execution and approve
// its gates until it completes; the API refuses what it must (no token, a role too low,
// bad JSON, a wrong method, a body too large, forged and unsigned tokens). SIGTERM stops
// the server cleanly and a restart goes on where it stopped; kill -9 at random moments
// loses no acknowledged execution, idea or decision; a public address needs TLS; without
// its signing key the server does not start; the event stream sends the history and then
// the live events without a gap.

#include "headlessdeployment.h"

#include <QMessageAuthenticationCode>
#include <QSet>
#include <QStandardPaths>

using namespace Conductor;
using namespace Conductor::Test;
using namespace Qt::StringLiterals;

class TestHeadless final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkedByTheIssue();
    void stopsCleanlyOnSigterm();
    void killNineLosesNothing();
    void refusesPublicAddressWithoutTls();
    void needsItsSigningKey();
    void servesEventStream();
};

void TestHeadless::checkedByTheIssue()
{
    Deployment d;
    prepare(d, "0.02");
    if (QTest::currentTestFailed()) {
        return;
    }
    Test::HeadlessServer server(d.cli, d.arguments());
    QVERIFY2(server.start(), server.output().constData());
    QCOMPARE(server.url().scheme(), u"http"_s);
    QCOMPARE(server.url().host(), u"127.0.0.1"_s);
    const Test::Endpoint &api = server.endpoint();

    Test::HttpAnswer r = Test::request(api, "POST", "/api/conductor/ideas", d.operatorToken,
                                       ideaBody(u"idea_7f8e9d0a"_s, u"AI code review assistant"_s));
    QVERIFY2(r.status == 201, r.describe().constData());
    QCOMPARE(r.json().value(u"ideaId"_s).toString(), u"idea_7f8e9d0a"_s);
    QCOMPARE(r.header("Location"), "/api/conductor/ideas/idea_7f8e9d0a");
    QCOMPARE(r.json().value(u"createdBy"_s).toString(), u"ops"_s);

    r = Test::request(api, "POST", "/api/conductor/pipeline/start", d.operatorToken, kStartBody);
    QVERIFY2(r.status == 201, r.describe().constData());
    const QString id = r.json().value(u"id"_s).toString();
    QVERIFY2(id.startsWith(u"exec_"_s), r.body.constData());
    const QByteArray location = r.header("Location");
    QCOMPARE(location, "/api/conductor/execution/" + id.toUtf8());
    QCOMPARE(r.json().value(u"ideaId"_s).toString(), u"idea_7f8e9d0a"_s);

    // Followed through its Location until it completes, approving each gate it waits at.
    QStringList approvedTypes;
    QSet<QString> statuses;
    QString lastGate;
    bool sawNextGateAhead = false;
    bool sawNextGateOpen = false;
    QElapsedTimer timer;
    timer.start();
    QJsonObject e;
    while (timer.elapsed() < 180'000) {
        r = Test::request(api, "GET", location, d.viewerToken);
        QVERIFY2(r.status == 200, r.describe().constData());
        e = r.json();
        QCOMPARE(e.value(u"id"_s).toString(), id);
        const QString status = e.value(u"status"_s).toString();
        statuses.insert(status);
        const QJsonObject progress = e.value(u"progress"_s).toObject();
        for (const QString &key :
             {u"currentStage"_s, u"completed"_s, u"total"_s, u"percentage"_s}) {
            QVERIFY2(progress.contains(key), qPrintable(key));
        }
        QVERIFY(progress.value(u"currentStage"_s).isString());
        QCOMPARE(progress.value(u"total"_s).toInt(), 15);
        const QJsonObject resources = e.value(u"resources"_s).toObject();
        for (const QString &key : {u"tokensUsed"_s, u"timeElapsed"_s, u"costAccrued"_s}) {
            QVERIFY2(resources.value(key).isDouble(), qPrintable(key));
        }
        QVERIFY(e.contains(u"nextGate"_s));
        if (status == u"completed") {
            break;
        }
        QVERIFY2(status == u"pending" || status == u"running" || status == u"paused",
                 qPrintable(status));
        const QJsonObject next = e.value(u"nextGate"_s).toObject();
        sawNextGateAhead =
            sawNextGateAhead || (next.value(u"type"_s).isString() && next.value(u"id"_s).isNull());

        r = Test::request(api, "GET", "/api/conductor/gates?status=pending", d.viewerToken);
        QVERIFY2(r.status == 200, r.describe().constData());
        for (const QJsonValue &v : r.json().value(u"items"_s).toArray()) {
            const QJsonObject gate = v.toObject();
            QCOMPARE(gate.value(u"executionId"_s).toString(), id);
            QCOMPARE(gate.value(u"status"_s).toString(), u"pending"_s);
            lastGate = gate.value(u"id"_s).toString();
            // The execution shows the gate it waits at.
            r = Test::request(api, "GET", location, d.viewerToken);
            const QJsonObject waiting = r.json().value(u"nextGate"_s).toObject();
            QCOMPARE(waiting.value(u"id"_s).toString(), lastGate);
            QCOMPARE(waiting.value(u"type"_s).toString(), gate.value(u"type"_s).toString());
            sawNextGateOpen = true;
            r = Test::request(api, "POST", "/api/conductor/gates/" + lastGate.toUtf8() + "/approve",
                              d.approverToken, kApproveBody);
            QVERIFY2(r.status == 200, r.describe().constData());
            QCOMPARE(r.json().value(u"decision"_s).toString(), u"approve"_s);
            QCOMPARE(r.json().value(u"reviewer"_s).toString(), u"user_123"_s);
            QCOMPARE(r.json().value(u"executionId"_s).toString(), id);
            approvedTypes.append(gate.value(u"type"_s).toString());
        }
        QTest::qWait(50);
    }
    QVERIFY2(e.value(u"status"_s).toString() == u"completed",
             QJsonDocument(e).toJson().constData());
    QCOMPARE(approvedTypes, (QStringList{u"risk_review"_s, u"security_check"_s}));
    QVERIFY(sawNextGateAhead);
    QVERIFY(sawNextGateOpen);
    QVERIFY(statuses.contains(u"running"_s));
    const QJsonObject progress = e.value(u"progress"_s).toObject();
    QCOMPARE(progress.value(u"completed"_s).toInt(), 15);
    QCOMPARE(progress.value(u"percentage"_s).toInt(), 100);
    QVERIFY(e.value(u"resources"_s).toObject().value(u"tokensUsed"_s).toDouble() > 100'000);
    QVERIFY(e.value(u"resources"_s).toObject().value(u"costAccrued"_s).toDouble() > 1.0);
    QVERIFY(e.value(u"nextGate"_s).isNull());
    QCOMPARE(checkHistory(storedEvents(d.cli.db(), id)), QString());

    // The idea lists its execution; the decided gates are in the list of approved ones.
    r = Test::request(api, "GET", "/api/conductor/ideas/idea_7f8e9d0a", d.viewerToken);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"executions"_s).toArray(), QJsonArray{id});
    r = Test::request(api, "GET", "/api/conductor/gates?status=approved", d.viewerToken);
    QCOMPARE(r.json().value(u"items"_s).toArray().size(), 2);
    QCOMPARE(r.json().value(u"items"_s).toArray().at(0).toObject().value(u"reviewer"_s).toString(),
             u"user_123"_s);

    // No token.
    r = Test::request(api, "GET", "/api/conductor/execution/" + id.toUtf8());
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    r = Test::request(api, "POST", "/api/conductor/ideas", {}, ideaBody(u"idea_x"_s, u"X"_s));
    QCOMPARE(r.status, 401);
    // A viewer deciding a gate, and an operator too.
    r = Test::request(api, "POST", "/api/conductor/gates/" + lastGate.toUtf8() + "/approve",
                      d.viewerToken, kApproveBody);
    QVERIFY2(r.status == 403, r.describe().constData());
    QCOMPARE(r.json().value(u"error"_s).toString(), u"forbidden"_s);
    r = Test::request(api, "POST", "/api/conductor/gates/" + lastGate.toUtf8() + "/approve",
                      d.operatorToken, kApproveBody);
    QCOMPARE(r.status, 403);
    // Bad JSON.
    r = Test::request(api, "POST", "/api/conductor/ideas", d.operatorToken,
                      R"({"title": "unfinished", )");
    QVERIFY2(r.status == 400, r.describe().constData());
    r = Test::request(api, "POST", "/api/conductor/pipeline/start", d.operatorToken, "[1, 2]");
    QCOMPARE(r.status, 400);
    // A wrong method.
    r = Test::request(api, "DELETE", "/api/conductor/gates", d.approverToken);
    QVERIFY2(r.status == 405, r.describe().constData());
    QCOMPARE(r.header("Allow"), "GET");
    // 5 MB announced: refused on the head alone, the body never sent.
    {
        Test::PendingRequest big(api, "POST", "/api/conductor/ideas", d.operatorToken, {},
                                 {{"Content-Length", "5242880"}}, false);
        r = big.wait(10'000);
        QVERIFY2(r.status == 413, r.describe().constData());
    }
    // Forged: the right shape, signed with another key; and unsigned (alg none).
    const QList<QByteArray> parts = d.viewerToken.split('.');
    QCOMPARE(parts.size(), 3);
    const QByteArray forged =
        parts.at(0) + '.' + parts.at(1) + '.' +
        base64Url(QMessageAuthenticationCode::hash(
            parts.at(0) + '.' + parts.at(1), QByteArray(32, 'k'), QCryptographicHash::Sha256));
    QCOMPARE(forged.size(), d.viewerToken.size());
    QVERIFY(forged != d.viewerToken);
    const QByteArray unsigned_ =
        base64Url(R"({"alg":"none","typ":"JWT"})") + '.' + parts.at(1) + '.';
    for (const QByteArray &token :
         QList<QByteArray>{forged, unsigned_, QByteArray(parts.at(0) + '.' + parts.at(1))}) {
        r = Test::request(api, "GET", "/api/conductor/gates", token);
        QVERIFY2(r.status == 401, token.constData());
    }
    // The genuine token still works: the refusals were for the signature.
    QCOMPARE(Test::request(api, "GET", "/api/conductor/gates", d.viewerToken).status, 200);
    // Health needs no token.
    r = Test::request(api, "GET", "/api/conductor/health");
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"database"_s).toObject().value(u"ok"_s).toBool(), true);

    QCOMPARE(server.terminate(), 0);
}

void TestHeadless::stopsCleanlyOnSigterm()
{
    Deployment d;
    prepare(d, "0.2");
    if (QTest::currentTestFailed()) {
        return;
    }
    Test::HeadlessServer server(d.cli, d.arguments());
    QVERIFY2(server.start(), server.output().constData());
    Test::HttpAnswer r =
        Test::request(server.endpoint(), "POST", "/api/conductor/ideas", d.operatorToken,
                      ideaBody(u"idea_sigterm"_s, u"Stopped and started again"_s));
    QVERIFY2(r.status == 201, r.describe().constData());
    r = Test::request(server.endpoint(), "POST", "/api/conductor/pipeline/start", d.operatorToken,
                      startBodyFor(u"idea_sigterm"_s));
    QVERIFY2(r.status == 201, r.describe().constData());
    const QString id = r.json().value(u"id"_s).toString();

    // Stopped while it runs its third stage or so, before the first gate.
    QElapsedTimer timer;
    timer.start();
    int completed = 0;
    while (completed < 2 && timer.elapsed() < 30'000) {
        QTest::qWait(50);
        r = Test::request(server.endpoint(), "GET", "/api/conductor/execution/" + id.toUtf8(),
                          d.viewerToken);
        completed = r.json().value(u"progress"_s).toObject().value(u"completed"_s).toInt();
    }
    QVERIFY2(completed >= 2, r.describe().constData());
    QCOMPARE(r.json().value(u"status"_s).toString(), u"running"_s);
    timer.restart();
    QCOMPARE(server.terminate(10'000), 0);
    QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(server.output().contains("stopping on a signal"), server.output().constData());

    const QList<StoredEvent> before = storedEvents(d.cli.db(), id);
    QVERIFY(before.size() >= 5);
    QCOMPARE(before.last().seq, before.size());
    for (const StoredEvent &e : before) {
        QVERIFY(e.type != u"execution_completed");
    }

    // Started again on the same database: the execution goes on to its end.
    QVERIFY2(server.start(), server.output().constData());
    r = Test::request(server.endpoint(), "GET", "/api/conductor/execution/" + id.toUtf8(),
                      d.viewerToken);
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(r.json().value(u"status"_s).toString() != u"completed");
    const QStringList approved = approveUntilCompleted(server.endpoint(), d, {id}, 180'000);
    QCOMPARE(approved, (QStringList{u"risk_review"_s, u"security_check"_s, u"all completed"_s}));

    const QList<StoredEvent> after = storedEvents(d.cli.db(), id);
    QCOMPARE(checkHistory(after), QString());
    QCOMPARE(after.mid(0, before.size()), before);
    QVERIFY(after.size() > before.size());
    QCOMPARE(server.terminate(), 0);
}

void TestHeadless::killNineLosesNothing()
{
    Deployment d;
    prepare(d, "0.1", true);
    if (QTest::currentTestFailed()) {
        return;
    }
    const quint32 seed = qEnvironmentVariableIsSet("CONDUCTOR_KILL_SEED")
                             ? qEnvironmentVariableIntValue("CONDUCTOR_KILL_SEED")
                             : QRandomGenerator::system()->generate();
    const int rounds = qEnvironmentVariableIntValue("CONDUCTOR_KILL_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("CONDUCTOR_KILL_ROUNDS")
                           : 4;
    qInfo("seed %u (CONDUCTOR_KILL_SEED repeats it), %d rounds", seed, rounds);
    QRandomGenerator random(seed);

    QHash<QString, QString> acknowledged; // execution -> idea
    QStringList ideas;
    QSet<QString> decided; // gates whose approval was answered 200
    Test::HeadlessServer server(d.cli, d.arguments());
    for (int round = 0; round < rounds; ++round) {
        QVERIFY2(server.start(), server.output().constData());
        const Test::Endpoint api = server.endpoint();
        const QString idea = u"idea_round%1"_s.arg(round);
        Test::HttpAnswer r = Test::request(api, "POST", "/api/conductor/ideas", d.operatorToken,
                                           ideaBody(idea, u"Round %1"_s.arg(round)));
        QVERIFY2(r.status == 201, r.describe().constData());
        ideas.append(idea);

        // Starts spread over the round, gates approved as they open, and a kill at a
        // random moment, requests in flight or not.
        // Every other round or so, the kill follows the k-th answer at once: an answer sent
        // before what it acknowledges is durable would be caught there.
        const int starts = 4 + static_cast<int>(random.bounded(3));
        const bool killOnAnswer = random.bounded(2) == 0;
        const int killAfterAnswers = 1 + static_cast<int>(random.bounded(starts + 1));
        const qint64 killAt = killOnAnswer ? 8000 : 100 + random.bounded(4000);
        QList<qint64> startAt;
        for (int i = 0; i < starts; ++i) {
            startAt.append(random.bounded(static_cast<int>(killOnAnswer ? 3000 : killAt)));
        }
        std::sort(startAt.begin(), startAt.end());
        std::vector<std::unique_ptr<Test::PendingRequest>> startRequests;
        std::unique_ptr<Test::PendingRequest> gateList;
        QSet<QString> decidedWhenListed;
        QHash<QString, std::shared_ptr<Test::PendingRequest>> approvals;
        int answers = 0; // acknowledged this round
        const auto collect = [&] {
            for (const auto &s : startRequests) {
                if (s->done() || !s->poll(0)) {
                    continue;
                }
                const Test::HttpAnswer &a = s->answer();
                if (a.status == 201) {
                    acknowledged.insert(a.json().value(u"id"_s).toString(), idea);
                    ++answers;
                } else if (a.status != 0) {
                    QFAIL(a.describe().constData());
                }
            }
            for (auto it = approvals.begin(); it != approvals.end(); ++it) {
                if (!it.value()->done() && it.value()->poll(0) &&
                    it.value()->answer().status == 200) {
                    decided.insert(it.key());
                    ++answers;
                }
            }
        };
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < killAt && !(killOnAnswer && answers >= killAfterAnswers)) {
            while (!startAt.isEmpty() && startAt.first() <= timer.elapsed()) {
                startAt.removeFirst();
                startRequests.push_back(std::make_unique<Test::PendingRequest>(
                    api, "POST", "/api/conductor/pipeline/start", d.operatorToken,
                    startBodyFor(idea)));
            }
            if (!gateList) {
                gateList = std::make_unique<Test::PendingRequest>(
                    api, "GET", "/api/conductor/gates?status=pending", d.viewerToken);
                decidedWhenListed = decided;
            } else if (gateList->poll(5)) {
                for (const QJsonValue &v : gateList->answer().json().value(u"items"_s).toArray()) {
                    const QString gate = v.toObject().value(u"id"_s).toString();
                    // (A list asked for before a decision was answered may show it pending.)
                    QVERIFY2(!decidedWhenListed.contains(gate),
                             qPrintable(gate + u" is pending again"_s));
                    if (!approvals.contains(gate)) {
                        approvals.insert(gate,
                                         std::make_shared<Test::PendingRequest>(
                                             api, "POST",
                                             "/api/conductor/gates/" + gate.toUtf8() + "/approve",
                                             d.approverToken, kApproveBody));
                    }
                }
                gateList.reset();
            }
            collect();
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        server.kill();
        // Answers that came before the kill are acknowledged; the rest were not sent.
        collect();
        qInfo("round %d: killed after %lld ms%s, %d starts sent; %lld starts and %lld "
              "decisions acknowledged in all",
              round, static_cast<long long>(timer.elapsed()), killOnAnswer ? " (on an answer)" : "",
              static_cast<int>(startRequests.size()), static_cast<long long>(acknowledged.size()),
              static_cast<long long>(decided.size()));
    }

    // A last run until every acknowledged execution has completed.
    QVERIFY2(server.start(), server.output().constData());
    const Test::Endpoint api = server.endpoint();
    QStringList ids = acknowledged.keys();
    QVERIFY2(!ids.isEmpty(), "no start was acknowledged in any round");
    for (const QString &id : std::as_const(ids)) {
        const Test::HttpAnswer r =
            Test::request(api, "GET", "/api/conductor/execution/" + id.toUtf8(), d.viewerToken);
        QVERIFY2(r.status == 200, qPrintable(id + u": "_s + QString::fromUtf8(r.describe())));
    }
    const Test::HttpAnswer pending =
        Test::request(api, "GET", "/api/conductor/gates?status=pending", d.viewerToken);
    for (const QJsonValue &v : pending.json().value(u"items"_s).toArray()) {
        const QString gate = v.toObject().value(u"id"_s).toString();
        QVERIFY2(!decided.contains(gate), qPrintable(gate + u" is pending again"_s));
    }
    const QStringList approved = approveUntilCompleted(api, d, ids, 300'000);
    QVERIFY2(approved.endsWith(u"all completed"_s), server.output().constData());
    for (const QString &id : std::as_const(ids)) {
        const QString problem = checkHistory(storedEvents(d.cli.db(), id));
        QVERIFY2(problem.isEmpty(), qPrintable(id + u": "_s + problem));
    }
    for (const QString &idea : std::as_const(ideas)) {
        const Test::HttpAnswer r =
            Test::request(api, "GET", "/api/conductor/ideas/" + idea.toUtf8(), d.viewerToken);
        QVERIFY2(r.status == 200, r.describe().constData());
        const QVariantList executions = r.json().value(u"executions"_s).toArray().toVariantList();
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            if (it.value() == idea) {
                QVERIFY2(executions.contains(it.key()), qPrintable(idea + u" lacks "_s + it.key()));
            }
        }
    }
    QCOMPARE(server.terminate(), 0);
}

void TestHeadless::refusesPublicAddressWithoutTls()
{
    Deployment d;
    prepare(d, "0");
    if (QTest::currentTestFailed()) {
        return;
    }
    const Test::CliResult refused =
        d.cli.run(QStringList{u"--headless"_s} + d.arguments(u"0.0.0.0:0"_s), 60'000);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("TLS"), refused.err.constData());
    QVERIFY(!refused.out.contains("listening on"));

    // A self-signed pair for localhost.
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QVERIFY2(!openssl.isEmpty(), "openssl is needed (scripts/install-deps.sh --test)");
    const QString key = d.cli.path(u"key.pem"_s);
    const QString certificate = d.cli.path(u"cert.pem"_s);
    QProcess make;
    make.start(openssl,
               {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s,
                u"/CN=localhost"_s, u"-days"_s, u"1"_s, u"-keyout"_s, key, u"-out"_s, certificate});
    QVERIFY(make.waitForFinished(60'000));
    QCOMPARE(make.exitCode(), 0);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificate);
    QCOMPARE(chain.size(), 1);

    Test::HeadlessServer server(d.cli,
                                d.arguments(u"0.0.0.0:0"_s) +
                                    QStringList{u"--tls-cert"_s, certificate, u"--tls-key"_s, key});
    QVERIFY2(server.start(), server.output().constData());
    QCOMPARE(server.url().scheme(), u"https"_s);
    Test::Endpoint api = server.endpoint();
    api.certificate = chain.first();
    Test::HttpAnswer r = Test::request(api, "GET", "/api/conductor/health");
    QVERIFY2(r.status == 200, QByteArray(r.describe() + server.output()).constData());
    QCOMPARE(r.json().value(u"status"_s).toString(), u"ok"_s);
    r = Test::request(api, "GET", "/api/conductor/gates", d.viewerToken);
    QVERIFY2(r.status == 200, r.describe().constData());
    // Plain HTTP on the TLS port gets no answer.
    Test::Endpoint plain = server.endpoint();
    QCOMPARE(Test::request(plain, "GET", "/api/conductor/health").status, 0);
    QCOMPARE(server.terminate(), 0);
}

void TestHeadless::needsItsSigningKey()
{
    // The secrets folder is read-only to Conductor: it makes no key there, and says how to.
    Deployment d;
    prepare(d, "0");
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(QFile::remove(d.secrets + u"/conductor.api-signing-key"_s));
    const Test::CliResult r = d.cli.run(QStringList{u"--headless"_s} + d.arguments(), 60'000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("openssl rand -hex 32"), r.err.constData());
    QVERIFY(!r.out.contains("listening on"));
    QVERIFY(QDir(d.secrets).isEmpty());
}

void TestHeadless::servesEventStream()
{
    Deployment d;
    prepare(d, "0.1");
    if (QTest::currentTestFailed()) {
        return;
    }
    Test::HeadlessServer server(d.cli, d.arguments());
    QVERIFY2(server.start(), server.output().constData());
    const Test::Endpoint api = server.endpoint();
    Test::HttpAnswer r = Test::request(api, "POST", "/api/conductor/ideas", d.operatorToken,
                                       ideaBody(u"idea_stream"_s, u"Streamed"_s));
    QVERIFY2(r.status == 201, r.describe().constData());
    r = Test::request(api, "POST", "/api/conductor/pipeline/start", d.operatorToken,
                      startBodyFor(u"idea_stream"_s));
    QVERIFY2(r.status == 201, r.describe().constData());
    const QString id = r.json().value(u"id"_s).toString();
    QElapsedTimer timer;
    timer.start();
    while (storedEvents(d.cli.db(), id).size() < 4 && timer.elapsed() < 30'000) {
        QTest::qWait(20);
    }
    const qint64 storedAtOpen = storedEvents(d.cli.db(), id).size();
    QVERIFY(storedAtOpen >= 4);

    // The stream, read as it comes while the gates are approved.
    Test::PendingRequest stream(api, "GET", "/api/conductor/events?executionId=" + id.toUtf8(),
                                d.viewerToken);
    QAbstractSocket *socket = stream.socket();
    QByteArray bytes;
    Test::HttpAnswer head;
    QList<qint64> seqs;
    bool completed = false;
    timer.restart();
    QElapsedTimer sinceGates;
    sinceGates.start();
    while (!completed && timer.elapsed() < 120'000 &&
           socket->state() != QAbstractSocket::UnconnectedState) {
        socket->waitForReadyRead(50);
        bytes += socket->readAll();
        if (head.status == 0) {
            if (!Test::parseHead(bytes, &head)) {
                continue;
            }
            QCOMPARE(head.status, 200);
            QVERIFY2(head.header("Content-Type").startsWith("text/event-stream"),
                     head.head.constData());
            bytes = head.body;
        }
        qsizetype end = 0;
        while ((end = bytes.indexOf("\n\n")) >= 0) {
            const QByteArray block = bytes.left(end);
            bytes.remove(0, end + 2);
            if (block.startsWith(':')) {
                continue; // a comment: the stream's opening, a keep-alive
            }
            QByteArray frameId;
            QByteArray event;
            QByteArray data;
            for (const QByteArray &line : block.split('\n')) {
                if (line.startsWith("id: ")) {
                    frameId = line.mid(4);
                } else if (line.startsWith("event: ")) {
                    event = line.mid(7);
                } else if (line.startsWith("data: ")) {
                    data = line.mid(6);
                } else {
                    QFAIL(block.constData());
                }
            }
            const QJsonObject json = QJsonDocument::fromJson(data).object();
            const qint64 seq = json.value(u"seq"_s).toInteger();
            QCOMPARE(frameId, id.toUtf8() + ':' + QByteArray::number(seq));
            QCOMPARE(event, json.value(u"type"_s).toString().toUtf8());
            QCOMPARE(json.value(u"executionId"_s).toString(), id);
            QCOMPARE(seq, seqs.size() + 1); // from the first, without gaps or repeats
            seqs.append(seq);
            completed = event == "execution_completed";
        }
        if (sinceGates.elapsed() > 200) {
            sinceGates.restart();
            r = Test::request(api, "GET", "/api/conductor/gates?status=pending", d.viewerToken);
            for (const QJsonValue &v : r.json().value(u"items"_s).toArray()) {
                const QByteArray gate = v.toObject().value(u"id"_s).toString().toUtf8();
                QCOMPARE(Test::request(api, "POST", "/api/conductor/gates/" + gate + "/approve",
                                       d.approverToken, kApproveBody)
                             .status,
                         200);
            }
        }
    }
    QVERIFY2(completed, bytes.constData());
    const QList<StoredEvent> stored = storedEvents(d.cli.db(), id);
    QCOMPARE(checkHistory(stored), QString());
    QCOMPARE(seqs.size(), stored.size());
    // The history was there when it opened, and live events followed.
    QVERIFY(storedAtOpen < seqs.size());

    // The stream stays open after the end, until the server stops.
    QVERIFY(!socket->waitForDisconnected(500));
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    timer.restart();
    QCOMPARE(server.terminate(), 0);
    if (socket->state() != QAbstractSocket::UnconnectedState) {
        QVERIFY(socket->waitForDisconnected(5'000));
    }
    QVERIFY(timer.elapsed() < 5'000);
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
