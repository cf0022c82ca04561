// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "agents/llmagent.h"
#include "conductor/version.h"
#include "config/duration.h"
#include "config/pipeline.h"
#include "engine/backoff.h"
#include "logging/logging.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace Conductor {

namespace {

using std::chrono::milliseconds;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::Notifier)
};

constexpr qsizetype kExcerpt = 300;

bool permanentNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return true;
    default:
        return false;
    }
}

} // namespace

Notifier::Notifier(QString name, QString secretName, SecretSource *secrets, NotifierOptions options,
                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_secretName(std::move(secretName))
    , m_secrets(secrets)
    , m_options(options)
    , m_network(network)
{
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_options.queueLimit = std::max(1, m_options.queueLimit);
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
}

Notifier::~Notifier()
{
    for (Delivery &delivery : m_deliveries) {
        if (delivery.reply) {
            disconnect(delivery.reply, nullptr, this, nullptr);
            delivery.reply->abort();
            delivery.reply->deleteLater();
        }
    }
}

void Notifier::send(const Alert &alert)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, alert] { enqueue(alert); }, Qt::QueuedConnection);
        return;
    }
    enqueue(alert);
}

bool Notifier::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https") {
        return true;
    }
    if (scheme != u"http") {
        return false;
    }
    if (url.host().compare(u"localhost", Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QString Notifier::maskedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return QStringLiteral("***");
    }
    QString out = url.scheme() + u"://" + url.host();
    if (url.port() >= 0) {
        out += u':' + QString::number(url.port());
    }
    return out + u"/***";
}

milliseconds Notifier::retryAfterOf(const QNetworkReply &reply)
{
    return LlmAgent::parseRetryAfter(reply.rawHeader("Retry-After"),
                                     QDateTime::currentDateTimeUtc());
}

QString Notifier::bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(kExcerpt * 4)).simplified();
    if (text.size() > kExcerpt) {
        text = text.left(kExcerpt) + u'…';
    }
    return text;
}

void Notifier::enqueue(const Alert &alert)
{
    if (alert.id.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(QString(), m_name, Text::tr("the alert has no id to send it by"));
            },
            Qt::QueuedConnection);
        return;
    }
    while (m_deliveries.size() >= m_options.queueLimit) {
        const qsizetype before = m_deliveries.size();
        dropOldest();
        if (m_deliveries.size() == before) {
            break;
        }
    }
    if (m_deliveries.size() >= m_options.queueLimit) {
        qCWarning(lcMonitor).noquote()
            << "notifier" << m_name << "is full; alert" << alert.id << "not sent";
        QMetaObject::invokeMethod(
            this,
            [this, id = alert.id, limit = m_options.queueLimit] {
                Q_EMIT failed(id, m_name,
                              Text::tr("not sent: %1 alerts are already on their way").arg(limit));
            },
            Qt::QueuedConnection);
        return;
    }
    Delivery delivery;
    delivery.sequence = m_nextSequence++;
    delivery.alert = alert;
    m_lanes[alert.id].append(delivery.sequence);
    m_deliveries.insert(delivery.sequence, std::move(delivery));
    schedulePump();
}

void Notifier::dropOldest()
{
    quint64 oldest = 0;
    for (const Delivery &delivery : std::as_const(m_deliveries)) {
        const bool idle = delivery.phase == Phase::Queued || delivery.phase == Phase::Waiting;
        if (idle && (oldest == 0 || delivery.sequence < oldest)) {
            oldest = delivery.sequence;
        }
    }
    if (oldest == 0) {
        return;
    }
    const QString id = m_deliveries.value(oldest).alert.id;
    qCWarning(lcMonitor).noquote() << "notifier" << m_name << "has" << m_options.queueLimit
                                   << "alerts waiting; dropping the oldest," << id;
    const QString reason =
        Text::tr("dropped: more than %1 alerts were waiting").arg(m_options.queueLimit);
    finish(oldest, false, reason);
}

void Notifier::schedulePump()
{
    if (m_pumpScheduled) {
        return;
    }
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void Notifier::pump()
{
    if (m_inFlight >= m_options.maxConcurrent) {
        return;
    }
    QList<quint64> ready;
    for (const QList<quint64> &lane : std::as_const(m_lanes)) {
        if (!lane.isEmpty() && m_deliveries.value(lane.first()).phase == Phase::Queued) {
            ready.append(lane.first());
        }
    }
    std::sort(ready.begin(), ready.end());
    for (quint64 sequence : std::as_const(ready)) {
        if (m_inFlight >= m_options.maxConcurrent) {
            break;
        }
        begin(sequence);
    }
}

void Notifier::begin(quint64 sequence)
{
    Delivery &delivery = m_deliveries[sequence];
    delivery.phase = Phase::Fetching;
    delivery.timedOut = false;
    ++delivery.attempts;
    ++m_inFlight;
    if (m_secrets == nullptr) {
        --m_inFlight;
        finish(sequence, false, Text::tr("no place to read the secret %1 from").arg(m_secretName));
        return;
    }
    m_secrets->fetch(m_secretName, this, [this, sequence](const SecretLookup &lookup) {
        secretFetched(sequence, lookup);
    });
}

void Notifier::secretFetched(quint64 sequence, const SecretLookup &lookup)
{
    auto it = m_deliveries.find(sequence);
    if (it == m_deliveries.end() || it->phase != Phase::Fetching) {
        return;
    }
    switch (lookup.status) {
    case SecretLookup::Status::Missing:
        --m_inFlight;
        finish(
            sequence, false,
            Text::tr("no secret named %1; set it with conductor secrets set %1").arg(m_secretName));
        return;
    case SecretLookup::Status::Unavailable:
        --m_inFlight;
        attemptFailed(sequence,
                      lookup.message.isEmpty()
                          ? Text::tr("the secret %1 cannot be read now").arg(m_secretName)
                          : Text::tr("the secret %1 cannot be read now: %2")
                                .arg(m_secretName, lookup.message),
                      milliseconds(0));
        return;
    case SecretLookup::Status::Found:
        break;
    }
    QByteArray secret = lookup.value.trimmed();
    if (secret.isEmpty()) {
        --m_inFlight;
        finish(sequence, false,
               Text::tr("the secret %1 is empty; set it with conductor secrets set %1")
                   .arg(m_secretName));
        return;
    }
    auto built = build(it->alert, secret);
    if (auto *error = std::get_if<QString>(&built)) {
        --m_inFlight;
        finish(sequence, false, masked(*error, secret, {}));
        return;
    }
    Outgoing outgoing = std::get<Outgoing>(std::move(built));
    outgoing.sensitive.append(QString::fromUtf8(secret));
    secret.fill('\0');
    QNetworkRequest request = outgoing.request;
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!request.header(QNetworkRequest::ContentTypeHeader).isValid()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    }
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Conductor/" CONDUCTOR_VERSION));
    it->phase = Phase::Sending;
    it->sensitive = outgoing.sensitive;
    it->destination = outgoing.destination;
    qCDebug(lcMonitor).noquote() << "notifier" << m_name << "sends alert" << it->alert.id
                                 << Alert::stateName(it->alert.state) << "to"
                                 << outgoing.destination << "attempt" << it->attempts;
    QNetworkReply *reply = network()->post(request, outgoing.body);
    it->reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, sequence, reply] { replyFinished(sequence, reply); });
    QTimer::singleShot(m_options.requestTimeout, Qt::PreciseTimer, reply, [this, sequence, reply] {
        auto found = m_deliveries.find(sequence);
        if (found == m_deliveries.end() || found->reply != reply || reply->isFinished()) {
            return;
        }
        found->timedOut = true;
        reply->abort(); // finished() follows and reports the timeout
    });
}

void Notifier::replyFinished(quint64 sequence, QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_deliveries.find(sequence);
    if (it == m_deliveries.end() || it->reply != reply) {
        return;
    }
    it->reply = nullptr;
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (it->timedOut) {
        attemptFailed(sequence,
                      Text::tr("%1 gave no answer within %2")
                          .arg(it->destination, formatDuration(m_options.requestTimeout)),
                      milliseconds(0));
        return;
    }
    if (status == 0) {
        const QString reason =
            Text::tr("could not reach %1: %2")
                .arg(it->destination, masked(reply->errorString(), {}, it->sensitive));
        if (permanentNetworkError(reply->error())) {
            finish(sequence, false, reason);
        } else {
            attemptFailed(sequence, reason, milliseconds(0));
        }
        return;
    }
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    Verdict verdict = judge(status, body, *reply);
    verdict.reason = masked(verdict.reason, {}, it->sensitive);
    switch (verdict.kind) {
    case Verdict::Kind::Delivered:
        finish(sequence, true, {});
        return;
    case Verdict::Kind::Permanent:
        finish(sequence, false, verdict.reason);
        return;
    case Verdict::Kind::Retry:
        attemptFailed(sequence, verdict.reason, verdict.retryAfter);
        return;
    }
}

void Notifier::attemptFailed(quint64 sequence, const QString &reason, milliseconds retryAfter)
{
    Delivery &delivery = m_deliveries[sequence];
    if (delivery.attempts >= m_options.maxAttempts) {
        finish(sequence, false,
               Text::tr("%1; gave up after the last of %2 attempts")
                   .arg(reason)
                   .arg(m_options.maxAttempts));
        return;
    }
    RetryStrategy strategy;
    strategy.backoffStrategy = RetryStrategy::Backoff::Exponential;
    strategy.initialDelay = m_options.initialDelay;
    strategy.maxDelay = m_options.maxDelay;
    strategy.jitter = m_options.jitter;
    milliseconds delay =
        retryDelay(strategy, delivery.attempts,
                   m_name + u'/' + delivery.alert.id + u'/' + QString::number(delivery.sequence) +
                       u'/' + QString::number(delivery.attempts));
    delay = std::max(delay, std::min(retryAfter, m_options.maxRetryAfter));
    delivery.phase = Phase::Waiting;
    const int attempt = delivery.attempts;
    const QString id = delivery.alert.id;
    qCWarning(lcMonitor).noquote()
        << QStringLiteral("notifier %1 could not deliver alert %2 (attempt %3): %4; trying "
                          "again in %5")
               .arg(m_name, id, QString::number(attempt), reason, formatDuration(delay));
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, sequence, attempt] {
        auto it = m_deliveries.find(sequence);
        if (it == m_deliveries.end() || it->phase != Phase::Waiting || it->attempts != attempt) {
            return;
        }
        it->phase = Phase::Queued;
        pump();
    });
    Q_EMIT retrying(id, m_name, attempt, delay, reason);
}

void Notifier::finish(quint64 sequence, bool ok, const QString &reason)
{
    const Delivery delivery = m_deliveries.take(sequence);
    if (delivery.reply) {
        disconnect(delivery.reply, nullptr, this, nullptr);
        delivery.reply->abort();
        delivery.reply->deleteLater();
        --m_inFlight;
    }
    auto lane = m_lanes.find(delivery.alert.id);
    if (lane != m_lanes.end()) {
        lane->removeOne(sequence);
        if (lane->isEmpty()) {
            m_lanes.erase(lane);
        }
    }
    schedulePump();
    if (ok) {
        qCInfo(lcMonitor).noquote() << "notifier" << m_name << "delivered alert"
                                    << delivery.alert.id << Alert::stateName(delivery.alert.state);
        Q_EMIT delivered(delivery.alert.id, m_name);
    } else {
        qCWarning(lcMonitor).noquote()
            << QStringLiteral("notifier %1 failed to deliver alert %2: %3")
                   .arg(m_name, delivery.alert.id, reason);
        Q_EMIT failed(delivery.alert.id, m_name, reason);
    }
}

QString Notifier::masked(QString text, const QByteArray &secret, const QStringList &sensitive) const
{
    QStringList hidden = sensitive;
    if (!secret.isEmpty()) {
        hidden.append(QString::fromUtf8(secret));
    }
    // Longest first, so that a URL goes before the key inside it.
    std::sort(hidden.begin(), hidden.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &value : std::as_const(hidden)) {
        if (value.size() >= 4) {
            text.replace(value, QStringLiteral("***"), Qt::CaseInsensitive);
        }
    }
    // No URL path travels in a reason: it may hold a credential no one listed.
    static const QRegularExpression url(QStringLiteral(R"((https?://[^/\s]+)/[^\s"'<>]*)"),
                                        QRegularExpression::CaseInsensitiveOption);
    text.replace(url, QStringLiteral("\\1/***"));
    return text;
}

QNetworkAccessManager *Notifier::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    return m_network;
}

} // namespace Conductor
