// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the tests of the connection gate: a Qt HTTP Server with a few routes behind an
// HttpGate on 127.0.0.1, and a client on a real socket that writes requests by hand (so that
// malformed, slow and oversized input is possible) and keeps everything it receives.

#include "api/httpgate.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace Conductor::Test {

struct Response
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// The first final (non-1xx) response in `data`, once it is complete.
inline std::optional<Response> finalResponse(QByteArray data)
{
    for (;;) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = data.first(end).split('\n');
        Response response;
        response.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append({line.first(colon), line.sliced(colon + 1).trimmed()});
        }
        data = data.sliced(end + 4);
        if (response.status >= 100 && response.status < 200)
            continue;
        const QByteArray length = response.header("Content-Length");
        if (length.isEmpty()) {
            response.body = data; // streamed: what has arrived so far
            return response;
        }
        if (data.size() < length.toLongLong())
            return std::nullopt;
        response.body = data.first(length.toLongLong());
        return response;
    }
}

// A client that writes requests by hand and keeps everything it receives.
class RawClient final
{
public:
    explicit RawClient(quint16 port, QTcpSocket *socket = nullptr)
        : m_socket(socket ? socket : new QTcpSocket)
    {
        QObject::connect(m_socket.get(), &QIODevice::readyRead, m_socket.get(),
                         [this] { received += m_socket->readAll(); });
        QObject::connect(m_socket.get(), &QAbstractSocket::disconnected, m_socket.get(),
                         [this] { closed = true; });
        if (!socket)
            m_socket->connectToHost(QHostAddress::LocalHost, port);
    }

    [[nodiscard]] bool waitConnected()
    {
        return QTest::qWaitFor(
            [this] { return m_socket->state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QByteArray &bytes) { m_socket->write(bytes); }
    [[nodiscard]] std::optional<Response> response() const { return finalResponse(received); }
    [[nodiscard]] bool waitForResponse(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return response().has_value(); }, ms);
    }
    [[nodiscard]] bool waitForClose(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, ms);
    }
    [[nodiscard]] QTcpSocket *socket() const { return m_socket.get(); }

    QByteArray received;
    bool closed = false;

private:
    std::unique_ptr<QTcpSocket> m_socket;
};

inline QByteArray get(QByteArrayView target)
{
    return "GET " + target.toByteArray() + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
}

inline QByteArray post(QByteArrayView target, qint64 length, QByteArrayView extra = {})
{
    return "POST " + target.toByteArray() +
           " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + QByteArray::number(length) +
           "\r\n" + extra.toByteArray() + "\r\n";
}

inline qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A Qt HTTP Server with the routes the tests use, behind a gate that knows their methods.
class Fixture final
{
public:
    explicit Fixture(HttpGate::Limits limits,
                     const std::optional<QSslConfiguration> &tls = std::nullopt)
    {
        gate = new HttpGate(limits, [](QByteArrayView path) -> QList<QByteArray> {
            if (path == "/api/items")
                return {"GET", "POST"};
            if (path == "/api/events" || path == "/api/hang")
                return {"GET"};
            return {};
        });
        if (tls)
            gate->setTlsConfiguration(*tls);
        QObject::connect(gate, &QTcpServer::newConnection, gate,
                         [this] { pendingAtNewConnection.append(gate->hasPendingConnections()); });
        server.route(QStringLiteral("/api/items"), [this](const QHttpServerRequest &request) {
            ++itemHits;
            if (request.method() == QHttpServerRequest::Method::Post)
                return QHttpServerResponse("application/octet-stream", request.body());
            return QHttpServerResponse(QJsonObject{{QStringLiteral("items"), 0}});
        });
        server.route(QStringLiteral("/api/events"),
                     [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                         streamEvents(std::move(responder));
                     });
        server.route(QStringLiteral("/api/hang"), [this](const QHttpServerRequest &,
                                                         QHttpServerResponder &&responder) {
            ++hangHits;
            held.push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
        });
        if (!gate->listen(QHostAddress::LocalHost, 0))
            qFatal("the gate cannot listen");
        port = gate->serverPort();
        server.bind(gate);
    }

    [[nodiscard]] int socketsAlive() const
    {
        return int(gate->findChildren<QTcpSocket *>().size());
    }

    QHttpServer server;
    QPointer<HttpGate> gate;
    quint16 port = 0;
    int itemHits = 0;
    int hangHits = 0;
    int eventsWritten = 0;
    QList<bool> pendingAtNewConnection;
    std::vector<std::shared_ptr<QHttpServerResponder>> held;

private:
    // Server-sent events in chunked encoding, one every 50 ms, until the client goes.
    void streamEvents(QHttpServerResponder &&responder)
    {
        auto stream = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTcpSocket *socket = stream->socket();
        gate->markStreaming(socket);
        stream->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        stream->writeHeaders(
            {{"Content-Type", "text/event-stream"}, {"Transfer-Encoding", "chunked"}});
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, timer, [this, stream] {
            const QByteArray event = "data: " + QByteArray::number(++eventsWritten) + "\n\n";
            stream->writeBody(QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n");
        });
        QObject::connect(socket, &QAbstractSocket::disconnected, timer,
                         [timer] { timer->deleteLater(); });
        timer->start(50);
    }
};

} // namespace Conductor::Test
