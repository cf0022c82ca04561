// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeworker.h"

namespace Conductor {

StoreWorker::StoreWorker(QString databasePath, const QString &name)
    : m_connection(new Connection(std::move(databasePath)))
{
    m_thread.setObjectName(name);
    m_connection->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    QMetaObject::invokeMethod(m_connection, [connection = m_connection] { connection->close(); });
    m_thread.quit();
    m_thread.wait();
}

} // namespace Conductor
