// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// EventStore, continued: what a claim does first. A process of this host that died keeps
// its leases until they run out (half a minute of nobody running its executions); the
// owner id names the host and the process, so a claim on the same host sees that the
// process is gone and ends its leases at once.

#include "database.h"
#include "engine/ids.h"
#include "eventstore.h"
#include "logging/logging.h"

#include <QSqlQuery>

namespace Conductor {

void EventStore::endLeasesOfDeadLocalOwners(qint64 now)
{
    const QString ended = u'\'' + statusName(ExecutionStatus::Completed) + QStringLiteral("', '") +
                          statusName(ExecutionStatus::Failed) + QStringLiteral("', '") +
                          statusName(ExecutionStatus::Cancelled) + u'\'';
    {
        QSqlQuery owners(m_database->connection());
        owners.prepare(
            QStringLiteral("SELECT DISTINCT owner FROM executions WHERE owner IS NOT "
                           "NULL AND owner <> ? AND lease_until >= ? AND status NOT IN (") +
            ended + u')');
        owners.bindValue(0, m_options.ownerId);
        owners.bindValue(1, now);
        QStringList dead;
        if (owners.exec()) {
            while (owners.next()) {
                if (const QString owner = owners.value(0).toString();
                    Ids::isDeadLocalOwner(owner)) {
                    dead.append(owner);
                }
            }
        }
        for (const QString &owner : std::as_const(dead)) {
            QSqlQuery expire(m_database->connection());
            expire.prepare(QStringLiteral("UPDATE executions SET lease_until = 0 WHERE owner = ?"));
            expire.bindValue(0, owner);
            if (expire.exec()) {
                qCInfo(lcStore) << "the leases of" << owner << "end: its process is gone";
            }
        }
    }
}

} // namespace Conductor
