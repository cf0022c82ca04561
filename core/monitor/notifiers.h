// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The notifiers monitoring.notifiers describes, made real: a webhook or PagerDuty notifier
// for each definition, asking the app's secrets for its credential by the name the
// configuration gives, and a NotifierSet that holds them and sends each alert to those
// whose least severity it meets (a notifier set to warning hears of warnings and critical
// alerts, of their firing, acknowledgement and resolution alike, never of info alerts).

#include "config/configuration.h"
#include "monitor/alert.h"
#include "monitor/notifier.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Conductor {

class SecretSource;

// NotifySeverity::Info, Warning, Critical are Alert::Severity::Info, Warning, Critical.
[[nodiscard]] Alert::Severity alertSeverity(NotifySeverity severity);
// Whether an alert is at least as severe as the minimum.
[[nodiscard]] bool meetsSeverity(const Alert &alert, NotifySeverity minimum);

// One notifier per definition, in their order, named as the configuration names them and
// without a parent. secrets (and network, when given) must outlive them; with no network
// access manager each notifier makes its own.
[[nodiscard]] std::vector<std::unique_ptr<Notifier>>
makeNotifiers(const QList<NotifierDefinition> &definitions, SecretSource *secrets,
              QNetworkAccessManager *network = nullptr, const NotifierOptions &options = {});

class NotifierSet final : public QObject
{
    Q_OBJECT

public:
    // Makes the notifiers of the definitions (see makeNotifiers) and keeps them as its
    // children, so they move to another thread with the set; a network access manager,
    // when given, must live on the set's thread.
    NotifierSet(const QList<NotifierDefinition> &definitions, SecretSource *secrets,
                QNetworkAccessManager *network = nullptr, const NotifierOptions &options = {},
                QObject *parent = nullptr);

    // Queues the alert with every notifier whose least severity it meets and returns at
    // once; callable from any thread.
    void send(const Alert &alert);
    // The names of the notifiers send() gives the alert to, in the configuration's order.
    [[nodiscard]] QStringList recipients(const Alert &alert) const;

    [[nodiscard]] QList<Notifier *> notifiers() const;
    [[nodiscard]] Notifier *notifier(const QString &name) const;
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }

Q_SIGNALS:
    // Re-emitted from the notifiers (see Notifier).
    void delivered(const QString &alertId, const QString &notifier);
    void failed(const QString &alertId, const QString &notifier, const QString &reason);
    void retrying(const QString &alertId, const QString &notifier, int attempt,
                  std::chrono::milliseconds delay, const QString &reason);

private:
    struct Entry
    {
        Notifier *notifier = nullptr;
        NotifySeverity minimum = NotifySeverity::Warning;
    };
    QList<Entry> m_entries; // fixed at construction, so send() may read it from any thread
};

} // namespace Conductor
