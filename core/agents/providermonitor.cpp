// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providermonitor.h"

#include "logging/logging.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace Conductor {

namespace {

using namespace std::chrono_literals;

constexpr std::chrono::milliseconds kShortestInterval = 100ms;

// Whether a check of one definition tells about the other: the same endpoint, key and
// patience. Prices do not matter to whether it answers.
bool sameEndpoint(const ProviderDefinition &a, const ProviderDefinition &b)
{
    return a.id == b.id && a.baseUrl == b.baseUrl && a.apiKey == b.apiKey && a.timeout == b.timeout;
}

} // namespace

ProviderMonitor::ProviderMonitor(SecretSource *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30s);
    connect(m_timer, &QTimer::timeout, this, &ProviderMonitor::checkNow);
}

ProviderMonitor::~ProviderMonitor()
{
    // The checks under way are children of their contexts, which are this object's
    // children: they go with it and call nothing back.
    for (Entry &e : m_entries) {
        delete e.check.data();
    }
}

void ProviderMonitor::setProviders(const QList<ProviderDefinition> &providers)
{
    QList<Entry> entries;
    entries.reserve(providers.size());
    for (const ProviderDefinition &p : providers) {
        const auto kept = std::find_if(m_entries.begin(), m_entries.end(), [&p](const Entry &e) {
            return sameEndpoint(e.definition, p);
        });
        if (kept != m_entries.end()) {
            Entry e = *kept;
            e.definition = p;
            kept->check = nullptr; // moved over: not abandoned below
            entries.append(e);
            continue;
        }
        Entry e;
        e.definition = p;
        e.status.id = p.id;
        e.status.baseUrl = p.baseUrl;
        entries.append(e);
    }
    for (Entry &old : m_entries) {
        delete old.check.data();
    }
    m_entries = entries;
    QStringList started;
    if (isActive()) {
        for (Entry &e : m_entries) {
            if (!e.check && !e.status.last) {
                check(e);
                started.append(e.definition.id);
            }
        }
    }
    for (const QString &id : std::as_const(started)) {
        Q_EMIT statusChanged(id);
    }
    Q_EMIT statusesChanged();
}

QList<ProviderDefinition> ProviderMonitor::providers() const
{
    QList<ProviderDefinition> list;
    list.reserve(m_entries.size());
    for (const Entry &e : m_entries) {
        list.append(e.definition);
    }
    return list;
}

void ProviderMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(std::max(interval, kShortestInterval));
}

std::chrono::milliseconds ProviderMonitor::interval() const
{
    return m_timer->intervalAsDuration();
}

void ProviderMonitor::start()
{
    m_timer->start();
    checkNow();
}

void ProviderMonitor::stop()
{
    m_timer->stop();
}

bool ProviderMonitor::isActive() const
{
    return m_timer->isActive();
}

void ProviderMonitor::checkNow()
{
    QStringList started;
    for (Entry &e : m_entries) {
        if (!e.check) {
            check(e);
            started.append(e.definition.id);
        }
    }
    // Told once every check is under way, so that a listener may change the providers.
    for (const QString &id : std::as_const(started)) {
        Q_EMIT statusChanged(id);
    }
    if (!started.isEmpty()) {
        Q_EMIT statusesChanged();
    }
}

void ProviderMonitor::check(Entry &entry)
{
    auto *context = new QObject(this);
    entry.check = context;
    entry.status.checking = true;
    ++m_checksStarted;
    const QString id = entry.definition.id;
    checkProvider(
        entry.definition, m_secrets, m_network, context,
        [this, id, context](const ProviderHealth &health) { answered(id, context, health); });
}

void ProviderMonitor::answered(const QString &providerId, QObject *context,
                               const ProviderHealth &health)
{
    context->deleteLater();
    Entry *e = entry(providerId);
    if (e == nullptr || e->check != context) {
        return; // replaced meanwhile
    }
    e->check = nullptr;
    const bool wasDown = e->status.isDown();
    e->status.checking = false;
    e->status.last = health;
    e->status.checkedAt = QDateTime::currentDateTimeUtc();
    e->status.consecutiveFailures = health.up ? 0 : e->status.consecutiveFailures + 1;
    if (health.up && wasDown) {
        qCInfo(lcMonitor).noquote() << "provider" << providerId << "is up again";
    } else if (!health.up && !wasDown) {
        qCInfo(lcMonitor).noquote() << "provider" << providerId << "is down:" << health.message;
    }
    Q_EMIT statusChanged(providerId);
    Q_EMIT statusesChanged();
}

ProviderMonitor::Entry *ProviderMonitor::entry(const QString &providerId)
{
    for (Entry &e : m_entries) {
        if (e.definition.id == providerId) {
            return &e;
        }
    }
    return nullptr;
}

QList<ProviderStatus> ProviderMonitor::statuses() const
{
    QList<ProviderStatus> list;
    list.reserve(m_entries.size());
    for (const Entry &e : m_entries) {
        list.append(e.status);
    }
    return list;
}

std::optional<ProviderStatus> ProviderMonitor::status(const QString &providerId) const
{
    for (const Entry &e : m_entries) {
        if (e.definition.id == providerId) {
            return e.status;
        }
    }
    return std::nullopt;
}

int ProviderMonitor::downCount() const
{
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [](const Entry &e) { return e.status.isDown(); }));
}

bool ProviderMonitor::allChecked() const
{
    return std::all_of(m_entries.begin(), m_entries.end(),
                       [](const Entry &e) { return e.status.last.has_value(); });
}

} // namespace Conductor
