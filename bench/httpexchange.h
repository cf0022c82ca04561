// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One HTTP exchange on its own loopback connection, without blocking: the REST API answers
// one request per connection, so every request of the API benchmark is one of these. It
// connects, writes a request as it is given (whole, its body streamed after the head, or
// trickled a byte at a time), reads the answer until its Content-Length is complete, then
// closes and reports once: the status (0 when no answer came), the body, the time from the
// connect to the answer and the bytes written. Everything runs on the caller's event loop,
// so hundreds of exchanges proceed side by side.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <functional>
#include <sys/socket.h>
#include <utility>

namespace Conductor::Bench {

struct HttpReply
{
    int status = 0; // 0: no complete answer head arrived
    QByteArray body;
    double ms = 0;   // from the connect to the complete answer, or to the failure
    qint64 sent = 0; // bytes written to the connection
    QString error;   // the socket's error when the answer is missing or cut short
    bool complete = false;
};

// A request as an exchange writes it.
struct HttpPlan
{
    QByteArray head;         // written at once, unless trickled (may be empty: an idle client)
    qint64 streamBytes = 0;  // body bytes written after the head while no answer arrives
    int trickleMs = 0;       // > 0: the head goes out one byte per interval
    int lifetimeMs = 60'000; // given up after this long (reported with status 0)
};

inline QByteArray getRequest(const QByteArray &target, const QByteArray &token = {})
{
    QByteArray out = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty()) {
        out += "Authorization: Bearer " + token + "\r\n";
    }
    return out + "\r\n";
}

inline QByteArray postRequest(const QByteArray &target, const QByteArray &token,
                              const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

class HttpExchange final : public QObject
{
public:
    using Done = std::function<void(const HttpReply &)>;

    // Starts at once; `done` runs once, then the exchange deletes itself.
    HttpExchange(quint16 port, HttpPlan plan, Done done, QObject *parent = nullptr)
        : QObject(parent)
        , m_plan(std::move(plan))
        , m_done(std::move(done))
        , m_socket(new QTcpSocket(this))
    {
        m_clock.start();
        connect(m_socket, &QTcpSocket::connected, this, &HttpExchange::onConnected);
        connect(m_socket, &QIODevice::readyRead, this, &HttpExchange::onReadyRead);
        connect(m_socket, &QIODevice::bytesWritten, this,
                [this](qint64 bytes) { m_reply.sent += bytes; });
        connect(&m_stream, &QTimer::timeout, this, &HttpExchange::feed);
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] { finish(); });
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
            if (m_reply.error.isEmpty()) {
                m_reply.error = m_socket->errorString();
            }
            // What arrived before the error was read in onReadyRead.
            finish();
        });
        m_lifetime.setSingleShot(true);
        connect(&m_lifetime, &QTimer::timeout, this, [this] {
            m_reply.error = QStringLiteral("no answer in time");
            finish();
        });
        m_lifetime.start(m_plan.lifetimeMs);
        m_socket->connectToHost(QHostAddress::LocalHost, port);
    }

    // Closes the connection without reporting (for clients held open on purpose).
    void abandon()
    {
        m_finished = true;
        m_socket->abort();
        deleteLater();
    }

    [[nodiscard]] bool answered() const { return m_headEnd >= 0; }
    [[nodiscard]] bool connected() const
    {
        return !m_finished && m_socket->state() == QAbstractSocket::ConnectedState;
    }

private:
    void onConnected()
    {
        if (m_plan.trickleMs > 0) {
            connect(&m_trickle, &QTimer::timeout, this, [this] {
                if (m_trickled < m_plan.head.size() && !answered()) {
                    m_socket->write(m_plan.head.mid(m_trickled++, 1));
                }
            });
            m_trickle.start(m_plan.trickleMs);
            return;
        }
        if (!m_plan.head.isEmpty()) {
            m_socket->write(m_plan.head);
            m_socket->flush();
        }
        if (m_plan.streamBytes > 0) {
            feed(); // the body follows the head at once, as clients send it
            m_stream.start(1);
        }
    }

    // Streams the body, 256 KB a millisecond at most, until an answer arrives. The body
    // bypasses the socket's own writing: a server that refuses a request closes with the
    // body unread, which resets the connection, and a write that meets the reset makes the
    // socket close at once, before it has read the answer that came first. A send that
    // fails here only ends the stream; the answer is then read as usual.
    void feed()
    {
        const qintptr fd = m_socket->socketDescriptor();
        if (m_streamed >= m_plan.streamBytes || answered() || fd < 0 ||
            m_socket->bytesToWrite() > 0) {
            if (m_streamed >= m_plan.streamBytes || answered() || fd < 0) {
                m_stream.stop();
            }
            return;
        }
        static const QByteArray chunk(64 * 1024, 'x');
        for (int i = 0; i < 4 && m_streamed < m_plan.streamBytes; ++i) {
            const auto n = static_cast<size_t>(
                std::min<qint64>(chunk.size(), m_plan.streamBytes - m_streamed));
            const ssize_t sent =
                ::send(static_cast<int>(fd), chunk.constData(), n, MSG_DONTWAIT | MSG_NOSIGNAL);
            if (sent <= 0) {
                if (errno != EAGAIN && errno != EWOULDBLOCK) {
                    m_stream.stop();
                }
                return;
            }
            m_streamed += sent;
            m_reply.sent += sent;
        }
    }

    void onReadyRead()
    {
        m_received += m_socket->readAll();
        parse();
    }

    void parse()
    {
        if (m_finished) {
            return;
        }
        if (m_headEnd < 0) {
            m_headEnd = m_received.indexOf("\r\n\r\n");
            if (m_headEnd < 0) {
                return;
            }
            const QList<QByteArray> lines = m_received.first(m_headEnd).split('\n');
            m_reply.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                if (line.toLower().startsWith("content-length:")) {
                    m_length = line.sliced(15).trimmed().toLongLong();
                }
            }
        }
        if (m_length >= 0 && m_received.size() - m_headEnd - 4 >= m_length) {
            m_reply.complete = true;
            finish();
        }
    }

    void finish()
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        m_reply.ms = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
        if (m_headEnd >= 0) {
            m_reply.body = m_received.sliced(m_headEnd + 4);
        }
        m_lifetime.stop();
        m_trickle.stop();
        m_stream.stop();
        m_socket->abort();
        // The callback may start the next exchange; this one goes once it returns.
        const Done done = std::move(m_done);
        const HttpReply reply = m_reply;
        deleteLater();
        done(reply);
    }

    HttpPlan m_plan;
    Done m_done;
    QTcpSocket *m_socket;
    QElapsedTimer m_clock;
    QTimer m_lifetime;
    QTimer m_trickle;
    QTimer m_stream;
    QByteArray m_received;
    HttpReply m_reply;
    qsizetype m_headEnd = -1;
    qint64 m_length = -1;
    qint64 m_streamed = 0;
    qsizetype m_trickled = 0;
    bool m_finished = false;
};

} // namespace Conductor::Bench
