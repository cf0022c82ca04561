// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The REST API's figures, against the real `conductor --headless` process on 127.0.0.1 with
// its own HOME, database, secrets folder (a fresh signing key) and output folder, and the
// shipped pipeline with its simulated agents sped up. Clients are asynchronous sockets on
// this program's event loop, one connection per request as the API answers them:
//
// 1. latency, one request after another: health (no token), the list of executions (a
//    viewer's token: signature, then revocation in the database) and one execution;
// 2. throughput: C clients for T seconds on one execution;
// 3. starts: N pipeline starts through the API (an approver's token, skipGates), their
//    latency and the time until all have completed or wait at a gate;
// 4. abuse (bench_apiabuse.cpp): the connection cap, huge bodies, slow heads, huge heads,
//    with the server's memory and the health route watched.
//
//   bench_api [--requests N] [--clients C] [--seconds T] [--starts N] [--time-scale X]
//             [--quick]
//
// Exits 1 when an answer was not the one expected (an error during throughput, a wrong
// status in the abuse phase, health not answering at the end), 2 when the server did not
// start.

#include "apibench.h"
#include "benchconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#ifndef CONDUCTOR_BINARY
#error "CONDUCTOR_BINARY must name the conductor executable"
#endif

using namespace Conductor;
using namespace Conductor::Bench;

namespace {

const QByteArray kBase = QByteArrayLiteral("/api/conductor");

// The server process and the folder it lives in.
class Server final
{
public:
    Server()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(15'000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

    [[nodiscard]] QString path(const QString &name) const { return m_home.filePath(name); }

    // The secrets folder with a fresh signing key, the configuration and the pipeline.
    bool prepare(double timeScale)
    {
        const QString secrets = path(QStringLiteral("secrets"));
        QByteArray key(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        QFile keyFile(secrets + QStringLiteral("/conductor.api-signing-key"));
        const bool ok = QDir().mkpath(secrets) &&
                        QFile::setPermissions(secrets, QFile::ReadOwner | QFile::WriteOwner |
                                                           QFile::ExeOwner) &&
                        keyFile.open(QIODevice::WriteOnly) &&
                        keyFile.write(key.toHex() + '\n') == 65 &&
                        keyFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        keyFile.close();
        QFile shipped(QStringLiteral(":/conductor/pipelines/i2s.yml"));
        if (!ok || !shipped.open(QIODevice::ReadOnly)) {
            return false;
        }
        QByteArray pipeline = shipped.readAll();
        const qsizetype at = pipeline.indexOf("timeScale: 1.0");
        if (at < 0) {
            return false;
        }
        pipeline.replace(at, 14, QByteArray("timeScale: " + QByteArray::number(timeScale)));
        return write(QStringLiteral("pipeline.yml"), pipeline) &&
               write(QStringLiteral("config.yml"), unlimitedDailyConfig());
    }

    // A token from `conductor token create` (run before the server, as its admin).
    [[nodiscard]] QByteArray token(const QString &role, const QString &subject) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(CONDUCTOR_BINARY),
                {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"), role,
                 QStringLiteral("--subject"), subject, QStringLiteral("--db"), database(),
                 QStringLiteral("--secrets-dir"), path(QStringLiteral("secrets"))});
        if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
            std::fprintf(stderr, "token create failed: %s\n", p.readAllStandardError().constData());
            return {};
        }
        return p.readAllStandardOutput().split('\n').value(0).trimmed();
    }

    // Starts `conductor --headless` on a free port; false when it does not listen in time.
    bool start()
    {
        m_process.setProcessEnvironment(m_env);
        m_process.setStandardErrorFile(path(QStringLiteral("server.log")));
        m_process.start(QStringLiteral(CONDUCTOR_BINARY),
                        {QStringLiteral("--headless"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), database(),
                         QStringLiteral("--secrets-dir"), path(QStringLiteral("secrets")),
                         QStringLiteral("--output"), path(QStringLiteral("out")),
                         QStringLiteral("--pipeline"), path(QStringLiteral("pipeline.yml")),
                         QStringLiteral("--config"), path(QStringLiteral("config.yml"))});
        QByteArray out;
        static const QRegularExpression listening(
            QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        runUntil(
            [&] {
                out += m_process.readAllStandardOutput();
                const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
                if (m.hasMatch()) {
                    m_port = static_cast<quint16>(m.captured(1).toUInt());
                }
                return m_port != 0 || m_process.state() == QProcess::NotRunning;
            },
            60'000);
        if (m_port == 0) {
            QFile log(path(QStringLiteral("server.log")));
            log.open(QIODevice::ReadOnly);
            std::fprintf(stderr, "the server did not start:\n%s%s\n", out.constData(),
                         log.readAll().constData());
        }
        return m_port != 0;
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] QString database() const { return path(QStringLiteral("conductor.db")); }

private:
    bool write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QProcess m_process;
    quint16 m_port = 0;
};

// One request, waited for on the event loop.
HttpReply exchange(quint16 port, const QByteArray &request)
{
    HttpReply out;
    bool done = false;
    new HttpExchange(port, HttpPlan{request}, [&](const HttpReply &reply) {
        out = reply;
        done = true;
    });
    runUntil([&] { return done; }, kForever);
    return out;
}

QJsonObject json(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

double maxOf(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

void printLatencyHeader()
{
    std::printf("  %-46s %7s %9s %9s %9s %7s\n", "request", "n", "p50 ms", "p99 ms", "max ms",
                "errors");
}

void printLatency(const char *what, const std::vector<double> &ms, int errors)
{
    std::printf("  %-46s %7zu %9.3f %9.3f %9.3f %7d\n", what, ms.size(), percentile(ms, 0.5),
                percentile(ms, 0.99), maxOf(ms), errors);
}

// n requests one after another (after a few not counted); the times of those answered 200.
std::vector<double> sequential(quint16 port, const QByteArray &request, int n, int *errors)
{
    constexpr int warmUp = 20;
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(n));
    int left = n + warmUp;
    std::function<void()> next = [&] {
        new HttpExchange(port, HttpPlan{request}, [&](const HttpReply &reply) {
            const bool counted = left <= n;
            if (counted && reply.complete && reply.status == 200) {
                ms.push_back(reply.ms);
            } else if (counted) {
                ++*errors;
            }
            if (--left > 0) {
                next();
            }
        });
    };
    next();
    runUntil([&] { return left == 0; }, kForever);
    return ms;
}

struct Throughput
{
    std::vector<double> ms;
    int errors = 0;
    double seconds = 0;
};

// `clients` clients, each sending its next request as soon as the last is answered.
Throughput throughput(quint16 port, const QByteArray &request, int clients, double seconds)
{
    Throughput out;
    QElapsedTimer clock;
    clock.start();
    const auto until = static_cast<qint64>(seconds * 1e9);
    int inFlight = 0;
    qint64 lastNs = 0;
    std::function<void()> launch = [&] {
        ++inFlight;
        new HttpExchange(port, HttpPlan{request}, [&](const HttpReply &reply) {
            --inFlight;
            lastNs = clock.nsecsElapsed();
            if (reply.complete && reply.status == 200) {
                out.ms.push_back(reply.ms);
            } else {
                ++out.errors;
            }
            if (clock.nsecsElapsed() < until) {
                launch();
            }
        });
    };
    for (int i = 0; i < clients; ++i) {
        launch();
    }
    runUntil([&] { return inFlight == 0; }, kForever);
    out.seconds = static_cast<double>(lastNs) / 1e9;
    return out;
}

struct Settled
{
    int completed = 0;
    int failed = 0; // failed or cancelled
    int atGate = 0;
    int other = 0;
};

// How the executions in `ids` stand, from the API's list, page after page.
Settled settled(quint16 port, const QByteArray &token, const QSet<QString> &ids)
{
    Settled out;
    int seen = 0;
    for (int page = 1;; ++page) {
        const HttpReply reply = exchange(
            port,
            getRequest(kBase + "/executions?pageSize=200&page=" + QByteArray::number(page), token));
        const QJsonArray items = json(reply).value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            if (!ids.contains(item.value(QStringLiteral("id")).toString())) {
                continue;
            }
            ++seen;
            const QString status = item.value(QStringLiteral("status")).toString();
            if (status == u"completed") {
                ++out.completed;
            } else if (status == u"failed" || status == u"cancelled") {
                ++out.failed;
            } else if (!item.value(QStringLiteral("waitingAtGate")).isNull()) {
                ++out.atGate;
            } else {
                ++out.other;
            }
        }
        if (items.size() < 200) {
            break;
        }
    }
    out.other += static_cast<int>(ids.size()) - seen;
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_api"));

    QCommandLineParser parser;
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Sequential requests per route."),
                                            QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Concurrent clients (1 to 60)."),
                                           QStringLiteral("C"), QStringLiteral("16"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds of throughput."),
                                           QStringLiteral("T"), QStringLiteral("5"));
    const QCommandLineOption startsOption(QStringLiteral("starts"),
                                          QStringLiteral("Pipeline starts through the API."),
                                          QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption scaleOption(QStringLiteral("time-scale"),
                                         QStringLiteral("The simulated agents' time scale."),
                                         QStringLiteral("X"), QStringLiteral("0.01"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Small counts, for CI (the slow heads still take "
                                                "the 10 s head deadline)."));
    parser.addOptions(
        {requestsOption, clientsOption, secondsOption, startsOption, scaleOption, quickOption});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const auto value = [&](const QCommandLineOption &option, double quickValue) {
        return quick && !parser.isSet(option) ? quickValue : parser.value(option).toDouble();
    };
    const int requests = std::max(1, static_cast<int>(value(requestsOption, 200)));
    const int clients = std::clamp(static_cast<int>(value(clientsOption, 8)), 1, 60);
    const double seconds = std::max(0.1, value(secondsOption, 1));
    const int starts = std::max(1, static_cast<int>(value(startsOption, 20)));
    const double timeScale = std::max(0.0, parser.value(scaleOption).toDouble());
    AbuseCounts abuse;
    if (quick) {
        abuse = AbuseCounts{64, 40, 20, 10, 5};
    }

    Server server;
    if (!server.prepare(timeScale)) {
        std::fprintf(stderr, "cannot prepare the server's folder\n");
        return 2;
    }
    const QByteArray viewer =
        server.token(QStringLiteral("viewer"), QStringLiteral("bench-viewer"));
    const QByteArray approver =
        server.token(QStringLiteral("approver"), QStringLiteral("bench-approver"));
    if (viewer.isEmpty() || approver.isEmpty() || !server.start()) {
        return 2;
    }
    const quint16 port = server.port();
    const qint64 rssAtStart = processMemoryKb(server.pid());
    std::printf("conductor --headless on 127.0.0.1:%u (pid %lld), RSS %.1f MB; simulated agents "
                "at time scale %g\n",
                port, server.pid(), double(rssAtStart) / 1024.0, timeScale);
    bool ok = true;
    QStringList failures;

    // An idea and an execution on it, which waits at its risk gate (no skipGates).
    const HttpReply idea =
        exchange(port, postRequest(kBase + "/ideas", approver,
                                   R"({"title": "Lab equipment marketplace", "description": )"
                                   R"("A marketplace for used lab equipment"})"));
    const QByteArray ideaId = json(idea).value(QStringLiteral("ideaId")).toString().toUtf8();
    const HttpReply first =
        exchange(port, postRequest(kBase + "/pipeline/start", approver,
                                   R"({"ideaId": ")" + ideaId + R"(", "priority": "normal"})"));
    const QByteArray executionId = json(first).value(QStringLiteral("id")).toString().toUtf8();
    if (idea.status != 201 || first.status != 201 || executionId.isEmpty()) {
        std::fprintf(stderr, "cannot start an execution: %d %s / %d %s\n", idea.status,
                     idea.body.constData(), first.status, first.body.constData());
        return 1;
    }
    const QByteArray executionPath = kBase + "/execution/" + executionId;

    // 1. Latency.
    std::printf("\nLatency, one request after another, a new connection each\n");
    printLatencyHeader();
    int healthErrors = 0;
    int listErrors = 0;
    int oneErrors = 0;
    const std::vector<double> healthMs =
        sequential(port, getRequest(kBase + "/health"), requests, &healthErrors);
    printLatency("GET /health (no token)", healthMs, healthErrors);
    const std::vector<double> listMs =
        sequential(port, getRequest(kBase + "/executions", viewer), requests, &listErrors);
    printLatency("GET /executions (viewer token)", listMs, listErrors);
    const std::vector<double> oneMs =
        sequential(port, getRequest(executionPath, viewer), requests, &oneErrors);
    printLatency("GET /execution/{id} (viewer token)", oneMs, oneErrors);
    if (healthErrors + listErrors + oneErrors > 0) {
        failures << QStringLiteral("errors in the sequential requests");
    }

    // 2. Throughput.
    std::printf("\nThroughput, %d clients for %g s on GET /execution/{id}\n", clients, seconds);
    const Throughput t = throughput(port, getRequest(executionPath, viewer), clients, seconds);
    std::printf("  %-46s %7zu  %.0f requests/s, p50 %.3f ms, p99 %.3f ms, max %.3f ms, "
                "errors %d\n",
                "answered 200", t.ms.size(), double(t.ms.size()) / std::max(t.seconds, 1e-9),
                percentile(t.ms, 0.5), percentile(t.ms, 0.99), maxOf(t.ms), t.errors);
    if (t.errors > 0 || t.ms.empty()) {
        failures << QStringLiteral("errors during throughput");
    }

    // 3. Starts.
    std::printf("\nStarts: %d POST /pipeline/start one after another (approver, skipGates)\n",
                starts);
    QElapsedTimer startClock;
    startClock.start();
    std::vector<double> startMs;
    QSet<QString> started;
    QMap<int, int> startStatuses;
    const QByteArray startRequest =
        postRequest(kBase + "/pipeline/start", approver,
                    R"({"ideaId": ")" + ideaId + R"(", "options": {"skipGates": true}})");
    for (int i = 0; i < starts; ++i) {
        const HttpReply reply = exchange(port, startRequest);
        ++startStatuses[reply.status];
        if (reply.status == 201) {
            startMs.push_back(reply.ms);
            started.insert(json(reply).value(QStringLiteral("id")).toString());
        }
    }
    const double postedS = double(startClock.nsecsElapsed()) / 1e9;
    printLatencyHeader();
    printLatency("POST /pipeline/start", startMs, starts - int(startMs.size()));
    if (startStatuses.size() != 1 || !startStatuses.contains(201)) {
        std::printf("  answers: %s\n", describe(startStatuses).constData());
        failures << QStringLiteral("starts refused");
    }
    Settled state;
    bool allSettled = false;
    QElapsedTimer waitClock;
    waitClock.start();
    while (!allSettled && waitClock.elapsed() < 600'000) {
        state = settled(port, viewer, started);
        allSettled = state.other == 0;
        if (!allSettled) {
            pause(100);
        }
    }
    const double settledS = double(startClock.nsecsElapsed()) / 1e9;
    std::printf("  all %d posted after %.2f s; %s after %.2f s: %d completed, %d failed or "
                "cancelled, %d waiting at a gate, %d still going\n",
                starts, postedS, allSettled ? "all settled" : "GAVE UP", settledS, state.completed,
                state.failed, state.atGate, state.other);
    if (!allSettled) {
        failures << QStringLiteral("starts did not settle");
    }

    // 4. Abuse.
    pause(500);
    if (!runAbuse(port, server.pid(), abuse)) {
        failures << QStringLiteral("a wrong answer in the abuse phase");
    }

    ok = failures.isEmpty();
    std::printf("\n%s%s\n", ok ? "all answers as expected" : "FAILED: ",
                qPrintable(failures.join(QStringLiteral("; "))));
    return ok ? 0 : 1;
}
