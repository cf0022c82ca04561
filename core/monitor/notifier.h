// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Something that tells people about alerts over HTTP (a chat webhook, a paging service).
// send() only queues and returns: the notifier asks its secret source for the credential
// by name, posts, and retries what failed for a reason that may pass (no answer in time,
// a refused connection, 429, 5xx) with exponential backoff and jitter, honouring
// Retry-After, up to a number of attempts; what the service refused outright fails at
// once. Alerts with different ids travel side by side, but those with the same id go one
// after the other, so a resolution never overtakes its firing. The queue is bounded: when
// it is full the oldest waiting alert is dropped, with a warning. Every alert sent ends
// in exactly one delivered() or failed(). Nothing here waits: it all runs on the event
// loop of the notifier's thread, and send() may be called from any thread. Credentials
// (webhook URLs, routing keys) never reach a log line or a failure reason.

#include "monitor/alert.h"
#include "security/secretsource.h"

#include <QHash>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

namespace Conductor {

struct NotifierOptions
{
    int maxAttempts = 6;                                             // the first attempt included
    std::chrono::milliseconds initialDelay{std::chrono::seconds(2)}; // doubles per failure
    std::chrono::milliseconds maxDelay{std::chrono::minutes(5)};
    double jitter = 0.2; // each delay varies by up to this fraction, either way
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(15)};
    std::chrono::milliseconds maxRetryAfter{std::chrono::minutes(15)}; // a server's wish, capped
    int queueLimit = 500;  // alerts waiting or in flight
    int maxConcurrent = 4; // requests in flight at once
};

class Notifier : public QObject
{
    Q_OBJECT

public:
    // The secret named secretName holds the credential; secrets must outlive the notifier.
    // With no network access manager the notifier makes its own.
    Notifier(QString name, QString secretName, SecretSource *secrets, NotifierOptions options,
             QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~Notifier() override;

    // Queues the alert and returns at once; callable from any thread.
    void send(const Alert &alert);

    // What the notifier is called in its signals and logs ("slack-ops", "pagerduty").
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString secretName() const { return m_secretName; }
    [[nodiscard]] const NotifierOptions &options() const { return m_options; }
    // Alerts waiting, in flight or between attempts; asked on the notifier's thread.
    [[nodiscard]] int pending() const { return static_cast<int>(m_deliveries.size()); }

    // Whether a URL may carry alerts: https, or http to a loopback address (tests, a relay
    // on this machine).
    [[nodiscard]] static bool isAllowedUrl(const QUrl &url);
    // scheme://host[:port]/... : where a request goes, without the path that may hold a
    // credential.
    [[nodiscard]] static QString maskedUrl(const QUrl &url);

Q_SIGNALS:
    void delivered(const QString &alertId, const QString &notifier);
    // After the last attempt, at once for what cannot succeed, or when the alert was
    // dropped from a full queue.
    void failed(const QString &alertId, const QString &notifier, const QString &reason);
    // An attempt failed and another follows after delay.
    void retrying(const QString &alertId, const QString &notifier, int attempt,
                  std::chrono::milliseconds delay, const QString &reason);

protected:
    // What to post for an alert, given the credential.
    struct Outgoing
    {
        QNetworkRequest request;
        QByteArray body;
        QString destination; // where it goes, safe to log (see maskedUrl)
        // Texts to hide from failure reasons besides the credential itself (a URL's other
        // spellings, for instance).
        QStringList sensitive;
    };
    // What the service's answer means.
    struct Verdict
    {
        enum class Kind
        {
            Delivered,
            Retry,
            Permanent
        };
        Kind kind = Kind::Permanent;
        QString reason;
        std::chrono::milliseconds retryAfter{0};
    };

    // The request for an alert, or why there can be none (a failure that no retry mends).
    [[nodiscard]] virtual std::variant<Outgoing, QString> build(const Alert &alert,
                                                                const QByteArray &secret) = 0;
    // The verdict on an HTTP answer (status 100-599); the reply gives its headers.
    [[nodiscard]] virtual Verdict judge(int status, const QByteArray &body,
                                        const QNetworkReply &reply) = 0;

    // Retry-After (seconds or an HTTP-date) as a delay; 0 when absent or unreadable.
    [[nodiscard]] static std::chrono::milliseconds retryAfterOf(const QNetworkReply &reply);
    // The first characters of an answer's body, as a line of text.
    [[nodiscard]] static QString bodyExcerpt(const QByteArray &body);

private:
    enum class Phase
    {
        Queued,   // not started, or its retry is due
        Fetching, // asking for the secret
        Sending,  // the request is out
        Waiting,  // between attempts
    };
    struct Delivery
    {
        quint64 sequence = 0;
        Alert alert;
        Phase phase = Phase::Queued;
        int attempts = 0;
        QPointer<QNetworkReply> reply;
        bool timedOut = false;
        QStringList sensitive;
        QString destination;
    };

    void enqueue(const Alert &alert);
    void schedulePump();
    void pump();
    void begin(quint64 sequence);
    void secretFetched(quint64 sequence, const SecretLookup &lookup);
    void replyFinished(quint64 sequence, QNetworkReply *reply);
    void attemptFailed(quint64 sequence, const QString &reason,
                       std::chrono::milliseconds retryAfter);
    void finish(quint64 sequence, bool ok, const QString &reason);
    void dropOldest();
    [[nodiscard]] QString masked(QString text, const QByteArray &secret,
                                 const QStringList &sensitive) const;
    [[nodiscard]] QNetworkAccessManager *network();

    QString m_name;
    QString m_secretName;
    SecretSource *m_secrets;
    NotifierOptions m_options;
    QPointer<QNetworkAccessManager> m_network;
    QHash<quint64, Delivery> m_deliveries;
    QHash<QString, QList<quint64>> m_lanes; // per alert id, in the order sent
    quint64 m_nextSequence = 1;
    int m_inFlight = 0;
    bool m_pumpScheduled = false;
};

} // namespace Conductor
