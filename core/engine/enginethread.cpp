// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginethread.h"

#include "clock.h"
#include "loopprobe.h"
#include "store/eventstore.h"

namespace Conductor {

void registerEngineMetaTypes()
{
    qRegisterMetaType<ExecutionEvent>();
    qRegisterMetaType<ExecutionEvents>();
    qRegisterMetaType<StartRequest>();
    qRegisterMetaType<StartCheck>();
    qRegisterMetaType<StoreBatch>();
    qRegisterMetaType<StoredCommand>();
    qRegisterMetaType<QList<StoredCommand>>();
    qRegisterMetaType<ExecutionSummary>();
    qRegisterMetaType<AgentResult>();
    qRegisterMetaType<HoldOutcome>();
    qRegisterMetaType<QList<HoldOutcome>>();
    qRegisterMetaType<LedgerAlert>();
    qRegisterMetaType<BudgetOutlook>();
    qRegisterMetaType<Ledger::DayAccount>();
    qRegisterMetaType<QList<Ledger::DayAccount>>();
}

EngineThread::EngineThread(EventStore *store, Engine::Options options)
    : m_clock(std::make_unique<SystemClock>())
    , m_engine(new Engine(store, m_clock.get(), std::move(options)))
    , m_probe(new EngineLoopProbe())
{
    registerEngineMetaTypes();
    m_thread.setObjectName(QStringLiteral("conductor-engine"));
    m_engine->moveToThread(&m_thread);
    m_probe->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    QObject::connect(&m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_probe, &EngineLoopProbe::start, Qt::QueuedConnection);
}

EngineThread::~EngineThread()
{
    SystemClock *clock = m_clock.get();
    Engine *engine = m_engine;
    EngineLoopProbe *probe = m_probe;
    QMetaObject::invokeMethod(
        m_engine,
        [engine, clock, probe] {
            probe->stop();
            engine->shutdown();
            clock->stop(); // its timer lives on this thread
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace Conductor
