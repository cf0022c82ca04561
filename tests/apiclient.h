// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The REST API for a test: a Session on a temporary database serving the API on a free
// loopback port, tokens signed with its key and recorded as issued, and a client that
// writes requests byte for byte (so malformed ones are possible) and reads whole answers,
// while the event loop keeps running (the server lives on the test's thread).

#include "api/apiserver.h"
#include "desktopfixture.h"
#include "security/jwt.h"
#include "store/tokenrows.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>

namespace Conductor::Test {

struct HttpReply
{
    int status = 0; // 0: no answer (the connection was closed or timed out)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0) {
                return v;
            }
        }
        return {};
    }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

// Parses "HTTP/1.1 200 OK\r\nHeaders\r\n\r\nbody" (a response that ends with the connection).
inline HttpReply parseReply(const QByteArray &bytes)
{
    HttpReply reply;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        return reply;
    }
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            reply.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
    }
    reply.body = bytes.mid(end + 4);
    return reply;
}

// Sends raw bytes and waits (running the event loop) until the server closes.
inline HttpReply rawRequest(quint16 port, const QByteArray &bytes, int timeoutMs = 10'000)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                         timeoutMs)) {
        return {};
    }
    socket.write(bytes);
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                          timeoutMs);
    received += socket.readAll();
    return parseReply(received);
}

inline HttpReply request(quint16 port, const QByteArray &method, const QByteArray &path,
                         const QByteArray &token = {}, const QByteArray &body = {},
                         const QByteArray &extraHeaders = {})
{
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty()) {
        head += "Authorization: Bearer " + token + "\r\n";
    }
    if (!body.isEmpty() || method == "POST") {
        head +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    }
    return rawRequest(port, head + extraHeaders + "\r\n" + body);
}

// A JWT made by hand: any header, any claims, signed with HMAC-SHA256 under key.
inline QByteArray handMadeToken(const QJsonObject &header, const QJsonObject &claims,
                                const QByteArray &key)
{
    const auto encode = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray input = encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' +
           encode(QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256));
}

class ApiFixture
{
public:
    DesktopFixture core;
    QByteArray key = QByteArray(32, 'k') + "-a-test-key";
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<StoreQueries> queries; // the test's own connection

    // Opens the session and listens; false when either fails.
    [[nodiscard]] bool start(double timeScale = 0.01, ApiServer::Options options = {})
    {
        if (!core.open()) {
            return false;
        }
        options.databasePath = core.databasePath();
        options.pipelineText = fastPipeline(timeScale);
        options.outputDir = core.outputDir();
        server = std::make_unique<ApiServer>(core.session.get(), key, options);
        queries = std::make_unique<StoreQueries>(core.databasePath());
        return server->listen();
    }
    [[nodiscard]] quint16 port() const { return static_cast<quint16>(server->url().port()); }

    // A token recorded as issued (unless recorded is false).
    QByteArray token(Role role, const QString &subject, bool recorded = true,
                     qint64 ttlSeconds = 3600)
    {
        TokenClaims claims;
        claims.subject = subject;
        claims.role = roleName(role);
        claims.audience = QString::fromLatin1(Jwt::kAudience);
        claims.issuedAt = QDateTime::currentDateTimeUtc();
        claims.expiresAt = claims.issuedAt.addSecs(ttlSeconds);
        claims.id = newTokenId();
        if (recorded) {
            TokenRows rows(*queries->database());
            rows.insert(TokenRecord{
                claims.id, subject, claims.role, claims.issuedAt, claims.expiresAt, {}, {}});
        }
        lastTokenId = claims.id;
        return signToken(claims, key);
    }
    QString lastTokenId;

    HttpReply get(const QByteArray &path, const QByteArray &token = {})
    {
        return request(port(), "GET", path, token);
    }
    HttpReply post(const QByteArray &path, const QByteArray &token, const QByteArray &body = {})
    {
        return request(port(), "POST", path, token, body);
    }
};

// An idea's body as the design document's example names it (or another id).
inline QByteArray ideaBody(const QString &id = QStringLiteral("idea_7f8e9d0a"))
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("title"), QStringLiteral("Lab equipment")},
                           {QStringLiteral("description"),
                            QStringLiteral("A marketplace for used lab equipment")},
                           {QStringLiteral("metadata"),
                            QJsonObject{{QStringLiteral("domain"), QStringLiteral("b2b")}}}})
        .toJson(QJsonDocument::Compact);
}

// Polls until test holds for the execution's JSON, or the time is up.
inline QJsonObject waitForExecution(ApiFixture &api, const QByteArray &token, const QString &id,
                                    const std::function<bool(const QJsonObject &)> &test,
                                    int timeoutMs = 30'000)
{
    QJsonObject last;
    (void)QTest::qWaitFor(
        [&] {
            last = api.get("/api/conductor/execution/" + id.toUtf8(), token).json();
            return test(last);
        },
        timeoutMs);
    return last;
}

inline QString pendingGateOf(ApiFixture &api, const QByteArray &token, const QString &executionId)
{
    const QJsonArray gates = api.get("/api/conductor/gates?status=pending", token)
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (const QJsonValue &g : gates) {
        if (g.toObject().value(QStringLiteral("executionId")).toString() == executionId) {
            return g.toObject().value(QStringLiteral("id")).toString();
        }
    }
    return {};
}

} // namespace Conductor::Test
