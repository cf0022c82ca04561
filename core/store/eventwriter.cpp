// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventwriter.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace Conductor {

namespace {

// The six progress columns, from `first` on.
void bindProgress(QSqlQuery &q, int first, const ExecutionSummary &s)
{
    q.bindValue(first, s.stagesDone);
    q.bindValue(first + 1, s.stagesTotal);
    q.bindValue(first + 2, s.activeMs);
    q.bindValue(first + 3, s.activeSince.isValid() ? QVariant(toStoredTime(s.activeSince))
                                                   : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(first + 4, storedText(s.waitingGate));
    q.bindValue(first + 5, storedText(s.nextGate));
}

QString compactJson(const QJsonObject &object)
{
    // Bound as text, not bytes: a QByteArray would be stored as a BLOB.
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ExecutionSummary summaryFromCreated(const ExecutionEvent &created)
{
    ExecutionSummary s;
    s.id = created.executionId;
    s.pipelineId = created.data.value(QLatin1String("pipelineId")).toString();
    s.ideaId =
        created.data.value(QLatin1String("idea")).toObject().value(QLatin1String("id")).toString();
    s.ideaTitle = created.data.value(QLatin1String("idea"))
                      .toObject()
                      .value(QLatin1String("title"))
                      .toString();
    s.priority = priorityFromName(created.data.value(QLatin1String("priority")).toString())
                     .value_or(Priority::Normal);
    s.createdAt = created.time;
    s.updatedAt = created.time;
    s.lastSeq = created.seq;
    return s;
}

EventWriter::EventWriter(Database &database)
    : m_database(database)
    , m_gates(database)
    , m_ledger(database)
{}

EventWriter::~EventWriter() = default;

bool EventWriter::prepare()
{
    const auto make = [this](QSqlQuery &query, const QString &sql) {
        query = QSqlQuery(m_database.connection());
        if (!query.prepare(sql)) {
            m_error = tr("Cannot prepare a statement on %1: %2")
                          .arg(m_database.path(), query.lastError().text());
            return false;
        }
        return true;
    };
    if (!m_gates.prepare()) {
        m_error =
            tr("Cannot prepare a statement on %1: %2").arg(m_database.path(), m_gates.error());
        return false;
    }
    if (!m_ledger.prepare()) {
        m_error =
            tr("Cannot prepare a statement on %1: %2").arg(m_database.path(), m_ledger.error());
        return false;
    }
    return make(
               m_insertExecution,
               QStringLiteral(
                   "INSERT INTO executions (id, pipeline_id, idea_title, status, priority,"
                   " current_stage, tokens_used, cost_micros, created_at, updated_at, last_seq,"
                   " owner, lease_until, planned_tokens, planned_cost, stages_done, stages_total,"
                   " active_ms, active_since, waiting_gate, next_gate, idea_id)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
           make(m_fence, QStringLiteral(
                             "UPDATE executions SET status = ?, current_stage = ?, tokens_used = ?,"
                             " cost_micros = ?, updated_at = ?, last_seq = ?, planned_tokens = ?,"
                             " planned_cost = ?, stages_done = ?, stages_total = ?, active_ms = ?,"
                             " active_since = ?, waiting_gate = ?, next_gate = ?"
                             " WHERE id = ? AND owner = ?")) &&
           make(m_fenceSeq, QStringLiteral("UPDATE executions SET updated_at = ?, last_seq = ? "
                                           "WHERE id = ? AND owner = ?")) &&
           make(m_insertEvent, QStringLiteral("INSERT INTO events (execution_id, seq, type, time, "
                                              "data) VALUES (?, ?, ?, ?, ?)")) &&
           make(m_owns, QStringLiteral("SELECT 1 FROM executions WHERE id = ? AND owner = ?")) &&
           make(m_commandExecution,
                QStringLiteral("SELECT execution_id FROM commands WHERE id = ?")) &&
           make(m_markHandled,
                // EXISTS looks the execution up by its key; IN (SELECT ... WHERE owner = ?)
                // scanned every execution, milliseconds with thousands of them.
                QStringLiteral("UPDATE commands SET handled_at = ?, outcome = ? WHERE id = ?"
                               " AND handled_at IS NULL AND EXISTS (SELECT 1 FROM executions e"
                               " WHERE e.id = commands.execution_id AND e.owner = ?)"));
}

EventWriter::Result EventWriter::insertExecution(const ExecutionSummary &s, const QString &owner,
                                                 qint64 leaseUntilMs)
{
    QSqlQuery &q = m_insertExecution;
    q.bindValue(0, storedText(s.id));
    q.bindValue(1, storedText(s.pipelineId));
    q.bindValue(2, storedText(s.ideaTitle));
    q.bindValue(3, statusName(s.status));
    q.bindValue(4, static_cast<int>(s.priority));
    q.bindValue(5, storedText(s.currentStage));
    q.bindValue(6, s.tokensUsed);
    q.bindValue(7, s.cost.micros);
    const QDateTime created = s.createdAt.isValid() ? s.createdAt : QDateTime::currentDateTimeUtc();
    q.bindValue(8, toStoredTime(created));
    q.bindValue(9, toStoredTime(s.updatedAt.isValid() ? s.updatedAt : created));
    q.bindValue(10, s.lastSeq);
    q.bindValue(11, storedText(owner));
    q.bindValue(12, leaseUntilMs);
    q.bindValue(13, s.plannedTokens);
    q.bindValue(14, s.plannedCost.micros);
    bindProgress(q, 15, s);
    q.bindValue(21,
                s.ideaId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.ideaId));
    return run(q, false);
}

EventWriter::Result EventWriter::fence(const ExecutionSummary &s, const QString &owner)
{
    QSqlQuery &q = m_fence;
    q.bindValue(0, statusName(s.status));
    q.bindValue(1, storedText(s.currentStage));
    q.bindValue(2, s.tokensUsed);
    q.bindValue(3, s.cost.micros);
    q.bindValue(
        4, toStoredTime(s.updatedAt.isValid() ? s.updatedAt : QDateTime::currentDateTimeUtc()));
    q.bindValue(5, s.lastSeq);
    q.bindValue(6, s.plannedTokens);
    q.bindValue(7, s.plannedCost.micros);
    bindProgress(q, 8, s);
    q.bindValue(14, storedText(s.id));
    q.bindValue(15, storedText(owner));
    return run(q, true);
}

EventWriter::Result EventWriter::fenceSeq(const QString &executionId, qint64 lastSeq,
                                          const QDateTime &updatedAt, const QString &owner)
{
    QSqlQuery &q = m_fenceSeq;
    q.bindValue(0, toStoredTime(updatedAt.isValid() ? updatedAt : QDateTime::currentDateTimeUtc()));
    q.bindValue(1, lastSeq);
    q.bindValue(2, storedText(executionId));
    q.bindValue(3, storedText(owner));
    return run(q, true);
}

EventWriter::Result EventWriter::insertEvent(const ExecutionEvent &e)
{
    QSqlQuery &q = m_insertEvent;
    q.bindValue(0, storedText(e.executionId));
    q.bindValue(1, e.seq);
    q.bindValue(2, storedText(e.type));
    // An event without a time is the engine's bug, not a reason to stop storing.
    q.bindValue(3, timeText(e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc()));
    q.bindValue(4, compactJson(e.data));
    const Result result = run(q, false);
    if (result == Result::Done && GateRows::concerns(e) && !m_gates.write(e)) {
        m_error = m_gates.error();
        return Result::Failed;
    }
    if (result == Result::Done && LedgerRows::concerns(e) && !m_ledger.write(e)) {
        m_error = m_ledger.error();
        return Result::Failed;
    }
    return result;
}

EventWriter::Result EventWriter::owns(const QString &executionId, const QString &owner)
{
    QSqlQuery &q = m_owns;
    q.bindValue(0, storedText(executionId));
    q.bindValue(1, storedText(owner));
    const Result result = run(q, false);
    if (result != Result::Done) {
        return result;
    }
    const bool owned = q.next();
    q.finish();
    return owned ? Result::Done : Result::NotOwned;
}

QString EventWriter::commandExecution(qint64 commandId, bool *ok)
{
    QSqlQuery &q = m_commandExecution;
    q.bindValue(0, commandId);
    *ok = q.exec();
    if (!*ok) {
        m_error = q.lastError().text();
        return {};
    }
    QString id = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return id;
}

EventWriter::Result EventWriter::markHandled(const HandledCommand &command, const QString &owner,
                                             const QDateTime &at)
{
    QSqlQuery &q = m_markHandled;
    q.bindValue(0, toStoredTime(at));
    q.bindValue(1, storedText(command.outcome));
    q.bindValue(2, command.id);
    q.bindValue(3, storedText(owner));
    return run(q, true);
}

const QString &EventWriter::timeText(const QDateTime &time)
{
    if (time != m_lastTime || m_lastTimeText.isEmpty()) {
        m_lastTime = time;
        m_lastTimeText = toStoredTime(time);
    }
    return m_lastTimeText;
}

EventWriter::Result EventWriter::run(QSqlQuery &query, bool mustChangeRow)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        if (m_database.dialect().isUniqueViolation(error)) {
            return Result::NotOwned;
        }
        m_error = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        if (!error.nativeErrorCode().isEmpty()) {
            m_error += QStringLiteral(" (code ") + error.nativeErrorCode() + u')';
        }
        return Result::Failed;
    }
    if (mustChangeRow && query.numRowsAffected() == 0) {
        return Result::NotOwned;
    }
    return Result::Done;
}

} // namespace Conductor
