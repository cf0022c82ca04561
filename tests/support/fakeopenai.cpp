// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeopenai.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace Conductor::Test {

namespace {

constexpr qsizetype kMaxRequest = 8 * 1024 * 1024;

qint64 quarterTokens(qsizetype chars)
{
    return (chars + 3) / 4;
}

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
                    const QList<QByteArray> &extraHeaders = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) +
                     "\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\nConnection: close\r\n";
    for (const QByteArray &header : extraHeaders) {
        out += header + "\r\n";
    }
    return out + "\r\n" + body;
}

QByteArray errorBody(const QString &message, const char *type, const char *code)
{
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), QString::fromLatin1(type)},
                            {QStringLiteral("code"), QString::fromLatin1(code)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
        .toJson(QJsonDocument::Compact);
}

QByteArray chunked(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray sseEvent(const QJsonObject &object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

qsizetype messageChars(const QJsonObject &body)
{
    qsizetype chars = 0;
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &message : messages) {
        chars += message.toObject().value(QLatin1String("content")).toString().size();
    }
    return chars;
}

} // namespace

FakeOpenAi::FakeOpenAi(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeOpenAi::accept);
}

FakeOpenAi::~FakeOpenAi()
{
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
}

bool FakeOpenAi::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        return false;
    }
    m_port = m_server.serverPort();
    return true;
}

QString FakeOpenAi::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port);
}

int FakeOpenAi::openConnections() const
{
    return static_cast<int>(m_buffers.size());
}

void FakeOpenAi::accept()
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

void FakeOpenAi::read(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket)) {
        return;
    }
    QByteArray &buffer = m_buffers[socket];
    if (buffer.isNull() && socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
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
    buffer = QByteArray();
    socket->setProperty("answered", true);
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    answer(socket, request);
}

void FakeOpenAi::answer(QTcpSocket *socket, const Request &request)
{
    const bool authorized =
        m_requiredKey.isEmpty() || request.header("authorization") == "Bearer " + m_requiredKey;
    const qsizetype query = request.path.indexOf('?');
    const QByteArray path = query < 0 ? request.path : request.path.left(query);
    if (request.method == "GET" && path == "/v1/models") {
        if (!authorized) {
            socket->write(response(401, "application/json",
                                   errorBody(QStringLiteral("Incorrect API key provided."),
                                             "invalid_request_error", "invalid_api_key")));
            socket->disconnectFromHost();
            return;
        }
        QJsonArray data;
        for (const QString &model : std::as_const(m_models)) {
            data.append(QJsonObject{{QStringLiteral("id"), model},
                                    {QStringLiteral("object"), QStringLiteral("model")},
                                    {QStringLiteral("owned_by"), QStringLiteral("conductor")}});
        }
        const QJsonObject list{{QStringLiteral("object"), QStringLiteral("list")},
                               {QStringLiteral("data"), data}};
        const QByteArray body =
            response(200, "application/json", QJsonDocument(list).toJson(QJsonDocument::Compact));
        if (m_modelsDelay.count() > 0) {
            QTimer::singleShot(m_modelsDelay, socket, [socket, body] {
                socket->write(body);
                socket->disconnectFromHost();
            });
            return;
        }
        socket->write(body);
        socket->disconnectFromHost();
        return;
    }
    if (request.method != "POST" || path != "/v1/chat/completions") {
        socket->write(response(
            404, "application/json",
            errorBody(
                QStringLiteral("Unknown request URL: %1").arg(QString::fromLatin1(request.path)),
                "invalid_request_error", "unknown_url")));
        socket->disconnectFromHost();
        return;
    }
    const Reply reply = m_queue.isEmpty() ? m_default : m_queue.takeFirst();
    if (!authorized) {
        Reply refused = reply;
        refused.behaviour = Behaviour::Unauthorized;
        answerChat(socket, request, refused);
        return;
    }
    answerChat(socket, request, reply);
}

void FakeOpenAi::answerChat(QTcpSocket *socket, const Request &request, const Reply &reply)
{
    auto refuse = [&](int status, const QString &fallback, const char *type, const char *code,
                      const QList<QByteArray> &headers = {}) {
        const QString message = reply.errorMessage.isEmpty() ? fallback : reply.errorMessage;
        socket->write(
            response(status, "application/json", errorBody(message, type, code), headers));
        socket->disconnectFromHost();
    };
    switch (reply.behaviour) {
    case Behaviour::RateLimited:
        refuse(429, QStringLiteral("Rate limit reached for requests."), "requests",
               "rate_limit_exceeded", {"Retry-After: " + reply.retryAfter});
        return;
    case Behaviour::ServerError:
        refuse(500, QStringLiteral("The server had an error while processing your request."),
               "server_error", "internal_error");
        return;
    case Behaviour::BadRequest:
        refuse(400, QStringLiteral("This model's maximum context length is 8192 tokens."),
               "invalid_request_error", "context_length_exceeded");
        return;
    case Behaviour::Unauthorized:
        refuse(401, QStringLiteral("Incorrect API key provided."), "invalid_request_error",
               "invalid_api_key");
        return;
    case Behaviour::Stream:
    case Behaviour::CutStream:
    case Behaviour::Slow:
        if (request.json.value(QLatin1String("stream")).toBool()) {
            stream(socket, request, reply);
            return;
        }
        [[fallthrough]];
    case Behaviour::Json:
        break;
    }
    const QString content = reply.chunks.join(QString());
    const qint64 prompt = reply.promptTokens || reply.completionTokens
                              ? reply.promptTokens
                              : quarterTokens(messageChars(request.json));
    const qint64 completion = reply.promptTokens || reply.completionTokens
                                  ? reply.completionTokens
                                  : quarterTokens(content.size());
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), content}};
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), prompt},
                            {QStringLiteral("completion_tokens"), completion},
                            {QStringLiteral("total_tokens"), prompt + completion}};
    const QJsonObject completionObject{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-%1").arg(++m_sequence)},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("model"), request.json.value(QLatin1String("model"))},
        {QStringLiteral("choices"), QJsonArray{choice}},
        {QStringLiteral("usage"), usage}};
    bill(prompt, completion);
    socket->write(response(200, "application/json",
                           QJsonDocument(completionObject).toJson(QJsonDocument::Compact)));
    socket->disconnectFromHost();
}

void FakeOpenAi::stream(QTcpSocket *socket, const Request &request, const Reply &reply)
{
    const QString id = QStringLiteral("chatcmpl-%1").arg(++m_sequence);
    const QJsonValue model = request.json.value(QLatin1String("model"));
    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finishReason) {
        const QJsonObject choice{{QStringLiteral("index"), 0},
                                 {QStringLiteral("delta"), delta},
                                 {QStringLiteral("finish_reason"), finishReason}};
        return sseEvent(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                        {QStringLiteral("model"), model},
                        {QStringLiteral("choices"), QJsonArray{choice}}});
    };
    QList<QByteArray> events;
    events.append(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QString()}},
                        QJsonValue::Null));
    for (const QString &piece : reply.chunks) {
        events.append(chunk(QJsonObject{{QStringLiteral("content"), piece}}, QJsonValue::Null));
    }
    events.append(chunk(QJsonObject{}, QStringLiteral("stop")));

    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                  "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n"
                  "Connection: close\r\n\r\n");
    if (reply.behaviour == Behaviour::Slow) {
        socket->write(chunked(events.first()));
        return; // and nothing more
    }
    if (reply.behaviour == Behaviour::CutStream) {
        // The role chunk and cutAfter content chunks, then the connection closes.
        events = events.mid(0, 1 + reply.cutAfter);
        sendEvents(socket, events, reply.chunkDelay, true);
        return;
    }
    const bool includeUsage = request.json.value(QLatin1String("stream_options"))
                                  .toObject()
                                  .value(QLatin1String("include_usage"))
                                  .toBool();
    if (includeUsage && reply.reportUsage) {
        const QString content = reply.chunks.join(QString());
        const bool given = reply.promptTokens || reply.completionTokens;
        const qint64 prompt =
            given ? reply.promptTokens : quarterTokens(messageChars(request.json));
        const qint64 completion = given ? reply.completionTokens : quarterTokens(content.size());
        const QJsonObject usage{{QStringLiteral("prompt_tokens"), prompt},
                                {QStringLiteral("completion_tokens"), completion},
                                {QStringLiteral("total_tokens"), prompt + completion}};
        events.append(sseEvent(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                        {QStringLiteral("model"), model},
                        {QStringLiteral("choices"), QJsonArray{}},
                        {QStringLiteral("usage"), usage}}));
        bill(prompt, completion);
    }
    events.append(QByteArrayLiteral("data: [DONE]\n\n"));
    sendEvents(socket, events, reply.chunkDelay, false);
}

void FakeOpenAi::sendEvents(QPointer<QTcpSocket> socket, QList<QByteArray> events,
                            std::chrono::milliseconds delay, bool cut)
{
    if (!socket) {
        return;
    }
    if (events.isEmpty()) {
        if (!cut) {
            socket->write("0\r\n\r\n");
        }
        socket->disconnectFromHost();
        return;
    }
    socket->write(chunked(events.takeFirst()));
    socket->flush();
    QTimer::singleShot(delay, socket, [this, socket, events = std::move(events), delay, cut] {
        sendEvents(socket, events, delay, cut);
    });
}

void FakeOpenAi::bill(qint64 prompt, qint64 completion)
{
    m_billedPrompt += prompt;
    m_billedCompletion += completion;
}

} // namespace Conductor::Test
