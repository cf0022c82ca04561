// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Who may call what: every role against every route (the README's matrix, as data), and a
// corpus of forged, expired, malformed and revoked tokens, each refused with the same
// answer and none accepted.

#include "apiclient.h"

using namespace Conductor;
using namespace Conductor::Test;

namespace {

struct RouteCase
{
    const char *name;
    QByteArray method;
    QByteArray path;
    QByteArray body;
    std::optional<Role> least; // none: no token needed
};

// Bodies that pass the role check and then fail harmlessly (unknown ids), so nothing starts.
const QList<RouteCase> &routes()
{
    static const QList<RouteCase> all{
        {"create idea", "POST", "/api/conductor/ideas", R"({"title": "x", "id": "idea_matrix"})",
         Role::Operator},
        {"read idea", "GET", "/api/conductor/ideas/idea_nobody", {}, Role::Viewer},
        {"start", "POST", "/api/conductor/pipeline/start", R"({"ideaId": "idea_nobody"})",
         Role::Operator},
        {"list executions", "GET", "/api/conductor/executions", {}, Role::Viewer},
        {"read execution", "GET", "/api/conductor/execution/exec_nobody", {}, Role::Viewer},
        {"execution usage", "GET", "/api/conductor/execution/exec_nobody/usage", {}, Role::Viewer},
        {"pause", "POST", "/api/conductor/execution/exec_nobody/pause", {}, Role::Operator},
        {"resume", "POST", "/api/conductor/execution/exec_nobody/resume", {}, Role::Operator},
        {"cancel", "POST", "/api/conductor/execution/exec_nobody/cancel", {}, Role::Operator},
        {"intervene", "POST", "/api/conductor/execution/exec_nobody/interventions",
         R"({"pauseExecution": true})", Role::Operator},
        {"override budget", "POST", "/api/conductor/execution/exec_nobody/interventions",
         R"({"overrideBudget": 10})", Role::Approver},
        {"list gates", "GET", "/api/conductor/gates?status=all", {}, Role::Viewer},
        {"decide gate", "POST", "/api/conductor/gates/gate_nobody/approve",
         R"({"decision": "approve"})", Role::Approver},
        {"usage", "GET", "/api/conductor/usage", {}, Role::Viewer},
        {"list alerts", "GET", "/api/conductor/alerts", {}, Role::Viewer},
        {"acknowledge alert",
         "POST",
         "/api/conductor/alerts/agentFailure@1/acknowledge",
         {},
         Role::Operator},
        {"metric series",
         "GET",
         "/api/conductor/metrics/series?metric=error_rate",
         {},
         Role::Viewer},
        {"events", "GET", "/api/conductor/events?executionId=exec_nobody", {}, Role::Viewer},
        {"metrics", "GET", "/metrics", {}, Role::Viewer},
        {"health", "GET", "/api/conductor/health", {}, std::nullopt},
        {"openapi", "GET", "/api/conductor/openapi.json", {}, std::nullopt},
    };
    return all;
}

QJsonObject goodClaims()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("sub"), QStringLiteral("mallory")},
                       {QStringLiteral("role"), QStringLiteral("admin")},
                       {QStringLiteral("aud"), QStringLiteral("conductor")},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 3600},
                       {QStringLiteral("jti"), QStringLiteral("0123456789abcdef0123456789abcdef")}};
}

QJsonObject hs256()
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
}

} // namespace

class TestApiAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyRoleAgainstEveryRoute_data();
    void everyRoleAgainstEveryRoute();
    void badTokensAreRefused_data();
    void badTokensAreRefused();
    void theGoodTokenWorks();

private:
    std::unique_ptr<ApiFixture> m_api;
    QHash<QString, QByteArray> m_tokens; // by role name
};

void TestApiAuth::initTestCase()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
    for (const Role role : {Role::Viewer, Role::Operator, Role::Approver, Role::Admin}) {
        m_tokens.insert(roleName(role),
                        m_api->token(role, roleName(role) + QStringLiteral("-user")));
    }
}

void TestApiAuth::cleanupTestCase()
{
    m_api.reset();
}

void TestApiAuth::everyRoleAgainstEveryRoute_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<QString>("role"); // empty: no token
    QTest::addColumn<int>("expected"); // 401 or 403, or 0: neither
    const QStringList roles{QString(), QStringLiteral("viewer"), QStringLiteral("operator"),
                            QStringLiteral("approver"), QStringLiteral("admin")};
    for (int r = 0; r < routes().size(); ++r) {
        const RouteCase &route = routes().at(r);
        for (const QString &role : roles) {
            int expected = 0;
            if (route.least) {
                if (role.isEmpty()) {
                    expected = 401;
                } else if (*roleFromName(role) < *route.least) {
                    expected = 403;
                }
            }
            QTest::addRow("%s as %s", route.name, role.isEmpty() ? "nobody" : qPrintable(role))
                << r << role << expected;
        }
    }
}

void TestApiAuth::everyRoleAgainstEveryRoute()
{
    QFETCH(int, route);
    QFETCH(QString, role);
    QFETCH(int, expected);
    const RouteCase &c = routes().at(route);
    const HttpReply reply = request(m_api->port(), c.method, c.path, m_tokens.value(role), c.body);
    QVERIFY2(reply.status != 0, "no answer");
    if (expected == 0) {
        QVERIFY2(
            reply.status != 401 && reply.status != 403,
            qPrintable(
                QStringLiteral("%1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
        QVERIFY(reply.status < 500);
    } else {
        QCOMPARE(reply.status, expected);
        QCOMPARE(reply.error(),
                 expected == 401 ? QStringLiteral("unauthorized") : QStringLiteral("forbidden"));
    }
}

void TestApiAuth::badTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    const QByteArray key = m_api->key; // the server's
    const auto token = [&key](const QJsonObject &header, const QJsonObject &claims) -> QByteArray {
        return "Bearer " + handMadeToken(header, claims, key);
    };
    const auto with = [](QJsonObject o, const char *k, const QJsonValue &v) {
        if (v.isUndefined()) {
            o.remove(QLatin1String(k));
        } else {
            o.insert(QLatin1String(k), v);
        }
        return o;
    };
    const QByteArray good = handMadeToken(hs256(), goodClaims(), key);
    const QList<QByteArray> parts = good.split('.');
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    const QByteArray unsigned_ = handMadeToken({{QStringLiteral("alg"), QStringLiteral("none")},
                                                {QStringLiteral("typ"), QStringLiteral("JWT")}},
                                               goodClaims(), key);
    QTest::newRow("alg none, no signature")
        << "Bearer " + unsigned_.left(unsigned_.lastIndexOf('.') + 1);
    QTest::newRow("alg none, with signature")
        << token({{QStringLiteral("alg"), QStringLiteral("none")},
                  {QStringLiteral("typ"), QStringLiteral("JWT")}},
                 goodClaims());
    QTest::newRow("alg HS384") << token(with(hs256(), "alg", QStringLiteral("HS384")),
                                        goodClaims());
    QTest::newRow("alg HS512") << token(with(hs256(), "alg", QStringLiteral("HS512")),
                                        goodClaims());
    QTest::newRow("alg RS256") << token(with(hs256(), "alg", QStringLiteral("RS256")),
                                        goodClaims());
    QTest::newRow("alg hs256") << token(with(hs256(), "alg", QStringLiteral("hs256")),
                                        goodClaims());
    QTest::newRow("extra header kid")
        << token(with(hs256(), "kid", QStringLiteral("1")), goodClaims());
    QTest::newRow("header without typ")
        << token(with(hs256(), "typ", QJsonValue::Undefined), goodClaims());
    QTest::newRow("wrong key") << "Bearer " +
                                      handMadeToken(hs256(), goodClaims(), QByteArray(40, 'x'));
    QTest::newRow("signature flipped")
        << "Bearer " + parts.at(0) + '.' + parts.at(1) + '.' +
               QByteArray(parts.at(2)).replace(0, 1, parts.at(2).at(0) == 'A' ? "B" : "A");
    QTest::newRow("payload changed, signature kept")
        << "Bearer " + parts.at(0) + '.' +
               QJsonDocument(with(goodClaims(), "sub", QStringLiteral("root")))
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
               '.' + parts.at(2);
    QTest::newRow("wrong audience")
        << token(hs256(), with(goodClaims(), "aud", QStringLiteral("other")));
    QTest::newRow("audience as array")
        << token(hs256(), with(goodClaims(), "aud", QJsonArray{QStringLiteral("conductor")}));
    QTest::newRow("expired") << token(
        hs256(), with(with(goodClaims(), "exp", now - 3600), "iat", now - 7200));
    QTest::newRow("issued in the future") << token(hs256(), with(goodClaims(), "iat", now + 3600));
    QTest::newRow("no exp") << token(hs256(), with(goodClaims(), "exp", QJsonValue::Undefined));
    QTest::newRow("no iat") << token(hs256(), with(goodClaims(), "iat", QJsonValue::Undefined));
    QTest::newRow("no jti") << token(hs256(), with(goodClaims(), "jti", QJsonValue::Undefined));
    QTest::newRow("no sub") << token(hs256(), with(goodClaims(), "sub", QJsonValue::Undefined));
    QTest::newRow("unknown role") << token(hs256(),
                                           with(goodClaims(), "role", QStringLiteral("root")));
    QTest::newRow("exp as text") << token(hs256(),
                                          with(goodClaims(), "exp", QString::number(now + 3600)));
    QTest::newRow("padding") << "Bearer " + parts.at(0) + "=." + parts.at(1) + '.' + parts.at(2);
    QTest::newRow("standard alphabet") << "Bearer " +
                                              QByteArray(good).replace('-', '+').replace('_', '/') +
                                              (good.contains('-') || good.contains('_') ? "" : "+");
    QTest::newRow("whitespace inside")
        << "Bearer " + parts.at(0) + ". " + parts.at(1) + '.' + parts.at(2);
    QTest::newRow("two parts") << "Bearer " + parts.at(0) + '.' + parts.at(1);
    QTest::newRow("four parts") << "Bearer " + good + ".x";
    QTest::newRow("oversized") << "Bearer " + good + QByteArray(5000, 'A');
    QTest::newRow("not base64") << QByteArray("Bearer !!!.???.***");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
    QTest::newRow("basic scheme") << QByteArray("Basic dXNlcjpwYXNz");
    QTest::newRow("good token, never issued here") << "Bearer " + good;
}

void TestApiAuth::badTokensAreRefused()
{
    QFETCH(QByteArray, authorization);
    for (const auto &[method, path, body] :
         {std::tuple<QByteArray, QByteArray, QByteArray>{"GET", "/api/conductor/executions", {}},
          {"POST", "/api/conductor/ideas", R"({"title": "forged"})"}}) {
        const HttpReply reply = request(m_api->port(), method, path, {}, body,
                                        "Authorization: " + authorization + "\r\n");
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.error(), QStringLiteral("unauthorized"));
        // One answer whatever was wrong: nothing to learn from it.
        const QString message = reply.json().value(QStringLiteral("message")).toString();
        QVERIFY2(message == u"the token is not valid" || message.contains(QStringLiteral("bearer")),
                 qPrintable(message));
    }
    QVERIFY(!m_api->queries->executionsPage({}).total);
}

void TestApiAuth::theGoodTokenWorks()
{
    // The corpus's tokens differ from a good one only in what they break: this one, signed
    // the same way and recorded as issued, is accepted; revoked, it is refused.
    const QByteArray key = m_api->key;
    QJsonObject claims = goodClaims();
    claims.insert(QStringLiteral("jti"), newTokenId());
    TokenRows rows(*m_api->queries->database());
    QVERIFY(rows.insert(TokenRecord{claims.value(QStringLiteral("jti")).toString(),
                                    QStringLiteral("mallory"),
                                    QStringLiteral("admin"),
                                    QDateTime::currentDateTimeUtc(),
                                    QDateTime::currentDateTimeUtc().addSecs(3600),
                                    {},
                                    {}}));
    const QByteArray good = handMadeToken(hs256(), claims, key);
    QCOMPARE(request(m_api->port(), "GET", "/api/conductor/executions", good).status, 200);
    QCOMPARE(rows.revoke(claims.value(QStringLiteral("jti")).toString(), QStringLiteral("admin"),
                         QDateTime::currentDateTimeUtc()),
             TokenRows::Revocation::Revoked);
    const HttpReply revoked = request(m_api->port(), "GET", "/api/conductor/executions", good);
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("the token is not valid"));
}

QTEST_GUILESS_MAIN(TestApiAuth)
#include "tst_apiauth.moc"
