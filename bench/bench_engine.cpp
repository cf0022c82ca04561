// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Durable stage transitions per second: many I2S pipelines with zero-latency simulated
// agents through the full durable path (engine thread, group commit on the store
// thread, synchronous=FULL), and in the same run the ceiling: raw inserts of the same
// rows, with the same durability and batch size, through the store's own statements.
//
//   bench_engine [--executions N] [--bundles]
//
// --bundles also writes each execution's report bundle (a file per stage, flushed to
// disk), which is output rather than the durable path; off by default.

#include "benchconfig.h"
#include "config/configloader.h"
#include "engine/enginethread.h"
#include "engine/ids.h"
#include "store/eventstore.h"
#include "store/rawinsertbench.h"
#include "store/storequeries.h"
#include "store/storethread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Conductor;

namespace {

struct EngineFigures
{
    qint64 executions = 0;
    qint64 completed = 0;
    qint64 transitions = 0;
    qint64 commits = 0;
    double seconds = 0;
    double averagePayload = 0;
};

EngineFigures runEngine(const QString &dbPath, const QString &outputDir, int executions,
                        bool bundles)
{
    EngineFigures figures;
    const QString owner = Ids::newOwnerId();
    StoreThread store({dbPath, owner});
    Engine::Options options;
    options.ownerId = owner;
    options.operatorName = QStringLiteral("bench");
    options.maxConcurrentPipelines = executions;
    options.writeBundles = bundles;
    EngineThread engine(store.store(), options);

    bool opened = false;
    QObject context;
    QObject::connect(store.store(), &EventStore::opened, &context,
                     [&](bool ok, const QString &error) {
                         opened = ok;
                         if (!ok) {
                             std::fprintf(stderr, "%s\n", qPrintable(error));
                         }
                         QCoreApplication::quit();
                     });
    QMetaObject::invokeMethod(store.store(), &EventStore::open, Qt::QueuedConnection);
    QCoreApplication::exec();
    if (!opened) {
        return figures;
    }

    StartRequest request;
    request.idea.title = QStringLiteral("Lab equipment marketplace");
    request.idea.description = QStringLiteral("A marketplace for used lab equipment");
    request.options.approveGates = true;
    request.options.outputDir = outputDir;
    request.options.seed = 0;
    request.configText = Bench::unlimitedDailyConfig();
    QFile pipeline(QStringLiteral(":/conductor/pipelines/i2s.yml"));
    pipeline.open(QIODevice::ReadOnly);
    request.pipelineText = pipeline.readAll();
    if (!bundles) {
        // Without bundles there is nothing for Deploy to publish.
        request.pipelineText.replace("publish: true", "publish: false");
    }
    request.simOverrides = {QStringLiteral("timeScale=0")};
    request.requestedBy = QStringLiteral("bench");
    request.requestedRole = QStringLiteral("admin");

    qint64 ended = 0;
    QObject::connect(engine.engine(), &Engine::eventsCommitted, &context,
                     [&](const ExecutionEvents &events) { figures.transitions += events.size(); });
    QObject::connect(engine.engine(), &Engine::executionEnded, &context,
                     [&](const QString &, int status, const QString &) {
                         figures.completed += status == int(ExecutionStatus::Completed) ? 1 : 0;
                         if (++ended == executions) {
                             QCoreApplication::quit();
                         }
                     });
    const qint64 commitsBefore = store.store()->commitCount();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < executions; ++i) {
        QMetaObject::invokeMethod(engine.engine(), "start", Qt::QueuedConnection,
                                  Q_ARG(Conductor::StartRequest, request));
    }
    QCoreApplication::exec();
    figures.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    figures.commits = store.store()->commitCount() - commitsBefore;
    figures.executions = executions;

    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-read"));
    {
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT AVG(LENGTH(data)) FROM events")) && q.next()) {
                figures.averagePayload = q.value(0).toDouble();
            }
        }
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-read"));
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_engine"));
    // The figures are the output; the store's and engine's progress messages are noise.
    QLoggingCategory::setFilterRules(QStringLiteral("conductor.*.info=false"));
    registerEngineMetaTypes();

    QCommandLineParser parser;
    const QCommandLineOption executionsOption(QStringLiteral("executions"),
                                              QStringLiteral("Pipelines to run."),
                                              QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption bundlesOption(QStringLiteral("bundles"),
                                           QStringLiteral("Also write report bundles."));
    parser.addOptions({executionsOption, bundlesOption});
    parser.addHelpOption();
    parser.process(app);
    const int executions = std::max(1, parser.value(executionsOption).toInt());

    QTemporaryDir dir;
    const EngineFigures engine =
        runEngine(dir.filePath(QStringLiteral("engine.db")), dir.filePath(QStringLiteral("out")),
                  executions, parser.isSet(bundlesOption));
    if (engine.transitions == 0) {
        std::fprintf(stderr, "the engine run failed\n");
        return 1;
    }
    const double rate = static_cast<double>(engine.transitions) / engine.seconds;
    const int eventsPerExecution = static_cast<int>(engine.transitions / engine.executions);
    const int batch = static_cast<int>(
        std::max<qint64>(1, engine.transitions / std::max<qint64>(1, engine.commits)));
    const RawInsertFigures raw =
        measureRawInserts(dir.filePath(QStringLiteral("raw.db")), executions, eventsPerExecution,
                          batch, static_cast<int>(engine.averagePayload));

    std::printf("engine: %lld pipelines (%lld completed), %lld durable transitions in %.2f s: %.0f "
                "transitions/s\n",
                static_cast<long long>(engine.executions), static_cast<long long>(engine.completed),
                static_cast<long long>(engine.transitions), engine.seconds, rate);
    std::printf("        %lld group commits, %d transitions per commit on average, %.0f bytes of "
                "payload per event\n",
                static_cast<long long>(engine.commits), batch, engine.averagePayload);
    std::printf("ceiling: %lld raw inserts of the same rows, batch %d, synchronous=FULL, in %.2f "
                "s: %.0f rows/s\n",
                static_cast<long long>(raw.rows), batch, raw.seconds, raw.rowsPerSecond);
    const double share = raw.rowsPerSecond > 0 ? 100.0 * rate / raw.rowsPerSecond : 0.0;
#ifdef NDEBUG
    std::printf("engine / ceiling: %.1f %% (target >= 25 %%); transitions/s target >= 20000: %s\n",
                share, rate >= 20000 ? "met" : "NOT met");
#else
    std::printf("engine / ceiling: %.1f %%; an unoptimised build: build with "
                "-DCMAKE_BUILD_TYPE=Release to compare with the targets (>= 25 %%, >= 20000/s)\n",
                share);
#endif
    return engine.completed == engine.executions ? 0 : 1;
}
