// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The database itself and the synchronous queries: migrations create schema 1 and record
// it once; a database from a newer Conductor is refused with both versions named; the
// connection runs in WAL with synchronous=FULL, foreign keys and a busy timeout; parent
// folders are created; StoreQueries lists, reads and posts commands, and sums a budget
// day's holds per stage and agent. Rows are written with the store's own EventWriter (or,
// for the ledger, inserted raw), and inspected through a separate raw connection.

#include "store/database.h"
#include "store/eventwriter.h"
#include "store/storequeries.h"
#include "store/storereader.h"
#include "store/tokenrows.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QTest>
#include <QVariant>

using namespace Conductor;

namespace {

// A plain connection of the test's own, to look at the file behind the code's back.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            qFatal("cannot open the raw connection");
        }
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }
    Q_DISABLE_COPY_MOVE(RawConnection)

    // The first column of every row of a statement.
    QVariantList column(const QString &sql)
    {
        QVariantList values;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql)) {
            return {QStringLiteral("error")};
        }
        while (q.next()) {
            values.append(q.value(0));
        }
        return values;
    }
    bool exec(const QString &sql) { return QSqlQuery(QSqlDatabase::database(m_name)).exec(sql); }

private:
    static inline int s_count = 0;
    QString m_name;
};

ExecutionSummary summary(const QString &id, const QDateTime &created, ExecutionStatus status)
{
    ExecutionSummary s;
    s.id = id;
    s.pipelineId = QStringLiteral("i2s");
    s.ideaTitle = QStringLiteral("Idea ") + id;
    s.status = status;
    s.priority = Priority::High;
    s.currentStage = QStringLiteral("research");
    s.tokensUsed = 42;
    s.cost = Money::fromMicros(1234);
    s.createdAt = created;
    s.updatedAt = created;
    s.lastSeq = 1;
    return s;
}

} // namespace

class TestStoreQueries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsCreateTheSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conductor.db"));
        Database db(path, u"test");
        QVERIFY2(db.open(), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), 9);
        QCOMPARE(knownSchemaVersion(), 9);

        RawConnection raw(path);
        QCOMPARE(raw.column(QStringLiteral("SELECT version FROM schema_migrations")),
                 (QVariantList{1, 2, 3, 4, 5, 6, 7, 8, 9}));
        // What the executions table shows without reading events (schema 4).
        const QVariantList columns =
            raw.column(QStringLiteral("SELECT name FROM pragma_table_info('executions')"));
        for (const char *column : {"stages_done", "stages_total", "active_ms", "active_since",
                                   "waiting_gate", "next_gate", "idea_id"}) {
            QVERIFY2(columns.contains(QString::fromLatin1(column)), column);
        }
        const QVariantList tables = raw.column(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QCOMPARE(tables,
                 (QVariantList{QStringLiteral("alerts"), QStringLiteral("api_tokens"),
                               QStringLiteral("audit"), QStringLiteral("budget_days"),
                               QStringLiteral("budget_holds"), QStringLiteral("commands"),
                               QStringLiteral("events"), QStringLiteral("executions"),
                               QStringLiteral("gates"), QStringLiteral("ideas"),
                               QStringLiteral("metric_samples"),
                               QStringLiteral("schema_migrations"), QStringLiteral("users")}));
        const QVariantList indexes =
            raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                      "name NOT LIKE 'sqlite_%' ORDER BY name"));
        QCOMPARE(
            indexes,
            (QVariantList{
                QStringLiteral("alerts_by_state"), QStringLiteral("audit_by_time"),
                QStringLiteral("budget_holds_by_day"), QStringLiteral("budget_holds_by_execution"),
                QStringLiteral("budget_holds_by_resolved"), QStringLiteral("budget_holds_history"),
                QStringLiteral("budget_holds_usage"), QStringLiteral("commands_unhandled"),
                QStringLiteral("events_by_type"), QStringLiteral("executions_by_created"),
                QStringLiteral("executions_by_idea"), QStringLiteral("executions_by_status"),
                QStringLiteral("executions_by_updated"), QStringLiteral("gates_by_execution"),
                QStringLiteral("gates_by_status"), QStringLiteral("metric_samples_by_series"),
                QStringLiteral("metric_samples_by_time")}));
    }

    void auditTrailKeepsWhoWhatAndWhy()
    {
        QTemporaryDir dir;
        StoreQueries queries(dir.filePath(QStringLiteral("conductor.db")));
        QVERIFY(queries.isOpen());
        AuditRecord first;
        first.actor = QStringLiteral("ada");
        first.action = QStringLiteral("config_changed");
        first.subject = QStringLiteral("/etc/conductor-agent.yml");
        first.reason = QStringLiteral("a bigger daily budget");
        first.detail = QJsonObject{{QStringLiteral("lines"), 2}};
        first.at = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        AuditRecord second = first;
        second.actor = QStringLiteral("bob");
        second.at = first.at.addSecs(60);
        QCOMPARE(queries.recordAudit(first), 1);
        QCOMPARE(queries.recordAudit(second), 2);
        const QList<AuditRecord> records = queries.auditRecords();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).actor, QStringLiteral("bob")); // newest first
        QCOMPARE(records.at(1).reason, QStringLiteral("a bigger daily budget"));
        QCOMPARE(records.at(1).at, first.at);
        QCOMPARE(records.at(1).detail.value(QStringLiteral("lines")).toInt(), 2);
        QCOMPARE(queries.auditRecords(1).size(), 1);
    }

    void theReaderRecordsInTheAuditTrail()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conductor.db"));
        {
            const StoreQueries migrate(path); // the schema exists before the reader asks
            QVERIFY(migrate.isOpen());
        }
        const ReaderThread reader(path);
        QSignalSpy recorded(reader.reader(), &StoreReader::auditRecorded);
        AuditRecord record;
        record.actor = QStringLiteral("ada");
        record.action = QStringLiteral("config_changed");
        record.subject = QStringLiteral("conductor-agent.yml");
        record.reason = QStringLiteral("more tokens");
        record.detail = QJsonObject{{QStringLiteral("changedLines"), 1}};
        const qint64 requestId = StoreReader::newRequestId();
        QMetaObject::invokeMethod(reader.reader(), "recordAudit", Qt::QueuedConnection,
                                  Q_ARG(qint64, requestId), Q_ARG(Conductor::AuditRecord, record));
        QTRY_COMPARE(recorded.size(), 1);
        QCOMPARE(recorded.at(0).at(0).toLongLong(), requestId);
        QCOMPARE(recorded.at(0).at(1).toLongLong(), 1);
        const QList<AuditRecord> records = StoreQueries(path).auditRecords();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).reason, QStringLiteral("more tokens"));
        QCOMPARE(records.at(0).detail.value(QStringLiteral("changedLines")).toInt(), 1);
    }

    void reopeningDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conductor.db"));
        QVariantList appliedAt;
        {
            Database db(path, u"test");
            QVERIFY(db.open());
        }
        {
            RawConnection raw(path);
            appliedAt = raw.column(QStringLiteral("SELECT applied_at FROM schema_migrations"));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO executions VALUES ('exec_1', 'p', 't', 'running', 1,"
                               " '', 0, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z',"
                               " 0, NULL, NULL, 0, 0, 0, 0, 0, NULL, '', '', NULL)")));
        }
        Database again(path, u"test");
        QVERIFY2(again.open(), qPrintable(again.error()));
        QCOMPARE(again.schemaVersion(), knownSchemaVersion());
        RawConnection raw(path);
        QCOMPARE(raw.column(QStringLiteral("SELECT applied_at FROM schema_migrations")), appliedAt);
        QCOMPARE(raw.column(QStringLiteral("SELECT id FROM executions")),
                 QVariantList{QStringLiteral("exec_1")});
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conductor.db"));
        {
            Database db(path, u"test");
            QVERIFY(db.open());
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) "
                                            "VALUES (99, '2030-01-01T00:00:00.000Z')")));
        }
        Database db(path, u"test");
        QVERIFY(!db.open());
        QVERIFY(!db.isOpen());
        QVERIFY2(db.error().contains(
                     QStringLiteral("this database was written by a newer Conductor (schema 99); "
                                    "this version knows schema 9 — upgrade Conductor")),
                 qPrintable(db.error()));

        const StoreQueries queries(path);
        QVERIFY(!queries.isOpen());
        QVERIFY(queries.error().contains(QStringLiteral("schema 99")));
        QVERIFY(queries.executions().isEmpty());
    }

    void connectionIsConfigured()
    {
        QTemporaryDir dir;
        const QString path =
            dir.filePath(QStringLiteral("deeper/still/conductor.db")); // folders are created
        Database db(path, u"test");
        QVERIFY2(db.open(), qPrintable(db.error()));
        const auto pragma = [&db](const QString &name) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0) : QVariant();
        };
        QCOMPARE(pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(QStringLiteral("busy_timeout")).toInt(), 10000);

        // WAL is a property of the file: a fresh connection sees it too.
        RawConnection raw(path);
        QCOMPARE(raw.column(QStringLiteral("PRAGMA journal_mode")),
                 QVariantList{QStringLiteral("wal")});
    }

    void connectionNamesAreUnique()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conductor.db"));
        Database a(path, u"test");
        Database b(path, u"test");
        QVERIFY(a.connectionName() != b.connectionName());
        QVERIFY(a.open());
        QVERIFY(b.open());
        a.close();
        QVERIFY(!QSqlDatabase::contains(a.connectionName()));
        QVERIFY(QSqlDatabase::contains(b.connectionName()));
    }

    void listsAndReadsExecutions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conductor.db"));
        const QDateTime t0(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        {
            Database db(path, u"test");
            QVERIFY(db.open());
            EventWriter writer(db);
            QVERIFY2(writer.prepare(), qPrintable(writer.error()));
            QVERIFY(db.beginWrite());
            using R = EventWriter::Result;
            QCOMPARE(writer.insertExecution(
                         summary(QStringLiteral("exec_old"), t0, ExecutionStatus::Completed),
                         QStringLiteral("proc_a"), 5000),
                     R::Done);
            QCOMPARE(writer.insertExecution(summary(QStringLiteral("exec_new"), t0.addSecs(60),
                                                    ExecutionStatus::Running),
                                            QStringLiteral("proc_a"), 6000),
                     R::Done);
            ExecutionEvent e;
            e.executionId = QStringLiteral("exec_new");
            e.type = QStringLiteral("execution_created");
            e.time = t0.addMSecs(1);
            e.data = QJsonObject{{QStringLiteral("text"), QStringLiteral("héllo \"quoted\"")}};
            for (qint64 seq : {2, 1, 3}) { // stored out of order, read in order
                e.seq = seq;
                QCOMPARE(writer.insertEvent(e), R::Done);
            }
            QVERIFY(db.commit());
        }
        const StoreQueries queries(path);
        QVERIFY2(queries.isOpen(), qPrintable(queries.error()));

        const QList<ExecutionSummary> all = queries.executions();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, QStringLiteral("exec_new"));
        QCOMPARE(all.at(1).id, QStringLiteral("exec_old"));
        const QList<ExecutionSummary> done = queries.executions(ExecutionStatus::Completed);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).id, QStringLiteral("exec_old"));

        const auto one = queries.execution(QStringLiteral("exec_new"));
        QVERIFY(one.has_value());
        QCOMPARE(one->pipelineId, QStringLiteral("i2s"));
        QCOMPARE(one->ideaTitle, QStringLiteral("Idea exec_new"));
        QCOMPARE(one->status, ExecutionStatus::Running);
        QCOMPARE(one->priority, Priority::High);
        QCOMPARE(one->currentStage, QStringLiteral("research"));
        QCOMPARE(one->tokensUsed, 42);
        QCOMPARE(one->cost, Money::fromMicros(1234));
        QCOMPARE(one->createdAt, t0.addSecs(60));
        QCOMPARE(one->owner, QStringLiteral("proc_a"));
        QCOMPARE(one->leaseUntil.toMSecsSinceEpoch(), 6000);
        QVERIFY(!queries.execution(QStringLiteral("exec_none")).has_value());

        const ExecutionEvents events = queries.events(QStringLiteral("exec_new"));
        QCOMPARE(events.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(events.at(i).seq, i + 1);
            QCOMPARE(events.at(i).time, t0.addMSecs(1));
            QCOMPARE(events.at(i).data.value(QStringLiteral("text")).toString(),
                     QStringLiteral("héllo \"quoted\""));
        }
        RawConnection raw(path);
        QCOMPARE(
            raw.column(QStringLiteral("SELECT typeof(data) || ' ' || data FROM events LIMIT 1")),
            QVariantList{QStringLiteral("text {\"text\":\"héllo \\\"quoted\\\"\"}")});
        QCOMPARE(raw.column(QStringLiteral("SELECT time FROM events LIMIT 1")),
                 QVariantList{QStringLiteral("2026-03-01T10:00:00.001Z")});
    }

    void postsCommandsAndReadsOutcomes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conductor.db"));
        const QDateTime t0(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        Database db(path, u"test");
        QVERIFY(db.open());
        EventWriter writer(db);
        QVERIFY(writer.prepare());
        QCOMPARE(
            writer.insertExecution(summary(QStringLiteral("exec_1"), t0, ExecutionStatus::Running),
                                   QStringLiteral("proc_a"), 1),
            EventWriter::Result::Done);

        StoreQueries queries(path);
        const QJsonObject args{{QStringLiteral("stage"), QStringLiteral("ux")}};
        const qint64 first =
            queries.postCommand(QStringLiteral("exec_1"), QStringLiteral("skip"), args,
                                QStringLiteral("alice"), QStringLiteral("not needed"));
        const qint64 second = queries.postCommand(QStringLiteral("exec_1"), QStringLiteral("pause"),
                                                  {}, QStringLiteral("bob"), {});
        QCOMPARE(first, 1);
        QCOMPARE(second, 2);
        QCOMPARE(queries.postCommand(QStringLiteral("exec_unknown"), QStringLiteral("pause"), {},
                                     {}, {}),
                 0);
        QVERIFY(!queries.commandOutcome(first).has_value());
        QVERIFY(!queries.commandOutcome(999).has_value());

        QVERIFY(db.beginWrite());
        QCOMPARE(writer.markHandled(HandledCommand{first, QStringLiteral("done")},
                                    QStringLiteral("proc_a"), t0),
                 EventWriter::Result::Done);
        // Only the owner's commands, and only once.
        QCOMPARE(writer.markHandled(HandledCommand{second, QStringLiteral("done")},
                                    QStringLiteral("proc_b"), t0),
                 EventWriter::Result::NotOwned);
        QCOMPARE(writer.markHandled(HandledCommand{first, QStringLiteral("again")},
                                    QStringLiteral("proc_a"), t0),
                 EventWriter::Result::NotOwned);
        QVERIFY(db.commit());
        QCOMPARE(queries.commandOutcome(first), std::optional<QString>(QStringLiteral("done")));
        QVERIFY(!queries.commandOutcome(second).has_value());
    }

    void budgetDaySumsItsHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conductor.db"));
        StoreQueries queries(path);
        QVERIFY2(queries.isOpen(), qPrintable(queries.error()));
        RawConnection raw(path);
        for (const char *id : {"exec_1", "exec_2", "exec_3"}) {
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO executions VALUES ('%1', 'p', 't', 'running', 1,"
                               " '', 0, 0, '2026-03-14T00:00:00.000Z', '2026-03-14T00:00:00.000Z',"
                               " 0, NULL, NULL, 0, 0, 0, 0, 0, NULL, '', '', NULL)")
                    .arg(QLatin1String(id))));
        }
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO budget_days VALUES ('2026-03-14', 1000, 650,"
                                        " 0, 50, 100000, 70000, 0, 0, 0, 0, NULL)")));
        // id, execution, day, stage, agent, held tokens and cost, status, used tokens, used
        // cost, duration: posted holds count what they used, pending ones what they hold,
        // voided ones nothing, and other days' nothing.
        const char *holds[] = {
            "'h1', 'exec_1', '2026-03-14', 'research', 'analyst', 500, 50000, 'posted', 400, "
            "40000, 1500",
            "'h2', 'exec_1', '2026-03-14', 'research', 'analyst', 500, 50000, 'posted', 600, "
            "60000, 2500",
            "'h3', 'exec_2', '2026-03-14', 'design', 'designer', 700, 70000, 'pending', NULL, "
            "NULL, NULL",
            "'h4', 'exec_2', '2026-03-14', 'design', 'designer', 800, 80000, 'voided', NULL, NULL, "
            "NULL",
            "'h5', 'exec_3', '2026-03-15', 'research', 'analyst', 900, 90000, 'posted', 900, "
            "90000, 3000",
            "'h6', 'exec_3', '2026-03-14', 'build', 'builder', 100, 10000, 'voided', NULL, NULL, "
            "NULL",
        };
        for (const char *h : holds) {
            QVERIFY2(raw.exec(QStringLiteral(
                                  "INSERT INTO budget_holds (id, execution_id, day, stage, agent,"
                                  " tokens, cost, status, used_tokens, used_cost, duration_ms,"
                                  " owner, emergency, override, recorded, alert_threshold,"
                                  " held_at) VALUES (%1, 'proc', 0, 0, 1, 0,"
                                  " '2026-03-14T00:00:00.000Z')")
                                  .arg(QLatin1String(h))),
                     h);
        }

        const std::optional<DayUsage> day = queries.budgetDay(QStringLiteral("2026-03-14"));
        QVERIFY(day);
        QCOMPARE(day->account.day, QStringLiteral("2026-03-14"));
        QCOMPARE(day->account.tokensPosted, 1000);
        QCOMPARE(day->account.tokensPending, 650);
        QCOMPARE(day->account.emergencyPending, 50);
        QCOMPARE(day->account.costUsed().micros, 100000);
        QCOMPARE(day->executions, 3); // exec_3 held on the day, though its hold was voided
        QCOMPARE(day->lines.size(), 2);
        const DayUsage::Line &design = day->lines.at(0);
        QCOMPARE(design.stage, QStringLiteral("design"));
        QCOMPARE(design.agent, QStringLiteral("designer"));
        QCOMPARE(design.posted, 0);
        QCOMPARE(design.postedTokens, 0);
        QCOMPARE(design.pending, 1);
        QCOMPARE(design.pendingTokens, 700);
        QCOMPARE(design.pendingCost.micros, 70000);
        const DayUsage::Line &research = day->lines.at(1);
        QCOMPARE(research.stage, QStringLiteral("research"));
        QCOMPARE(research.posted, 2);
        QCOMPARE(research.postedTokens, 1000);
        QCOMPARE(research.postedCost.micros, 100000);
        QCOMPARE(research.durationMs, 4000);
        QCOMPARE(research.pending, 0);

        // A day with nothing: an empty account.
        const std::optional<DayUsage> empty = queries.budgetDay(QStringLiteral("2026-01-01"));
        QVERIFY(empty);
        Ledger::DayAccount nothing;
        nothing.day = QStringLiteral("2026-01-01");
        QCOMPARE(empty->account, nothing);
        QVERIFY(empty->lines.isEmpty());
        QCOMPARE(empty->executions, 0);
    }
    void recordsAndRevokesApiTokens()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("conductor.db")), u"test");
        QVERIFY2(db.open(), qPrintable(db.error()));
        TokenRows tokens(db);
        const QDateTime issued = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        TokenRecord first{QStringLiteral("jti-1"),
                          QStringLiteral("ci"),
                          QStringLiteral("operator"),
                          issued,
                          issued.addSecs(3600),
                          {},
                          {}};
        QVERIFY2(tokens.insert(first), qPrintable(tokens.error()));
        TokenRecord second = first;
        second.id = QStringLiteral("jti-2");
        second.issuedAt = issued.addSecs(10);
        QVERIFY(tokens.insert(second));
        QVERIFY(!tokens.insert(first));
        QVERIFY(tokens.error().contains(QStringLiteral("jti-1")));

        QCOMPARE(tokens.state(QStringLiteral("jti-1")), TokenRows::State::Active);
        QVERIFY(!tokens.isRevoked(QStringLiteral("jti-1")));
        QCOMPARE(tokens.state(QStringLiteral("nope")), TokenRows::State::Unknown);
        QVERIFY(tokens.isRevoked(QStringLiteral("nope")));

        const QDateTime at = issued.addSecs(60);
        QCOMPARE(tokens.revoke(QStringLiteral("jti-1"), QStringLiteral("root"), at),
                 TokenRows::Revocation::Revoked);
        QCOMPARE(tokens.state(QStringLiteral("jti-1")), TokenRows::State::Revoked);
        QCOMPARE(tokens.state(QStringLiteral("jti-2")), TokenRows::State::Active);
        QCOMPARE(tokens.revoke(QStringLiteral("jti-1"), QStringLiteral("root"), at),
                 TokenRows::Revocation::AlreadyRevoked);
        QVERIFY(tokens.error().contains(QStringLiteral("already")));
        QCOMPARE(tokens.revoke(QStringLiteral("nope"), QStringLiteral("root"), at),
                 TokenRows::Revocation::Unknown);

        const QList<TokenRecord> all = tokens.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, QStringLiteral("jti-2")); // newest first
        QVERIFY(!all.at(0).revokedAt.isValid());
        QCOMPARE(all.at(1).id, QStringLiteral("jti-1"));
        QCOMPARE(all.at(1).subject, QStringLiteral("ci"));
        QCOMPARE(all.at(1).role, QStringLiteral("operator"));
        QCOMPARE(all.at(1).issuedAt, issued);
        QCOMPARE(all.at(1).expiresAt, issued.addSecs(3600));
        QCOMPARE(all.at(1).revokedAt, at);
        QCOMPARE(all.at(1).revokedBy, QStringLiteral("root"));
    }
};

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "tst_storequeries.moc"
