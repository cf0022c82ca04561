// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopprobe.h"

#include <QMutexLocker>
#include <QTimer>

#include <algorithm>

namespace Conductor {

EngineLoopProbe::EngineLoopProbe(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_interval(std::max(std::chrono::milliseconds(1), interval))
    , m_timer(new QTimer(this))
{
    m_elapsed.start();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &EngineLoopProbe::fired);
}

EngineLoopProbe::~EngineLoopProbe() = default;

void EngineLoopProbe::start()
{
    if (!m_timer->isActive()) {
        arm();
    }
}

void EngineLoopProbe::stop()
{
    m_timer->stop();
    const QMutexLocker lock(&m_mutex);
    m_dueMs = -1;
}

void EngineLoopProbe::arm()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_dueMs = m_elapsed.elapsed() + m_interval.count();
    }
    m_timer->start(m_interval);
}

void EngineLoopProbe::fired()
{
    // Behind the events already waiting: what the engine is asked next waits as long.
    QMetaObject::invokeMethod(this, &EngineLoopProbe::measured, Qt::QueuedConnection);
}

void EngineLoopProbe::measured()
{
    const qint64 now = m_elapsed.elapsed();
    {
        const QMutexLocker lock(&m_mutex);
        if (m_dueMs < 0) {
            return; // stopped meanwhile
        }
        m_measured.emplace_back(now, static_cast<double>(std::max<qint64>(0, now - m_dueMs)));
        while (!m_measured.empty() && m_measured.front().first < now - kKept.count()) {
            m_measured.pop_front();
        }
    }
    arm();
}

LoopLatency EngineLoopProbe::latency(std::chrono::milliseconds window) const
{
    const qint64 now = m_elapsed.elapsed();
    const qint64 since = now - std::min(window, std::chrono::milliseconds(kKept)).count();
    LoopLatency out;
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_measured.crbegin(); it != m_measured.crend() && it->first >= since; ++it) {
        out.maxMs = std::max(out.maxMs, it->second);
        ++out.measurements;
    }
    if (!m_measured.empty()) {
        out.lastMs = m_measured.back().second;
    }
    if (m_dueMs >= 0 && now > m_dueMs) {
        const auto overdue = static_cast<double>(now - m_dueMs);
        if (!out.lastMs || overdue > *out.lastMs) {
            out.lastMs = overdue;
        }
        out.maxMs = std::max(out.maxMs, overdue);
    }
    return out;
}

} // namespace Conductor
