// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmagent.h"

#include "agents/prompttemplate.h"
#include "logging/logging.h"
#include "security/secretsource.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <limits>

namespace Conductor {

namespace {

using std::chrono::milliseconds;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::LlmAgent)
};

const QString kTimeout = QStringLiteral("TIMEOUT");
const QString kApiLimit = QStringLiteral("API_LIMIT");
const QString kTemporary = QStringLiteral("TEMPORARY_FAILURE");
const QString kAuthentication = QStringLiteral("AUTHENTICATION");
const QString kInvalidRequest = QStringLiteral("INVALID_REQUEST");
const QString kInvalidOutput = QStringLiteral("INVALID_OUTPUT");
const QString kAgentError = QStringLiteral("AGENT_ERROR");

constexpr qint64 kMicrosPerMillion = 1'000'000;
constexpr qsizetype kCharsPerToken = 4;

QUrl endpoint(const QString &baseUrl, QStringView path)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    return QUrl(base + path, QUrl::StrictMode);
}

// What is left to read; nothing once the reply was aborted.
QByteArray remaining(QNetworkReply *reply)
{
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

bool isEventStream(const QNetworkReply *reply)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return !type.startsWith(u"application/json", Qt::CaseInsensitive);
}

QString errorClassForStatus(int status)
{
    if (status == 429) {
        return kApiLimit;
    }
    if (status == 408) {
        return kTimeout;
    }
    if (status >= 500) {
        return kTemporary;
    }
    if (status == 401 || status == 403) {
        return kAuthentication;
    }
    return kInvalidRequest;
}

} // namespace

Money priceOf(const ChatUsage &usage, const ModelPrice &price)
{
    const qint64 scaled = usage.promptTokens * price.inputPerMillion.micros +
                          usage.completionTokens * price.outputPerMillion.micros;
    return Money::fromMicros((scaled + kMicrosPerMillion / 2) / kMicrosPerMillion);
}

ChatUsage estimateUsage(qsizetype promptChars, qsizetype completionChars)
{
    ChatUsage usage;
    usage.promptTokens = (promptChars + kCharsPerToken - 1) / kCharsPerToken;
    usage.completionTokens = (completionChars + kCharsPerToken - 1) / kCharsPerToken;
    return usage;
}

// LlmRun --------------------------------------------------------------------------------

LlmRun::LlmRun(Setup setup, QObject *parent)
    : AgentRun(parent)
    , m_setup(std::move(setup))
    , m_system(m_setup.agent.llm.system.trimmed().isEmpty()
                   ? QString()
                   : renderPrompt(m_setup.agent.llm.system, m_setup.request))
    , m_user(userPrompt(m_setup.agent, m_setup.request))
    , m_timer(new QTimer(this))
{
    m_elapsed.start();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LlmRun::timedOut);
    // QTimer counts in an int of milliseconds: a timeout beyond 24 days is none at all.
    const milliseconds timeout = LlmAgent::effectiveTimeout(m_setup.provider, m_setup.request);
    if (timeout <= milliseconds(std::numeric_limits<int>::max())) {
        m_timer->start(timeout);
    }
    QMetaObject::invokeMethod(this, &LlmRun::begin, Qt::QueuedConnection);
}

LlmRun::~LlmRun()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_key.fill('\0');
}

void LlmRun::cancel()
{
    if (m_cancelled || m_finished) {
        return;
    }
    m_cancelled = true;
    m_timer->stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

QJsonObject LlmRun::requestBody() const
{
    QJsonArray messages;
    if (!m_system.isEmpty()) {
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), m_system}});
    }
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), m_user}});
    QJsonObject body{{QStringLiteral("model"), m_setup.agent.llm.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), m_setup.agent.llm.stream}};
    if (m_setup.agent.llm.stream) {
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    if (m_setup.request.maxTokens > 0) {
        body.insert(QStringLiteral("max_tokens"), m_setup.request.maxTokens);
    }
    if (m_setup.agent.llm.temperature) {
        body.insert(QStringLiteral("temperature"), *m_setup.agent.llm.temperature);
    }
    return body;
}

void LlmRun::begin()
{
    if (m_cancelled || m_finished) {
        return;
    }
    const QString &secret = m_setup.provider.apiKey;
    if (secret.isEmpty()) {
        send({});
        return;
    }
    if (m_setup.secrets == nullptr) {
        fail(kAuthentication, Text::tr("no place to read the secret %1 from").arg(secret));
        return;
    }
    m_setup.secrets->fetch(secret, this,
                           [this](const SecretLookup &lookup) { keyFetched(lookup); });
}

void LlmRun::keyFetched(const SecretLookup &lookup)
{
    if (m_cancelled || m_finished) {
        return;
    }
    const QString &secret = m_setup.provider.apiKey;
    switch (lookup.status) {
    case SecretLookup::Status::Found:
        if (lookup.value.isEmpty()) {
            fail(kAuthentication, Text::tr("the secret %1 is empty; set it with "
                                           "conductor secrets set %1")
                                      .arg(secret));
            return;
        }
        send(lookup.value);
        return;
    case SecretLookup::Status::Missing:
        fail(kAuthentication,
             Text::tr("no secret named %1; set it with conductor secrets set %1").arg(secret));
        return;
    case SecretLookup::Status::Unavailable:
        fail(kAuthentication,
             lookup.message.isEmpty()
                 ? Text::tr("the secret %1 cannot be read now").arg(secret)
                 : Text::tr("the secret %1 cannot be read now: %2").arg(secret, lookup.message));
        return;
    }
}

void LlmRun::send(const QByteArray &key)
{
    if (!m_setup.network) {
        fail(kAgentError, Text::tr("no network access"));
        return;
    }
    const QUrl url = endpoint(m_setup.provider.baseUrl, u"/chat/completions");
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        fail(kInvalidRequest, Text::tr("the provider %1 has no usable base URL: %2")
                                  .arg(m_setup.provider.id, m_setup.provider.baseUrl));
        return;
    }
    m_key = key;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", m_setup.agent.llm.stream
                                       ? QByteArrayLiteral("text/event-stream")
                                       : QByteArrayLiteral("application/json"));
    if (!key.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + key);
    }
    if (!m_setup.request.idempotencyKey.isEmpty()) {
        request.setRawHeader("Idempotency-Key", m_setup.request.idempotencyKey.toUtf8());
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    qCDebug(lcAgents).noquote() << "stage" << m_setup.request.stageId << "asks"
                                << m_setup.agent.llm.model << "at" << url.toDisplayString();
    const QByteArray body = QJsonDocument(requestBody()).toJson(QJsonDocument::Compact);
    m_reply = m_setup.network->post(request, body);
    connect(m_reply, &QNetworkReply::readyRead, this, &LlmRun::readyRead);
    connect(m_reply, &QNetworkReply::finished, this, &LlmRun::replyFinished);
}

void LlmRun::readyRead()
{
    if (!m_reply || !m_setup.agent.llm.stream) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300 || !isEventStream(m_reply)) {
        return; // read whole when it ends
    }
    if (m_stream.feed(m_reply->readAll()) > 0) {
        const ChatUsage soFar = estimateUsage(promptChars(), m_stream.content().size());
        Q_EMIT progress(soFar.total(),
                        priceOf(soFar, m_setup.provider.prices.value(m_setup.agent.llm.model)));
    }
}

void LlmRun::replyFinished()
{
    QNetworkReply *reply = m_reply;
    if (reply == nullptr || m_cancelled || m_finished) {
        return;
    }
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString &providerId = m_setup.provider.id;
    const bool streamed =
        m_setup.agent.llm.stream && status >= 200 && status < 300 && isEventStream(reply);
    if (streamed) {
        m_stream.feed(remaining(reply));
        if (error == QNetworkReply::NoError) {
            m_stream.finish();
        }
    }

    if (m_timedOut) {
        AgentResult result;
        result.errorClass = kTimeout;
        result.message =
            Text::tr("%1 gave no complete answer within %2")
                .arg(providerId,
                     formatDuration(LlmAgent::effectiveTimeout(m_setup.provider, m_setup.request)));
        if (status != 0) {
            chargeEstimate(result, m_stream.content());
        }
        finishWith(result);
        return;
    }

    if (status >= 300) {
        const QString message = providerErrorMessage(remaining(reply));
        AgentResult result;
        result.errorClass = errorClassForStatus(status);
        result.message =
            message.isEmpty()
                ? Text::tr("%1 answered %2").arg(providerId).arg(status)
                : Text::tr("%1 answered %2: %3").arg(providerId, QString::number(status), message);
        if (status == 429 || status == 503) {
            const QByteArray millis = reply->rawHeader("retry-after-ms");
            bool ok = false;
            const double value = millis.toDouble(&ok);
            result.retryAfter = ok && value > 0
                                    ? milliseconds(static_cast<qint64>(value))
                                    : LlmAgent::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                                QDateTime::currentDateTimeUtc());
        }
        finishWith(result);
        return;
    }

    if (status == 0) {
        // No answer at all: refused, reset, unknown host, TLS.
        AgentResult result;
        result.errorClass = error == QNetworkReply::TimeoutError ? kTimeout
                            : error == QNetworkReply::SslHandshakeFailedError ||
                                    error == QNetworkReply::ProtocolUnknownError
                                ? kInvalidRequest
                                : kTemporary;
        result.message = Text::tr("could not reach %1: %2").arg(providerId, reply->errorString());
        finishWith(result);
        return;
    }

    if (streamed) {
        const bool complete = m_stream.done() || (error == QNetworkReply::NoError &&
                                                  !m_stream.finishReason().isEmpty());
        if (!m_stream.error().isEmpty() || !complete) {
            AgentResult result;
            result.errorClass = kTemporary;
            result.message =
                !m_stream.error().isEmpty()
                    ? Text::tr("%1 broke off its answer: %2").arg(providerId, m_stream.error())
                : error != QNetworkReply::NoError
                    ? Text::tr("the answer from %1 broke off: %2")
                          .arg(providerId, reply->errorString())
                    : Text::tr("the answer from %1 ended before its end mark").arg(providerId);
            chargeEstimate(result, m_stream.content());
            finishWith(result);
            return;
        }
        AgentResult result;
        result.ok = true;
        result.output = m_stream.content();
        if (m_stream.usage()) {
            result.tokens = m_stream.usage()->total();
            result.cost =
                priceOf(*m_stream.usage(), m_setup.provider.prices.value(m_setup.agent.llm.model));
        } else {
            chargeEstimate(result, result.output);
        }
        result.verdict = parseVerdict(result.output, m_setup.request.verdict);
        finishWith(result);
        return;
    }

    const QByteArray body = remaining(reply);
    if (error != QNetworkReply::NoError) {
        AgentResult result;
        result.errorClass = kTemporary;
        result.message =
            Text::tr("the answer from %1 broke off: %2").arg(providerId, reply->errorString());
        chargeEstimate(result, {});
        finishWith(result);
        return;
    }
    const ChatCompletion completion = parseChatCompletion(body);
    if (!completion.valid) {
        AgentResult result;
        result.errorClass = kInvalidOutput;
        result.message =
            Text::tr("%1 sent an answer that cannot be read: %2").arg(providerId, completion.error);
        chargeEstimate(result, {});
        finishWith(result);
        return;
    }
    AgentResult result;
    result.ok = true;
    result.output = completion.content;
    if (completion.usage) {
        result.tokens = completion.usage->total();
        result.cost =
            priceOf(*completion.usage, m_setup.provider.prices.value(m_setup.agent.llm.model));
    } else {
        chargeEstimate(result, result.output);
    }
    result.verdict = parseVerdict(result.output, m_setup.request.verdict);
    finishWith(result);
}

void LlmRun::timedOut()
{
    if (m_cancelled || m_finished) {
        return;
    }
    m_timedOut = true;
    if (m_reply) {
        m_reply->abort(); // finished() follows, and replyFinished() reports the timeout
        if (m_reply) {
            replyFinished();
        }
        return;
    }
    fail(kTimeout,
         Text::tr("%1 gave no complete answer within %2")
             .arg(m_setup.provider.id,
                  formatDuration(LlmAgent::effectiveTimeout(m_setup.provider, m_setup.request))));
}

void LlmRun::chargeEstimate(AgentResult &result, const QString &answer) const
{
    const ChatUsage usage = estimateUsage(promptChars(), answer.size());
    result.tokens = usage.total();
    result.cost = priceOf(usage, m_setup.provider.prices.value(m_setup.agent.llm.model));
    result.usageEstimated = true;
}

qsizetype LlmRun::promptChars() const
{
    return m_system.size() + m_user.size();
}

QString LlmRun::withoutKey(QString text) const
{
    if (m_key.size() >= 4) {
        text.replace(QString::fromUtf8(m_key), QStringLiteral("***"));
    }
    return text;
}

void LlmRun::fail(const QString &errorClass, const QString &message)
{
    AgentResult result;
    result.errorClass = errorClass;
    result.message = message;
    finishWith(std::move(result));
}

void LlmRun::finishWith(AgentResult result)
{
    if (m_finished || m_cancelled) {
        return;
    }
    m_finished = true;
    m_timer->stop();
    result.message = withoutKey(result.message);
    result.durationMs = m_elapsed.elapsed();
    m_key.fill('\0');
    if (result.ok) {
        qCInfo(lcAgents).noquote()
            << "stage" << m_setup.request.stageId << "answered by" << m_setup.agent.llm.model
            << "with" << result.tokens << "tokens" << (result.usageEstimated ? "(estimated)" : "");
    } else {
        qCInfo(lcAgents).noquote() << "stage" << m_setup.request.stageId << "failed with"
                                   << result.errorClass << result.message;
    }
    Q_EMIT finished(result);
}

// LlmAgent ------------------------------------------------------------------------------

LlmAgent::LlmAgent(AgentDefinition agent, ProviderDefinition provider, SecretSource *secrets,
                   QNetworkAccessManager *network)
    : m_agent(std::move(agent))
    , m_provider(std::move(provider))
    , m_secrets(secrets)
    , m_network(network)
{
    if (!hasPrice()) {
        // Once a process for each provider and model: every execution builds its agents.
        static QMutex mutex;
        static QSet<QString> warned;
        const QString what = m_provider.id + u'\n' + m_provider.baseUrl + u'\n' + m_agent.llm.model;
        const QMutexLocker lock(&mutex);
        if (!warned.contains(what)) {
            warned.insert(what);
            qCWarning(lcAgents).noquote()
                << "the provider" << m_provider.id << "has no price for the model"
                << m_agent.llm.model << "; its use is counted as costing $0";
        }
    }
}

AgentRun *LlmAgent::start(const AgentRequest &request, QObject *parent)
{
    return new LlmRun(LlmRun::Setup{m_agent, m_provider, request, m_network, m_secrets}, parent);
}

ModelPrice LlmAgent::price() const
{
    return m_provider.prices.value(m_agent.llm.model);
}

bool LlmAgent::hasPrice() const
{
    return m_provider.prices.contains(m_agent.llm.model);
}

milliseconds LlmAgent::effectiveTimeout(const ProviderDefinition &provider,
                                        const AgentRequest &request)
{
    milliseconds timeout = provider.timeout > milliseconds(0) ? provider.timeout : kMaxDuration;
    if (request.timeout > milliseconds(0) && request.timeout < timeout) {
        timeout = request.timeout;
    }
    return timeout;
}

milliseconds LlmAgent::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return milliseconds(0);
    }
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        return seconds > 0 ? milliseconds(static_cast<qint64>(seconds * 1000.0)) : milliseconds(0);
    }
    // An HTTP-date ("Thu, 26 Nov 2026 06:00:42 GMT"): Qt reads RFC 2822 with a numeric
    // zone only.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(u" GMT") || date.endsWith(u" UTC")) {
        date = date.chopped(4) + u" +0000";
    }
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid()) {
        return milliseconds(0);
    }
    return milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace Conductor
