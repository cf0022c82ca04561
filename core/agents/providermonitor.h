// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps an eye on a pipeline's providers: each is asked for its models (checkProvider) when
// the monitor starts and then every monitoring.healthCheckInterval, and its last answer is
// kept with when it came and how many checks in a row have failed. A provider has at most
// one check under way: a tick that finds one still waiting leaves it be, so a provider
// slower than the interval is never asked twice at once. The dashboard shows these states,
// and the alert rule agent_down_count reads downCount(). Everything is asynchronous on the
// monitor's own thread (its network access and its timer are its children); nothing waits.

#include "agents/providerhealth.h"
#include "config/pipeline.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Conductor {

class SecretSource;

struct ProviderStatus
{
    QString id;
    QString baseUrl;
    std::optional<ProviderHealth> last; // none before the first answer
    QDateTime checkedAt;                // when the last answer came, UTC
    int consecutiveFailures = 0;        // checks in a row that found it down
    bool checking = false;              // a check is under way

    // Whether the last check found it down (a provider not yet checked is not).
    [[nodiscard]] bool isDown() const { return last.has_value() && !last->up; }
};

class ProviderMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderMonitor)

public:
    // secrets holds the providers' keys; it may be null when none needs one, and must
    // outlive the monitor otherwise.
    explicit ProviderMonitor(SecretSource *secrets, QObject *parent = nullptr);
    ~ProviderMonitor() override;

    // Replaces the providers, in the order to show them. One whose id, base URL, key name
    // and timeout are unchanged keeps its state and its check under way; any other starts
    // afresh and, while the monitor runs, is checked at once. Removed ones are forgotten
    // (their checks abandoned).
    void setProviders(const QList<ProviderDefinition> &providers);
    [[nodiscard]] QList<ProviderDefinition> providers() const;

    // How often each provider is checked (at least 100 ms); applies from the next tick.
    void setInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds interval() const;

    // Checks every provider now, then every interval, until stop().
    void start();
    void stop();
    [[nodiscard]] bool isActive() const;
    // Checks every provider that has no check under way, now, whether running or not.
    void checkNow();

    [[nodiscard]] QList<ProviderStatus> statuses() const;
    [[nodiscard]] std::optional<ProviderStatus> status(const QString &providerId) const;
    // The providers whose last check found them down.
    [[nodiscard]] int downCount() const;
    // Whether every provider has answered at least once (true when there are none).
    [[nodiscard]] bool allChecked() const;
    // Checks started so far, for tests and diagnostics.
    [[nodiscard]] qint64 checksStarted() const { return m_checksStarted; }

Q_SIGNALS:
    // A provider's check started or answered.
    void statusChanged(const QString &providerId);
    // Any status changed, or the providers did.
    void statusesChanged();

private:
    struct Entry
    {
        ProviderDefinition definition;
        ProviderStatus status;
        QPointer<QObject> check; // the context of the check under way; deleting it abandons it
    };

    void check(Entry &entry);
    void answered(const QString &providerId, QObject *context, const ProviderHealth &health);
    [[nodiscard]] Entry *entry(const QString &providerId);

    SecretSource *m_secrets;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QList<Entry> m_entries;
    qint64 m_checksStarted = 0;
};

} // namespace Conductor
