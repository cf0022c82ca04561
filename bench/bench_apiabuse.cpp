// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The abuse phase of bench_api: what the connection gate in front of the REST API does
// with clients that hold connections, announce huge bodies, trickle their heads or send
// huge heads, with the server's resident memory watched throughout and the health route
// asked from a fresh connection during and after each part.

#include "apibench.h"

#include <QPointer>

#include <numeric>

namespace Conductor::Bench {

namespace {

constexpr qint64 kFiveMegabytes = 5 * 1024 * 1024;
const QByteArray kHealth = QByteArrayLiteral("/api/conductor/health");

// Asks the health route every intervalMs, one request at a time, while it lives.
class HealthProbe final
{
public:
    HealthProbe(quint16 port, int intervalMs)
        : m_port(port)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { ask(); });
        m_timer.start(intervalMs);
        ask();
    }
    ~HealthProbe() { stop(); }

    void stop()
    {
        m_timer.stop();
        runUntil([this] { return !m_busy; }, kForever);
    }

    QMap<int, int> statuses;

private:
    void ask()
    {
        if (m_busy) {
            return;
        }
        m_busy = true;
        new HttpExchange(m_port, HttpPlan{getRequest(kHealth)}, [this](const HttpReply &reply) {
            ++statuses[reply.complete ? reply.status : 0];
            m_busy = false;
        });
    }

    quint16 m_port;
    QTimer m_timer;
    bool m_busy = false;
};

// The server's resident memory, sampled every 20 ms while it lives.
class MemoryWatch final
{
public:
    explicit MemoryWatch(qint64 pid)
        : m_pid(pid)
        , before(processMemoryKb(pid))
        , peak(before)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { peak = std::max(peak, processMemoryKb(m_pid)); });
        m_timer.start(20);
    }

    [[nodiscard]] qint64 now() const { return processMemoryKb(m_pid); }

private:
    qint64 m_pid;
    QTimer m_timer;

public:
    qint64 before;
    qint64 peak;
};

// One GET of the health route from a fresh connection; retried every 50 ms for up to
// triesMs until it answers `wanted`. The last status seen, 0 for none.
int health(quint16 port, int wanted, qint64 triesMs, double *afterMs = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    do {
        bool done = false;
        new HttpExchange(port, HttpPlan{getRequest(kHealth)}, [&](const HttpReply &reply) {
            status = reply.complete ? reply.status : 0;
            done = true;
        });
        runUntil([&] { return done; }, kForever);
        if (status == wanted) {
            break;
        }
        pause(50);
    } while (clock.elapsed() < triesMs);
    if (afterMs) {
        *afterMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    }
    return status;
}

bool onlyStatus(const QMap<int, int> &statuses, int status)
{
    return statuses.size() == 1 && statuses.contains(status);
}

void printRow(const char *what, int count, const QMap<int, int> &answers, const char *expected,
              bool ok)
{
    std::printf("  %-44s %5d  %-24s %-8s %s\n", what, count, describe(answers).constData(),
                expected, ok ? "ok" : "WRONG");
}

void printErrors(const QMap<QString, int> &errors)
{
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        std::printf("    no answer x%d: %s\n", it.value(), qPrintable(it.key()));
    }
}

void printHealth(const char *when, const QMap<int, int> &answers, bool ok)
{
    std::printf("  %-44s %5d  %-24s %-8s %s\n", when,
                int(std::accumulate(answers.begin(), answers.end(), 0)),
                describe(answers).constData(), "200", ok ? "ok" : "WRONG");
}

} // namespace

bool runAbuse(quint16 port, qint64 serverPid, const AbuseCounts &counts)
{
    bool allOk = true;
    std::printf(
        "\nAbuse (the gate's limits: 64 connections, 10 s head, 16 KiB head, 1 MiB body)\n");
    std::printf("  %-44s %5s  %-24s %-8s %s\n", "clients", "n", "answers", "expected", "");
    MemoryWatch memory(serverPid);

    // 1. The connection cap: idle clients hold every slot; more are refused with 503.
    std::vector<QPointer<HttpExchange>> idle;
    QMap<int, int> idleAnswers;
    for (int i = 0; i < counts.idle; ++i) {
        HttpPlan plan; // connects and says nothing
        plan.lifetimeMs = 120'000;
        idle.emplace_back(new HttpExchange(
            port, plan, [&](const HttpReply &reply) { ++idleAnswers[reply.status]; }));
    }
    const bool held = runUntil(
        [&] {
            return std::all_of(idle.begin(), idle.end(),
                               [](const QPointer<HttpExchange> &e) { return e && e->connected(); });
        },
        10'000);
    pause(300); // the server accepts them all
    QMap<int, int> duringCap;
    ++duringCap[health(port, 503, 0)];
    Batch extras(port, HttpPlan{getRequest(kHealth)}, counts.extras, 50);
    extras.run();
    for (const QPointer<HttpExchange> &e : idle) {
        if (e) {
            e->abandon();
        }
    }
    double freedMs = 0;
    QMap<int, int> afterCap;
    ++afterCap[health(port, 200, 5'000, &freedMs)];
    const bool capOk = held && onlyStatus(extras.statuses, 503) && idleAnswers.isEmpty();
    printRow("idle connections held", counts.idle, idleAnswers, "none",
             held && idleAnswers.isEmpty());
    printRow("more attempts while they are held", counts.extras, extras.statuses, "503",
             onlyStatus(extras.statuses, 503));
    printRow("health while they are held", 1, duringCap, "503", onlyStatus(duringCap, 503));
    printRow("health once they are closed", 1, afterCap, "200", onlyStatus(afterCap, 200));
    std::printf("  %-44s %.1f ms\n", "  health answered 200 again after", freedMs);
    allOk = allOk && capOk && onlyStatus(duringCap, 503) && onlyStatus(afterCap, 200);

    // 2. Huge bodies, announced and sent anyway: refused from the head, the body unread.
    {
        HealthProbe probe(port, 10);
        HttpPlan plan;
        plan.head = "POST /api/conductor/ideas HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    "application/json\r\nContent-Length: " +
                    QByteArray::number(kFiveMegabytes) + "\r\n\r\n";
        plan.streamBytes = kFiveMegabytes;
        plan.lifetimeMs = 60'000;
        Batch bodies(port, plan, counts.bodies, 16);
        bodies.run();
        probe.stop();
        const bool ok = onlyStatus(bodies.statuses, 413);
        printRow("5 MB bodies (16 at a time)", counts.bodies, bodies.statuses, "413", ok);
        printErrors(bodies.errors);
        std::printf("  %-44s p50 %.0f KB, max %.0f KB of 5120 KB each\n",
                    "  body bytes the clients got out", percentile(bodies.sentKb, 0.5),
                    bodies.sentKb.empty()
                        ? 0.0
                        : *std::max_element(bodies.sentKb.begin(), bodies.sentKb.end()));
        std::printf("  %-44s p50 %.2f ms, p99 %.2f ms\n", "  time to the 413",
                    percentile(bodies.ms, 0.5), percentile(bodies.ms, 0.99));
        const bool healthOk = onlyStatus(probe.statuses, 200);
        printHealth("health during the bodies (every 10 ms)", probe.statuses, healthOk);
        allOk = allOk && ok && healthOk;
    }

    // 3. Slowloris: heads trickled a byte every 200 ms, refused at the head deadline.
    {
        HealthProbe probe(port, 250);
        HttpPlan plan;
        plan.head = "GET /api/conductor/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " +
                    QByteArray(1000, 'a') + "\r\n\r\n";
        plan.trickleMs = 200;
        plan.lifetimeMs = 30'000;
        Batch slow(port, plan, counts.slow, counts.slow);
        slow.run();
        probe.stop();
        const bool ok = onlyStatus(slow.statuses, 408);
        printRow("slow heads, a byte every 200 ms (all at once)", counts.slow, slow.statuses, "408",
                 ok);
        std::printf("  %-44s p50 %.0f ms, max %.0f ms\n", "  time to the 408",
                    percentile(slow.ms, 0.5),
                    slow.ms.empty() ? 0.0 : *std::max_element(slow.ms.begin(), slow.ms.end()));
        const bool healthOk = onlyStatus(probe.statuses, 200);
        printHealth("health during the slow heads (every 250 ms)", probe.statuses, healthOk);
        allOk = allOk && ok && healthOk;
    }

    // 4. Heads of 100 KB: refused once 16 KiB have arrived without the head's end.
    {
        HealthProbe probe(port, 10);
        HttpPlan plan;
        plan.head = "GET /api/conductor/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " +
                    QByteArray(100 * 1024, 'a') + "\r\n\r\n";
        Batch heads(port, plan, counts.bigHeads, 10);
        heads.run();
        probe.stop();
        const bool ok = onlyStatus(heads.statuses, 431);
        printRow("100 KB heads (10 at a time)", counts.bigHeads, heads.statuses, "431", ok);
        const bool healthOk = onlyStatus(probe.statuses, 200);
        printHealth("health during the big heads (every 10 ms)", probe.statuses, healthOk);
        allOk = allOk && ok && healthOk;
    }

    pause(500);
    QMap<int, int> atEnd;
    ++atEnd[health(port, 200, 5'000)];
    const bool endOk = onlyStatus(atEnd, 200);
    printRow("health at the end, fresh connection", 1, atEnd, "200", endOk);
    allOk = allOk && endOk;
    const qint64 after = memory.now();
    std::printf("  server RSS: before %.1f MB, peak %.1f MB (+%.1f MB), after %.1f MB\n",
                double(memory.before) / 1024.0, double(memory.peak) / 1024.0,
                double(memory.peak - memory.before) / 1024.0, double(after) / 1024.0);
    std::printf("  health answered: %s\n", endOk ? "yes" : "NO");
    return allOk;
}

} // namespace Conductor::Bench
