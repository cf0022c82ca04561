// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commanddelivery.h"

#include "engine/enginethread.h"
#include "engine/ids.h"
#include "store/doorbell.h"
#include "store/eventstore.h"
#include "store/storequeries.h"
#include "store/storethread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ExecutionsCommand)
};

constexpr qint64 kOwnerAnswerMs = 30'000;

} // namespace

QString deliverCommand(const CommandEnvironment &env, const ExecutionSummary &summary,
                       const StoredCommand &command)
{
    StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        return queries.error();
    }
    if (leaseIsLive(summary)) {
        // Wake the owner (it would find the command at its next poll anyway), then wait
        // for its answer.
        Doorbell::ring(summary.owner);
        QElapsedTimer waited;
        waited.start();
        bool ownerGone = false;
        for (int i = 0; waited.elapsed() < kOwnerAnswerMs; ++i) {
            if (const std::optional<QString> o = queries.commandOutcome(command.id)) {
                return *o;
            }
            // The owner may stop before it reads the command (the execution ended, or it
            // released it): then the command is answered here, as when no owner runs it.
            if (i % 10 == 9) {
                const std::optional<ExecutionSummary> now = queries.execution(summary.id);
                if (now && !leaseIsLive(*now)) {
                    ownerGone = true;
                    break;
                }
            }
            QThread::msleep(20);
        }
        if (!ownerGone) {
            return Text::tr("%1 did not answer within 30 s; the command stays queued for it")
                .arg(summary.owner);
        }
    }
    // No live owner: record the command here, without running the execution.
    if (Ids::isDeadLocalOwner(summary.owner)) {
        queries.expireLease(summary.id, summary.owner);
    }
    const QString ownerId = Ids::newOwnerId();
    StoreThread store({env.databasePath, ownerId});
    Engine::Options options;
    options.ownerId = ownerId;
    options.operatorName = env.operatorName;
    EngineThread engine(store.store(), options);
    QString outcome;
    QObject context;
    QObject::connect(store.store(), &EventStore::opened, &context,
                     [&](bool ok, const QString &error) {
                         if (!ok) {
                             outcome = error;
                             QCoreApplication::quit();
                             return;
                         }
                         QMetaObject::invokeMethod(engine.engine(), "applyOffline",
                                                   Qt::QueuedConnection, Q_ARG(QString, summary.id),
                                                   Q_ARG(Conductor::StoredCommand, command));
                     });
    QObject::connect(
        engine.engine(), &Engine::commandApplied, &context, [&](const QString &, const QString &o) {
            outcome = o;
            QObject::connect(engine.engine(), &Engine::flushed, &context,
                             [] { QCoreApplication::quit(); });
            QMetaObject::invokeMethod(engine.engine(), &Engine::flush, Qt::QueuedConnection);
        });
    QMetaObject::invokeMethod(store.store(), &EventStore::open, Qt::QueuedConnection);
    QCoreApplication::exec();
    return outcome;
}

} // namespace Conductor
