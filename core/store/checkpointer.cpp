// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointer.h"

#include "database.h"
#include "logging/logging.h"

#include <QTimer>

namespace Conductor {

Checkpointer::Checkpointer(QString databasePath, std::chrono::milliseconds interval)
    : m_path(std::move(databasePath))
    , m_interval(interval)
{}

Checkpointer::~Checkpointer() = default;

void Checkpointer::start()
{
    auto database = std::make_unique<Database>(m_path, u"checkpoint");
    if (!database->open()) {
        // The store checkpoints by itself again when this cannot run (see EventStore).
        qCWarning(lcStore).noquote() << "checkpoints stay with the store:" << database->error();
        return;
    }
    m_database = std::move(database);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &Checkpointer::checkpoint);
    m_timer->start(m_interval);
}

void Checkpointer::checkpoint()
{
    if (!m_database->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))) {
        qCWarning(lcStore).noquote() << "checkpoint failed:" << m_database->lastError();
    }
}

} // namespace Conductor
