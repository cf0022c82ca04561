// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Alerts to a chat channel through an incoming webhook, in the JSON Slack reads (and
// Mattermost, Rocket.Chat and others accept): a plain "text" for notifications and
// clients without blocks, and "blocks" with a header, the summary and fields for the
// rule, severity, state, time and a few details. The webhook URL is itself a credential,
// so it lives in the app's secrets under a name; it must be https, or http to loopback.

#include "monitor/notifier.h"

#include <QJsonObject>

namespace Conductor {

class WebhookNotifier final : public Notifier
{
    Q_OBJECT

public:
    struct Settings
    {
        QString name = QStringLiteral("webhook"); // in signals and logs
        QString urlSecret;                        // the secret holding the webhook URL
        NotifierOptions options;
    };

    WebhookNotifier(Settings settings, SecretSource *secrets,
                    QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    // The message posted for an alert.
    [[nodiscard]] static QJsonObject message(const Alert &alert);

protected:
    std::variant<Outgoing, QString> build(const Alert &alert, const QByteArray &secret) override;
    Verdict judge(int status, const QByteArray &body, const QNetworkReply &reply) override;
};

} // namespace Conductor
