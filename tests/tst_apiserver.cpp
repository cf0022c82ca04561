// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The REST API over real HTTP on loopback, served by a real session on a SQLite database:
// the design document's routes and example bodies, every other route, the answers to bad
// bodies, unknown ids and decided gates, the order of the checks, the event stream and
// the refusal to serve a public address without TLS.

#include "apiclient.h"
#include "designexamples.h"
#include "engine/engine.h"
#include "openapischema.h"
#include "store/idearows.h"

#include <QFile>

#include <QRegularExpression>
#include <QThread>

using namespace Conductor;
using namespace Conductor::Test;

class TestApiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void designDocumentFlow();
    void listsExecutionsByPage();
    void pausesResumesAndCancels();
    void intervenes();
    void decisionsCheckedLikeTheCommandLine();
    void badBodiesAndUnknownIds_data();
    void badBodiesAndUnknownIds();
    void checksInOrder_data();
    void checksInOrder();
    void statusRoutes();
    void healthShowsAStalledEngine();
    void answersAsDescribed();
    void refusesPublicAddressWithoutTls();
};

void TestApiServer::designDocumentFlow()
{
    ApiFixture api;
    QVERIFY(api.start());
    const QByteArray ops = api.token(Role::Operator, QStringLiteral("ops"));
    const QByteArray reviewer = api.token(Role::Approver, QStringLiteral("user_123"));

    const HttpReply created = api.post("/api/conductor/ideas", ops, ideaBody());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("ideaId")).toString(),
             QStringLiteral("idea_7f8e9d0a"));
    QCOMPARE(created.header("Location"), QByteArray("/api/conductor/ideas/idea_7f8e9d0a"));
    QCOMPARE(created.header("Connection"), QByteArray("close"));

    const HttpReply started = api.post("/api/conductor/pipeline/start", ops, kStartBody);
    QCOMPARE(started.status, 201);
    const QString id = started.json().value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QStringLiteral("exec_")));
    QCOMPARE(started.header("Location"), "/api/conductor/execution/" + id.toUtf8());

    // The design document's Monitor Execution shape.
    const QJsonObject running = waitForExecution(api, ops, id, [](const QJsonObject &e) {
        return e.value(QStringLiteral("progress"))
                   .toObject()
                   .value(QStringLiteral("completed"))
                   .toInt() > 0;
    });
    for (const char *key : {"id", "status", "progress", "resources", "nextGate"}) {
        QVERIFY2(running.contains(QLatin1String(key)), key);
    }
    const QJsonObject progress = running.value(QStringLiteral("progress")).toObject();
    for (const char *key : {"currentStage", "completed", "total", "percentage"}) {
        QVERIFY2(progress.contains(QLatin1String(key)), key);
    }
    QCOMPARE(progress.value(QStringLiteral("total")).toInt(), 15);
    const QJsonObject resources = running.value(QStringLiteral("resources")).toObject();
    QVERIFY(resources.value(QStringLiteral("tokensUsed")).toInteger() > 0);
    QVERIFY(resources.value(QStringLiteral("costAccrued")).toDouble() > 0);
    QVERIFY(resources.contains(QStringLiteral("timeElapsed")));
    QCOMPARE(running.value(QStringLiteral("ideaId")).toString(), QStringLiteral("idea_7f8e9d0a"));

    // Every gate approved with the design document's body, as user_123, until it completes.
    int approved = 0;
    QJsonObject last;
    for (int round = 0; round < 10; ++round) {
        last = waitForExecution(api, ops, id, [](const QJsonObject &e) {
            return !e.value(QStringLiteral("waitingAtGate")).isNull() ||
                   e.value(QStringLiteral("status")).toString() == u"completed";
        });
        if (last.value(QStringLiteral("status")).toString() == u"completed") {
            break;
        }
        const QString gate = last.value(QStringLiteral("waitingAtGate"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
        QCOMPARE(last.value(QStringLiteral("nextGate"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 gate);
        QCOMPARE(pendingGateOf(api, ops, id), gate);
        const HttpReply decided =
            api.post("/api/conductor/gates/" + gate.toUtf8() + "/approve", reviewer, kApproveBody);
        QCOMPARE(decided.status, 200);
        QCOMPARE(decided.json().value(QStringLiteral("reviewer")).toString(),
                 QStringLiteral("user_123"));
        ++approved;
    }
    QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY(approved >= 2); // the risk gate and the deploy gate
    QCOMPARE(last.value(QStringLiteral("progress"))
                 .toObject()
                 .value(QStringLiteral("percentage"))
                 .toInt(),
             100);
    QVERIFY(last.value(QStringLiteral("nextGate")).isNull());

    // The idea knows its execution; the decisions name the token's subject.
    const QJsonObject idea = api.get("/api/conductor/ideas/idea_7f8e9d0a", ops).json();
    QCOMPARE(idea.value(QStringLiteral("executions")).toArray(), QJsonArray{id});
    QCOMPARE(idea.value(QStringLiteral("createdBy")).toString(), QStringLiteral("ops"));
    const ExecutionState state = [&] {
        ExecutionState s;
        for (const ExecutionEvent &e : api.queries->events(id)) {
            s.apply(e);
        }
        return s;
    }();
    QCOMPARE(state.startedBy, QStringLiteral("ops"));
    for (const GateRecord &g : state.gates) {
        QCOMPARE(g.reviewer, QStringLiteral("user_123"));
        QCOMPARE(g.notes, QStringLiteral("Risk assessment acceptable for MVP scope"));
    }
}

void TestApiServer::listsExecutionsByPage()
{
    ApiFixture api;
    QVERIFY(api.start(1.0));
    const QByteArray ops = api.token(Role::Operator, QStringLiteral("ops"));
    QCOMPARE(api.post("/api/conductor/ideas", ops, ideaBody()).status, 201);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        const HttpReply r =
            api.post("/api/conductor/pipeline/start", ops, R"({"ideaId": "idea_7f8e9d0a"})");
        QCOMPARE(r.status, 201);
        ids.prepend(r.json().value(QStringLiteral("id")).toString());
    }
    QStringList seen;
    for (int page = 1; page <= 3; ++page) {
        const QJsonObject list =
            api.get("/api/conductor/executions?pageSize=2&page=" + QByteArray::number(page), ops)
                .json();
        QCOMPARE(list.value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(list.value(QStringLiteral("page")).toInt(), page);
        for (const QJsonValue &row : list.value(QStringLiteral("items")).toArray()) {
            seen.append(row.toObject().value(QStringLiteral("id")).toString());
            QCOMPARE(row.toObject().value(QStringLiteral("ideaId")).toString(),
                     QStringLiteral("idea_7f8e9d0a"));
        }
    }
    QCOMPARE(seen.size(), 5);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()), QSet<QString>(ids.begin(), ids.end()));
    const QJsonObject running = api.get("/api/conductor/executions?status=completed", ops).json();
    QCOMPARE(running.value(QStringLiteral("total")).toInt(), 0);
    QCOMPARE(api.get("/api/conductor/executions?status=done", ops).status, 400);
    QCOMPARE(api.get("/api/conductor/executions?pageSize=500", ops).status, 400);
    QCOMPARE(api.get("/api/conductor/executions?page=0", ops).status, 400);
}

void TestApiServer::pausesResumesAndCancels()
{
    ApiFixture api;
    QVERIFY(api.start(1.0)); // real pace: there is time to act
    const QByteArray ops = api.token(Role::Operator, QStringLiteral("ops"));
    QCOMPARE(api.post("/api/conductor/ideas", ops, ideaBody()).status, 201);
    const QString id = api.post("/api/conductor/pipeline/start", ops, kStartBody)
                           .json()
                           .value(QStringLiteral("id"))
                           .toString();
    const QByteArray base = "/api/conductor/execution/" + id.toUtf8();
    waitForExecution(api, ops, id, [](const QJsonObject &e) {
        return e.value(QStringLiteral("status")).toString() == u"running";
    });

    HttpReply r = api.post(base + "/pause", ops, R"({"reason": "look at the research"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(api.get(base, ops).json().value(QStringLiteral("status")).toString(),
             QStringLiteral("paused"));
    r = api.post(base + "/pause", ops);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.error(), QStringLiteral("refused"));
    QCOMPARE(api.post(base + "/resume", ops).status, 200);
    QCOMPARE(api.post(base + "/resume", ops).status, 409);
    QCOMPARE(api.post(base + "/cancel", ops, R"({"reason": "enough"})").status, 200);
    QCOMPARE(api.get(base, ops).json().value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(api.post(base + "/cancel", ops).status, 409);
    QCOMPARE(api.post(base + "/pause", ops, R"({"reason": 5})").status, 400);
    QCOMPARE(api.post(base + "/pause", ops, R"({"why": "x"})").status, 400);
    QCOMPARE(api.post("/api/conductor/execution/exec_00000000000000000000/pause", ops).status, 404);

    // The audit trail names the token's subject for each command.
    ExecutionState state;
    for (const ExecutionEvent &e : api.queries->events(id)) {
        state.apply(e);
    }
    QVERIFY(state.interventions.size() >= 3);
    for (const InterventionRecord &i : state.interventions) {
        QCOMPARE(i.by, QStringLiteral("ops"));
    }
}

void TestApiServer::intervenes()
{
    ApiFixture api;
    QVERIFY(api.start(1.0));
    const QByteArray ops = api.token(Role::Operator, QStringLiteral("ops"));
    const QByteArray approver = api.token(Role::Approver, QStringLiteral("anna"));
    QCOMPARE(api.post("/api/conductor/ideas", ops, ideaBody()).status, 201);
    const QString id = api.post("/api/conductor/pipeline/start", ops, kStartBody)
                           .json()
                           .value(QStringLiteral("id"))
                           .toString();
    const QByteArray path = "/api/conductor/execution/" + id.toUtf8() + "/interventions";

    // The design document's InterventionOptions: skip a stage still to come by its agent's
    // stage name, change a strategy, and pause.
    HttpReply r = api.post(
        path, ops,
        R"({"skipAgent": "ux", "changeStrategy": "research=linear", "pauseExecution": true, "reason": "UX is done by hand"})");
    QCOMPARE(r.status, 200);
    const QJsonArray applied = r.json().value(QStringLiteral("applied")).toArray();
    QCOMPARE(applied.size(), 3);
    for (const QJsonValue &a : applied) {
        QCOMPARE(a.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    }
    QCOMPARE(api.get("/api/conductor/execution/" + id.toUtf8(), ops)
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("paused"));

    // overrideBudget is the approvers'.
    r = api.post(path, ops, R"({"overrideBudget": 5.0})");
    QCOMPARE(r.status, 403);
    r = api.post(path, approver, R"({"overrideBudget": 5.0, "reason": "worth it"})");
    QCOMPARE(r.status, 200);

    // Refused by the engine: the answer says which part was applied.
    r = api.post(path, ops, R"({"changeStrategy": "research=sometimes"})");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QStringLiteral("applied")).toArray().size(), 1);
    QCOMPARE(api.post(path, ops, R"({"changeStrategy": "research"})").status, 400);
    QCOMPARE(api.post(path, ops, R"({"skipAgent": "nobody"})").status, 400);
    QCOMPARE(api.post(path, ops, R"({"reason": "nothing"})").status, 400);
    QCOMPARE(api.post(path, ops, R"({"overrideBudget": -1})").status, 400);
    QCOMPARE(api.post(path, ops, R"({"pauseExecution": "yes"})").status, 400);
}

void TestApiServer::decisionsCheckedLikeTheCommandLine()
{
    ApiFixture api;
    QVERIFY(api.start());
    const QByteArray ops = api.token(Role::Operator, QStringLiteral("ops"));
    const QByteArray viewer = api.token(Role::Viewer, QStringLiteral("val"));
    const QByteArray anna = api.token(Role::Approver, QStringLiteral("anna"));
    const QByteArray bob = api.token(Role::Approver, QStringLiteral("bob"));
    QCOMPARE(api.post("/api/conductor/ideas", ops, ideaBody()).status, 201);
    const QString id = api.post("/api/conductor/pipeline/start", ops, kStartBody)
                           .json()
                           .value(QStringLiteral("id"))
                           .toString();
    const QJsonObject waiting = waitForExecution(api, ops, id, [](const QJsonObject &e) {
        return !e.value(QStringLiteral("waitingAtGate")).isNull();
    });
    const QByteArray gate = waiting.value(QStringLiteral("waitingAtGate"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString()
                                .toUtf8();
    QVERIFY(!gate.isEmpty());
    const QByteArray path = "/api/conductor/gates/" + gate + "/approve";

    // A viewer deciding; a body naming someone other than the token's subject.
    QCOMPARE(api.post(path, viewer, kApproveBody).status, 403);
    HttpReply r = api.post(path, anna, kApproveBody);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("anna")));
    QCOMPARE(api.post(path, anna, R"({"decision": "maybe"})").status, 400);
    QCOMPARE(api.post(path, anna, R"({"decision": "approve", "grantTokens": 1000})").status, 400);
    QCOMPARE(api.post("/api/conductor/gates/gate_0000000000000000/approve", anna,
                      R"({"decision": "approve"})")
                 .status,
             404);

    // The first decision wins; the second is a conflict.
    r = api.post(path, anna, R"({"decision": "approve", "reviewer": "anna", "notes": "fine"})");
    QCOMPARE(r.status, 200);
    r = api.post(path, bob, R"({"decision": "reject"})");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.error(), QStringLiteral("gate_decided"));
    const QJsonArray approved = api.get("/api/conductor/gates?status=approved", ops)
                                    .json()
                                    .value(QStringLiteral("items"))
                                    .toArray();
    QCOMPARE(approved.size(), 1);
    QCOMPARE(approved.first().toObject().value(QStringLiteral("reviewer")).toString(),
             QStringLiteral("anna"));
    QCOMPARE(api.get("/api/conductor/gates?status=open", ops).status, 400);
}

void TestApiServer::badBodiesAndUnknownIds_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString bad = QStringLiteral("bad_request");
    QTest::newRow("idea: not JSON") << QByteArray("POST") << QByteArray("/api/conductor/ideas")
                                    << QByteArray("{\"title\": ") << 400 << bad;
    QTest::newRow("idea: an array") << QByteArray("POST") << QByteArray("/api/conductor/ideas")
                                    << QByteArray("[1]") << 400 << bad;
    QTest::newRow("idea: empty") << QByteArray("POST") << QByteArray("/api/conductor/ideas")
                                 << QByteArray() << 400 << bad;
    QTest::newRow("idea: no title") << QByteArray("POST") << QByteArray("/api/conductor/ideas")
                                    << QByteArray(R"({"description": "x"})") << 400 << bad;
    QTest::newRow("idea: unknown field")
        << QByteArray("POST") << QByteArray("/api/conductor/ideas")
        << QByteArray(R"({"title": "x", "owner": "y"})") << 400 << bad;
    QTest::newRow("idea: bad id") << QByteArray("POST") << QByteArray("/api/conductor/ideas")
                                  << QByteArray(R"({"title": "x", "id": "exec_1"})") << 400 << bad;
    QTest::newRow("idea: nested metadata")
        << QByteArray("POST") << QByteArray("/api/conductor/ideas")
        << QByteArray(R"({"title": "x", "metadata": {"a": {"b": 1}}})") << 400 << bad;
    QTest::newRow("idea: taken id")
        << QByteArray("POST") << QByteArray("/api/conductor/ideas")
        << ideaBody(QStringLiteral("idea_taken")) << 409 << QStringLiteral("idea_exists");
    QTest::newRow("idea: unknown")
        << QByteArray("GET") << QByteArray("/api/conductor/ideas/idea_nobody") << QByteArray()
        << 404 << QStringLiteral("not_found");
    QTest::newRow("start: unknown idea")
        << QByteArray("POST") << QByteArray("/api/conductor/pipeline/start")
        << QByteArray(R"({"ideaId": "idea_nobody"})") << 404 << QStringLiteral("not_found");
    QTest::newRow("start: bad priority")
        << QByteArray("POST") << QByteArray("/api/conductor/pipeline/start")
        << QByteArray(R"({"ideaId": "idea_taken", "priority": "urgent"})") << 400 << bad;
    QTest::newRow("start: bad maxCost")
        << QByteArray("POST") << QByteArray("/api/conductor/pipeline/start")
        << QByteArray(R"({"ideaId": "idea_taken", "options": {"maxCost": "50"}})") << 400 << bad;
    QTest::newRow("start: bad timeout")
        << QByteArray("POST") << QByteArray("/api/conductor/pipeline/start")
        << QByteArray(R"({"ideaId": "idea_taken", "options": {"timeout": -5}})") << 400 << bad;
    QTest::newRow("start: unknown option")
        << QByteArray("POST") << QByteArray("/api/conductor/pipeline/start")
        << QByteArray(R"({"ideaId": "idea_taken", "options": {"fast": true}})") << 400 << bad;
    QTest::newRow("start: over budget")
        << QByteArray("POST") << QByteArray("/api/conductor/pipeline/start")
        << QByteArray(R"({"ideaId": "idea_taken", "options": {"maxCost": 0.01}})") << 409
        << QStringLiteral("start_refused");
    QTest::newRow("execution: unknown")
        << QByteArray("GET") << QByteArray("/api/conductor/execution/exec_nobody") << QByteArray()
        << 404 << QStringLiteral("not_found");
    QTest::newRow("usage: unknown execution")
        << QByteArray("GET") << QByteArray("/api/conductor/execution/exec_nobody/usage")
        << QByteArray() << 404 << QStringLiteral("not_found");
    QTest::newRow("events: unknown execution")
        << QByteArray("GET") << QByteArray("/api/conductor/events?executionId=exec_nobody")
        << QByteArray() << 404 << QStringLiteral("not_found");
    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/api/conductor/nothing")
                                  << QByteArray() << 404 << QStringLiteral("not_found");
}

void TestApiServer::badBodiesAndUnknownIds()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    ApiFixture api;
    QVERIFY(api.start());
    const QByteArray admin = api.token(Role::Admin, QStringLiteral("root"));
    QCOMPARE(api.post("/api/conductor/ideas", admin, ideaBody(QStringLiteral("idea_taken"))).status,
             201);
    const HttpReply r = request(api.port(), method, path, admin, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.error(), error);
    QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    // The server is still there.
    QCOMPARE(api.get("/api/conductor/health").status, 200);
}

void TestApiServer::checksInOrder_data()
{
    // 405, 413, 401/403, 400, 404, 409: each row breaks two rules and sees the first.
    QTest::addColumn<QByteArray>("rawHead");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray big = "Content-Length: 5242880\r\n";
    QTest::newRow("405 before 413") << QByteArray("DELETE /api/conductor/ideas HTTP/1.1\r\n") + big
                                    << QString() << QByteArray() << 405;
    QTest::newRow("413 before 401") << QByteArray("POST /api/conductor/ideas HTTP/1.1\r\n") + big
                                    << QString() << QByteArray() << 413;
    QTest::newRow("401 before 400") << QByteArray("POST /api/conductor/ideas HTTP/1.1\r\n")
                                    << QString() << QByteArray("{bad") << 401;
    QTest::newRow("403 before 400") << QByteArray("POST /api/conductor/ideas HTTP/1.1\r\n")
                                    << QStringLiteral("viewer") << QByteArray("{bad") << 403;
    QTest::newRow("400 before 404")
        << QByteArray("POST /api/conductor/pipeline/start HTTP/1.1\r\n")
        << QStringLiteral("operator") << QByteArray(R"({"ideaId": "idea_nobody", "priority": 7})")
        << 400;
    QTest::newRow("404 before 409")
        << QByteArray("POST /api/conductor/gates/gate_nobody/approve HTTP/1.1\r\n")
        << QStringLiteral("approver") << QByteArray(R"({"decision": "approve"})") << 404;
}

void TestApiServer::checksInOrder()
{
    QFETCH(QByteArray, rawHead);
    QFETCH(QString, token);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    ApiFixture api;
    QVERIFY(api.start());
    QByteArray head = rawHead + "Host: 127.0.0.1\r\n";
    if (!token.isEmpty()) {
        head += "Authorization: Bearer " +
                api.token(*roleFromName(token), QStringLiteral("someone")) + "\r\n";
    }
    if (!rawHead.contains("Content-Length")) {
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    // With a big Content-Length only the head is sent: the answer comes before the body.
    const HttpReply r = rawRequest(api.port(), head + "\r\n" + body);
    QCOMPARE(r.status, status);
    QVERIFY(!r.error().isEmpty());
    if (status == 405) {
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
    }
    if (status == 401) {
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer realm=\"conductor\""));
    }
}

void TestApiServer::statusRoutes()
{
    ApiFixture api;
    QVERIFY(api.start());
    const QByteArray viewer = api.token(Role::Viewer, QStringLiteral("val"));
    const QByteArray ops = api.token(Role::Operator, QStringLiteral("ops"));

    HttpReply r = api.get("/api/conductor/health");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(
        r.json().value(QStringLiteral("database")).toObject().value(QStringLiteral("ok")).toBool(),
        true);

    r = api.get("/api/conductor/openapi.json");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
    // Every route the server has is described, with its method.
    const QJsonObject paths = r.json().value(QStringLiteral("paths")).toObject();
    QVERIFY(paths.contains(QStringLiteral("/api/conductor/gates/{gateId}/approve")));
    QVERIFY(paths.value(QStringLiteral("/metrics")).toObject().contains(QStringLiteral("get")));

    QCOMPARE(api.post("/api/conductor/ideas", ops, ideaBody()).status, 201);
    const QString id = api.post("/api/conductor/pipeline/start", ops, kStartBody)
                           .json()
                           .value(QStringLiteral("id"))
                           .toString();
    waitForExecution(api, ops, id, [](const QJsonObject &e) {
        return !e.value(QStringLiteral("waitingAtGate")).isNull();
    });

    r = api.get("/api/conductor/usage", viewer);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json()
                .value(QStringLiteral("tokens"))
                .toObject()
                .value(QStringLiteral("used"))
                .toInteger() > 0);
    QCOMPARE(r.json().value(QStringLiteral("executions")).toInt(), 1);
    r = api.get("/api/conductor/execution/" + id.toUtf8() + "/usage", viewer);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("executionId")).toString(), id);
    QCOMPARE(r.json()
                 .value(QStringLiteral("tokens"))
                 .toObject()
                 .value(QStringLiteral("used"))
                 .toInteger(),
             api.get("/api/conductor/execution/" + id.toUtf8(), viewer)
                 .json()
                 .value(QStringLiteral("resources"))
                 .toObject()
                 .value(QStringLiteral("tokensUsed"))
                 .toInteger());

    r = api.get("/metrics", viewer);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QVERIFY(r.body.contains("\nconductor_gates_pending 1\n"));
    QVERIFY(r.body.contains("conductor_executions_active{state=\"waiting_at_gate\"} 1"));
    QVERIFY(QRegularExpression(QStringLiteral("conductor_api_requests_total\\{route=\"/api/"
                                              "conductor/ideas\",status=\"201\"\\} 1"))
                .match(QString::fromUtf8(r.body))
                .hasMatch());
    QCOMPARE(api.get("/metrics").status, 401);
}

void TestApiServer::healthShowsAStalledEngine()
{
    ApiFixture api;
    QVERIFY(api.start());
    const QByteArray viewer = api.token(Role::Viewer, QStringLiteral("val"));
    const auto engineLoop = [&api] {
        return api.get("/api/conductor/health").json().value(u"engineLoop").toObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!engineLoop().value(u"latencyMs").isNull(), 5000);
    QJsonObject loop = engineLoop();
    QVERIFY2(loop.value(u"latencyMs").toDouble() < 500, QJsonDocument(loop).toJson().constData());
    QCOMPARE(loop.value(u"ok").toBool(), true);
    QCOMPARE(loop.value(u"windowSeconds").toDouble(), 30.0);

    // The engine thread held up on purpose: the tick due meanwhile is over a second late.
    QMetaObject::invokeMethod(api.core.session->engine(), [] { QThread::msleep(2500); });
    QTest::qWait(2200);
    HttpReply r = api.get("/api/conductor/health");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"status").toString(), QStringLiteral("degraded"));
    loop = r.json().value(u"engineLoop").toObject();
    QCOMPARE(loop.value(u"ok").toBool(), false);
    QVERIFY2(loop.value(u"latencyMs").toDouble() >= 1000, r.body.constData());
    QVERIFY(loop.value(u"maxLatencyMs").toDouble() >= loop.value(u"latencyMs").toDouble());
    const QRegularExpressionMatch gauge =
        QRegularExpression(QStringLiteral("\nconductor_engine_loop_latency_seconds ([0-9.e+-]+)\n"))
            .match(QString::fromUtf8(api.get("/metrics", viewer).body));
    QVERIFY(gauge.hasMatch());
    QVERIFY2(gauge.captured(1).toDouble() >= 1.0, qPrintable(gauge.captured(1)));
    // Free again, it keeps up.
    QTRY_COMPARE_WITH_TIMEOUT(api.get("/api/conductor/health").json().value(u"status").toString(),
                              QStringLiteral("ok"), 10'000);
}

void TestApiServer::answersAsDescribed()
{
    // What the server answers is what its OpenAPI description says, for every route it
    // serves with JSON: success bodies and errors alike.
    QFile file(QStringLiteral(":/api/openapi.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    ApiFixture api;
    QVERIFY(api.start());
    const QByteArray ops = api.token(Role::Operator, QStringLiteral("ops"));
    const QByteArray reviewer = api.token(Role::Approver, QStringLiteral("user_123"));
    const QByteArray viewer = api.token(Role::Viewer, QStringLiteral("val"));

    int checked = 0;
    const auto check = [&](const char *method, const QString &tpl, const HttpReply &reply) {
        const QStringList problems = OpenApiSchema::answerProblems(
            root, QString::fromLatin1(method), tpl, reply.status, reply.body);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(u"; ") + u" in " + QString::fromUtf8(reply.body)));
        ++checked;
    };
    const QString b = QStringLiteral("/api/conductor");
    check("POST", b + u"/ideas", api.post("/api/conductor/ideas", ops, ideaBody()));
    check("POST", b + u"/ideas", api.post("/api/conductor/ideas", ops, ideaBody()));
    check("POST", b + u"/ideas", api.post("/api/conductor/ideas", ops, "{"));
    check("GET", b + u"/ideas/{ideaId}", api.get("/api/conductor/ideas/idea_7f8e9d0a", viewer));
    check("GET", b + u"/ideas/{ideaId}", api.get("/api/conductor/ideas/idea_none", viewer));
    const HttpReply started = api.post("/api/conductor/pipeline/start", ops, kStartBody);
    check("POST", b + u"/pipeline/start", started);
    const QByteArray id = started.json().value(QStringLiteral("id")).toString().toUtf8();
    check("POST", b + u"/pipeline/start",
          api.post("/api/conductor/pipeline/start", ops,
                   R"({"ideaId": "idea_7f8e9d0a", "options": {"maxCost": 0.01}})"));
    check("GET", b + u"/execution/{executionId}",
          api.get("/api/conductor/execution/" + id, viewer));
    const QJsonObject waiting =
        waitForExecution(api, viewer, QString::fromUtf8(id), [](const QJsonObject &e) {
            return !e.value(QStringLiteral("waitingAtGate")).isNull();
        });
    check("GET", b + u"/execution/{executionId}",
          api.get("/api/conductor/execution/" + id, viewer));
    check("GET", b + u"/executions", api.get("/api/conductor/executions", viewer));
    check("GET", b + u"/execution/{executionId}/usage",
          api.get("/api/conductor/execution/" + id + "/usage", viewer));
    check("GET", b + u"/usage", api.get("/api/conductor/usage", viewer));
    check("GET", b + u"/gates", api.get("/api/conductor/gates", viewer));
    check("GET", b + u"/health", api.get("/api/conductor/health"));
    check("GET", b + u"/executions", api.get("/api/conductor/executions"));
    check("GET", b + u"/executions", api.get("/api/conductor/executions?pageSize=0", viewer));
    const QByteArray gate = waiting.value(QStringLiteral("waitingAtGate"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString()
                                .toUtf8();
    check("POST", b + u"/gates/{gateId}/approve",
          api.post("/api/conductor/gates/" + gate + "/approve", viewer, kApproveBody));
    check("POST", b + u"/gates/{gateId}/approve",
          api.post("/api/conductor/gates/" + gate + "/approve", reviewer, kApproveBody));
    check("POST", b + u"/gates/{gateId}/approve",
          api.post("/api/conductor/gates/" + gate + "/approve", reviewer, kApproveBody));
    check("POST", b + u"/execution/{executionId}/interventions",
          api.post("/api/conductor/execution/" + id + "/interventions", ops,
                   R"({"pauseExecution": true})"));
    check("POST", b + u"/execution/{executionId}/pause",
          api.post("/api/conductor/execution/" + id + "/pause", ops));
    check("POST", b + u"/execution/{executionId}/resume",
          api.post("/api/conductor/execution/" + id + "/resume", ops));
    check("POST", b + u"/execution/{executionId}/cancel",
          api.post("/api/conductor/execution/" + id + "/cancel", ops));
    check("GET", b + u"/execution/{executionId}",
          api.get("/api/conductor/execution/" + id, viewer));
    check("GET", b + u"/gates", api.get("/api/conductor/gates?status=all", viewer));
    QCOMPARE(checked, 25);
}

void TestApiServer::refusesPublicAddressWithoutTls()
{
    DesktopFixture core;
    QVERIFY(core.open());
    ApiServer::Options options;
    options.address = QHostAddress::AnyIPv4;
    options.databasePath = core.databasePath();
    ApiServer server(core.session.get(), QByteArray(40, 'k'), options);
    QVERIFY(!server.listen());
    QVERIFY(server.error().contains(QStringLiteral("TLS")));
    QVERIFY(ApiServer::isLoopback(QHostAddress::LocalHost));
    QVERIFY(ApiServer::isLoopback(QHostAddress::LocalHostIPv6));
    QVERIFY(!ApiServer::isLoopback(QHostAddress(QStringLiteral("192.168.1.2"))));
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
