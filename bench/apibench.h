// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the two halves of the REST API benchmark share: running the event loop until a
// condition holds, the server's resident memory, counting answers by status, batches of
// exchanges with a bound on how many are in flight, and the abuse phase's entry point.

#include "benchstats.h"
#include "httpexchange.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace Conductor::Bench {

// For waits bounded by the exchanges' own lifetimes: a callback must never outlive the
// state it reports to.
constexpr qint64 kForever = std::numeric_limits<qint64>::max() / 2;

// Runs the caller's event loop until done() holds or the time is up; false on time-out.
inline bool runUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    poll.start(1);
    loop.exec();
    return done();
}

// Lets the event loop run for a while.
inline void pause(qint64 ms)
{
    QElapsedTimer clock;
    clock.start();
    runUntil([&] { return clock.elapsed() >= ms; }, ms + 1000);
}

// A process's resident memory (VmRSS), or its peak (VmHWM), in kB; -1 when unreadable.
inline qint64 processMemoryKb(qint64 pid, const char *field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// How many answers had each status (0: none came), as "413 x100, 0 x2".
inline QByteArray describe(const QMap<int, int> &statuses)
{
    QByteArray out;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        out += (out.isEmpty() ? "" : ", ") + QByteArray::number(it.key()) + " x" +
               QByteArray::number(it.value());
    }
    return out.isEmpty() ? QByteArray("none") : out;
}

// `count` exchanges of one plan, at most `concurrency` at a time; run() returns once all
// have ended (or the time is up).
class Batch final
{
public:
    Batch(quint16 port, HttpPlan plan, int count, int concurrency)
        : m_port(port)
        , m_plan(std::move(plan))
        , m_left(count)
        , m_concurrency(std::max(1, concurrency))
    {}

    // Every exchange ends within its plan's lifetime, so this always returns.
    void run()
    {
        fill();
        runUntil([this] { return m_left == 0 && m_inFlight == 0; }, kForever);
    }

    QMap<int, int> statuses;
    QMap<QString, int> errors; // why there was no answer
    std::vector<double> ms;
    std::vector<double> sentKb;

private:
    void fill()
    {
        while (m_left > 0 && m_inFlight < m_concurrency) {
            --m_left;
            ++m_inFlight;
            new HttpExchange(m_port, m_plan, [this](const HttpReply &reply) {
                --m_inFlight;
                ++statuses[reply.status];
                if (reply.status == 0) {
                    ++errors[reply.error];
                }
                ms.push_back(reply.ms);
                sentKb.push_back(static_cast<double>(reply.sent) / 1024.0);
                fill();
            });
        }
    }

    quint16 m_port;
    HttpPlan m_plan;
    int m_left;
    int m_concurrency;
    int m_inFlight = 0;
};

struct AbuseCounts
{
    int idle = 64;     // connections held open without a request (the cap)
    int extras = 200;  // attempts while they are held: 503
    int bodies = 100;  // 5 MB bodies announced and sent: 413
    int slow = 50;     // heads trickled a byte every 200 ms: 408
    int bigHeads = 20; // 100 KB heads: 431
};

// The abuse phase against a server on 127.0.0.1:port whose process is serverPid; prints
// its figures and returns whether every answer was the one expected.
bool runAbuse(quint16 port, qint64 serverPid, const AbuseCounts &counts);

} // namespace Conductor::Bench
