// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifiers.h"

#include "logging/logging.h"
#include "monitor/pagerdutynotifier.h"
#include "monitor/webhooknotifier.h"

namespace Conductor {

Alert::Severity alertSeverity(NotifySeverity severity)
{
    switch (severity) {
    case NotifySeverity::Info:
        return Alert::Severity::Info;
    case NotifySeverity::Warning:
        return Alert::Severity::Warning;
    case NotifySeverity::Critical:
        return Alert::Severity::Critical;
    }
    return Alert::Severity::Warning;
}

bool meetsSeverity(const Alert &alert, NotifySeverity minimum)
{
    return static_cast<int>(alert.severity) >= static_cast<int>(alertSeverity(minimum));
}

std::vector<std::unique_ptr<Notifier>> makeNotifiers(const QList<NotifierDefinition> &definitions,
                                                     SecretSource *secrets,
                                                     QNetworkAccessManager *network,
                                                     const NotifierOptions &options)
{
    std::vector<std::unique_ptr<Notifier>> made;
    made.reserve(static_cast<std::size_t>(definitions.size()));
    for (const NotifierDefinition &d : definitions) {
        switch (d.type) {
        case NotifierDefinition::Type::Webhook: {
            WebhookNotifier::Settings settings;
            settings.name = d.name;
            settings.urlSecret = d.secret;
            settings.options = options;
            made.push_back(std::make_unique<WebhookNotifier>(settings, secrets, network));
            break;
        }
        case NotifierDefinition::Type::PagerDuty: {
            PagerDutyNotifier::Settings settings;
            settings.name = d.name;
            settings.routingKeySecret = d.secret;
            if (!d.baseUrl.isEmpty()) {
                settings.baseUrl = d.baseUrl;
            }
            settings.options = options;
            made.push_back(std::make_unique<PagerDutyNotifier>(settings, secrets, network));
            break;
        }
        }
    }
    return made;
}

NotifierSet::NotifierSet(const QList<NotifierDefinition> &definitions, SecretSource *secrets,
                         QNetworkAccessManager *network, const NotifierOptions &options,
                         QObject *parent)
    : QObject(parent)
{
    std::vector<std::unique_ptr<Notifier>> made =
        makeNotifiers(definitions, secrets, network, options);
    for (std::size_t i = 0; i < made.size(); ++i) {
        Notifier *n = made[i].release();
        n->setParent(this);
        connect(n, &Notifier::delivered, this, &NotifierSet::delivered);
        connect(n, &Notifier::failed, this, &NotifierSet::failed);
        connect(n, &Notifier::retrying, this, &NotifierSet::retrying);
        m_entries.append({n, definitions.at(static_cast<qsizetype>(i)).minimumSeverity});
        qCDebug(lcMonitor).noquote()
            << "notifier" << n->name() << "takes alerts from"
            << NotifierDefinition::severityName(m_entries.last().minimum) << "up";
    }
}

void NotifierSet::send(const Alert &alert)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (meetsSeverity(alert, entry.minimum)) {
            entry.notifier->send(alert);
        }
    }
}

QStringList NotifierSet::recipients(const Alert &alert) const
{
    QStringList names;
    for (const Entry &entry : m_entries) {
        if (meetsSeverity(alert, entry.minimum)) {
            names.append(entry.notifier->name());
        }
    }
    return names;
}

QList<Notifier *> NotifierSet::notifiers() const
{
    QList<Notifier *> list;
    for (const Entry &entry : m_entries) {
        list.append(entry.notifier);
    }
    return list;
}

Notifier *NotifierSet::notifier(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.notifier->name() == name) {
            return entry.notifier;
        }
    }
    return nullptr;
}

} // namespace Conductor
