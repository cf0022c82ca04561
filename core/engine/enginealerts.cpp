// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Engine, continued: what the alert rules' actions ask of the executions it runs.

#include "engine.h"

#include "logging/logging.h"

namespace Conductor {

void Engine::planFailover(const QString &alertId, const QStringList &downProviders,
                          const QString &by, const QString &reason)
{
    QList<StoredCommand> commands;
    for (const auto &[id, run] : m_runs) {
        commands += run->failoverCommands(downProviders, by, reason);
    }
    qCInfo(lcEngine).noquote() << "failover for alert" << alertId << "with"
                               << downProviders.join(QStringLiteral(", "))
                               << "down:" << commands.size() << "commands";
    Q_EMIT failoverPlanned(alertId, commands);
}

} // namespace Conductor
