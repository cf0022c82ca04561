// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The API's OpenAPI description, as the server embeds it: it parses, every $ref resolves,
// every operation is named, says who may call it and what it answers when the caller may
// not, and declares its path parameters. The design document's example bodies validate
// against the request schemas, with a small validator that refuses schema keywords it does
// not know (so the description cannot promise a constraint nobody checks); the usage and
// event objects the code writes validate against the response schemas. The changelog names
// the version.

#include "config/configuration.h"
#include "designexamples.h"
#include "engine/event.h"
#include "engine/resourceusage.h"
#include "store/storetypes.h"

#include "designexamples.h"
#include "openapischema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest/QTest>

#include <cmath>
#include <functional>

using namespace Conductor;
using namespace Qt::StringLiterals;
using namespace OpenApiSchema;

namespace {

// The design document's Start Pipeline and Approve Gate bodies (designexamples.h) and its
// Monitor Execution answer, verbatim.
const char *const kStartExample = Test::kStartBody;
const char *const kApproveExample = Test::kApproveBody;

const char kMonitorExample[] = R"({
  "id": "exec_a1b2c3d4",
  "status": "running",
  "progress": {
    "currentStage": "feasibility",
    "completed": 3,
    "total": 9,
    "percentage": 33
  },
  "resources": {
    "tokensUsed": 45000,
    "timeElapsed": 180,
    "costAccrued": 12.50
  },
  "nextGate": {
    "type": "risk_review",
    "eta": "2024-12-05T19:15:00Z"
  }
})";

// The design document's InterventionOptions, every field given.
const char kInterventionExample[] = R"({
  "skipAgent": "market_research",
  "overrideBudget": 25.0,
  "changeStrategy": "feasibility=persistent",
  "pauseExecution": false
})";

const QStringList kMethods{QStringLiteral("get"),     QStringLiteral("put"),
                           QStringLiteral("post"),    QStringLiteral("delete"),
                           QStringLiteral("options"), QStringLiteral("head"),
                           QStringLiteral("patch"),   QStringLiteral("trace")};

QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace

class TestOpenApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentParses();
    void refsResolve();
    void brokenRefIsFound();
    void operationsAreComplete();
    void routesAreTheApis();
    void pathParametersAreDeclared();
    void errorsUseTheErrorSchema();
    void schemasUseKnownKeywords();
    void designExamplesValidate();
    void validatorRefuses_data();
    void validatorRefuses();
    void documentExamplesValidate();
    void resourceUsageMatchesTheCode();
    void eventMatchesTheCode();
    void changelogNamesTheVersion();

private:
    [[nodiscard]] QJsonObject schema(const QString &name) const;
    [[nodiscard]] QJsonObject requestSchema(const QString &operationId) const;
    [[nodiscard]] QList<QPair<QString, QJsonObject>> operations() const;

    QJsonObject m_doc;
};

void TestOpenApi::initTestCase()
{
    const QByteArray text = readResource(QStringLiteral(":/api/openapi.json"));
    QVERIFY2(!text.isEmpty(), "the resource :/api/openapi.json is missing");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    m_doc = doc.object();
}

QJsonObject TestOpenApi::schema(const QString &name) const
{
    return m_doc[u"components"][u"schemas"][name].toObject();
}

QList<QPair<QString, QJsonObject>> TestOpenApi::operations() const
{
    QList<QPair<QString, QJsonObject>> all;
    const QJsonObject paths = m_doc.value(u"paths").toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (kMethods.contains(it.key())) {
                all.append({it.key().toUpper() + u' ' + path.key(), it.value().toObject()});
            }
        }
    }
    return all;
}

QJsonObject TestOpenApi::requestSchema(const QString &operationId) const
{
    for (const auto &[name, operation] : operations()) {
        if (operation.value(u"operationId").toString() == operationId) {
            return operation[u"requestBody"][u"content"][u"application/json"][u"schema"].toObject();
        }
    }
    return {};
}

void TestOpenApi::documentParses()
{
    QCOMPARE(m_doc.value(u"openapi").toString(), QStringLiteral("3.0.3"));
    QCOMPARE(m_doc[u"info"][u"version"].toString(), QStringLiteral("1.0.0"));
    QCOMPARE(m_doc[u"servers"][0][u"url"].toString(), QStringLiteral("http://127.0.0.1:8080"));
    const QJsonObject bearer = m_doc[u"components"][u"securitySchemes"][u"bearerAuth"].toObject();
    QCOMPARE(bearer.value(u"type").toString(), QStringLiteral("http"));
    QCOMPARE(bearer.value(u"scheme").toString(), QStringLiteral("bearer"));
    QCOMPARE(bearer.value(u"bearerFormat").toString(), QStringLiteral("JWT"));
    for (const char *claim : {"HS256", "sub", "role", "aud", "iat", "exp", "jti"}) {
        QVERIFY2(bearer.value(u"description").toString().contains(QLatin1String(claim)), claim);
    }
    const QJsonArray global{QJsonObject{{QStringLiteral("bearerAuth"), QJsonArray()}}};
    QCOMPARE(m_doc.value(u"security").toArray(), global);
}

void TestOpenApi::refsResolve()
{
    int count = 0;
    const QStringList broken = brokenRefs(m_doc, &count);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u", ")));
    QVERIFY(count > 50); // the error responses and the schemas are shared, not repeated
}

void TestOpenApi::brokenRefIsFound()
{
    // The same check on a copy whose reference to the Error schema is misspelt.
    QByteArray text = QJsonDocument(m_doc).toJson();
    QVERIFY(text.contains("\"#/components/schemas/Error\""));
    text.replace("\"#/components/schemas/Error\"", "\"#/components/schemas/Eror\"");
    const QStringList broken = brokenRefs(QJsonDocument::fromJson(text).object());
    QVERIFY(!broken.isEmpty());
    QCOMPARE(broken.first(), QStringLiteral("#/components/schemas/Eror"));
}

void TestOpenApi::operationsAreComplete()
{
    QSet<QString> ids;
    const QJsonObject responses = m_doc[u"components"][u"responses"].toObject();
    for (const auto &[name, operation] : operations()) {
        const QString id = operation.value(u"operationId").toString();
        QVERIFY2(!id.isEmpty(), qPrintable(name));
        QVERIFY2(!ids.contains(id), qPrintable(u"operationId twice: " + id));
        ids.insert(id);
        QVERIFY2(!operation.value(u"summary").toString().isEmpty(), qPrintable(name));
        const QString role = operation.value(u"x-conductor-role").toString();
        const QStringList roles{u"viewer"_s, u"operator"_s, u"approver"_s, u"none"_s};
        QVERIFY2(roles.contains(role), qPrintable(name + u" role " + role));
        const QString description = operation.value(u"description").toString();
        QVERIFY2(description.contains(role == u"none" ? u"No token needed"_s
                                                      : QString(u"Least role: " + role)),
                 qPrintable(name));
        const QJsonObject answers = operation.value(u"responses").toObject();
        QVERIFY2(answers.contains(u"200") || answers.contains(u"201"), qPrintable(name));
        if (role == u"none") {
            QCOMPARE(operation.value(u"security").toArray(), QJsonArray());
            QVERIFY2(!answers.contains(u"401"), qPrintable(name));
        } else {
            QVERIFY2(!operation.contains(u"security"), qPrintable(name)); // the global one
            QVERIFY2(answers.contains(u"401"), qPrintable(name));
        }
        if (role == u"operator" || role == u"approver") {
            QVERIFY2(answers.contains(u"403"), qPrintable(name));
        }
        if (operation.contains(u"requestBody")) {
            for (const char *code : {"400", "411", "413"}) {
                QVERIFY2(answers.contains(QLatin1String(code)),
                         qPrintable(name + u' ' + QLatin1String(code)));
            }
        }
    }
    QCOMPARE(ids.size(), 20);
}

void TestOpenApi::routesAreTheApis()
{
    QStringList names;
    for (const auto &[name, operation] : operations()) {
        names.append(name + u' ' + operation.value(u"x-conductor-role").toString());
    }
    names.sort();
    const QString b = QStringLiteral("/api/conductor");
    QStringList expected{
        u"POST " + b + u"/ideas operator",
        u"GET " + b + u"/ideas/{ideaId} viewer",
        u"POST " + b + u"/pipeline/start operator",
        u"GET " + b + u"/execution/{executionId} viewer",
        u"GET " + b + u"/executions viewer",
        u"POST " + b + u"/execution/{executionId}/pause operator",
        u"POST " + b + u"/execution/{executionId}/resume operator",
        u"POST " + b + u"/execution/{executionId}/cancel operator",
        u"POST " + b + u"/execution/{executionId}/interventions operator",
        u"GET " + b + u"/gates viewer",
        u"POST " + b + u"/gates/{gateId}/approve approver",
        u"GET " + b + u"/usage viewer",
        u"GET " + b + u"/execution/{executionId}/usage viewer",
        u"GET " + b + u"/alerts viewer",
        u"POST " + b + u"/alerts/{alertId}/acknowledge operator",
        u"GET " + b + u"/metrics/series viewer",
        u"GET " + b + u"/health none",
        u"GET " + b + u"/events viewer",
        u"GET " + b + u"/openapi.json none",
        QStringLiteral("GET /metrics viewer"),
    };
    expected.sort();
    QCOMPARE(names, expected);
}

void TestOpenApi::pathParametersAreDeclared()
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]+)\\}"));
    const QJsonObject paths = m_doc.value(u"paths").toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        QSet<QString> inPath;
        for (const auto &match : placeholder.globalMatch(path.key())) {
            inPath.insert(match.captured(1));
        }
        const QJsonObject item = path.value().toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (!kMethods.contains(it.key())) {
                continue;
            }
            QSet<QString> declared;
            QJsonArray parameters = item.value(u"parameters").toArray();
            for (const QJsonValue &p : it.value()[u"parameters"].toArray()) {
                parameters.append(p);
            }
            for (const QJsonValue &p : parameters) {
                const QJsonObject parameter = p.toObject();
                if (parameter.value(u"in").toString() == u"path") {
                    QVERIFY2(parameter.value(u"required").toBool(), qPrintable(path.key()));
                    declared.insert(parameter.value(u"name").toString());
                }
            }
            QCOMPARE(declared, inPath);
        }
    }
}

void TestOpenApi::errorsUseTheErrorSchema()
{
    const QJsonObject error = schema(QStringLiteral("Error"));
    QCOMPARE(error.value(u"required").toArray(),
             QJsonArray({QStringLiteral("error"), QStringLiteral("message")}));
    const QStringList codes{u"unauthorized"_s,
                            u"forbidden"_s,
                            u"bad_request"_s,
                            u"not_found"_s,
                            u"method_not_allowed"_s,
                            u"conflict"_s,
                            u"idea_exists"_s,
                            u"gate_decided"_s,
                            u"start_refused"_s,
                            u"refused"_s,
                            u"payload_too_large"_s,
                            u"length_required"_s,
                            u"request_header_too_large"_s,
                            u"request_timeout"_s,
                            u"service_unavailable"_s,
                            u"internal_error"_s};
    QCOMPARE(error[u"properties"][u"error"][u"enum"].toArray(), QJsonArray::fromStringList(codes));

    for (const auto &[name, operation] : operations()) {
        const QJsonObject answers = operation.value(u"responses").toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            if (it.key().toInt() < 400 ||
                operation.value(u"operationId").toString() == u"getHealth") {
                continue;
            }
            QJsonObject response = it.value().toObject();
            if (response.contains(u"$ref")) {
                response = resolve(m_doc, response.value(u"$ref").toString()).toObject();
            }
            QCOMPARE(response[u"content"][u"application/json"][u"schema"][u"$ref"].toString(),
                     QStringLiteral("#/components/schemas/Error"));
        }
    }
}

void TestOpenApi::schemasUseKnownKeywords()
{
    // The shared schemas, and those that stand in parameters, bodies and answers.
    QStringList unknown;
    const QJsonObject schemas = m_doc[u"components"][u"schemas"].toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        unknown += Validator::unknownKeywordsWithin(it.value().toObject(), it.key());
    }
    const std::function<void(const QJsonValue &, const QString &)> walk =
        [&](const QJsonValue &value, const QString &where) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() == u"schema" || it.key() == u"x-conductor-event-schema") {
                    unknown += Validator::unknownKeywordsWithin(it.value().toObject(), where);
                } else if (it.value().isObject()) {
                    walk(it.value(), where + u'/' + it.key());
                } else if (it.value().isArray()) {
                    for (const QJsonValue &element : it.value().toArray()) {
                        walk(element, where + u'/' + it.key());
                    }
                }
            }
        };
    walk(m_doc.value(u"paths"), QString());
    walk(m_doc[u"components"][u"responses"], QString());
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u", ")));
    // ... which finds one.
    QJsonObject idea = schemas.value(u"Idea").toObject();
    idea.insert(QStringLiteral("maxItems"), 3);
    QCOMPARE(Validator::unknownKeywordsWithin(idea, u"Idea"_s), QStringList{u"Idea: maxItems"_s});
}

void TestOpenApi::designExamplesValidate()
{
    Validator strict(m_doc);
    QStringList problems = strict.check(parse(kStartExample), requestSchema(u"startPipeline"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    problems = strict.check(parse(kApproveExample), requestSchema(u"decideGate"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    problems = strict.check(parse(kInterventionExample), requestSchema(u"intervene"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));

    // The Monitor Execution answer shows some of the fields: those it shows have the
    // description's names and types.
    Validator partial(m_doc, false);
    problems = partial.check(parse(kMonitorExample), schema(QStringLiteral("Execution")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    // ... and all of them are required of the server.
    QVERIFY(!strict.check(parse(kMonitorExample), schema(QStringLiteral("Execution"))).isEmpty());
}

void TestOpenApi::validatorRefuses_data()
{
    QTest::addColumn<QString>("operationId");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown priority")
        << u"startPipeline"_s << QByteArray(R"({"ideaId":"idea_1","priority":"urgent"})")
        << u"$.priority: not one of the enum: urgent"_s;
    QTest::newRow("no idea") << u"startPipeline"_s << QByteArray(R"({"priority":"low"})")
                             << u"$: lacks ideaId"_s;
    QTest::newRow("unknown option")
        << u"startPipeline"_s << QByteArray(R"({"ideaId":"idea_1","options":{"retries":3}})")
        << u"$.options.retries: not allowed"_s;
    QTest::newRow("timeout as text")
        << u"startPipeline"_s << QByteArray(R"({"ideaId":"idea_1","options":{"timeout":"900"}})")
        << u"$.options.timeout: not of type number"_s;
    QTest::newRow("zero timeout") << u"startPipeline"_s
                                  << QByteArray(R"({"ideaId":"idea_1","options":{"timeout":0}})")
                                  << u"$.options.timeout: below the minimum"_s;
    QTest::newRow("unknown decision") << u"decideGate"_s << QByteArray(R"({"decision":"maybe"})")
                                      << u"$.decision: not one of the enum: maybe"_s;
    QTest::newRow("short code") << u"decideGate"_s
                                << QByteArray(R"({"decision":"approve","code":"12345"})")
                                << u"$.code: does not match ^[0-9]{6}$"_s;
    QTest::newRow("fractional grant")
        << u"decideGate"_s << QByteArray(R"({"decision":"approve","grantTokens":1.5})")
        << u"$.grantTokens: not of type integer"_s;
    QTest::newRow("condition not text")
        << u"decideGate"_s << QByteArray(R"({"decision":"approve","conditions":[1]})")
        << u"$.conditions[0]: not of type string"_s;
    QTest::newRow("no intervention")
        << u"intervene"_s << QByteArray("{}") << u"$: too few properties"_s;
    QTest::newRow("strategy without stage")
        << u"intervene"_s << QByteArray(R"({"changeStrategy":"linear"})")
        << u"$.changeStrategy: does not match ^[^=]+=[^=]+$"_s;
    QTest::newRow("empty title") << u"createIdea"_s << QByteArray(R"({"title":""})")
                                 << u"$.title: too short"_s;
    QTest::newRow("nested metadata")
        << u"createIdea"_s << QByteArray(R"({"title":"t","metadata":{"a":{"b":1}}})")
        << u"$.metadata.a: matches 0 of oneOf"_s;
    QTest::newRow("bad idea id") << u"createIdea"_s << QByteArray(R"({"title":"t","id":"exec_1"})")
                                 << u"$.id: does not match ^idea_[A-Za-z0-9_-]{1,64}$"_s;
}

void TestOpenApi::validatorRefuses()
{
    QFETCH(QString, operationId);
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    Validator validator(m_doc);
    const QJsonObject request = requestSchema(operationId);
    QVERIFY(!request.isEmpty());
    const QStringList problems = validator.check(QJsonDocument::fromJson(body).object(), request);
    QCOMPARE(problems, QStringList{problem});
}

void TestOpenApi::documentExamplesValidate()
{
    // Every example in the description matches the schema it stands beside.
    int examples = 0;
    Validator validator(m_doc);
    const std::function<void(const QJsonValue &, const QString &)> walk =
        [&](const QJsonValue &value, const QString &where) {
            if (value.isArray()) {
                const QJsonArray array = value.toArray();
                for (int i = 0; i < array.size(); ++i) {
                    walk(array.at(i), where + u'/' + QString::number(i));
                }
                return;
            }
            if (!value.isObject()) {
                return;
            }
            const QJsonObject object = value.toObject();
            if (object.contains(u"example") && !object.value(u"example").isString()) {
                // A schema with its example, or a media type with its schema.
                const QJsonObject schema =
                    object.contains(u"schema") ? object.value(u"schema").toObject() : object;
                const QStringList problems = validator.check(object.value(u"example"), schema);
                QVERIFY2(problems.isEmpty(), qPrintable(where + u": " + problems.join(u"; ")));
                ++examples;
            }
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() != u"example") {
                    walk(it.value(), where + u'/' + it.key());
                }
            }
        };
    walk(m_doc, QString());
    QVERIFY(examples >= 10);
}

void TestOpenApi::resourceUsageMatchesTheCode()
{
    Configuration config;
    config.budgets.timeZone = QStringLiteral("Europe/Berlin");
    DayUsage day;
    day.account.day = QStringLiteral("2026-11-26");
    day.account.tokensPosted = 1200;
    day.account.costPosted = Money::fromMicros(2'500'000);
    day.account.alertAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    day.lines.append(DayUsage::Line{QStringLiteral("feasibility"), QStringLiteral("analyst"), 1,
                                    1200, Money::fromMicros(2'500'000), 4000, 1, 300,
                                    Money::fromMicros(100'000)});
    const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    const QJsonObject dayJson = ResourceUsage::forDay(day, config, now).toJson();

    ResourceUsage execution;
    execution.scope = ResourceUsage::Scope::Execution;
    execution.tokens.byAgent.insert(QStringLiteral("analyst"), 1200);
    execution.time.byStage.insert(QStringLiteral("feasibility"), 4000);
    execution.cost.byAgent.insert(QStringLiteral("analyst"), Money::fromMicros(2'500'000));
    execution.cost.budgetSource = QStringLiteral("maxCost");
    execution.cost.breakdown.append(
        ResourceUsage::CostLine{QStringLiteral("feasibility"), QStringLiteral("analyst"), 1200,
                                Money::fromMicros(2'500'000), 2, 4000, 0, Money()});
    const QJsonObject executionJson = execution.toJson(); // started: null

    Validator validator(m_doc);
    for (const QJsonObject &usage : {dayJson, executionJson}) {
        const QStringList problems =
            validator.check(usage, schema(QStringLiteral("ResourceUsage")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    }
    // The scope's own keys are in the description.
    QVERIFY(dayJson[u"tokens"].toObject().contains(u"emergencyRemaining"));
    QVERIFY(executionJson[u"cost"].toObject().contains(u"overrideGrantedUSD"));
    // A key the description does not name is caught.
    QJsonObject extra = dayJson;
    QJsonObject cost = extra.value(u"cost").toObject();
    cost.insert(QStringLiteral("surplusUSD"), 1.0);
    extra.insert(QStringLiteral("cost"), cost);
    QCOMPARE(validator.check(extra, schema(QStringLiteral("ResourceUsage"))),
             QStringList{QStringLiteral("$.cost.surplusUSD: not allowed")});
}

void TestOpenApi::eventMatchesTheCode()
{
    ExecutionEvent event;
    event.executionId = QStringLiteral("exec_0123456789abcdef");
    event.seq = 7;
    event.type = QStringLiteral("stage_completed");
    event.data = QJsonObject{{QStringLiteral("stage"), QStringLiteral("feasibility")}};
    event.time = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, 125), Qt::UTC);
    Validator validator(m_doc);
    const QStringList problems = validator.check(event.toJson(), schema(QStringLiteral("Event")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    const QJsonObject stream = m_doc[u"paths"][u"/api/conductor/events"][u"get"][u"responses"]
                                    [u"200"][u"content"][u"text/event-stream"]
                                        .toObject();
    QCOMPARE(stream[u"x-conductor-event-schema"][u"$ref"].toString(),
             QStringLiteral("#/components/schemas/Event"));
}

void TestOpenApi::changelogNamesTheVersion()
{
    const QString changelog = QString::fromUtf8(readResource(QStringLiteral(":/api/CHANGELOG.md")));
    QVERIFY2(!changelog.isEmpty(), "the resource :/api/CHANGELOG.md is missing");
    const QString version = m_doc[u"info"][u"version"].toString();
    QVERIFY(!version.isEmpty());
    QVERIFY2(changelog.contains(u"## " + version + u" — "), qPrintable(version));
    // It names every error code and every route's last segment.
    for (const QJsonValue &code :
         schema(QStringLiteral("Error"))[u"properties"][u"error"][u"enum"].toArray()) {
        QVERIFY2(changelog.contains(u'`' + code.toString() + u'`'), qPrintable(code.toString()));
    }
    for (const QString &path : m_doc.value(u"paths").toObject().keys()) {
        const QString last = path.section(u'/', -1);
        QVERIFY2(changelog.contains(last), qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
