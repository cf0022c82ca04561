// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The connection gate in front of the REST API's HTTP server. Qt HTTP Server 6.4 has no
// limits of its own: it buffers any body whole, waits forever for a header, keeps every
// idle connection and answers a wrong method with 404. The API therefore hands it this
// QTcpServer through QAbstractHttpServer::bind(). The gate accepts each connection itself
// (optionally speaking TLS), caps how many are open, reads the request head without
// consuming it, checks it strictly and within a deadline, answers what it refuses itself
// (400, 405, 408, 411, 413, 431, 503) and hands only sound requests over to the HTTP
// server, with the head still buffered. After the hand-over it enforces one request per
// connection, the body deadline and a lifetime for connections that do not stream.
//
// The gate knows nothing of routes beyond the MethodsOf callback and nothing of JSON beyond
// its own error bodies. Everything runs on the thread that owns the gate; nothing blocks.
//
// Use: listen() on an address, then QHttpServer::bind(gate) (the server becomes its parent).
// A handler that streams calls markStreaming(responder.socket()) before its first write;
// after a response the caller closes the connection (disconnectFromHost()), since a second
// request on it would be dropped anyway. Server-side TLS belongs here, not in
// QHttpServer::sslSetup(), which only affects the server's own listen().

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

#include <chrono>
#include <functional>
#include <optional>

class QTcpSocket;

namespace Conductor {

class GateConnection;

class HttpGate final : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        // Open at once (streams included); one more is answered 503 and closed (with TLS it
        // is closed before the handshake: a handshake costs more than the answer is worth).
        int maxConnections = 64;
        // From the accept (and the TLS handshake) to the end of the request head: else 408.
        std::chrono::milliseconds headTimeout{10'000};
        // From the end of the head to the end of the body: else 408.
        std::chrono::milliseconds bodyTimeout{30'000};
        // A connection is closed this long after its accept, unless its response streams.
        std::chrono::milliseconds requestTimeout{120'000};
        // The request line and the header lines with their line ends: else 431.
        qsizetype maxHeadBytes = 16 * 1024;
        // A larger Content-Length is answered 413 before a byte of the body is read.
        qint64 maxBodyBytes = 1024 * 1024;
    };

    // The methods a path (the request target without its query, as sent) allows; empty when
    // the API does not know the path (the request goes on and the server answers 404).
    using MethodsOf = std::function<QList<QByteArray>(QByteArrayView path)>;

    HttpGate(Limits limits, MethodsOf methodsOf, QObject *parent = nullptr);
    ~HttpGate() override;

    // From now on every accepted connection speaks TLS (handshake within headTimeout).
    void setTlsConfiguration(const QSslConfiguration &configuration);
    [[nodiscard]] bool usesTls() const { return m_tls.has_value(); }

    [[nodiscard]] const Limits &limits() const { return m_limits; }
    // Connections accepted and not yet closed, handed over or not (refused extras excluded).
    [[nodiscard]] int openConnections() const;

    // A response on this socket streams (server-sent events): requestTimeout no longer
    // applies. Does nothing for a socket the gate did not accept.
    void markStreaming(QTcpSocket *socket);

Q_SIGNALS:
    // A request the gate answered itself (status 400/405/408/411/413/431/503), for the log.
    void refused(int status, const QByteArray &code, const QHostAddress &peer);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class GateConnection;
    void handOver(QTcpSocket *socket);
    void connectionClosed(QTcpSocket *socket);

    Limits m_limits;
    MethodsOf m_methodsOf;
    std::optional<QSslConfiguration> m_tls;
    QHash<QTcpSocket *, GateConnection *> m_connections; // the open ones
};

} // namespace Conductor
