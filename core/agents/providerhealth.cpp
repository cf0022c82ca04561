// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerhealth.h"

#include "agents/chatstream.h"
#include "security/secretsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace Conductor {

namespace {

using namespace std::chrono_literals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ProviderHealth)
};

constexpr std::chrono::milliseconds kLongestCheck = 30s;

// One check; lives as a child of the caller's context and deletes itself when done.
class ProviderCheck final : public QObject
{
public:
    ProviderCheck(ProviderDefinition provider, SecretSource *secrets,
                  QNetworkAccessManager *network, QObject *context,
                  std::function<void(const ProviderHealth &)> done)
        : QObject(context)
        , m_provider(std::move(provider))
        , m_secrets(secrets)
        , m_network(network)
        , m_done(std::move(done))
    {
        m_elapsed.start();
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply) {
                m_reply->abort();
            } else {
                down(Text::tr("no answer within %1").arg(formatDuration(timeout())));
            }
        });
        timer->start(timeout());
        QMetaObject::invokeMethod(this, &ProviderCheck::begin, Qt::QueuedConnection);
    }

    ~ProviderCheck() override
    {
        if (m_reply) {
            disconnect(m_reply, nullptr, this, nullptr);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

private:
    [[nodiscard]] std::chrono::milliseconds timeout() const
    {
        return m_provider.timeout > 0ms ? std::min(m_provider.timeout, kLongestCheck)
                                        : kLongestCheck;
    }

    void begin()
    {
        if (m_provider.apiKey.isEmpty()) {
            send({});
            return;
        }
        if (m_secrets == nullptr) {
            down(Text::tr("no place to read the secret %1 from").arg(m_provider.apiKey));
            return;
        }
        m_secrets->fetch(m_provider.apiKey, this, [this](const SecretLookup &lookup) {
            if (m_finished) {
                return;
            }
            switch (lookup.status) {
            case SecretLookup::Status::Found:
                send(lookup.value);
                return;
            case SecretLookup::Status::Missing:
                down(Text::tr("no secret named %1; set it with conductor secrets set %1")
                         .arg(m_provider.apiKey));
                return;
            case SecretLookup::Status::Unavailable:
                down(Text::tr("the secret %1 cannot be read now: %2")
                         .arg(m_provider.apiKey, lookup.message));
                return;
            }
        });
    }

    void send(const QByteArray &key)
    {
        if (m_finished) {
            return;
        }
        if (!m_network) {
            down(Text::tr("no network access"));
            return;
        }
        QString base = m_provider.baseUrl.trimmed();
        while (base.endsWith(u'/')) {
            base.chop(1);
        }
        const QUrl url(base + u"/models", QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            down(Text::tr("no usable base URL: %1").arg(m_provider.baseUrl));
            return;
        }
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        if (!key.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + key);
        }
        m_keyText = QString::fromUtf8(key);
        m_reply = m_network->get(request);
        connect(m_reply, &QNetworkReply::finished, this, &ProviderCheck::replied);
    }

    void replied()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        m_health.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (m_timedOut) {
            down(Text::tr("no answer within %1").arg(formatDuration(timeout())));
            return;
        }
        if (m_health.httpStatus == 0) {
            down(Text::tr("could not reach %1: %2").arg(m_provider.id, reply->errorString()));
            return;
        }
        if (m_health.httpStatus < 200 || m_health.httpStatus >= 300) {
            down(Text::tr("%1 answered %2: %3")
                     .arg(m_provider.id, QString::number(m_health.httpStatus),
                          providerErrorMessage(body)));
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const QJsonValue data = document.object().value(QLatin1String("data"));
        if (!data.isArray()) {
            down(Text::tr("%1 answered without a model list").arg(m_provider.id));
            return;
        }
        const QJsonArray models = data.toArray();
        for (const QJsonValue &model : models) {
            m_health.models.append(model.toObject().value(QLatin1String("id")).toString());
        }
        m_health.up = true;
        finish();
    }

    void down(const QString &message)
    {
        m_health.up = false;
        m_health.message = message;
        if (m_keyText.size() >= 4) {
            m_health.message.replace(m_keyText, QStringLiteral("***"));
        }
        finish();
    }

    void finish()
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        m_health.latencyMs = m_elapsed.elapsed();
        const auto done = std::move(m_done);
        const ProviderHealth health = m_health;
        deleteLater();
        done(health);
    }

    ProviderDefinition m_provider;
    SecretSource *m_secrets;
    QPointer<QNetworkAccessManager> m_network;
    std::function<void(const ProviderHealth &)> m_done;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
    ProviderHealth m_health;
    QString m_keyText;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace

void checkProvider(const ProviderDefinition &provider, SecretSource *secrets,
                   QNetworkAccessManager *network, QObject *context,
                   std::function<void(const ProviderHealth &)> done)
{
    new ProviderCheck(provider, secrets, network, context, std::move(done));
}

} // namespace Conductor
