// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One SQL connection, opened, configured and migrated: the only place that knows how a
// Conductor database is opened and which schema it has. Used by the store thread's
// EventStore, by StoreQueries and by the raw-insert benchmark; each Database object
// owns a connection of its own, under a name no other object uses, and must be used and
// destroyed on the thread that opened it (Qt SQL connections are per thread).
//
// The SQL written elsewhere in store/ is portable (SQLite and PostgreSQL accept it); the
// few differences between the two live in SqlDialect, so a PostgreSQL backend is a second
// dialect, not a rewrite.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlError;
class QSqlQuery;

namespace Conductor {

// What differs between the SQL engines we support. Only SQLite exists today.
struct SqlDialect
{
    QString driverName;       // the Qt driver
    QStringList sessionSetup; // run once on every new connection
    QString journalModeCheck; // a query whose single row must read journalModeExpected
    QString journalModeExpected;
    // Starts a transaction that writes. SQLite needs IMMEDIATE: a deferred transaction
    // that reads before it writes can fail with SQLITE_BUSY without waiting when another
    // connection committed in between.
    QString beginWrite;
    // An expression for a text value of a JSON object column at a top-level key (NULL
    // when the key is missing): %1 is the column, %2 the key (a plain identifier).
    QString jsonTextPattern;

    [[nodiscard]] static SqlDialect sqlite();
    // The jsonTextPattern filled in.
    [[nodiscard]] QString jsonText(QStringView column, QLatin1String key) const;
    // Whether an error is a duplicate primary or unique key.
    [[nodiscard]] bool isUniqueViolation(const QSqlError &error) const;
};

// A numbered schema change: the statements run in one transaction, after which the
// version is recorded in schema_migrations. Versions only ever grow; a released
// migration is never edited.
class Database;

struct Migration
{
    int version = 0;
    QStringList statements;
    // Work SQL cannot say portably, in the same transaction, after the statements.
    std::function<bool(Database &, QString *error)> after;
};

// Every migration this binary knows, oldest first.
[[nodiscard]] const QList<Migration> &schemaMigrations();
// The highest version in schemaMigrations().
[[nodiscard]] int knownSchemaVersion();

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::Database)

public:
    // purpose names the connection in logs ("store", "queries", "bench").
    Database(QString path, QStringView purpose);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Creates the parent folders, opens, configures (WAL, synchronous=FULL, foreign
    // keys, busy timeout) and migrates. False with error() set when any step fails,
    // including a database written by a newer Conductor.
    [[nodiscard]] bool open();
    // Closes the connection and forgets it. Every QSqlQuery made on it must be gone.
    void close();

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &connectionName() const { return m_name; }
    [[nodiscard]] const SqlDialect &dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase &connection() { return m_db; }
    // The highest migration applied, once open.
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }

    // Write transactions, in the dialect's words. False with the error in lastError().
    [[nodiscard]] bool beginWrite();
    [[nodiscard]] bool commit();
    void rollback();
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

    // Runs a statement with no parameters; false with lastError() set.
    bool exec(const QString &sql);

private:
    bool configure();
    bool migrate();
    bool fail(const QString &message);

    QString m_path;
    QString m_name;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    QString m_error;
    QString m_lastError;
    int m_schemaVersion = 0;
};

// What went wrong with a statement, with the engine's own code when it gave one.
[[nodiscard]] QString queryError(const QSqlQuery &query);

// Text as the database stores it: never NULL (Qt binds a null QString as NULL, which the
// NOT NULL columns refuse), an empty string instead.
[[nodiscard]] QString storedText(const QString &text);

// Time as the database stores it: ISO-8601, UTC, milliseconds ("2026-01-01T09:00:00.000Z").
[[nodiscard]] QString toStoredTime(const QDateTime &time);
[[nodiscard]] QDateTime fromStoredTime(const QString &text);

} // namespace Conductor
