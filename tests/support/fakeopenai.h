// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An OpenAI-compatible server for tests, on 127.0.0.1 and a port of its own, speaking
// HTTP/1.1 by hand so that a test decides how an answer arrives: streamed as server-sent
// events in chunked transfer encoding (chat.completion.chunk deltas, the usage chunk when
// the request asked for stream_options.include_usage, then "data: [DONE]"), whole as JSON,
// refused with 429 and Retry-After, 500, 400 or 401 with an error body, cut off halfway
// (the connection closes after some chunks), or never finished. It also lists models at
// GET /v1/models, after a delay when a test sets one. Every request is recorded (method,
// path, headers, body), and so is the usage it reported, so that a test can hold a ledger
// against what the server billed.
// One request per connection (each answer says "Connection: close").

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTcpServer>

#include <chrono>

class QTcpSocket;

namespace Conductor::Test {

class FakeOpenAi final : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour
    {
        Stream,       // SSE when the request says stream: true, else JSON
        Json,         // always a whole JSON completion
        RateLimited,  // 429 with Retry-After
        ServerError,  // 500
        BadRequest,   // 400
        Unauthorized, // 401
        CutStream,    // SSE headers and cutAfter chunks, then the connection closes
        Slow,         // SSE headers and one chunk, then nothing, ever
    };

    struct Reply
    {
        Behaviour behaviour = Behaviour::Stream;
        QStringList chunks{QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world.")};
        // The usage reported; when both are 0: a token per four characters of the request's
        // messages and of the answer, rounded up.
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        // Whether a stream carries the usage chunk when asked for it (some servers never do).
        bool reportUsage = true;
        int cutAfter = 2;
        QByteArray retryAfter = "7";
        QString errorMessage; // the error body's message; a default per status when empty
        std::chrono::milliseconds chunkDelay{5};
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json;

        [[nodiscard]] QByteArray header(const QByteArray &name) const
        {
            return headers.value(name.toLower());
        }
    };

    explicit FakeOpenAi(QObject *parent = nullptr);
    ~FakeOpenAi() override;

    // Listens on 127.0.0.1, port 0; false when it cannot.
    [[nodiscard]] bool listen();
    // Stops listening (the port then refuses connections).
    void close() { m_server.close(); }
    // http://127.0.0.1:<port>/v1
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] quint16 port() const { return m_port; }

    // The answers to the next chat requests, in order; the default reply after them.
    void enqueue(const Reply &reply) { m_queue.append(reply); }
    void setDefaultReply(const Reply &reply) { m_default = reply; }
    // When set, a request without "Authorization: Bearer <key>" gets 401.
    void setRequiredKey(const QByteArray &key) { m_requiredKey = key; }
    void setModels(const QStringList &models) { m_models = models; }
    // How long GET /v1/models waits before it answers (none by default).
    void setModelsDelay(std::chrono::milliseconds delay) { m_modelsDelay = delay; }

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] qsizetype requestCount() const { return m_requests.size(); }
    // The sums of the usage the server reported in its answers.
    [[nodiscard]] qint64 billedPromptTokens() const { return m_billedPrompt; }
    [[nodiscard]] qint64 billedCompletionTokens() const { return m_billedCompletion; }
    [[nodiscard]] qint64 billedTokens() const { return m_billedPrompt + m_billedCompletion; }
    // Connections open now (a slow answer holds one).
    [[nodiscard]] int openConnections() const;

Q_SIGNALS:
    void requestReceived(const Conductor::Test::FakeOpenAi::Request &request);
    // A connection closed by the client (an aborted request, for instance).
    void clientDisconnected();

private:
    void accept();
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);
    void answerChat(QTcpSocket *socket, const Request &request, const Reply &reply);
    void stream(QTcpSocket *socket, const Request &request, const Reply &reply);
    void sendEvents(QPointer<QTcpSocket> socket, QList<QByteArray> events,
                    std::chrono::milliseconds delay, bool closeAtEnd);
    void bill(qint64 prompt, qint64 completion);

    QTcpServer m_server;
    quint16 m_port = 0;
    QList<Reply> m_queue;
    Reply m_default;
    QByteArray m_requiredKey;
    QStringList m_models{QStringLiteral("gpt-test"), QStringLiteral("gpt-test-mini")};
    std::chrono::milliseconds m_modelsDelay{0};
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    qint64 m_billedPrompt = 0;
    qint64 m_billedCompletion = 0;
    int m_sequence = 0;
};

} // namespace Conductor::Test
