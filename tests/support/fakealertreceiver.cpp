// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakealertreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace Conductor::Test {

namespace {

constexpr qsizetype kMaxRequest = 1024 * 1024;
constexpr qsizetype kRoutingKeyLength = 32;

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray response(const FakeAlertReceiver::Reply &reply, bool json)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + statusText(reply.status) +
        "\r\nContent-Type: " + (json ? QByteArray("application/json") : QByteArray("text/html")) +
        "\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
        "\r\nConnection: close\r\n";
    if (!reply.retryAfter.isEmpty()) {
        out += "Retry-After: " + reply.retryAfter + "\r\n";
    }
    return out + "\r\n" + reply.body;
}

FakeAlertReceiver::Reply invalidEvent(const QStringList &errors)
{
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("invalid event")},
                           {QStringLiteral("message"), QStringLiteral("Event object is invalid")},
                           {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
    return {400, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, false};
}

} // namespace

FakeAlertReceiver::FakeAlertReceiver(Service service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeAlertReceiver::accept);
}

FakeAlertReceiver::~FakeAlertReceiver()
{
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
}

bool FakeAlertReceiver::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        return false;
    }
    m_port = m_server.serverPort();
    m_clock.start();
    return true;
}

QString FakeAlertReceiver::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString FakeAlertReceiver::webhookUrl() const
{
    return baseUrl() + QString::fromLatin1(m_webhookPath);
}

void FakeAlertReceiver::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
            Q_EMIT clientDisconnected();
        });
    }
}

void FakeAlertReceiver::read(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket)) {
        return;
    }
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxRequest) {
            socket->abort();
        }
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) {
        return; // the body is still coming
    }
    request.body = buffer.mid(headerEnd + 4, length);
    request.json = QJsonDocument::fromJson(request.body).object();
    request.receivedMs = m_clock.elapsed();
    buffer.clear();
    socket->setProperty("answered", true);

    const Reply reply = m_script.isEmpty() ? serviceAnswer(request) : m_script.takeFirst();
    request.status = reply.hang ? 0 : reply.status;
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    if (reply.hang) {
        return;
    }
    socket->write(response(reply, m_service == Service::PagerDuty));
    socket->disconnectFromHost();
}

FakeAlertReceiver::Reply FakeAlertReceiver::serviceAnswer(const Request &request) const
{
    return m_service == Service::PagerDuty ? pagerDutyAnswer(request) : slackAnswer(request);
}

FakeAlertReceiver::Reply FakeAlertReceiver::slackAnswer(const Request &request) const
{
    if (request.method != "POST" || request.path != m_webhookPath) {
        return {404, "no_service", {}, false};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return {400, "invalid_payload", {}, false};
    }
    const QJsonObject message = document.object();
    const bool hasText = !message.value(QLatin1String("text")).toString().isEmpty();
    const bool hasBlocks = !message.value(QLatin1String("blocks")).toArray().isEmpty();
    if (!hasText && !hasBlocks) {
        return {400, "no_text", {}, false};
    }
    return {200, "ok", {}, false};
}

FakeAlertReceiver::Reply FakeAlertReceiver::pagerDutyAnswer(const Request &request) const
{
    if (request.method != "POST" || request.path != "/v2/enqueue") {
        return {404, R"({"status":"not found"})", {}, false};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return invalidEvent({QStringLiteral("Event body is not valid JSON")});
    }
    const QJsonObject event = document.object();
    QStringList errors;
    const QString key = event.value(QLatin1String("routing_key")).toString();
    if (key.isEmpty()) {
        errors.append(QStringLiteral("'routing_key' is missing or blank"));
    } else if (key.size() != kRoutingKeyLength) {
        errors.append(
            QStringLiteral("Length of 'routing_key' is incorrect (should be 32 characters)"));
    } else if (!m_routingKey.isEmpty() && key.toUtf8() != m_routingKey) {
        errors.append(QStringLiteral("Invalid routing key"));
    }
    const QString action = event.value(QLatin1String("event_action")).toString();
    const QString dedup = event.value(QLatin1String("dedup_key")).toString();
    if (action == u"trigger") {
        const QJsonObject payload = event.value(QLatin1String("payload")).toObject();
        for (const char *field : {"summary", "source", "severity"}) {
            if (payload.value(QLatin1String(field)).toString().isEmpty()) {
                errors.append(
                    QStringLiteral("'payload.%1' is missing or blank").arg(QLatin1String(field)));
            }
        }
        const QString severity = payload.value(QLatin1String("severity")).toString();
        static const QStringList severities{QStringLiteral("critical"), QStringLiteral("error"),
                                            QStringLiteral("warning"), QStringLiteral("info")};
        if (!severity.isEmpty() && !severities.contains(severity)) {
            errors.append(QStringLiteral("'payload.severity' must be one of critical, error, "
                                         "warning, info"));
        }
    } else if (action == u"acknowledge" || action == u"resolve") {
        if (dedup.isEmpty()) {
            errors.append(QStringLiteral("'dedup_key' is missing or blank"));
        }
    } else {
        errors.append(QStringLiteral("'event_action' is invalid (must be one of trigger, "
                                     "acknowledge or resolve)"));
    }
    if (dedup.size() > 255) {
        errors.append(QStringLiteral("'dedup_key' is too long"));
    }
    if (!errors.isEmpty()) {
        return invalidEvent(errors);
    }
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("success")},
                           {QStringLiteral("message"), QStringLiteral("Event processed")},
                           {QStringLiteral("dedup_key"), dedup}};
    return {202, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, false};
}

} // namespace Conductor::Test
