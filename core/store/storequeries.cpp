// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storequeries.h"

#include "database.h"
#include "engine/ids.h"
#include "ledgerrows.h"
#include "logging/logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

#include <algorithm>

namespace Conductor {

bool leaseIsLive(const ExecutionSummary &s)
{
    return !s.owner.isEmpty() && s.leaseUntil > QDateTime::currentDateTimeUtc() &&
           !Ids::isDeadLocalOwner(s.owner);
}

namespace {

constexpr QLatin1String kSummaryColumns(
    "id, pipeline_id, idea_title, status, priority, current_stage, tokens_used, cost_micros,"
    " created_at, updated_at, last_seq, owner, lease_until, planned_tokens, planned_cost,"
    " stages_done, stages_total, active_ms, active_since, waiting_gate, next_gate, idea_id");

ExecutionSummary readSummary(const QSqlQuery &q)
{
    ExecutionSummary s;
    s.id = q.value(0).toString();
    s.pipelineId = q.value(1).toString();
    s.ideaTitle = q.value(2).toString();
    s.status = statusFromName(q.value(3).toString()).value_or(ExecutionStatus::Pending);
    s.priority = static_cast<Priority>(
        std::clamp(q.value(4).toInt(), 0, static_cast<int>(Priority::Critical)));
    s.currentStage = q.value(5).toString();
    s.tokensUsed = q.value(6).toLongLong();
    s.cost = Money::fromMicros(q.value(7).toLongLong());
    s.createdAt = fromStoredTime(q.value(8).toString());
    s.updatedAt = fromStoredTime(q.value(9).toString());
    s.lastSeq = q.value(10).toLongLong();
    s.owner = q.value(11).toString();
    if (!q.isNull(12)) {
        s.leaseUntil = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    }
    s.plannedTokens = q.value(13).toLongLong();
    s.plannedCost = Money::fromMicros(q.value(14).toLongLong());
    s.stagesDone = q.value(15).toInt();
    s.stagesTotal = q.value(16).toInt();
    s.activeMs = q.value(17).toLongLong();
    if (!q.isNull(18)) {
        s.activeSince = fromStoredTime(q.value(18).toString());
    }
    s.waitingGate = q.value(19).toString();
    s.nextGate = q.value(20).toString();
    s.ideaId = q.value(21).toString();
    return s;
}

// The column a page is ordered by, and a row's value in it (as stored).
std::pair<QString, std::function<QVariant(const ExecutionSummary &)>> orderKey(ExecutionOrder order)
{
    switch (order) {
    case ExecutionOrder::Created:
        break;
    case ExecutionOrder::Updated:
        return {QStringLiteral("updated_at"),
                [](const ExecutionSummary &s) { return QVariant(toStoredTime(s.updatedAt)); }};
    case ExecutionOrder::Status:
        return {QStringLiteral("status"),
                [](const ExecutionSummary &s) { return QVariant(statusName(s.status)); }};
    case ExecutionOrder::Idea:
        return {QStringLiteral("idea_title"),
                [](const ExecutionSummary &s) { return QVariant(storedText(s.ideaTitle)); }};
    case ExecutionOrder::Stage:
        return {QStringLiteral("current_stage"),
                [](const ExecutionSummary &s) { return QVariant(storedText(s.currentStage)); }};
    case ExecutionOrder::Progress:
        return {QStringLiteral("stages_done"),
                [](const ExecutionSummary &s) { return QVariant(s.stagesDone); }};
    case ExecutionOrder::Elapsed:
        return {QStringLiteral("active_ms"),
                [](const ExecutionSummary &s) { return QVariant(s.activeMs); }};
    case ExecutionOrder::NextGate:
        return {QStringLiteral("next_gate"),
                [](const ExecutionSummary &s) { return QVariant(storedText(s.nextGate)); }};
    case ExecutionOrder::Tokens:
        return {QStringLiteral("tokens_used"),
                [](const ExecutionSummary &s) { return QVariant(s.tokensUsed); }};
    case ExecutionOrder::Cost:
        return {QStringLiteral("cost_micros"),
                [](const ExecutionSummary &s) { return QVariant(s.cost.micros); }};
    }
    return {QStringLiteral("created_at"),
            [](const ExecutionSummary &s) { return QVariant(toStoredTime(s.createdAt)); }};
}

void warn(const QSqlQuery &query, const char *what)
{
    qCWarning(lcStore).noquote() << what << query.lastError().text();
}

} // namespace

StoreQueries::StoreQueries(const QString &databasePath)
    : m_database(std::make_unique<Database>(databasePath, u"queries"))
{
    if (m_database->open()) {
        m_connection = m_database->connectionName();
    } else {
        m_error = m_database->error();
    }
}

StoreQueries::~StoreQueries() = default;

QList<ExecutionSummary> StoreQueries::executions(std::optional<ExecutionStatus> status) const
{
    QList<ExecutionSummary> result;
    if (!isOpen()) {
        return result;
    }
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM executions") +
              (status ? QStringLiteral(" WHERE status = ?") : QString()) +
              QStringLiteral(" ORDER BY created_at DESC, id DESC"));
    if (status) {
        q.bindValue(0, statusName(*status));
    }
    if (!q.exec()) {
        warn(q, "listing executions:");
        return result;
    }
    while (q.next()) {
        result.append(readSummary(q));
    }
    return result;
}

ExecutionPage StoreQueries::executionsPage(const ExecutionPageQuery &query) const
{
    ExecutionPage page;
    if (!isOpen()) {
        page.ok = false;
        return page;
    }
    QStringList where;
    QVariantList values;
    if (query.status) {
        where.append(QStringLiteral("status = ?"));
        values.append(statusName(*query.status));
    }
    if (!query.search.isEmpty()) {
        // LIKE with the pattern's own wildcards escaped: a search is text, not a pattern.
        QString pattern = query.search;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        where.append(QStringLiteral("(idea_title LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')"));
        values.append(QString(u'%' + pattern + u'%'));
        values.append(QString(pattern + u'%'));
    }
    const QString filter = where.isEmpty()
                               ? QString()
                               : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    {
        QSqlQuery count(m_database->connection());
        count.setForwardOnly(true);
        count.prepare(QStringLiteral("SELECT COUNT(*), MAX(created_at) FROM executions") + filter);
        for (int i = 0; i < values.size(); ++i) {
            count.bindValue(i, values.at(i));
        }
        if (!count.exec() || !count.next()) {
            warn(count, "counting executions:");
            page.ok = false;
            return page;
        }
        page.total = count.value(0).toLongLong();
        if (!count.isNull(1)) {
            page.newestCreatedAt = fromStoredTime(count.value(1).toString());
        }
    }
    QStringList pageWhere = where;
    QVariantList pageValues = values;
    const auto [column, key] = orderKey(query.order);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (query.after) {
        // Keyset paging: after (k, id) comes a further key, or the same key with a further
        // id. (Row values would say it shorter; not every SQLite we meet has them.)
        const QString beyond = query.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
        pageWhere.append(u'(' + column + beyond + QStringLiteral("? OR (") + column +
                         QStringLiteral(" = ? AND id") + beyond + QStringLiteral("?))"));
        const QVariant k = key(*query.after);
        pageValues += {k, k, query.after->id};
    }
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM executions") +
              (pageWhere.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + pageWhere.join(QStringLiteral(" AND "))) +
              QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", id") +
              direction + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (int i = 0; i < pageValues.size(); ++i) {
        q.bindValue(i, pageValues.at(i));
    }
    q.bindValue(static_cast<int>(pageValues.size()), std::max(1, query.limit));
    q.bindValue(static_cast<int>(pageValues.size()) + 1, std::max<qint64>(0, query.offset));
    if (!q.exec()) {
        warn(q, "listing executions:");
        page.ok = false;
        return page;
    }
    while (q.next()) {
        page.rows.append(readSummary(q));
    }
    return page;
}

QList<ExecutionSummary> StoreQueries::executionsChangedSince(const QDateTime &after,
                                                             int limit) const
{
    QList<ExecutionSummary> result;
    if (!isOpen()) {
        return result;
    }
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns +
              QStringLiteral(" FROM executions WHERE updated_at > ? ORDER BY updated_at LIMIT ?"));
    q.bindValue(0, toStoredTime(after));
    q.bindValue(1, std::max(1, limit));
    if (!q.exec()) {
        warn(q, "listing changed executions:");
        return result;
    }
    while (q.next()) {
        result.append(readSummary(q));
    }
    return result;
}

std::optional<ExecutionSummary> StoreQueries::execution(const QString &id) const
{
    if (!isOpen()) {
        return std::nullopt;
    }
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns +
              QStringLiteral(" FROM executions WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec()) {
        warn(q, "reading an execution:");
        return std::nullopt;
    }
    if (!q.next()) {
        return std::nullopt;
    }
    return readSummary(q);
}

ExecutionEvents StoreQueries::events(const QString &executionId, qint64 afterSeq) const
{
    ExecutionEvents result;
    if (!isOpen()) {
        return result;
    }
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, type, time, data FROM events WHERE execution_id = ? AND "
                             "seq > ? ORDER BY seq"));
    q.bindValue(0, executionId);
    q.bindValue(1, afterSeq);
    if (!q.exec()) {
        warn(q, "reading events:");
        return result;
    }
    while (q.next()) {
        ExecutionEvent e;
        e.executionId = executionId;
        e.seq = q.value(0).toLongLong();
        e.type = q.value(1).toString();
        e.time = fromStoredTime(q.value(2).toString());
        e.data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        result.append(std::move(e));
    }
    return result;
}

qint64 StoreQueries::recordAudit(const AuditRecord &record)
{
    if (!isOpen()) {
        return 0;
    }
    Database &db = *m_database;
    if (!db.beginWrite()) {
        qCWarning(lcStore).noquote() << "recording in the audit trail:" << db.lastError();
        return 0;
    }
    qint64 id = 0;
    {
        // Chosen inside the write transaction, as a command's id is.
        QSqlQuery next(db.connection());
        if (!next.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM audit")) ||
            !next.next()) {
            warn(next, "recording in the audit trail:");
            db.rollback();
            return 0;
        }
        id = next.value(0).toLongLong();
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit (id, at, actor, action, subject, reason, detail)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, id);
    q.bindValue(1, toStoredTime(record.at.isValid() ? record.at : QDateTime::currentDateTimeUtc()));
    q.bindValue(2, storedText(record.actor));
    q.bindValue(3, storedText(record.action));
    q.bindValue(4, storedText(record.subject));
    q.bindValue(5, storedText(record.reason));
    q.bindValue(6, QString::fromUtf8(QJsonDocument(record.detail).toJson(QJsonDocument::Compact)));
    if (!q.exec() || !db.commit()) {
        warn(q, "recording in the audit trail:");
        db.rollback();
        return 0;
    }
    return id;
}

QList<AuditRecord> StoreQueries::auditRecords(int limit) const
{
    QList<AuditRecord> result;
    if (!isOpen()) {
        return result;
    }
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, action, subject, reason, detail FROM audit"
                             " ORDER BY at DESC, id DESC LIMIT ?"));
    q.bindValue(0, std::max(1, limit));
    if (!q.exec()) {
        warn(q, "reading the audit trail:");
        return result;
    }
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.at = fromStoredTime(q.value(1).toString());
        r.actor = q.value(2).toString();
        r.action = q.value(3).toString();
        r.subject = q.value(4).toString();
        r.reason = q.value(5).toString();
        r.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        result.append(std::move(r));
    }
    return result;
}

qint64 StoreQueries::postCommand(const QString &executionId, const QString &kind,
                                 const QJsonObject &args, const QString &requestedBy,
                                 const QString &reason)
{
    if (!isOpen()) {
        return 0;
    }
    Database &db = *m_database;
    if (!db.beginWrite()) {
        qCWarning(lcStore).noquote() << "posting a command:" << db.lastError();
        return 0;
    }
    qint64 id = 0;
    {
        // The id is chosen inside the write transaction, which no other writer can
        // enter, so MAX() + 1 is unique without an engine-specific sequence.
        QSqlQuery next(db.connection());
        if (!next.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM commands")) ||
            !next.next()) {
            warn(next, "posting a command:");
            db.rollback();
            return 0;
        }
        id = next.value(0).toLongLong();
    }
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO commands (id, execution_id, kind, args, requested_by, reason,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bindValue(0, id);
        q.bindValue(1, storedText(executionId));
        q.bindValue(2, storedText(kind));
        q.bindValue(3, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
        q.bindValue(4, storedText(requestedBy));
        q.bindValue(5, storedText(reason));
        q.bindValue(6, toStoredTime(QDateTime::currentDateTimeUtc()));
        if (!q.exec()) { // an unknown execution fails its foreign key
            warn(q, "posting a command:");
            db.rollback();
            return 0;
        }
    }
    if (!db.commit()) {
        qCWarning(lcStore).noquote() << "posting a command:" << db.lastError();
        db.rollback();
        return 0;
    }
    return id;
}

std::optional<QString> StoreQueries::commandOutcome(qint64 commandId) const
{
    if (!isOpen()) {
        return std::nullopt;
    }
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT handled_at, outcome FROM commands WHERE id = ?"));
    q.bindValue(0, commandId);
    if (!q.exec()) {
        warn(q, "reading a command:");
        return std::nullopt;
    }
    if (!q.next() || q.isNull(0)) {
        return std::nullopt;
    }
    return q.value(1).toString();
}

bool StoreQueries::expireLease(const QString &executionId, const QString &owner)
{
    if (!isOpen()) {
        return false;
    }
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE executions SET lease_until = 0 WHERE id = ? AND owner = ?"));
    q.addBindValue(executionId);
    q.addBindValue(owner);
    if (!q.exec()) {
        warn(q, "expiring a lease:");
        return false;
    }
    return q.numRowsAffected() > 0;
}

std::optional<DayUsage> StoreQueries::budgetDay(const QString &day) const
{
    if (!isOpen()) {
        return std::nullopt;
    }
    QString error;
    const std::optional<Ledger::DayAccount> account = LedgerRows::readDay(*m_database, day, &error);
    if (!account) {
        qCWarning(lcStore).noquote() << "reading the budget of" << day << ":" << error;
        return std::nullopt;
    }
    DayUsage usage;
    usage.account = *account;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    // Posted holds carry what their attempts used; pending ones only what they hold.
    // Voided holds count for nothing.
    q.prepare(
        QStringLiteral("SELECT stage, agent,"
                       " SUM(CASE WHEN status = 'posted' THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN status = 'posted' THEN used_tokens ELSE 0 END),"
                       " SUM(CASE WHEN status = 'posted' THEN used_cost ELSE 0 END),"
                       " SUM(CASE WHEN status = 'posted' THEN COALESCE(duration_ms, 0) ELSE 0 END),"
                       " SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN status = 'pending' THEN tokens ELSE 0 END),"
                       " SUM(CASE WHEN status = 'pending' THEN cost ELSE 0 END)"
                       " FROM budget_holds WHERE day = ? AND status IN ('posted', 'pending')"
                       " GROUP BY stage, agent ORDER BY stage, agent"));
    q.bindValue(0, day);
    if (!q.exec()) {
        warn(q, "reading the holds of a day:");
        return std::nullopt;
    }
    while (q.next()) {
        DayUsage::Line line;
        line.stage = q.value(0).toString();
        line.agent = q.value(1).toString();
        line.posted = q.value(2).toInt();
        line.postedTokens = q.value(3).toLongLong();
        line.postedCost = Money::fromMicros(q.value(4).toLongLong());
        line.durationMs = q.value(5).toLongLong();
        line.pending = q.value(6).toInt();
        line.pendingTokens = q.value(7).toLongLong();
        line.pendingCost = Money::fromMicros(q.value(8).toLongLong());
        usage.lines.append(std::move(line));
    }
    q.finish();
    q.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT execution_id) FROM budget_holds WHERE day = ?"));
    q.bindValue(0, day);
    if (!q.exec() || !q.next()) {
        warn(q, "counting the executions of a day:");
        return std::nullopt;
    }
    usage.executions = q.value(0).toInt();
    return usage;
}

KeyMetrics StoreQueries::keyMetrics(const QDateTime &from, const QDateTime &to) const
{
    if (!isOpen()) {
        KeyMetrics m;
        m.from = from;
        m.to = to;
        m.ok = false;
        m.error = m_error;
        return m;
    }
    KeyMetrics m = readKeyMetrics(*m_database, from, to);
    if (!m.ok) {
        qCWarning(lcStore).noquote() << m.error;
    }
    return m;
}

ActiveExecutions StoreQueries::activeExecutions() const
{
    if (!isOpen()) {
        return ActiveExecutions{false};
    }
    ActiveExecutions active = readActiveExecutions(*m_database);
    if (!active.ok) {
        qCWarning(lcStore) << "counting the active executions failed";
    }
    return active;
}

UsageSeries StoreQueries::usageSeries(const UsageQuery &query) const
{
    if (!isOpen()) {
        UsageSeries series;
        series.ok = false;
        return series;
    }
    return UsageHistory(*m_database).series(query);
}

std::optional<QString> StoreQueries::executionOfGate(const QString &gateId) const
{
    if (!isOpen()) {
        return std::nullopt;
    }
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT execution_id FROM gates WHERE id = ?"));
    q.addBindValue(gateId);
    if (!q.exec()) {
        warn(q, "finding a gate:");
        return std::nullopt;
    }
    if (!q.next()) {
        return std::nullopt;
    }
    return q.value(0).toString();
}

QList<GateRow> StoreQueries::gates(bool all) const
{
    QList<GateRow> rows;
    if (!isOpen()) {
        return rows;
    }
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT g.id, g.execution_id, e.idea_title, g.type, g.status,"
                               " g.critical, g.reviewer_role, g.escalations, g.reason, g.summary,"
                               " g.opened_at, g.deadline, g.decided_at, g.reviewer, g.notes"
                               " FROM gates g JOIN executions e ON e.id = g.execution_id") +
                (all ? QString() : QStringLiteral(" WHERE g.status = 'pending'")) +
                QStringLiteral(" ORDER BY g.opened_at, g.id"))) {
        warn(q, "listing gates:");
        return rows;
    }
    while (q.next()) {
        GateRow g;
        g.id = q.value(0).toString();
        g.executionId = q.value(1).toString();
        g.ideaTitle = q.value(2).toString();
        g.type = q.value(3).toString();
        g.status = q.value(4).toString();
        g.critical = q.value(5).toInt() != 0;
        g.reviewerRole = q.value(6).toString();
        g.escalations = q.value(7).toInt();
        g.reason = q.value(8).toString();
        g.summary = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        g.openedAt = fromStoredTime(q.value(10).toString());
        g.deadline = fromStoredTime(q.value(11).toString());
        g.decidedAt = fromStoredTime(q.value(12).toString());
        g.reviewer = q.value(13).toString();
        g.notes = q.value(14).toString();
        rows.append(std::move(g));
    }
    return rows;
}

} // namespace Conductor
