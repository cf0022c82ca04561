// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "gaterows.h"
#include "logging/logging.h"
#include "security/roles.h"
#include "security/userstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Conductor {

namespace {

// The table that records which migrations ran. It predates every migration, so it is
// created (if missing) before they are read.
constexpr QLatin1String kCreateMigrationsTable("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                               " version INTEGER PRIMARY KEY,"
                                               " applied_at TEXT NOT NULL)");

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return error.nativeErrorCode().isEmpty()
               ? text
               : text + QStringLiteral(" (code ") + error.nativeErrorCode() + u')';
}

} // namespace

SqlDialect SqlDialect::sqlite()
{
    SqlDialect d;
    d.driverName = QStringLiteral("QSQLITE");
    // busy_timeout first: switching to WAL needs a lock another process may hold.
    d.sessionSetup = {
        QStringLiteral("PRAGMA busy_timeout=10000"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        // 32 MiB of page cache instead of 2: the store rereads the pages of the tables
        // it appends to (events, the ledger) on every transaction otherwise.
        QStringLiteral("PRAGMA cache_size=-32768"),
    };
    d.journalModeCheck = QStringLiteral("PRAGMA journal_mode=WAL");
    d.journalModeExpected = QStringLiteral("wal");
    d.beginWrite = QStringLiteral("BEGIN IMMEDIATE");
    // JSON1, built into SQLite since 3.38 (PostgreSQL will say "(%1::jsonb ->> '%2')").
    d.jsonTextPattern = QStringLiteral("json_extract(%1, '$.%2')");
    return d;
}

QString SqlDialect::jsonText(QStringView column, QLatin1String key) const
{
    return jsonTextPattern.arg(column, key);
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    // SQLite's extended codes SQLITE_CONSTRAINT_PRIMARYKEY (1555) and _UNIQUE (2067);
    // PostgreSQL will say SQLSTATE 23505.
    const QString code = error.nativeErrorCode();
    return code == u"1555" || code == u"2067" || code == u"23505";
}

const QList<Migration> &schemaMigrations()
{
    // Portable SQL only: TEXT, INTEGER, BIGINT; no AUTOINCREMENT (ids are chosen inside
    // the writing transaction). Times are ISO-8601 UTC text, leases epoch milliseconds.
    static const QList<Migration> migrations{
        {1,
         {
             QStringLiteral("CREATE TABLE executions ("
                            " id TEXT PRIMARY KEY,"
                            " pipeline_id TEXT NOT NULL,"
                            " idea_title TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " priority INTEGER NOT NULL,"
                            " current_stage TEXT NOT NULL,"
                            " tokens_used BIGINT NOT NULL,"
                            " cost_micros BIGINT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " last_seq BIGINT NOT NULL,"
                            " owner TEXT NULL,"
                            " lease_until BIGINT NULL)"),
             QStringLiteral("CREATE INDEX executions_by_status ON executions (status, updated_at)"),
             QStringLiteral("CREATE INDEX executions_by_updated ON executions (updated_at)"),
             QStringLiteral("CREATE INDEX executions_by_created ON executions (created_at)"),
             QStringLiteral("CREATE TABLE events ("
                            " execution_id TEXT NOT NULL REFERENCES executions (id),"
                            " seq BIGINT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " time TEXT NOT NULL,"
                            " data TEXT NOT NULL,"
                            " PRIMARY KEY (execution_id, seq))"),
             QStringLiteral("CREATE TABLE commands ("
                            " id BIGINT PRIMARY KEY,"
                            " execution_id TEXT NOT NULL REFERENCES executions (id),"
                            " kind TEXT NOT NULL,"
                            " args TEXT NOT NULL,"
                            " requested_by TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " handled_at TEXT NULL,"
                            " outcome TEXT NULL)"),
             QStringLiteral("CREATE INDEX commands_unhandled ON commands (execution_id, id)"
                            " WHERE handled_at IS NULL"),
         },
         {}},
        // Who may act, and the gates as rows. The account that runs this migration is
        // the first user, as admin; gates recorded before it get their rows.
        {2,
         {
             QStringLiteral("CREATE TABLE users ("
                            " name TEXT PRIMARY KEY,"
                            " role TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " totp_secret TEXT NULL,"
                            " totp_algorithm TEXT NULL,"
                            " totp_digits INTEGER NULL,"
                            " totp_period INTEGER NULL,"
                            " totp_enrolled_at TEXT NULL,"
                            " totp_last_counter BIGINT NULL,"
                            " totp_failures INTEGER NOT NULL,"
                            " totp_locked_until TEXT NULL)"),
             QStringLiteral("CREATE TABLE gates ("
                            " id TEXT PRIMARY KEY,"
                            " execution_id TEXT NOT NULL REFERENCES executions (id),"
                            " type TEXT NOT NULL,"
                            " checkpoint TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " critical INTEGER NOT NULL,"
                            " reviewer_role TEXT NOT NULL,"
                            " escalations INTEGER NOT NULL DEFAULT 0,"
                            " reason TEXT NOT NULL,"
                            " summary TEXT NOT NULL,"
                            " opened_at TEXT NOT NULL,"
                            " deadline TEXT NULL,"
                            " decided_at TEXT NULL,"
                            " reviewer TEXT NULL,"
                            " notes TEXT NULL)"),
             QStringLiteral("CREATE INDEX gates_by_status ON gates (status, opened_at)"),
             QStringLiteral("CREATE INDEX gates_by_execution ON gates (execution_id)"),
         },
         [](Database &db, QString *error) {
             return GateRows::backfill(db, error) && addFirstAdmin(db, osAccountName(), error);
         }},
        // The budget ledger: holds, the accounts of each day, and the alerts they raise.
        // Executions recorded before it keep their totals from their attempts.
        {3,
         {
             QStringLiteral("CREATE TABLE budget_days ("
                            " day TEXT PRIMARY KEY,"
                            " tokens_posted BIGINT NOT NULL,"
                            " tokens_pending BIGINT NOT NULL,"
                            " emergency_posted BIGINT NOT NULL,"
                            " emergency_pending BIGINT NOT NULL,"
                            " cost_posted BIGINT NOT NULL,"
                            " cost_pending BIGINT NOT NULL,"
                            " override_posted BIGINT NOT NULL,"
                            " override_pending BIGINT NOT NULL,"
                            " overrun_tokens BIGINT NOT NULL,"
                            " overrun_cost BIGINT NOT NULL,"
                            " alert_at TEXT NULL)"),
             QStringLiteral("CREATE TABLE budget_holds ("
                            " id TEXT PRIMARY KEY,"
                            " execution_id TEXT NOT NULL REFERENCES executions (id),"
                            " owner TEXT NOT NULL,"
                            " day TEXT NOT NULL,"
                            " stage TEXT NOT NULL,"
                            " agent TEXT NOT NULL,"
                            " tokens BIGINT NOT NULL,"
                            " emergency BIGINT NOT NULL,"
                            " cost BIGINT NOT NULL,"
                            " override BIGINT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " recorded INTEGER NOT NULL,"
                            " used_tokens BIGINT NULL,"
                            " used_cost BIGINT NULL,"
                            " duration_ms BIGINT NULL,"
                            " estimated INTEGER NULL,"
                            " alert_threshold BIGINT NOT NULL,"
                            " held_at TEXT NOT NULL,"
                            " resolved_at TEXT NULL)"),
             QStringLiteral("CREATE INDEX budget_holds_by_execution ON budget_holds"
                            " (execution_id, status)"),
             QStringLiteral("CREATE INDEX budget_holds_by_day ON budget_holds (day, status)"),
             QStringLiteral("CREATE INDEX budget_holds_history ON budget_holds"
                            " (stage, agent, status, resolved_at)"),
             QStringLiteral("CREATE TABLE alerts ("
                            " id TEXT PRIMARY KEY,"
                            " rule TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " message TEXT NOT NULL,"
                            " data TEXT NOT NULL,"
                            " raised_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX alerts_by_state ON alerts (state, raised_at)"),
             // What each execution still expects to spend, for other processes' Budget Checks.
             QStringLiteral("ALTER TABLE executions ADD COLUMN planned_tokens BIGINT NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN planned_cost BIGINT NOT NULL"
                            " DEFAULT 0"),
         },
         {}},
        // What the executions table shows without reading events: progress, the running
        // clock, and the gate an execution waits at or meets next. Rows written before it
        // show no progress until their execution records again.
        {4,
         {
             QStringLiteral("ALTER TABLE executions ADD COLUMN stages_done INTEGER NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN stages_total INTEGER NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN active_ms BIGINT NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN active_since TEXT NULL"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN waiting_gate TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN next_gate TEXT NOT NULL"
                            " DEFAULT ''"),
         },
         {}},
        // The audit trail: what people did that no execution's events record (a change of
        // the configuration, first), and an index for reading what they did that events
        // do record (starts, decisions, interventions) across executions by time.
        {5,
         {
             QStringLiteral("CREATE TABLE audit ("
                            " id BIGINT PRIMARY KEY,"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " detail TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_by_time ON audit (at)"),
             QStringLiteral("CREATE INDEX events_by_type ON events (type, time)"),
         },
         {}},
        // Usage over time (charts, key metrics): the posted holds whose attempts ended in a
        // window are one range of the first index; the second answers a stage's and
        // agent's sums over a window from the index alone.
        {6,
         {
             QStringLiteral("CREATE INDEX budget_holds_by_resolved ON budget_holds"
                            " (status, resolved_at)"),
             QStringLiteral("CREATE INDEX budget_holds_usage ON budget_holds (stage, agent,"
                            " status, resolved_at, used_tokens, used_cost, duration_ms)"),
         },
         {}},
        // The API tokens issued, so that they can be listed and revoked; never the tokens.
        {7,
         {
             QStringLiteral("CREATE TABLE api_tokens ("
                            " jti TEXT PRIMARY KEY,"
                            " subject TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " issued_at TEXT NOT NULL,"
                            " expires_at TEXT NOT NULL,"
                            " revoked_at TEXT NULL,"
                            " revoked_by TEXT NULL)"),
         },
         {}},
        // Ideas that clients of the API create before they start pipelines on them, and
        // which idea each execution was started on.
        {8,
         {
             QStringLiteral("CREATE TABLE ideas ("
                            " id TEXT PRIMARY KEY,"
                            " title TEXT NOT NULL,"
                            " description TEXT NOT NULL,"
                            " metadata TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL)"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN idea_id TEXT NULL"),
             QStringLiteral("CREATE INDEX executions_by_idea ON executions (idea_id, created_at)"),
         },
         {}},
        // Metrics over time (metricseries.h): one row per sample, kept for
        // monitoring.metricsRetentionDays. DOUBLE PRECISION, not REAL: PostgreSQL's REAL has
        // six digits (SQLite reads both as its 8-byte REAL).
        {9,
         {
             QStringLiteral("CREATE TABLE metric_samples ("
                            " metric TEXT NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " time_ms BIGINT NOT NULL,"
                            " value DOUBLE PRECISION NOT NULL)"),
             QStringLiteral("CREATE INDEX metric_samples_by_series ON metric_samples"
                            " (metric, subject, time_ms)"),
             QStringLiteral("CREATE INDEX metric_samples_by_time ON metric_samples (time_ms)"),
         },
         {}},
    };
    return migrations;
}

int knownSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

QString queryError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()) +
           (error.nativeErrorCode().isEmpty()
                ? QString()
                : QStringLiteral(" (code ") + error.nativeErrorCode() + u')');
}

QString storedText(const QString &text)
{
    static const QString empty = QStringLiteral("");
    return text.isNull() ? empty : text;
}

QString toStoredTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStoredTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

Database::Database(QString path, QStringView purpose)
    : m_path(std::move(path))
    , m_dialect(SqlDialect::sqlite())
{
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("conductor-") + purpose + u'-' + QString::number(++counter);
}

Database::~Database()
{
    close();
}

bool Database::open()
{
    close(); // opening again starts from scratch, under the same connection name
    m_error.clear();
    const QFileInfo info(m_path);
    if (!info.absoluteDir().mkpath(QStringLiteral("."))) {
        return fail(tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
    }
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName, m_name);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        const QString why = errorText(m_db.lastError());
        close();
        return fail(tr("Cannot open the database %1: %2").arg(m_path, why));
    }
    if (!configure() || !migrate()) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (!m_db.isValid()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool Database::configure()
{
    for (const QString &statement : std::as_const(m_dialect.sessionSetup)) {
        if (!exec(statement)) {
            return fail(tr("Cannot configure the database %1 (%2): %3")
                            .arg(m_path, statement, m_lastError));
        }
    }
    if (m_dialect.journalModeCheck.isEmpty()) {
        return true;
    }
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.journalModeCheck) || !query.next()) {
        return fail(tr("Cannot switch the database %1 to write-ahead logging: %2")
                        .arg(m_path, errorText(query.lastError())));
    }
    const QString mode = query.value(0).toString();
    if (mode.compare(m_dialect.journalModeExpected, Qt::CaseInsensitive) != 0) {
        // WAL is what makes readers and the writer not block each other, and what the
        // durability promises were measured with; running without it is not an option.
        return fail(tr("The database %1 runs in journal mode \"%2\" instead of \"%3\" "
                       "(write-ahead logging needs a local file system).")
                        .arg(m_path, mode, m_dialect.journalModeExpected));
    }
    return true;
}

bool Database::migrate()
{
    if (!exec(kCreateMigrationsTable)) {
        return fail(
            tr("Cannot prepare the database %1 for migrations: %2").arg(m_path, m_lastError));
    }
    const auto readVersion = [this](int *version) {
        QSqlQuery query(m_db);
        if (!query.exec(
                QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
            !query.next()) {
            m_lastError = errorText(query.lastError());
            return false;
        }
        *version = query.value(0).toInt();
        return true;
    };
    const auto tooNew = [this](int version) {
        return fail(tr("%1: this database was written by a newer Conductor (schema %2); "
                       "this version knows schema %3 — upgrade Conductor.")
                        .arg(m_path)
                        .arg(version)
                        .arg(knownSchemaVersion()));
    };

    if (!readVersion(&m_schemaVersion)) {
        return fail(tr("Cannot read the schema version of %1: %2").arg(m_path, m_lastError));
    }
    if (m_schemaVersion > knownSchemaVersion()) {
        return tooNew(m_schemaVersion);
    }
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= m_schemaVersion) {
            continue;
        }
        if (!beginWrite()) {
            return fail(tr("Cannot migrate %1 to schema %2: %3")
                            .arg(m_path)
                            .arg(migration.version)
                            .arg(m_lastError));
        }
        // Another process may have migrated while this one waited for the lock.
        if (!readVersion(&m_schemaVersion)) {
            rollback();
            return fail(tr("Cannot read the schema version of %1: %2").arg(m_path, m_lastError));
        }
        if (m_schemaVersion >= migration.version) {
            rollback();
            if (m_schemaVersion > knownSchemaVersion()) {
                return tooNew(m_schemaVersion);
            }
            continue;
        }
        for (const QString &statement : migration.statements) {
            if (!exec(statement)) {
                const QString why = m_lastError;
                rollback();
                return fail(
                    tr("Migration %1 of %2 failed: %3").arg(migration.version).arg(m_path, why));
            }
        }
        if (migration.after) {
            QString why;
            if (!migration.after(*this, &why)) {
                rollback();
                return fail(
                    tr("Migration %1 of %2 failed: %3").arg(migration.version).arg(m_path, why));
            }
        }
        QSqlQuery record(m_db);
        record.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        record.bindValue(0, migration.version);
        record.bindValue(1, toStoredTime(QDateTime::currentDateTimeUtc()));
        if (!record.exec()) {
            const QString why = errorText(record.lastError());
            rollback();
            return fail(
                tr("Migration %1 of %2 failed: %3").arg(migration.version).arg(m_path, why));
        }
        if (!commit()) {
            const QString why = m_lastError;
            rollback();
            return fail(
                tr("Migration %1 of %2 failed: %3").arg(migration.version).arg(m_path, why));
        }
        m_schemaVersion = migration.version;
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << migration.version;
    }
    return true;
}

bool Database::beginWrite()
{
    return exec(m_dialect.beginWrite);
}

bool Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK"))) {
        // Harmless when the engine already rolled back (SQLite does after an I/O error).
        qCDebug(lcStore) << "rollback:" << errorText(query.lastError());
    }
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_lastError = errorText(query.lastError());
        return false;
    }
    return true;
}

bool Database::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcStore).noquote() << message;
    return false;
}

} // namespace Conductor
