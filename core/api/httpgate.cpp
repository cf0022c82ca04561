// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpgate.h"

#include "httphead_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// How this fits Qt HTTP Server 6.4.2 (read from its sources, pinned by tst_httpgate):
// - QAbstractHttpServer::bind() connects to QTcpServer::pendingConnectionAvailable, which
//   addPendingConnection() emits. The server takes the socket at once (nextPendingConnection),
//   connects to its readyRead and disconnected signals and deletes it after it disconnects;
//   the socket stays a child of the gate. So after the hand-over the gate never deletes it.
// - QTcpServer itself emits newConnection() after every incomingConnection(), that is at the
//   accept, when nothing is pending yet; the gate emits it again at the hand-over for
//   consumers that use newConnection() and nextPendingConnection().
// - The server reads only on readyRead, so the gate replays readyRead (queued) for the head
//   it left buffered. It reads a request eagerly and stops exactly at its end (the head byte
//   by byte up to CRLFCRLF, then Content-Length bytes), and parses the next request on the
//   next readyRead, even while a handler still holds the responder of the first. The gate
//   relies on the first to count what arrived beyond the request and removes those bytes
//   before the server can read them.
// - It parses bare LF line ends, skips leading blank lines and ignores Expect: 100-continue;
//   the gate refuses the first two and answers the third.

namespace Conductor {

namespace {

// Error bodies and messages are for API clients, which parse the code and may show the
// message; they are part of the API contract and stay English on purpose (not tr()).
struct Refusal
{
    int status;
    const char *reason;
    const char *code;
};

constexpr Refusal kBadRequest{400, "Bad Request", "bad_request"};
constexpr Refusal kMethodNotAllowed{405, "Method Not Allowed", "method_not_allowed"};
constexpr Refusal kRequestTimeout{408, "Request Timeout", "request_timeout"};
constexpr Refusal kLengthRequired{411, "Length Required", "length_required"};
constexpr Refusal kPayloadTooLarge{413, "Content Too Large", "payload_too_large"};
constexpr Refusal kHeadTooLarge{431, "Request Header Fields Too Large", "request_header_too_large"};
constexpr Refusal kUnavailable{503, "Service Unavailable", "service_unavailable"};

constexpr QByteArrayView kContinue("HTTP/1.1 100 Continue\r\n\r\n");
// After the request, what the socket may buffer beyond it before it stops reading.
constexpr qint64 kReadSlack = 64 * 1024;

QByteArray responseFor(const Refusal &refusal, const QString &message,
                       const QByteArray &extraHeaders = {})
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(refusal.code)},
                                  {QStringLiteral("message"), message}})
            .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(refusal.status) + ' ' + refusal.reason +
           "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

void abortSoon(QTcpSocket *socket)
{
    // Not from inside the socket's own signal: its other receivers still run after us.
    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

} // namespace

// The gate's state for one accepted connection; a child of its socket.
class GateConnection final : public QObject
{
public:
    GateConnection(HttpGate *gate, QTcpSocket *socket);
    ~GateConnection() override;

    void start(const std::optional<QSslConfiguration> &tls);
    void markStreaming();
    void detach() { m_gate = nullptr; }

private:
    enum class Phase
    {
        Head,
        HandedOver,
        Closing
    };

    void readHead();
    void checkHead(const HttpHead::Head &head);
    void handOver(const HttpHead::Head &head);
    void countBeforeServer();
    void abortAfterResponse();
    void refuse(const Refusal &refusal, const QString &message, const QByteArray &headers = {});
    void deadlinePassed();
    void lifetimePassed();
    void disconnected();

    QPointer<HttpGate> m_gate;
    QTcpSocket *m_socket;
    QTimer m_deadline; // the head, then the body, then the flush of a refusal
    QTimer m_lifetime; // requestTimeout
    QMetaObject::Connection m_headReader;
    Phase m_phase = Phase::Head;
    bool m_tls = false;
    bool m_handedOver = false;
    bool m_streaming = false;
    bool m_closed = false;
    // After the hand-over: the bytes of the request (head and body), those received since
    // the accept, those the gate removed beyond the request, and those written back.
    qint64 m_allowed = 0;
    qint64 m_received = 0;
    qint64 m_dropped = 0;
    qint64 m_written = 0;
    qint64 m_continueBytes = 0;
    bool m_serverRead = false; // the server's readyRead slot has run at least once
    bool m_excess = false;     // more than the request arrived
};

GateConnection::GateConnection(HttpGate *gate, QTcpSocket *socket)
    : QObject(socket)
    , m_gate(gate)
    , m_socket(socket)
{
    m_deadline.setSingleShot(true);
    m_lifetime.setSingleShot(true);
    // The limits are minimums a client is promised: a coarse timer may fire 5 % early.
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_lifetime.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &GateConnection::deadlinePassed);
    connect(&m_lifetime, &QTimer::timeout, this, &GateConnection::lifetimePassed);
}

GateConnection::~GateConnection()
{
    if (m_gate && !m_closed)
        m_gate->connectionClosed(m_socket);
}

void GateConnection::start(const std::optional<QSslConfiguration> &tls)
{
    const HttpGate::Limits &limits = m_gate->limits();
    m_deadline.start(limits.headTimeout);
    m_lifetime.start(limits.requestTimeout);
    connect(m_socket, &QAbstractSocket::disconnected, this, &GateConnection::disconnected);
    // The head is only peeked at; a bounded buffer keeps a client that sends more from
    // filling memory before the gate has decided.
    m_socket->setReadBufferSize(limits.maxHeadBytes);
    m_headReader = connect(m_socket, &QIODevice::readyRead, this, &GateConnection::readHead);
    if (!tls)
        return;
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    Q_ASSERT(ssl);
    m_tls = true;
    // A failed or refused handshake ends the connection without an HTTP answer.
    connect(ssl, &QSslSocket::sslErrors, this, [this] { abortSoon(m_socket); });
    connect(ssl, &QAbstractSocket::errorOccurred, this, [this, ssl] {
        if (!ssl->isEncrypted())
            abortSoon(m_socket);
    });
    ssl->setSslConfiguration(*tls);
    ssl->startServerEncryption();
}

void GateConnection::markStreaming()
{
    m_streaming = true;
    m_lifetime.stop();
}

void GateConnection::readHead()
{
    if (m_phase != Phase::Head || !m_gate)
        return;
    const HttpGate::Limits &limits = m_gate->limits();
    const QByteArray received = m_socket->peek(limits.maxHeadBytes);
    const qsizetype end = HttpHead::headEnd(received);
    if (end < 0) {
        if (HttpHead::hasBareLineEnd(received)) {
            refuse(kBadRequest, QStringLiteral("Lines must end with CRLF; a bare LF or CR was "
                                               "found."));
        } else if (received.size() >= limits.maxHeadBytes) {
            refuse(kHeadTooLarge, QStringLiteral("The request line and headers exceed %1 bytes.")
                                      .arg(limits.maxHeadBytes));
        }
        return;
    }
    const char *problem = "";
    const std::optional<HttpHead::Head> head = HttpHead::parse(received.first(end), &problem);
    if (!head) {
        refuse(kBadRequest, QString::fromLatin1(problem));
        return;
    }
    checkHead(*head);
}

void GateConnection::checkHead(const HttpHead::Head &head)
{
    const HttpGate::Limits &limits = m_gate->limits();
    const QList<QByteArray> allowed =
        m_gate->m_methodsOf ? m_gate->m_methodsOf(head.path) : QList<QByteArray>();
    if (!allowed.isEmpty() && !allowed.contains(head.method)) {
        refuse(kMethodNotAllowed,
               QStringLiteral("%1 is not allowed here; use %2.")
                   .arg(QString::fromLatin1(head.method), QString::fromLatin1(allowed.join(", "))),
               "Allow: " + allowed.join(", ") + "\r\n");
        return;
    }
    if (head.contentLength > limits.maxBodyBytes) {
        refuse(
            kPayloadTooLarge,
            QStringLiteral("The request body may be at most %1 bytes.").arg(limits.maxBodyBytes));
        return;
    }
    if (head.transferEncoding) {
        refuse(kLengthRequired, QStringLiteral("Chunked or otherwise transfer-encoded request "
                                               "bodies are not accepted; send Content-Length."));
        return;
    }
    handOver(head);
}

void GateConnection::handOver(const HttpHead::Head &head)
{
    const HttpGate::Limits &limits = m_gate->limits();
    m_phase = Phase::HandedOver;
    m_handedOver = true;
    disconnect(m_headReader);
    const qint64 body = qMax<qint64>(head.contentLength, 0);
    m_allowed = head.size + body;
    m_received = m_socket->bytesAvailable(); // the server has read none of it yet
    if (m_received >= m_allowed)
        m_deadline.stop();
    else
        m_deadline.start(limits.bodyTimeout);
    if (head.expectContinue && head.http11 && body > 0 && m_received == head.size) {
        m_socket->write(kContinue.data(), kContinue.size());
        m_continueBytes = kContinue.size();
    }
    m_socket->setReadBufferSize(m_allowed + kReadSlack);
    connect(m_socket, &QIODevice::bytesWritten, this, [this](qint64 bytes) {
        m_written += bytes;
        if (m_excess)
            abortAfterResponse();
    });
    // Runs before the server's readyRead slot, which is connected later.
    connect(m_socket, &QIODevice::readyRead, this, &GateConnection::countBeforeServer);
    m_gate->handOver(m_socket);
    // The server has not seen the head: it is still in the socket's buffer. Replay it unless
    // new bytes have made the socket emit readyRead meanwhile.
    QTimer::singleShot(0, this, [this] {
        if (!m_serverRead && m_socket->bytesAvailable() > 0)
            Q_EMIT m_socket->readyRead();
    });
}

void GateConnection::countBeforeServer()
{
    // What the server has read so far: it reads the request up to its end and no further,
    // and the gate removes only bytes beyond that end.
    const qint64 serverRead = m_serverRead ? qMin(m_received, m_allowed) : 0;
    const qint64 unread = m_received - serverRead - m_dropped;
    const qint64 available = m_socket->bytesAvailable();
    m_received += qMax<qint64>(0, available - unread);
    m_serverRead = true; // its slot runs right after this one
    if (m_received < m_allowed)
        return;
    if (m_phase == Phase::HandedOver)
        m_deadline.stop(); // the body is complete
    if (m_received == m_allowed)
        return;
    m_excess = true;
    if (serverRead == m_allowed) {
        // Everything buffered is a further request: the server must not see it.
        m_socket->skip(available);
        m_dropped += available;
    }
    // Otherwise the server now reads the rest of the request and stops at its end; what
    // follows stays buffered, unread, until the next readyRead removes it here or the
    // connection is aborted.
    abortAfterResponse();
}

void GateConnection::abortAfterResponse()
{
    if (m_closed)
        return;
    const bool answered = m_written + m_socket->bytesToWrite() > m_continueBytes;
    if (answered && m_socket->bytesToWrite() == 0)
        abortSoon(m_socket);
    // Otherwise bytesWritten brings us back here; requestTimeout bounds the wait.
}

void GateConnection::refuse(const Refusal &refusal, const QString &message,
                            const QByteArray &headers)
{
    if (m_phase == Phase::Closing || m_closed)
        return;
    m_phase = Phase::Closing;
    disconnect(m_headReader);
    m_socket->write(responseFor(refusal, message, headers));
    if (m_gate)
        Q_EMIT m_gate->refused(refusal.status, QByteArray(refusal.code), m_socket->peerAddress());
    // disconnectFromHost() stops reading, flushes what was written, then closes; a client
    // that reads nothing gets the socket aborted after one more head timeout.
    m_deadline.start(m_gate ? m_gate->limits().headTimeout : std::chrono::milliseconds(1000));
    if (!m_closed)
        m_socket->disconnectFromHost();
}

void GateConnection::deadlinePassed()
{
    switch (m_phase) {
    case Phase::Head:
        if (m_tls && !qobject_cast<QSslSocket *>(m_socket)->isEncrypted()) {
            m_phase = Phase::Closing;
            m_socket->abort(); // no HTTP before the handshake
            return;
        }
        refuse(kRequestTimeout, QStringLiteral("The request head did not arrive in time."));
        return;
    case Phase::HandedOver:
        refuse(kRequestTimeout, QStringLiteral("The request body did not arrive in time."));
        return;
    case Phase::Closing:
        m_socket->abort();
        return;
    }
}

void GateConnection::lifetimePassed()
{
    if (m_streaming)
        return;
    m_phase = Phase::Closing;
    m_deadline.stop();
    m_socket->abort();
}

void GateConnection::disconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_phase = Phase::Closing;
    m_deadline.stop();
    m_lifetime.stop();
    if (m_gate)
        m_gate->connectionClosed(m_socket);
    // Before the hand-over the socket is the gate's; after it, the server's stream owns it
    // and deletes it once no handler holds its responder any more.
    if (!m_handedOver)
        m_socket->deleteLater();
}

HttpGate::HttpGate(Limits limits, MethodsOf methodsOf, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_methodsOf(std::move(methodsOf))
{}

HttpGate::~HttpGate()
{
    for (GateConnection *connection : std::as_const(m_connections))
        connection->detach();
}

void HttpGate::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

int HttpGate::openConnections() const
{
    return int(m_connections.size());
}

void HttpGate::markStreaming(QTcpSocket *socket)
{
    if (GateConnection *connection = m_connections.value(socket))
        connection->markStreaming();
}

void HttpGate::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
#ifdef Q_OS_UNIX
        ::close(int(socketDescriptor));
#endif
        return;
    }
    if (m_connections.size() >= m_limits.maxConnections) {
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        if (m_tls) {
            socket->abort(); // no HTTP without a handshake, and none is started over the cap
        } else {
            socket->write(
                responseFor(kUnavailable, QStringLiteral("Too many open connections; try again "
                                                         "later.")));
            Q_EMIT refused(kUnavailable.status, QByteArray(kUnavailable.code),
                           socket->peerAddress());
            QTimer::singleShot(m_limits.headTimeout, socket, [socket] { socket->abort(); });
            socket->disconnectFromHost();
        }
        return;
    }
    auto *connection = new GateConnection(this, socket);
    m_connections.insert(socket, connection);
    connection->start(m_tls);
}

void HttpGate::handOver(QTcpSocket *socket)
{
    addPendingConnection(socket);
    Q_EMIT newConnection();
}

void HttpGate::connectionClosed(QTcpSocket *socket)
{
    m_connections.remove(socket);
}

} // namespace Conductor
