// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Owns the engine thread: creates the Engine and its clock, moves them there, and on
// destruction shuts the engine down on its own thread, then quits and joins it.

#include "engine.h"

#include <QThread>

#include <memory>

namespace Conductor {

class EventStore;
class SystemClock;

class EngineThread final
{
public:
    EngineThread(EventStore *store, Engine::Options options);
    ~EngineThread();
    Q_DISABLE_COPY_MOVE(EngineThread)

    [[nodiscard]] Engine *engine() const { return m_engine; }

private:
    QThread m_thread;
    std::unique_ptr<SystemClock> m_clock;
    Engine *m_engine;
};

// Registers the value types that engine and store signals carry across threads.
void registerEngineMetaTypes();

} // namespace Conductor
