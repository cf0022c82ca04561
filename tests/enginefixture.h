// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An engine on the test's thread with a manual clock, over a real store (its own thread,
// a temporary SQLite database): tests start executions, move time by hand and read back
// the durable events.

#include "config/configloader.h"
#include "engine/clock.h"
#include "engine/engine.h"
#include "engine/enginethread.h"
#include "engine/ids.h"
#include "store/eventstore.h"
#include "store/storequeries.h"
#include "store/storethread.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

namespace Conductor::Test {

class EngineFixture
{
public:
    explicit EngineFixture(int maxConcurrent = 10, const QString &databasePath = {},
                           SecretSource *secrets = nullptr)
        : m_owner(Ids::newOwnerId())
        , m_databasePath(databasePath.isEmpty() ? m_dir.filePath(QStringLiteral("conductor.db"))
                                                : databasePath)
        , m_store(std::make_unique<StoreThread>(EventStore::Options{m_databasePath, m_owner}))
    {
        registerEngineMetaTypes();
        Engine::Options options;
        options.ownerId = m_owner;
        options.operatorName = QStringLiteral("tester");
        options.maxConcurrentPipelines = maxConcurrent;
        options.secrets = secrets;
        engine = std::make_unique<Engine>(m_store->store(), &clock, options);
        QSignalSpy opened(m_store->store(), &EventStore::opened);
        QMetaObject::invokeMethod(m_store->store(), &EventStore::open, Qt::QueuedConnection);
        QVERIFY(opened.wait(5000));
        QVERIFY(opened.first().first().toBool());
        QObject::connect(engine.get(), &Engine::eventsCommitted, engine.get(),
                         [this](const ExecutionEvents &events) { committed.append(events); });
        QObject::connect(
            engine.get(), &Engine::executionEnded, engine.get(),
            [this](const QString &id, int status, const QString &) { ended.insert(id, status); });
        QObject::connect(
            engine.get(), &Engine::executionWaiting, engine.get(),
            [this](const QString &id, const QString &why) { waiting.insert(id, why); });
    }

    ~EngineFixture()
    {
        engine.reset();
        m_store.reset();
    }

    [[nodiscard]] const QString &databasePath() const { return m_databasePath; }
    QString lastRefusal; // why the last start() was refused, if it was
    [[nodiscard]] QString outputDir() const { return m_dir.filePath(QStringLiteral("out")); }

    [[nodiscard]] StartRequest request(const QStringList &sim = {},
                                       const QByteArray &config = {}) const
    {
        StartRequest r;
        r.idea.title = QStringLiteral("Lab equipment marketplace");
        r.idea.description = QStringLiteral("A marketplace for used lab equipment");
        r.options.outputDir = outputDir();
        r.options.approveGates = true;
        r.options.seed = 0;
        r.configText = config.isEmpty() ? ConfigLoader::builtInText() : config;
        QFile pipeline(QStringLiteral(":/conductor/pipelines/i2s.yml"));
        pipeline.open(QIODevice::ReadOnly);
        r.pipelineText = pipeline.readAll();
        r.simOverrides = sim;
        r.requestedBy = QStringLiteral("tester");
        r.requestedRole = QStringLiteral("admin");
        return r;
    }

    // Starts an execution and returns its id once created.
    QString start(const StartRequest &r)
    {
        QSignalSpy created(engine.get(), &Engine::executionCreated);
        QSignalSpy refused(engine.get(), &Engine::startRefused);
        engine->start(r);
        // The Budget Check reads the store first: the answer comes back through it.
        for (int i = 0; i < 2000 && created.isEmpty() && refused.isEmpty(); ++i) {
            QTest::qWait(5);
        }
        lastRefusal = refused.isEmpty() ? QString() : refused.first().first().toString();
        if (created.isEmpty()) {
            return {};
        }
        return created.first().first().toString();
    }

    // A cheap research run teaches the history that research costs 2,000 tokens / $0.06;
    // the next run estimates research from that ($3.39 in all) and may spend $3.40, while
    // its research really needs 18,000 tokens: it overruns its hold and the execution's
    // budget then runs short. Returns that second execution once it ended or waits (empty,
    // with lastRefusal, when it did not start).
    QString startOverrunningResearch()
    {
        const QString cheap =
            start(request({QStringLiteral("timeScale=0"), QStringLiteral("researcher.tokens=2000"),
                           QStringLiteral("researcher.costUSD=0.06")}));
        if (cheap.isEmpty() || !runUntil([&] { return ended.contains(cheap); })) {
            return {};
        }
        StartRequest r = request({QStringLiteral("timeScale=0")});
        r.options.maxCost = Money::fromMicros(3'400'000);
        const QString id = start(r);
        if (id.isEmpty() || !runUntil([&] { return ended.contains(id) || waiting.contains(id); })) {
            return {};
        }
        return id;
    }

    // An intervention, as the desktop app makes it: straight to the engine.
    QString command(const QString &id, const QString &kind, const QJsonObject &args,
                    const QString &by, const QString &reason)
    {
        StoredCommand c;
        c.executionId = id;
        c.kind = kind;
        c.args = args;
        c.requestedBy = by;
        c.reason = reason;
        QSignalSpy applied(engine.get(), &Engine::commandApplied);
        engine->submit(c);
        return applied.isEmpty() ? QString() : applied.first().at(1).toString();
    }

    // Moves the clock in steps, letting the store commit between them, until done() or
    // the step budget runs out.
    bool runUntil(const std::function<bool()> &done,
                  std::chrono::milliseconds step = std::chrono::milliseconds(250),
                  int maxSteps = 4000)
    {
        for (int i = 0; i < maxSteps; ++i) {
            if (done()) {
                return true;
            }
            settle();
            if (done()) {
                return true;
            }
            clock.advance(step);
        }
        return done();
    }

    // Lets queued work (batches, commits, effects) run until nothing changes for a moment.
    void settle()
    {
        qsizetype before = -1;
        for (int i = 0; i < 200 && before != committed.size(); ++i) {
            before = committed.size();
            QMetaObject::invokeMethod(engine.get(), &Engine::flush, Qt::DirectConnection);
            QSignalSpy flushed(engine.get(), &Engine::flushed);
            flushed.wait(2000);
            QCoreApplication::processEvents();
        }
    }

    [[nodiscard]] ExecutionEvents eventsOf(const QString &id) const
    {
        ExecutionEvents out;
        for (const ExecutionEvent &e : committed) {
            if (e.executionId == id) {
                out.append(e);
            }
        }
        return out;
    }

    [[nodiscard]] ExecutionState stateOf(const QString &id) const
    {
        ExecutionState s;
        for (const ExecutionEvent &e : StoreQueries(m_databasePath).events(id)) {
            s.apply(e);
        }
        return s;
    }

    ManualClock clock;
    std::unique_ptr<Engine> engine;
    ExecutionEvents committed;
    QHash<QString, int> ended;
    QHash<QString, QString> waiting;

private:
    QTemporaryDir m_dir;
    QString m_owner;
    QString m_databasePath;
    std::unique_ptr<StoreThread> m_store;
};

} // namespace Conductor::Test
