// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How late the engine thread's event loop runs what it is given: the engine's own health.
// Lives on the thread it watches; every interval (a second) a timer falls due and, when it
// fires, queues a call behind whatever the thread has yet to do; the time from the timer's
// due moment to that call is the loop's latency. A loop that keeps up measures a
// millisecond or two; one that a slow handler or a flood of events holds up measures how
// long the next thing it is asked to do waits.
//
// The figures are read from any thread (the alert monitor's engine_loop_latency_ms, the
// REST API's health answer, /metrics): the measurements of the last hour are kept under a
// mutex. A tick that is overdue now counts as measuring how late it is so far, so a thread
// that is stuck shows as late before it ever gets to the call.

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <chrono>
#include <deque>
#include <optional>

class QTimer;

namespace Conductor {

struct LoopLatency
{
    std::optional<double> lastMs; // the latest measurement (or how late the tick due is now)
    double maxMs = 0.0;           // the largest over the window asked, 0 with none
    int measurements = 0;         // in the window
};

class EngineLoopProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineLoopProbe)

public:
    explicit EngineLoopProbe(std::chrono::milliseconds interval = std::chrono::seconds(1),
                             QObject *parent = nullptr);
    ~EngineLoopProbe() override;

    // On the probe's thread.
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

    // From any thread: the measurements of the last `window` (at most the last hour).
    [[nodiscard]] LoopLatency latency(std::chrono::milliseconds window) const;
    [[nodiscard]] std::chrono::milliseconds interval() const { return m_interval; }

    static constexpr std::chrono::milliseconds kKept = std::chrono::hours(1);

private:
    void arm();
    void fired();
    void measured();

    const std::chrono::milliseconds m_interval;
    QElapsedTimer m_elapsed; // started in the constructor, read from any thread
    QTimer *m_timer;
    mutable QMutex m_mutex;
    // Guarded by m_mutex: when the tick under way fell due (-1: none), and the measurements
    // (when, in ms of m_elapsed; how late), oldest first.
    qint64 m_dueMs = -1;
    std::deque<std::pair<qint64, double>> m_measured;
};

} // namespace Conductor
