// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audit trail as a person reads it: who started an execution, decided a gate,
// intervened or changed the configuration, when, and why — newest first. It is read from
// two places: the events that record what people did to executions (execution_created,
// gate_decided, execution_paused ...), through the events_by_type (type, time) index and
// joined with the executions' idea titles; and the audit table, for what no execution's
// events record (configuration changes). Also the CSV the Audit view exports.
//
// Used on the thread that owns the Database (the reader thread, the command line, tests).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Conductor {

class Database;

// One thing a person did. action is one of AuditAction's names, or the audit table's own.
struct AuditEntry
{
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString executionId; // empty for what concerns no execution
    QString ideaTitle;
    QString subject; // what it was done to: a stage, a gate type, a pipeline, a file
    QString reason;
    QJsonObject detail; // the rest of what was recorded (conditions, second factor, amounts)

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// Which entries to read. Empty fields do not filter.
struct AuditQuery
{
    QDateTime from, to; // from inclusive, to exclusive; invalid: unbounded
    QStringList actions;
    QString actor;    // contained in the actor's name (ASCII letters in any case)
    QString search;   // contained in the reason, the subject, the idea or the execution id
    int limit = 5000; // the newest this many; 0 or less: all
};

// The actions the trail names. The subject each gives is said after it.
namespace AuditAction {
inline constexpr QLatin1String Started("started");   // by requestedBy, why: the idea; pipeline
inline constexpr QLatin1String Approved("approved"); // by the reviewer, why: notes; gate type
inline constexpr QLatin1String Rejected("rejected");
inline constexpr QLatin1String Expired("expired");
inline constexpr QLatin1String Paused("paused"); // by, reason
inline constexpr QLatin1String Resumed("resumed");
inline constexpr QLatin1String Cancelled("cancelled");
inline constexpr QLatin1String Skipped("skipped"); // by, reason; the stage
inline constexpr QLatin1String Retried("retried");
inline constexpr QLatin1String Strategy("strategy"); // by, reason; the stage (detail: strategy)
inline constexpr QLatin1String Agent("agent");       // by, reason; the stage (detail: agent)
// by, reason (detail: amountMicros, tokens, gateId when a budget gate granted it)
inline constexpr QLatin1String BudgetOverride("budget_override");
// From the audit table: by actor, subject the file (detail: what changed).
inline constexpr QLatin1String ConfigChanged("config_changed");
// From the audit table: by the admin, subject the token's id (detail: subject, role,
// expiresAt). The token itself is never recorded.
inline constexpr QLatin1String ApiTokenCreated("api_token_created");
inline constexpr QLatin1String ApiTokenRevoked("api_token_revoked");
// From the audit table: by the person, subject the alert's id (detail: rule).
inline constexpr QLatin1String AlertAcknowledged("alert_acknowledged");
} // namespace AuditAction

class AuditTrail final
{
public:
    explicit AuditTrail(Database &database);

    // Newest first (ties: in the order of AuditAction), at most query.limit of them;
    // nothing with error() set when a read fails.
    [[nodiscard]] std::optional<QList<AuditEntry>> read(const AuditQuery &query);
    [[nodiscard]] const QString &error() const { return m_error; }

    // Every action the executions' events give, in AuditAction's order.
    [[nodiscard]] static QStringList eventActions();

private:
    Database &m_database;
    QString m_error;
};

// The trail as CSV (RFC 4180): UTF-8, a header row, CRLF line ends, ISO 8601 UTC times;
// a field is quoted when it holds a comma, a quote or a line break, its quotes doubled.
// A field a spreadsheet would take for a formula (starting with = + - @, a tab or a
// carriage return) gets a leading apostrophe.
namespace AuditCsv {
[[nodiscard]] QString field(const QString &text);
[[nodiscard]] QByteArray header();
[[nodiscard]] QByteArray row(const AuditEntry &entry);
} // namespace AuditCsv

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::AuditEntry)
Q_DECLARE_METATYPE(Conductor::AuditQuery)
