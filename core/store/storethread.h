// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs an EventStore on its own thread, "conductor-store", for as long as this holder
// lives. Whoever wires the process together owns one; talk to store() only through queued
// connections and QMetaObject::invokeMethod. Destruction closes the store (committing
// what is queued), deletes it on its thread and joins the thread.

#include "eventstore.h"

#include <QThread>

namespace Conductor {

// Registers the store's value types with the meta-type system; safe to call often.
void registerStoreMetaTypes();

class StoreThread final
{
public:
    explicit StoreThread(EventStore::Options options);
    ~StoreThread();
    Q_DISABLE_COPY_MOVE(StoreThread)

    [[nodiscard]] EventStore *store() const { return m_store; }

private:
    QThread m_thread;
    EventStore *m_store = nullptr;
};

} // namespace Conductor
