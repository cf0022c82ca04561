// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stage run by a language model behind an OpenAI-compatible chat completions endpoint
// (POST {baseUrl}/chat/completions):
//   - the messages: the agent's system prompt (none when empty) and the user prompt
//     rendered from its template with the idea and the earlier stages' outputs
//     (prompttemplate.h); max_tokens is the stage's reservation (request.maxTokens);
//   - streamed by default (server-sent events with stream_options.include_usage), so
//     progress() reports tokens as they come; the usage the provider reports is what the
//     run costs, priced per model from the provider's table (a model without a price
//     costs 0, with a warning). A stream that breaks is paid for by an estimate (a token
//     per four characters, prompt and answer) marked usageEstimated;
//   - the key: "Authorization: Bearer" with the secret named by provider.apiKey, fetched
//     before each request; it never reaches a log or a message;
//   - one Idempotency-Key header per attempt (request.idempotencyKey);
//   - errors classified for the retry strategy: TIMEOUT (the whole request, stream
//     included, outlived the provider's timeout or the request's, whichever is shorter),
//     API_LIMIT (429, with Retry-After), TEMPORARY_FAILURE (5xx, a dropped connection, a
//     broken stream), AUTHENTICATION (401, 403, no key), INVALID_REQUEST (other 4xx), each
//     with the provider's own message;
//   - on verdict stages the verdict comes from the answer's last "VERDICT:" line.
// Everything happens on the calling thread through the QNetworkAccessManager given, which
// must live on that thread and outlive the agent's runs; nothing blocks. TLS certificates
// are verified as Qt does by default.

#include "agents/agent.h"
#include "agents/chatstream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Conductor {

class SecretSource;
struct SecretLookup;

// Tokens in dollars at a model's prices: exact micro-dollars, rounded half up once.
[[nodiscard]] Money priceOf(const ChatUsage &usage, const ModelPrice &price);

// A usage guessed from text: a token per four characters, rounded up.
[[nodiscard]] ChatUsage estimateUsage(qsizetype promptChars, qsizetype completionChars);

class LlmRun final : public AgentRun
{
    Q_OBJECT

public:
    struct Setup
    {
        AgentDefinition agent;
        ProviderDefinition provider;
        AgentRequest request;
        QPointer<QNetworkAccessManager> network;
        SecretSource *secrets = nullptr;
    };

    LlmRun(Setup setup, QObject *parent);
    ~LlmRun() override;

    void cancel() override;

    // The JSON body the run sends.
    [[nodiscard]] QJsonObject requestBody() const;

    // AgentRun::progress() as the answer streams in: tokens so far (the prompt's estimate
    // plus the answer's) and what they cost.

private:
    void begin();
    void keyFetched(const SecretLookup &lookup);
    void send(const QByteArray &key);
    void readyRead();
    void replyFinished();
    void timedOut();
    void finishWith(AgentResult result);
    void fail(const QString &errorClass, const QString &message);
    [[nodiscard]] QString withoutKey(QString text) const;
    [[nodiscard]] qsizetype promptChars() const;
    void chargeEstimate(AgentResult &result, const QString &answer) const;

    Setup m_setup;
    QString m_system;
    QString m_user;
    QByteArray m_key;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    ChatStreamParser m_stream;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

class LlmAgent final : public Agent
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::LlmAgent)

public:
    // secrets may be null when provider.apiKey is empty; network must outlive the runs.
    LlmAgent(AgentDefinition agent, ProviderDefinition provider, SecretSource *secrets,
             QNetworkAccessManager *network);

    [[nodiscard]] AgentRun *start(const AgentRequest &request, QObject *parent) override;

    [[nodiscard]] const AgentDefinition &definition() const { return m_agent; }
    [[nodiscard]] const ProviderDefinition &provider() const { return m_provider; }
    // The model's prices from the provider's table; zero when it has none.
    [[nodiscard]] ModelPrice price() const;
    [[nodiscard]] bool hasPrice() const;

    // The whole request may take this long: the provider's timeout, or the request's when
    // shorter and set.
    [[nodiscard]] static std::chrono::milliseconds
    effectiveTimeout(const ProviderDefinition &provider, const AgentRequest &request);

    // Retry-After as seconds or an HTTP-date (against now); 0 when absent or unreadable.
    [[nodiscard]] static std::chrono::milliseconds parseRetryAfter(const QByteArray &value,
                                                                   const QDateTime &now);

private:
    AgentDefinition m_agent;
    ProviderDefinition m_provider;
    SecretSource *m_secrets;
    QPointer<QNetworkAccessManager> m_network;
};

} // namespace Conductor
