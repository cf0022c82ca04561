// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QTimer>

namespace Conductor {

SystemClock::SystemClock()
{
    m_elapsed.start();
}

SystemClock::~SystemClock()
{
    stop();
}

void SystemClock::stop()
{
    m_handles.clear();
    m_queue.clear();
    delete m_timer;
    m_timer = nullptr;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

quint64 SystemClock::callAfter(std::chrono::milliseconds delay, QObject *context, Callback f)
{
    if (!m_timer) {
        auto *timer = new QTimer;
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(timer, &QTimer::timeout, timer, [this] { fire(); });
        m_timer = timer;
    }
    const quint64 handle = m_next++;
    const qint64 due = m_elapsed.elapsed() + std::max<qint64>(0, delay.count());
    const auto it = m_queue.emplace(due, Pending{handle, context, std::move(f)});
    m_handles.emplace(handle, it);
    if (it == m_queue.begin()) {
        rearm();
    }
    return handle;
}

void SystemClock::cancel(quint64 handle)
{
    const auto it = m_handles.find(handle);
    if (it == m_handles.end()) {
        return;
    }
    m_queue.erase(it->second);
    m_handles.erase(it);
}

void SystemClock::rearm()
{
    auto *timer = static_cast<QTimer *>(m_timer);
    if (m_queue.empty()) {
        timer->stop();
        return;
    }
    timer->start(static_cast<int>(
        std::clamp<qint64>(m_queue.begin()->first - m_elapsed.elapsed(), 0, 24 * 3600 * 1000)));
}

void SystemClock::fire()
{
    const qint64 now = m_elapsed.elapsed();
    // Callbacks may add or cancel others: take one at a time from the front.
    while (!m_queue.empty() && m_queue.begin()->first <= now) {
        Pending next = std::move(m_queue.begin()->second);
        m_handles.erase(next.handle);
        m_queue.erase(m_queue.begin());
        if (next.context) {
            next.f();
        }
    }
    rearm();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{}

quint64 ManualClock::callAfter(std::chrono::milliseconds delay, QObject *context, Callback f)
{
    const quint64 handle = m_next++;
    const QDateTime due = m_now.addMSecs(std::max<qint64>(0, delay.count()));
    m_pending.emplace(due, Pending{due, handle, context, std::move(f)});
    return handle;
}

void ManualClock::cancel(quint64 handle)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->second.handle == handle) {
            m_pending.erase(it);
            return;
        }
    }
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    const QDateTime target = m_now.addMSecs(by.count());
    // Callbacks may schedule more; keep firing whatever falls due before the target.
    while (!m_pending.empty() && m_pending.begin()->first <= target) {
        Pending next = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        m_now = next.due;
        if (next.context) {
            next.f();
        }
    }
    m_now = target;
}

QList<std::chrono::milliseconds> ManualClock::pendingDelays() const
{
    QList<std::chrono::milliseconds> delays;
    for (const auto &[due, pending] : m_pending) {
        delays.append(std::chrono::milliseconds(m_now.msecsTo(due)));
    }
    return delays;
}

} // namespace Conductor
