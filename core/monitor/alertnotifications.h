// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the alert rules' alerts go besides the desktop: the notifiers monitoring.notifiers
// names (notifiers.h). Every alert an AlertMonitor records as fired, acknowledged or
// resolved goes to each notifier whose least severity it meets — a rule whose action is
// notify_ops_team raises critical alerts, so even a notifier set to critical hears of
// them — and what became of each delivery is noted on the alert's record (delivered,
// retrying, failed) and told to whoever listens. Only the process that records a change
// sends it, so processes sharing a database notify once.
//
// A new configuration with other notifiers takes effect for what is sent next; the
// notifiers it replaces finish what they are sending first (a page being retried is not
// lost to a reload). Lives on the thread of the session it serves; nothing here waits.

#include "config/configuration.h"
#include "monitor/alert.h"
#include "monitor/notifier.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Conductor {

class AlertMonitor;
class NotifierSet;
class SecretSource;

class AlertNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifications)

public:
    // Listens to monitor; secrets give the notifiers' credentials by name. Both must
    // outlive this object.
    AlertNotifications(AlertMonitor *monitor, SecretSource *secrets, NotifierOptions options = {},
                       QObject *parent = nullptr);
    ~AlertNotifications() override;

    // The notifiers to send to from now on (rebuilt only when they differ).
    void setDefinitions(const QList<NotifierDefinition> &definitions);
    [[nodiscard]] const QList<NotifierDefinition> &definitions() const { return m_definitions; }

    // Sends the alert to the notifiers whose least severity it meets; returns their names.
    QStringList send(const Alert &alert);
    // Deliveries not yet delivered or failed, the replaced notifiers' included.
    [[nodiscard]] int pending() const;

Q_SIGNALS:
    void delivered(const QString &alertId, const QString &notifier);
    void failed(const QString &alertId, const QString &notifier, const QString &reason);

private:
    void attach(NotifierSet *set);
    void settle(NotifierSet *set, const QString &alertId, const QString &notifier,
                const QString &outcome, int attempt, const QString &detail);
    void retireIdle();

    AlertMonitor *m_monitor;
    SecretSource *m_secrets;
    NotifierOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<NotifierDefinition> m_definitions;
    std::unique_ptr<NotifierSet> m_current;
    std::vector<std::unique_ptr<NotifierSet>> m_retiring; // replaced, still delivering
    // The alert states sent, per alert id and notifier, in the order sent: each delivery
    // ends in one delivered() or failed(), in that order per alert.
    QHash<QString, QQueue<Alert::State>> m_sent;
};

} // namespace Conductor
