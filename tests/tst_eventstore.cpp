// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The EventStore: committed() only once rows are visible to another connection, also
// across the store thread; group commit (many batches, few transactions, append order
// kept); lease fencing between two owners on one file, expiry, release, heartbeat and
// claimUnfinished; commands delivered once to the owner only; and a real write failure
// (the file-size limit, which root cannot ignore as it ignores chmod) stopping all writes.
// Stores run on the test thread, driven by direct calls, unless a test says otherwise.

#include "engine/ids.h"
#include "store/database.h"
#include "store/eventstore.h"
#include "store/storequeries.h"
#include "store/storethread.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <memory>

#include <sys/resource.h>

using namespace Conductor;
using namespace std::chrono_literals;

namespace {

const QString kOwnerA = QStringLiteral("proc_aaaaaaaaaaaaaaaa");
const QString kOwnerB = QStringLiteral("proc_bbbbbbbbbbbbbbbb");

ExecutionEvent makeEvent(const QString &id, qint64 seq, QJsonObject data = {})
{
    ExecutionEvent e;
    e.executionId = id;
    e.seq = seq;
    e.type = seq == 1 ? QString(EventType::Created) : QString(EventType::AttemptStarted);
    e.data = std::move(data);
    e.time = QDateTime::currentDateTimeUtc();
    return e;
}

ExecutionSummary summaryOf(const QString &id, qint64 seq, ExecutionStatus status)
{
    ExecutionSummary s;
    s.id = id;
    s.pipelineId = QStringLiteral("i2s");
    s.ideaTitle = QStringLiteral("Idea ") + id;
    s.status = status;
    s.currentStage = QStringLiteral("research");
    s.tokensUsed = seq * 10;
    s.createdAt = QDateTime::currentDateTimeUtc();
    s.updatedAt = s.createdAt;
    s.lastSeq = seq;
    return s;
}

// Events seq from..to of one execution, with the summary after them.
StoreBatch batch(const QString &id, qint64 from, qint64 to = 0,
                 ExecutionStatus status = ExecutionStatus::Running)
{
    StoreBatch b;
    for (qint64 seq = from; seq <= std::max(from, to); ++seq) {
        b.events.append(makeEvent(id, seq, QJsonObject{{QStringLiteral("n"), seq}}));
    }
    b.summaries.append(summaryOf(id, std::max(from, to), status));
    return b;
}

StoreBatch merged(std::initializer_list<StoreBatch> parts)
{
    StoreBatch all;
    for (const StoreBatch &p : parts) {
        all.events.append(p.events);
        all.summaries.append(p.summaries);
        all.handledCommands.append(p.handledCommands);
    }
    return all;
}

QList<qint64> seqs(const ExecutionEvents &events)
{
    QList<qint64> result;
    for (const ExecutionEvent &e : events) {
        result.append(e.seq);
    }
    return result;
}

} // namespace

class TestEventStore final : public QObject
{
    Q_OBJECT

    QString path() const { return m_dir->filePath(QStringLiteral("conductor.db")); }

    EventStore::Options options(const QString &owner, std::chrono::milliseconds lease = 15s) const
    {
        EventStore::Options o;
        o.databasePath = path();
        o.ownerId = owner;
        o.leaseDuration = lease;
        o.commandPoll = 20ms;
        return o;
    }

    std::unique_ptr<EventStore> openStore(const QString &owner,
                                          std::chrono::milliseconds lease = 15s)
    {
        auto store = std::make_unique<EventStore>(options(owner, lease));
        QSignalSpy opened(store.get(), &EventStore::opened);
        store->open();
        if (opened.size() != 1 || !opened.at(0).at(0).toBool()) {
            qWarning() << "open failed:" << opened;
            return nullptr;
        }
        return store;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { registerStoreMetaTypes(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void committedOnlyOnceVisibleElsewhere()
    {
        auto store = openStore(kOwnerA);
        QVERIFY(store);
        // A direct connection runs inside the emission, before the store does anything else.
        int visibleAtEmission = -1;
        connect(
            store.get(), &EventStore::committed, this,
            [&](const ExecutionEvents &events) {
                const StoreQueries reader(path());
                visibleAtEmission = int(reader.events(events.constFirst().executionId).size());
            },
            Qt::DirectConnection);
        QSignalSpy committed(store.get(), &EventStore::committed);
        store->append(batch(QStringLiteral("exec_1"), 1, 3));
        QCOMPARE(committed.size(), 0); // waits for the group window
        QTRY_COMPARE(committed.size(), 1);
        QCOMPARE(visibleAtEmission, 3);
        QCOMPARE(seqs(committed.at(0).at(0).value<ExecutionEvents>()), (QList<qint64>{1, 2, 3}));

        const auto row = StoreQueries(path()).execution(QStringLiteral("exec_1"));
        QVERIFY(row.has_value());
        QCOMPARE(row->owner, kOwnerA);
        QCOMPARE(row->lastSeq, 3);
        QCOMPARE(row->tokensUsed, 30);
        QVERIFY(row->leaseUntil > QDateTime::currentDateTimeUtc().addSecs(10));
    }

    void checkpointsBesideTheStore()
    {
        // The store's own connection checkpoints nothing: its log pages reach the database
        // file through the checkpointer's connection, without waiting for a commit to do
        // it. Only a checkpoint makes the main file grow (until then the pages are in the
        // log), so its size tells whether one ran.
        auto store = openStore(kOwnerA);
        QVERIFY(store);
        const qint64 before = QFileInfo(path()).size();
        QSignalSpy committed(store.get(), &EventStore::committed);
        store->append(batch(QStringLiteral("exec_c"), 1, 2000));
        QTRY_COMPARE(committed.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path()).size() > before + 100'000, 5000);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
        {
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery autoCheckpoint(db);
            QVERIFY(autoCheckpoint.exec(QStringLiteral("PRAGMA wal_autocheckpoint")));
            QVERIFY(autoCheckpoint.next());
            QCOMPARE(autoCheckpoint.value(0).toInt(), 1000); // other connections keep theirs
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("wal"));
    }

    void worksAcrossTheStoreThread()
    {
        StoreThread thread(options(kOwnerA));
        EventStore *store = thread.store();
        QCOMPARE(store->thread()->objectName(), QStringLiteral("conductor-store"));
        QVERIFY(store->thread() != QThread::currentThread());

        // Signals arrive queued on this thread; each slot checks another connection sees
        // what was announced.
        bool opened = false;
        ExecutionEvents announced;
        bool allVisible = true;
        QObject context;
        connect(store, &EventStore::opened, &context, [&](bool ok) { opened = ok; });
        connect(store, &EventStore::committed, &context, [&](const ExecutionEvents &events) {
            const StoreQueries reader(path());
            const ExecutionEvents stored = reader.events(QStringLiteral("exec_t"));
            allVisible =
                allVisible && !stored.isEmpty() && stored.constLast().seq >= events.constLast().seq;
            announced.append(events);
        });
        QMetaObject::invokeMethod(store, &EventStore::open);
        QTRY_VERIFY(opened);
        for (qint64 seq = 1; seq <= 20; ++seq) {
            const StoreBatch b = batch(QStringLiteral("exec_t"), seq);
            QMetaObject::invokeMethod(store, [store, b] { store->append(b); });
        }
        QTRY_COMPARE(announced.size(), 20);
        QVERIFY(allVisible);
        QList<qint64> expected;
        for (qint64 seq = 1; seq <= 20; ++seq) {
            expected.append(seq);
        }
        QCOMPARE(seqs(announced), expected);
    }

    void stoppingTheThreadCommitsWhatIsQueued()
    {
        {
            StoreThread thread(options(kOwnerA, 15s));
            EventStore *store = thread.store();
            const StoreBatch b = batch(QStringLiteral("exec_q"), 1, 5);
            QMetaObject::invokeMethod(store, &EventStore::open);
            QMetaObject::invokeMethod(store, [store, b] { store->append(b); });
        } // closes, commits, deletes the store on its thread, joins
        QCOMPARE(StoreQueries(path()).events(QStringLiteral("exec_q")).size(), 5);
    }

    void groupCommitAndOrder()
    {
        StoreThread thread(options(kOwnerA));
        EventStore *store = thread.store();
        bool opened = false;
        ExecutionEvents announced;
        QObject context;
        connect(store, &EventStore::opened, &context, [&](bool ok) { opened = ok; });
        connect(store, &EventStore::committed, &context,
                [&](const ExecutionEvents &events) { announced.append(events); });
        QMetaObject::invokeMethod(store, &EventStore::open);
        QTRY_VERIFY(opened);

        // 500 one-event batches, back to back, interleaving five executions.
        constexpr int kBatches = 500;
        QList<QPair<QString, qint64>> appended;
        for (int i = 0; i < kBatches; ++i) {
            const QString id = QStringLiteral("exec_g%1").arg(i % 5);
            const StoreBatch b = batch(id, i / 5 + 1);
            appended.append({id, i / 5 + 1});
            QMetaObject::invokeMethod(store, [store, b] { store->append(b); });
        }
        QTRY_COMPARE(announced.size(), kBatches);
        const qint64 commits = store->commitCount();
        qInfo("%d batches in %lld transactions", kBatches, commits);
        QVERIFY2(commits <= kBatches / 10, qPrintable(QString::number(commits)));

        QList<QPair<QString, qint64>> order;
        for (const ExecutionEvent &e : std::as_const(announced)) {
            order.append({e.executionId, e.seq});
        }
        QCOMPARE(order, appended);
    }

    void bigQueueCommitsAtOnce()
    {
        auto store = openStore(kOwnerA);
        QVERIFY(store);
        QSignalSpy committed(store.get(), &EventStore::committed);
        store->append(batch(QStringLiteral("exec_big"), 1, 1000));
        QCOMPARE(committed.size(), 0);
        store->append(
            batch(QStringLiteral("exec_big"), 1001, 2500)); // past 2000 queued: no waiting
        QCOMPARE(committed.size(), 1);
        QCOMPARE(store->commitCount(), 1);
        QCOMPARE(committed.at(0).at(0).value<ExecutionEvents>().size(), 2500);
    }

    void fencingRefusesAnotherOwnersExecution()
    {
        auto a = openStore(kOwnerA);
        auto b = openStore(kOwnerB);
        QVERIFY(a && b);
        a->append(batch(QStringLiteral("exec_a"), 1));
        a->flush();

        QSignalSpy committedB(b.get(), &EventStore::committed);
        QSignalSpy lostB(b.get(), &EventStore::leaseLost);
        // B writes its own new execution and, in the same transaction, one of A's.
        b->append(
            merged({batch(QStringLiteral("exec_b"), 1), batch(QStringLiteral("exec_a"), 2, 3)}));
        b->flush();
        QCOMPARE(lostB.size(), 1);
        QCOMPARE(lostB.at(0).at(0).toStringList(), QStringList{QStringLiteral("exec_a")});
        QCOMPARE(committedB.size(), 1);
        const ExecutionEvents written = committedB.at(0).at(0).value<ExecutionEvents>();
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.at(0).executionId, QStringLiteral("exec_b"));

        const StoreQueries reader(path());
        QCOMPARE(seqs(reader.events(QStringLiteral("exec_a"))), QList<qint64>{1});
        QCOMPARE(reader.execution(QStringLiteral("exec_a"))->owner, kOwnerA);
        QCOMPARE(reader.execution(QStringLiteral("exec_a"))->lastSeq, 1);
        QCOMPARE(seqs(reader.events(QStringLiteral("exec_b"))), QList<qint64>{1});

        // Creating an execution that exists is refused the same way.
        b->append(batch(QStringLiteral("exec_a"), 1));
        b->flush();
        QCOMPARE(lostB.size(), 2);
        QCOMPARE(reader.execution(QStringLiteral("exec_a"))->owner, kOwnerA);
    }

    void duplicateSequenceIsALostLease()
    {
        auto a = openStore(kOwnerA);
        QVERIFY(a);
        a->append(
            merged({batch(QStringLiteral("exec_1"), 1, 2), batch(QStringLiteral("exec_2"), 1)}));
        a->flush();
        QSignalSpy committed(a.get(), &EventStore::committed);
        QSignalSpy lost(a.get(), &EventStore::leaseLost);
        // exec_1 writes 3 and then 2 again: its rows are rolled back, exec_2's are kept.
        a->append(merged({batch(QStringLiteral("exec_1"), 3), batch(QStringLiteral("exec_2"), 2),
                          batch(QStringLiteral("exec_1"), 2)}));
        a->flush();
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.at(0).at(0).toStringList(), QStringList{QStringLiteral("exec_1")});
        QCOMPARE(committed.size(), 1);
        QCOMPARE(seqs(committed.at(0).at(0).value<ExecutionEvents>()), QList<qint64>{2});
        const StoreQueries reader(path());
        QCOMPARE(seqs(reader.events(QStringLiteral("exec_1"))), (QList<qint64>{1, 2}));
        QCOMPARE(reader.execution(QStringLiteral("exec_1"))->lastSeq, 2);
        QCOMPARE(seqs(reader.events(QStringLiteral("exec_2"))), (QList<qint64>{1, 2}));
    }

    void expiredLeaseCanBeClaimed()
    {
        auto a = openStore(kOwnerA, 300ms);
        QVERIFY(a);
        a->append(batch(QStringLiteral("exec_x"), 1));
        a->flush();
        a.reset(); // no release: the lease stays until it expires

        auto b = openStore(kOwnerB, 300ms);
        QVERIFY(b);
        QSignalSpy claimed(b.get(), &EventStore::claimed);
        QSignalSpy refused(b.get(), &EventStore::claimRefused);
        b->claim(QStringLiteral("exec_x"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(1).toString(), kOwnerA);
        b->claim(QStringLiteral("exec_unknown"));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(1).at(1).toString(), QString());

        const QDateTime until =
            StoreQueries(path()).execution(QStringLiteral("exec_x"))->leaseUntil;
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > until);
        b->claim(QStringLiteral("exec_x"));
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.at(0).at(0).toStringList(), QStringList{QStringLiteral("exec_x")});

        QSignalSpy committed(b.get(), &EventStore::committed);
        b->append(batch(QStringLiteral("exec_x"), 2));
        b->flush();
        QCOMPARE(committed.size(), 1);
        QCOMPARE(StoreQueries(path()).execution(QStringLiteral("exec_x"))->owner, kOwnerB);
    }

    void releaseThenClaim()
    {
        auto a = openStore(kOwnerA);
        auto b = openStore(kOwnerB);
        QVERIFY(a && b);
        a->append(batch(QStringLiteral("exec_r"), 1));
        a->append(batch(QStringLiteral("exec_r"), 2)); // queued: release writes it first
        a->release({QStringLiteral("exec_r")});
        QCOMPARE(StoreQueries(path()).events(QStringLiteral("exec_r")).size(), 2);
        QCOMPARE(StoreQueries(path()).execution(QStringLiteral("exec_r"))->owner, QString());

        QSignalSpy claimed(b.get(), &EventStore::claimed);
        b->claim(QStringLiteral("exec_r"));
        QCOMPARE(claimed.size(), 1);

        QSignalSpy lostA(a.get(), &EventStore::leaseLost);
        a->append(batch(QStringLiteral("exec_r"), 3));
        a->flush();
        QCOMPARE(lostA.size(), 1);
        QCOMPARE(StoreQueries(path()).events(QStringLiteral("exec_r")).size(), 2);
    }

    void heartbeatKeepsTheLease()
    {
        auto a = openStore(kOwnerA, 300ms);
        auto b = openStore(kOwnerB, 300ms);
        QVERIFY(a && b);
        QSignalSpy lostA(a.get(), &EventStore::leaseLost);
        a->append(batch(QStringLiteral("exec_h"), 1));
        a->flush();
        QElapsedTimer elapsed;
        elapsed.start();
        QTRY_VERIFY_WITH_TIMEOUT(elapsed.hasExpired(1000),
                                 5000); // three lease lengths, events running

        QSignalSpy refused(b.get(), &EventStore::claimRefused);
        b->claim(QStringLiteral("exec_h"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(1).toString(), kOwnerA);
        QVERIFY(StoreQueries(path()).execution(QStringLiteral("exec_h"))->leaseUntil >
                QDateTime::currentDateTimeUtc());
        QCOMPARE(lostA.size(), 0);
    }

    void heartbeatNoticesATakeover()
    {
        auto a = openStore(kOwnerA, 300ms);
        QVERIFY(a);
        a->append(batch(QStringLiteral("exec_t"), 1));
        a->flush();
        // Another process takes it (as it would after a stalled heartbeat).
        {
            Database db(path(), u"test");
            QVERIFY(db.open());
            QVERIFY(db.exec(QStringLiteral("UPDATE executions SET owner = '") + kOwnerB + u'\''));
        }
        QSignalSpy lostA(a.get(), &EventStore::leaseLost);
        QTRY_COMPARE(lostA.size(), 1);
        QCOMPARE(lostA.at(0).at(0).toStringList(), QStringList{QStringLiteral("exec_t")});
    }

    void claimUnfinishedTakesFreeLeases()
    {
        auto a = openStore(kOwnerA, 300ms);
        QVERIFY(a);
        a->append(merged({batch(QStringLiteral("exec_u1"), 1), batch(QStringLiteral("exec_u2"), 1),
                          batch(QStringLiteral("exec_done"), 1, 2, ExecutionStatus::Completed)}));
        a->flush();
        auto b = openStore(kOwnerB, 300ms);
        QVERIFY(b);
        QSignalSpy claimed(b.get(), &EventStore::claimed);
        b->claimUnfinished();
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.at(0).at(0).toStringList(), QStringList()); // all held by A

        a.reset();
        const QDateTime until =
            StoreQueries(path()).execution(QStringLiteral("exec_u1"))->leaseUntil;
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > until);
        b->claimUnfinished();
        QCOMPARE(claimed.size(), 2);
        QCOMPARE(claimed.at(1).at(0).toStringList(),
                 (QStringList{QStringLiteral("exec_u1"), QStringLiteral("exec_u2")}));
        const StoreQueries reader(path());
        QCOMPARE(reader.execution(QStringLiteral("exec_u2"))->owner, kOwnerB);
        QCOMPARE(reader.execution(QStringLiteral("exec_done"))->owner,
                 kOwnerA); // ended: left alone
    }

    void claimEndsTheLeasesOfADeadLocalProcess()
    {
        // A process of this host that has ended, and this one, which lives.
        QProcess gone;
        gone.start(QStringLiteral("/bin/sleep"), {QStringLiteral("0.05")});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        const QString host = QSysInfo::machineHostName();
        const QString deadOwner = host + u':' + QString::number(pid) + QStringLiteral(":0badc0de");
        const QString liveOwner = host + u':' +
                                  QString::number(QCoreApplication::applicationPid()) +
                                  QStringLiteral(":1badc0de");
        QVERIFY(Ids::isDeadLocalOwner(deadOwner));
        QVERIFY(!Ids::isDeadLocalOwner(liveOwner));
        {
            auto dead = openStore(deadOwner, 60s);
            QVERIFY(dead);
            dead->append(batch(QStringLiteral("exec_d1"), 1));
            dead->flush();
            auto live = openStore(liveOwner, 60s);
            QVERIFY(live);
            live->append(batch(QStringLiteral("exec_l1"), 1));
            live->flush();
        } // both stop without releasing: their leases run for another minute
        auto b = openStore(kOwnerB, 300ms);
        QVERIFY(b);
        QSignalSpy claimed(b.get(), &EventStore::claimed);
        b->claimUnfinished();
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.at(0).at(0).toStringList(), QStringList{QStringLiteral("exec_d1")});
        QCOMPARE(StoreQueries(path()).execution(QStringLiteral("exec_l1"))->owner, liveOwner);
    }

    void commandsReachTheOwnerOnce()
    {
        auto a = openStore(kOwnerA);
        auto b = openStore(kOwnerB);
        QVERIFY(a && b);
        a->append(batch(QStringLiteral("exec_a"), 1));
        a->flush();
        b->append(batch(QStringLiteral("exec_b"), 1));
        b->flush();
        QSignalSpy toA(a.get(), &EventStore::commandsArrived);
        QSignalSpy toB(b.get(), &EventStore::commandsArrived);

        StoreQueries queries(path());
        const qint64 pause = queries.postCommand(QStringLiteral("exec_a"), QStringLiteral("pause"),
                                                 {{QStringLiteral("why"), 1}},
                                                 QStringLiteral("alice"), QStringLiteral("lunch"));
        QVERIFY(pause > 0);
        QTRY_COMPARE(toA.size(), 1);
        const auto delivered = toA.at(0).at(0).value<QList<StoredCommand>>();
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.at(0).id, pause);
        QCOMPARE(delivered.at(0).executionId, QStringLiteral("exec_a"));
        QCOMPARE(delivered.at(0).kind, QStringLiteral("pause"));
        QCOMPARE(delivered.at(0).args.value(QStringLiteral("why")).toInt(), 1);
        QCOMPARE(delivered.at(0).requestedBy, QStringLiteral("alice"));
        QCOMPARE(delivered.at(0).reason, QStringLiteral("lunch"));
        QVERIFY(delivered.at(0).createdAt.isValid());

        // B polls too (it receives its own command) but never sees A's; A is not told twice.
        const qint64 cancel = queries.postCommand(
            QStringLiteral("exec_b"), QStringLiteral("cancel"), {}, QStringLiteral("bob"), {});
        QTRY_COMPARE(toB.size(), 1);
        QCOMPARE(toB.at(0).at(0).value<QList<StoredCommand>>().at(0).id, cancel);
        QCOMPARE(toA.size(), 1);

        StoreBatch handled = batch(QStringLiteral("exec_a"), 2, 2, ExecutionStatus::Paused);
        handled.handledCommands.append({pause, QStringLiteral("done")});
        a->append(handled);
        a->flush();
        QCOMPARE(queries.commandOutcome(pause), std::optional<QString>(QStringLiteral("done")));
        QVERIFY(!queries.commandOutcome(cancel).has_value());

        const qint64 resume = queries.postCommand(
            QStringLiteral("exec_a"), QStringLiteral("resume"), {}, QStringLiteral("alice"), {});
        QTRY_COMPARE(toA.size(), 2);
        const auto second = toA.at(1).at(0).value<QList<StoredCommand>>();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).id, resume);
    }

    void eventsWithoutSummaries()
    {
        auto a = openStore(kOwnerA);
        QVERIFY(a);
        QSignalSpy committed(a.get(), &EventStore::committed);
        StoreBatch created;
        created.events.append(
            makeEvent(QStringLiteral("exec_n"), 1,
                      {{QStringLiteral("pipelineId"), QStringLiteral("i2s")},
                       {QStringLiteral("priority"), QStringLiteral("high")},
                       {QStringLiteral("idea"),
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("Lab")}}}}));
        a->append(created);
        a->flush();
        StoreBatch next;
        next.events.append(makeEvent(QStringLiteral("exec_n"), 2));
        a->append(next);
        a->flush();
        QCOMPARE(committed.size(), 2);
        const auto row = StoreQueries(path()).execution(QStringLiteral("exec_n"));
        QVERIFY(row.has_value());
        QCOMPARE(row->pipelineId, QStringLiteral("i2s"));
        QCOMPARE(row->ideaTitle, QStringLiteral("Lab"));
        QCOMPARE(row->priority, Priority::High);
        QCOMPARE(row->status, ExecutionStatus::Pending);
        QCOMPARE(row->currentStage, QString());
        QCOMPARE(row->lastSeq, 2);
        QCOMPARE(row->owner, kOwnerA);
    }

    void emptyOwnerIsRefused()
    {
        EventStore store(options(QString()));
        QSignalSpy opened(&store, &EventStore::opened);
        store.open();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toBool(), false);
    }

    void loadsEventsInOrder()
    {
        auto a = openStore(kOwnerA);
        QVERIFY(a);
        a->append(batch(QStringLiteral("exec_l"), 1, 4));
        a->flush();
        QSignalSpy loaded(a.get(), &EventStore::eventsLoaded);
        a->loadEvents(QStringLiteral("exec_l"));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toString(), QStringLiteral("exec_l"));
        const auto events = loaded.at(0).at(1).value<ExecutionEvents>();
        QCOMPARE(seqs(events), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(events.at(2).data.value(QStringLiteral("n")).toInteger(), 3);
        QCOMPARE(events.at(0).type, QString(EventType::Created));
    }

    void newerSchemaIsRefusedOnOpen()
    {
        {
            Database db(path(), u"test");
            QVERIFY(db.open());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'x')")
                                .arg(knownSchemaVersion() + 1)));
        }
        EventStore store(options(kOwnerA));
        QSignalSpy opened(&store, &EventStore::opened);
        QSignalSpy committed(&store, &EventStore::committed);
        store.open();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toBool(), false);
        QVERIFY(opened.at(0).at(1).toString().contains(
            QStringLiteral("newer Conductor (schema %1); this version knows schema %2")
                .arg(knownSchemaVersion() + 1)
                .arg(knownSchemaVersion())));
        store.append(batch(QStringLiteral("exec_1"), 1));
        store.flush();
        QCOMPARE(committed.size(), 0);
    }

    void writeFailureStopsTheStore()
    {
        auto a = openStore(kOwnerA);
        QVERIFY(a);
        a->append(batch(QStringLiteral("exec_f"), 1));
        a->flush();
        QSignalSpy failed(a.get(), &EventStore::storageFailed);
        QSignalSpy committed(a.get(), &EventStore::committed);

        // chmod does not stop root, so the file-size limit does: no file of this process
        // may grow past it, and write() fails with EFBIG (SIGXFSZ is ignored meanwhile).
        qint64 largest = 0;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            largest = std::max(largest, QFileInfo(path() + suffix).size());
        }
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = rlim_t(largest + 8192);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        StoreBatch big = batch(QStringLiteral("exec_f"), 2);
        big.events[0].data.insert(QStringLiteral("output"), QString(1 << 20, u'x'));
        a->append(big);
        a->flush();
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QCOMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(path()), qPrintable(message));
        QCOMPARE(committed.size(), 0);

        // Stopped: nothing more is written, not even what would fit now.
        a->append(batch(QStringLiteral("exec_f"), 2));
        a->flush();
        QCOMPARE(committed.size(), 0);
        QCOMPARE(failed.size(), 1);
        a.reset();
        QCOMPARE(seqs(StoreQueries(path()).events(QStringLiteral("exec_f"))), QList<qint64>{1});
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
