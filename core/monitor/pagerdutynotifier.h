// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Alerts to PagerDuty through its Events API v2 (POST /v2/enqueue): a firing alert
// triggers an incident, an acknowledged one acknowledges it and a resolved one resolves
// it, all tied together by the alert's id as the dedup_key; only a trigger carries a
// payload (summary, source, severity, timestamp, custom details). The integration's
// routing key lives in the app's secrets under a name. 202 means accepted; 400 means the
// event is invalid and is not sent again; 429, 5xx and no answer are retried.

#include "monitor/notifier.h"

#include <QJsonObject>

namespace Conductor {

class PagerDutyNotifier final : public Notifier
{
    Q_OBJECT

public:
    struct Settings
    {
        QString name = QStringLiteral("pagerduty"); // in signals and logs
        QString routingKeySecret;                   // the secret holding the routing key
        // Where the Events API is; tests point it at a server on loopback.
        QString baseUrl = QStringLiteral("https://events.pagerduty.com");
        // The event's payload.source; "conductor@<this host>" when empty.
        QString source;
        NotifierOptions options;
    };

    PagerDutyNotifier(Settings settings, SecretSource *secrets,
                      QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    // The event for an alert, with the routing key given.
    [[nodiscard]] QJsonObject eventFor(const Alert &alert, const QString &routingKey) const;
    // "trigger", "acknowledge" or "resolve".
    [[nodiscard]] static QString eventAction(Alert::State state);
    // The alert's id as a dedup_key, which PagerDuty keeps to 255 characters: a longer id
    // is shortened and made unique again with a hash of the whole.
    [[nodiscard]] static QString dedupKey(const QString &alertId);

protected:
    std::variant<Outgoing, QString> build(const Alert &alert, const QByteArray &secret) override;
    Verdict judge(int status, const QByteArray &body, const QNetworkReply &reply) override;

private:
    QString m_baseUrl;
    QString m_source;
};

} // namespace Conductor
