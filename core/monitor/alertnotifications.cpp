// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertnotifications.h"

#include "logging/logging.h"
#include "monitor/alertmonitor.h"
#include "monitor/notifiers.h"
#include "store/alertrows.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <algorithm>

namespace Conductor {

namespace {

QString sentKey(const QString &alertId, const QString &notifier)
{
    return alertId + QChar(u'\n') + notifier;
}

AlertState storedState(Alert::State state)
{
    switch (state) {
    case Alert::State::Firing:
        return AlertState::Firing;
    case Alert::State::Acknowledged:
        return AlertState::Acknowledged;
    case Alert::State::Resolved:
        return AlertState::Resolved;
    }
    return AlertState::Firing;
}

} // namespace

AlertNotifications::AlertNotifications(AlertMonitor *monitor, SecretSource *secrets,
                                       NotifierOptions options, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_secrets(secrets)
    , m_options(options)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    connect(m_monitor, &AlertMonitor::alertChanged, this,
            [this](const Alert &alert) { send(alert); });
}

AlertNotifications::~AlertNotifications()
{
    // The notifiers before the network access manager they post through.
    m_current.reset();
    m_retiring.clear();
    qDeleteAll(findChildren<NotifierSet *>(QString(), Qt::FindDirectChildrenOnly));
}

void AlertNotifications::setDefinitions(const QList<NotifierDefinition> &definitions)
{
    if (m_current && definitions == m_definitions) {
        return;
    }
    m_definitions = definitions;
    if (m_current) {
        m_retiring.push_back(std::move(m_current));
    }
    m_current = std::make_unique<NotifierSet>(definitions, m_secrets, m_network.get(), m_options);
    attach(m_current.get());
    retireIdle();
    qCInfo(lcMonitor) << "alerts go to" << m_current->notifiers().size() << "notifiers";
}

void AlertNotifications::attach(NotifierSet *set)
{
    connect(set, &NotifierSet::delivered, this,
            [this, set](const QString &alertId, const QString &notifier) {
                settle(set, alertId, notifier, QStringLiteral("delivered"), 0, {});
                Q_EMIT delivered(alertId, notifier);
            });
    connect(set, &NotifierSet::failed, this,
            [this, set](const QString &alertId, const QString &notifier, const QString &reason) {
                settle(set, alertId, notifier, QStringLiteral("failed"), 0, reason);
                Q_EMIT failed(alertId, notifier, reason);
            });
    connect(set, &NotifierSet::retrying, this,
            [this, set](const QString &alertId, const QString &notifier, int attempt,
                        std::chrono::milliseconds, const QString &reason) {
                settle(set, alertId, notifier, QStringLiteral("retrying"), attempt, reason);
            });
}

QStringList AlertNotifications::send(const Alert &alert)
{
    if (!m_current) {
        return {};
    }
    const QStringList recipients = m_current->recipients(alert);
    for (const QString &name : recipients) {
        m_sent[sentKey(alert.id, name)].enqueue(alert.state);
    }
    m_current->send(alert);
    return recipients;
}

void AlertNotifications::settle(NotifierSet *set, const QString &alertId, const QString &notifier,
                                const QString &outcome, int attempt, const QString &detail)
{
    const QString key = sentKey(alertId, notifier);
    const auto it = m_sent.find(key);
    if (it == m_sent.end() || it->isEmpty()) {
        return; // not sent from here
    }
    const bool ended = outcome != u"retrying";
    AlertDelivery delivery;
    delivery.notifier = notifier;
    delivery.outcome = outcome;
    delivery.alertState = storedState(ended ? it->dequeue() : it->head());
    delivery.attempt = attempt;
    delivery.detail = detail;
    delivery.at = QDateTime::currentDateTimeUtc();
    if (it->isEmpty()) {
        m_sent.erase(it);
    }
    m_monitor->recordDelivery(alertId, delivery);
    if (ended && set != m_current.get()) {
        // Once the notifier has let go of the delivery that just ended.
        QMetaObject::invokeMethod(this, &AlertNotifications::retireIdle, Qt::QueuedConnection);
    }
}

int AlertNotifications::pending() const
{
    int count = 0;
    for (const auto &queue : m_sent) {
        count += static_cast<int>(queue.size());
    }
    return count;
}

void AlertNotifications::retireIdle()
{
    // Deleted from the event loop, as children until then (see the destructor): a set may
    // be the sender of the signal being handled.
    std::erase_if(m_retiring, [this](std::unique_ptr<NotifierSet> &set) {
        const QList<Notifier *> notifiers = set->notifiers();
        const bool idle = std::all_of(notifiers.cbegin(), notifiers.cend(),
                                      [](const Notifier *n) { return n->pending() == 0; });
        if (idle) {
            NotifierSet *done = set.release();
            done->setParent(this);
            done->deleteLater();
        }
        return idle;
    });
}

} // namespace Conductor
