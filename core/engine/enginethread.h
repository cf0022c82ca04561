// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Owns the engine thread: creates the Engine and its clock, moves them there, and on
// destruction shuts the engine down on its own thread, then quits and joins it. The thread
// also carries an EngineLoopProbe (loopprobe.h) that measures how late its loop runs.

#include "engine.h"

#include <QThread>

#include <memory>

namespace Conductor {

class EngineLoopProbe;
class EventStore;
class SystemClock;

class EngineThread final
{
public:
    EngineThread(EventStore *store, Engine::Options options);
    ~EngineThread();
    Q_DISABLE_COPY_MOVE(EngineThread)

    [[nodiscard]] Engine *engine() const { return m_engine; }
    // Lives on the engine thread as long as this object; its figures are read from any thread.
    [[nodiscard]] EngineLoopProbe *loopProbe() const { return m_probe; }

private:
    QThread m_thread;
    std::unique_ptr<SystemClock> m_clock;
    Engine *m_engine;
    EngineLoopProbe *m_probe;
};

// Registers the value types that engine and store signals carry across threads.
void registerEngineMetaTypes();

} // namespace Conductor
