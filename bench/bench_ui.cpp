// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop app's responsiveness, with the real window, session and engine:
//
//   bench_ui --stall [--seconds S] [--concurrent C]
//     The engine runs pipelines flat out (simulated agents without waiting, gates
//     approved, C at a time, a new one started as each ends) while the Executions view
//     shows the table and the selected execution's live graph and chart. A probe thread
//     posts a call to the GUI thread every 2 ms; each call's delay (from post to run) is
//     a main-thread stall sample. Prints p50, p99, p99.9 and the worst, in ms, and how
//     many executions ended.
//
//   bench_ui --cold-start [--executions N] [--runs R]
//     Fills a database with N executions, then starts this program again R times as a
//     separate process, which opens the main window on it and says when the first page
//     of the table is shown and painted. Prints, per run and as median: the time from
//     starting the process to the usable window, and the child's own part from main().
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "benchstats.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "engine/ids.h"
#include "engine/session.h"
#include "executiondetail.h"
#include "executionsmodel.h"
#include "executionspage.h"
#include "mainwindow.h"
#include "security/roles.h"
#include "store/database.h"
#include "store/storereader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <vector>

using namespace Conductor;
using Conductor::Bench::percentile;
using Steady = std::chrono::steady_clock;

namespace {

QByteArray fastPipeline()
{
    QFile file(PipelineLoader::builtInPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray text = file.readAll();
    text.replace("timeScale: 1.0", "timeScale: 0");
    return text;
}

// A configuration whose daily budgets do not stop a benchmark.
QByteArray unlimitedConfig()
{
    QByteArray text = ConfigLoader::builtInText();
    text.replace("daily: 1000000", "daily: 1000000000000");
    text.replace("dailyBudgetUSD: 500", "dailyBudgetUSD: 100000000");
    text.replace("alertThresholdUSD: 400", "alertThresholdUSD: 90000000");
    return text;
}

// Posts a call to the GUI thread every interval and records how late each one ran.
class StallProbe final
{
public:
    explicit StallProbe(QObject *target)
        : m_target(target)
    {}

    void start()
    {
        m_running = true;
        m_thread = QThread::create([this] {
            while (m_running) {
                const auto sent = Steady::now();
                QMetaObject::invokeMethod(
                    m_target,
                    [this, sent] {
                        const double ms =
                            std::chrono::duration<double, std::milli>(Steady::now() - sent).count();
                        const std::lock_guard lock(m_mutex);
                        m_samples.push_back(ms);
                    },
                    Qt::QueuedConnection);
                QThread::msleep(2);
            }
        });
        m_thread->start();
    }

    std::vector<double> stop()
    {
        m_running = false;
        m_thread->wait();
        delete m_thread;
        QCoreApplication::processEvents(); // the last calls
        const std::lock_guard lock(m_mutex);
        return m_samples;
    }

private:
    QObject *m_target;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_running{false};
    std::mutex m_mutex;
    std::vector<double> m_samples;
};

int runStall(int seconds, int concurrent)
{
    QTemporaryDir dir;
    Session::Options options;
    options.databasePath = dir.filePath(QStringLiteral("bench.db"));
    options.operatorName = osAccountName();
    options.maxConcurrentPipelines = concurrent;
    options.takeOverInterval = std::chrono::milliseconds(0);
    const QByteArray config = unlimitedConfig();
    options.configText = config;
    Session session(options);
    const QByteArray pipelineText = fastPipeline();
    const Configuration configuration =
        *ConfigLoader::loadBytes(config, QStringLiteral("config")).value;
    MainWindow window(
        PipelineLoader::loadBytes(pipelineText, QStringLiteral("pipeline"), configuration).value,
        &session);
    window.resize(1400, 900);
    window.show();

    int started = 0;
    int ended = 0;
    const auto startOne = [&] {
        StartRequest r;
        r.idea.title = QStringLiteral("Bench idea %1").arg(++started);
        r.idea.description = r.idea.title;
        r.options.approveGates = true;
        r.options.seed = 0;
        r.options.outputDir = dir.filePath(QStringLiteral("out"));
        r.configText = config;
        r.pipelineText = pipelineText;
        r.requestedBy = osAccountName();
        r.requestedRole = QStringLiteral("admin");
        session.start(r);
    };
    bool running = true;
    QObject::connect(&session, &Session::executionEnded, &window, [&] {
        ++ended;
        if (running) {
            startOne();
        }
    });
    QObject::connect(&session, &Session::stateChanged, &window, [&] {
        for (int i = 0; i < concurrent; ++i) {
            startOne();
        }
    });
    session.open();

    // Let it warm up, select the newest execution (its graph and chart follow it).
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 1500) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    window.executions()->table()->selectRow(0);

    StallProbe probe(&window);
    probe.start();
    QElapsedTimer clock;
    clock.start();
    const int endedBefore = ended;
    while (clock.elapsed() < seconds * 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // Follow the newest, as an operator watching would.
        if (clock.elapsed() % 1000 < 50) {
            window.executions()->table()->selectRow(0);
        }
    }
    const std::vector<double> samples = probe.stop();
    running = false;
    const int endedDuring = ended - endedBefore;
    std::printf("main-thread stall over %d s with %d running at a time: %zu samples\n", seconds,
                concurrent, samples.size());
    std::printf("  p50 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms\n",
                percentile(samples, 0.50), percentile(samples, 0.99), percentile(samples, 0.999),
                percentile(samples, 1.0));
    std::printf("  executions ended meanwhile: %d (%.1f/s); graph showing %s\n", endedDuring,
                endedDuring / double(seconds), qPrintable(window.detail()->executionId()));
    std::fflush(stdout);
    return 0;
}

bool fill(const QString &path, int executions)
{
    Database db(path, u"fill");
    if (!db.open() || !db.beginWrite()) {
        return false;
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO executions (id, pipeline_id, idea_title, status, priority, current_stage,"
        " tokens_used, cost_micros, created_at, updated_at, last_seq, owner, lease_until,"
        " stages_done, stages_total) VALUES (?, 'i2s', ?, ?, 1, '', ?, ?, ?, ?, 40, NULL, NULL,"
        " 15, 15)"));
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < executions; ++i) {
        const QDateTime at = base.addSecs(i * 20);
        q.bindValue(0, QStringLiteral("exec_%1").arg(i, 16, 16, QLatin1Char('0')));
        q.bindValue(1, QStringLiteral("Idea number %1").arg(i));
        q.bindValue(2, i % 10 == 0 ? QStringLiteral("failed") : QStringLiteral("completed"));
        q.bindValue(3, qint64(129'000));
        q.bindValue(4, qint64(3'870'000));
        q.bindValue(5, toStoredTime(at));
        q.bindValue(6, toStoredTime(at.addSecs(40)));
        if (!q.exec()) {
            return false;
        }
    }
    return db.commit();
}

// The child of --cold-start: opens the window on the database and reports when the
// first page is shown and painted.
int runColdChild(const QString &path, qint64 spawnedAtMs)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const Configuration config = ConfigLoader::builtIn();
    Session::Options options;
    options.databasePath = path;
    options.operatorName = osAccountName();
    Session session(options);
    MainWindow window(PipelineLoader::loadFile(PipelineLoader::builtInPath(), config).value,
                      &session);
    ExecutionsModel *model = window.executions()->model();
    QObject::connect(model, &ExecutionsModel::loaded, &window, [&] {
        if (model->rowCount() == 0) {
            return;
        }
        // Painted: the next turn of the loop after a repaint of the table.
        window.executions()->table()->viewport()->repaint();
        const qint64 total = QDateTime::currentMSecsSinceEpoch() - spawnedAtMs;
        std::printf("ready %lld %lld %lld\n", static_cast<long long>(total),
                    static_cast<long long>(sinceMain.elapsed()),
                    static_cast<long long>(model->totalCount()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    window.show();
    session.open();
    return QApplication::exec();
}

int runColdStart(const QString &program, int executions, int runs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cold.db"));
    QElapsedTimer filling;
    filling.start();
    if (!fill(path, executions)) {
        std::fprintf(stderr, "bench_ui: cannot fill %s\n", qPrintable(path));
        return 1;
    }
    std::printf("cold start with %d stored executions (filled in %.1f s)\n", executions,
                filling.elapsed() / 1000.0);
    std::vector<double> totals;
    std::vector<double> ownParts;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 spawned = QDateTime::currentMSecsSinceEpoch();
        child.start(program, {QStringLiteral("--cold-child"), path, QString::number(spawned)});
        if (!child.waitForFinished(60'000)) {
            std::fprintf(stderr, "bench_ui: the child did not finish\n");
            return 1;
        }
        const QList<QByteArray> words = child.readAllStandardOutput().trimmed().split(' ');
        if (words.size() != 4 || words.at(0) != "ready") {
            std::fprintf(stderr, "bench_ui: the child did not report\n");
            return 1;
        }
        totals.push_back(words.at(1).toDouble());
        ownParts.push_back(words.at(2).toDouble());
        std::printf("  run %d: %.0f ms to a usable window (%.0f ms of it from main()); %s "
                    "executions listed\n",
                    i + 1, totals.back(), ownParts.back(), words.at(3).constData());
    }
    std::printf("  median %.0f ms (from main(): %.0f ms), worst %.0f ms\n", percentile(totals, 0.5),
                percentile(ownParts, 0.5), percentile(totals, 1.0));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConductorBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui"));
    // Settings and logs of the bench stay out of the user's.
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("conductor.*.info=false"));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == u"--cold-child") {
        return runColdChild(args.at(2), args.at(3).toLongLong());
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption stall(QStringLiteral("stall"), QStringLiteral("The stall probe."));
    const QCommandLineOption cold(QStringLiteral("cold-start"), QStringLiteral("Cold start."));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long."),
                                     QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption concurrent(QStringLiteral("concurrent"),
                                        QStringLiteral("Executions at a time."),
                                        QStringLiteral("C"), QStringLiteral("10"));
    const QCommandLineOption executions(QStringLiteral("executions"),
                                        QStringLiteral("Stored executions."), QStringLiteral("N"),
                                        QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Cold starts."),
                                  QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({stall, cold, seconds, concurrent, executions, runs});
    parser.process(app);
    if (parser.isSet(cold)) {
        return runColdStart(QCoreApplication::applicationFilePath(),
                            parser.value(executions).toInt(), parser.value(runs).toInt());
    }
    if (parser.isSet(stall)) {
        return runStall(parser.value(seconds).toInt(), parser.value(concurrent).toInt());
    }
    std::fprintf(stderr, "bench_ui: say --stall or --cold-start\n");
    return 2;
}
