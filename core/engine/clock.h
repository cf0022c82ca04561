// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Time for the engine: what time it is and "call this after that long". The system
// clock uses QTimer; the manual clock lets tests move time forward by hand, so retries,
// backoff and timeouts are tested without waiting. Used on one thread (the engine's).

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <map>

namespace Conductor {

class Clock
{
public:
    using Callback = std::function<void()>;
    virtual ~Clock() = default;

    [[nodiscard]] virtual QDateTime now() const = 0; // UTC
    // Calls f after delay unless context is destroyed first or the timer is cancelled.
    // Returns a handle for cancel().
    virtual quint64 callAfter(std::chrono::milliseconds delay, QObject *context, Callback f) = 0;
    virtual void cancel(quint64 handle) = 0;
};

// One QTimer for every pending call, in a queue ordered by due time: the engine keeps
// thousands of timers (agent durations, attempt limits, retries), and a QTimer each would
// make every start and stop a linear walk through Qt's timer list.
class SystemClock final : public Clock
{
public:
    SystemClock();
    ~SystemClock() override;

    [[nodiscard]] QDateTime now() const override;
    quint64 callAfter(std::chrono::milliseconds delay, QObject *context, Callback f) override;
    void cancel(quint64 handle) override;
    // Drops every pending call and the timer; call on the thread that used the clock.
    void stop();

private:
    struct Pending
    {
        quint64 handle;
        QPointer<QObject> context;
        Callback f;
    };
    using Queue = std::multimap<qint64, Pending>; // due, in ms of m_elapsed

    void fire();
    void rearm();

    QElapsedTimer m_elapsed;
    QObject *m_timer = nullptr; // a QTimer, created on the first call on the using thread
    quint64 m_next = 1;
    Queue m_queue;
    std::map<quint64, Queue::iterator> m_handles;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));

    [[nodiscard]] QDateTime now() const override { return m_now; }
    quint64 callAfter(std::chrono::milliseconds delay, QObject *context, Callback f) override;
    void cancel(quint64 handle) override;

    // Moves time forward, firing every callback that falls due, in order of due time.
    void advance(std::chrono::milliseconds by);
    // The delays still pending, from now, in order.
    [[nodiscard]] QList<std::chrono::milliseconds> pendingDelays() const;
    [[nodiscard]] int pendingCount() const { return static_cast<int>(m_pending.size()); }

private:
    struct Pending
    {
        QDateTime due;
        quint64 handle;
        QPointer<QObject> context;
        Callback f;
    };
    QDateTime m_now;
    quint64 m_next = 1;
    std::multimap<QDateTime, Pending> m_pending;
};

} // namespace Conductor
