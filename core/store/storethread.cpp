// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storethread.h"

#include "logging/logging.h"

namespace Conductor {

void registerStoreMetaTypes()
{
    qRegisterMetaType<ExecutionEvent>();
    qRegisterMetaType<ExecutionEvents>();
    qRegisterMetaType<StoreBatch>();
    qRegisterMetaType<StoredCommand>();
    qRegisterMetaType<QList<StoredCommand>>();
    qRegisterMetaType<ExecutionSummary>();
    qRegisterMetaType<HoldOutcome>();
    qRegisterMetaType<QList<HoldOutcome>>();
    qRegisterMetaType<LedgerAlert>();
    qRegisterMetaType<BudgetOutlook>();
    qRegisterMetaType<Ledger::DayAccount>();
    qRegisterMetaType<QList<Ledger::DayAccount>>();
}

StoreThread::StoreThread(EventStore::Options options)
{
    registerStoreMetaTypes();
    m_thread.setObjectName(QStringLiteral("conductor-store"));
    m_store = new EventStore(std::move(options));
    m_store->moveToThread(&m_thread);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    if (!QMetaObject::invokeMethod(m_store, &EventStore::close, Qt::BlockingQueuedConnection)) {
        qCWarning(lcStore) << "could not close the store before stopping its thread";
    }
    // Deleted on its own thread: the deferred delete runs before the thread's loop ends,
    // or, at the latest, when the thread finishes.
    m_store->deleteLater();
    m_store = nullptr;
    m_thread.quit();
    m_thread.wait();
}

} // namespace Conductor
