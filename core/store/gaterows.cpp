// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gaterows.h"

#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace Conductor {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// What the gates list shows without reading the event log.
QString summaryOf(const QJsonObject &data)
{
    const QJsonObject context = data.value(QLatin1String("context")).toObject();
    const QJsonObject summary{
        {QStringLiteral("costSoFar"), context.value(QLatin1String("costSoFar"))},
        {QStringLiteral("tokensSoFar"), context.value(QLatin1String("tokensSoFar"))},
        {QStringLiteral("verdicts"), context.value(QLatin1String("verdicts"))},
        {QStringLiteral("completedStages"), context.value(QLatin1String("completedStages"))},
        {QStringLiteral("description"), data.value(QLatin1String("description"))}};
    return QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
}

QString deadlineOf(const ExecutionEvent &e)
{
    const QString deadline = text(e.data, "deadline");
    if (!deadline.isEmpty()) {
        return deadline;
    }
    const qint64 seconds = e.data.value(QLatin1String("timeoutSeconds")).toInteger();
    return seconds > 0 ? toStoredTime(e.time.addSecs(seconds)) : QString();
}

} // namespace

GateRows::GateRows(Database &database)
    : m_database(database)
{}

bool GateRows::prepare()
{
    const auto make = [this](QSqlQuery &query, const QString &sql) {
        query = QSqlQuery(m_database.connection());
        if (!query.prepare(sql)) {
            m_error = query.lastError().text();
            return false;
        }
        return true;
    };
    return make(m_open,
                QStringLiteral("INSERT INTO gates (id, execution_id, type, checkpoint, status,"
                               " critical, reviewer_role, reason, summary, opened_at, deadline)"
                               " VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)")) &&
           make(m_decide, QStringLiteral("UPDATE gates SET status = ?, reviewer = ?, notes = ?,"
                                         " decided_at = ? WHERE id = ?")) &&
           make(m_escalate, QStringLiteral("UPDATE gates SET reviewer_role = ?, deadline = ?,"
                                           " escalations = escalations + 1 WHERE id = ?"));
}

bool GateRows::concerns(const ExecutionEvent &event)
{
    return event.type == EventType::GateOpened || event.type == EventType::GateDecided ||
           event.type == EventType::GateEscalated;
}

bool GateRows::write(const ExecutionEvent &e)
{
    const QJsonObject &d = e.data;
    if (e.type == EventType::GateOpened) {
        const QString role = text(d, "reviewerRole");
        m_open.bindValue(0, text(d, "gateId"));
        m_open.bindValue(1, e.executionId);
        m_open.bindValue(2, storedText(text(d, "gateType")));
        m_open.bindValue(3, storedText(text(d, "checkpoint")));
        m_open.bindValue(4, d.value(QLatin1String("critical")).toBool() ? 1 : 0);
        m_open.bindValue(5, role.isEmpty() ? QStringLiteral("approver") : role);
        m_open.bindValue(6, storedText(text(d, "reason")));
        m_open.bindValue(7, summaryOf(d));
        m_open.bindValue(8, toStoredTime(e.time));
        const QString deadline = deadlineOf(e);
        m_open.bindValue(9, deadline.isEmpty() ? QVariant() : QVariant(deadline));
        return run(m_open);
    }
    if (e.type == EventType::GateDecided) {
        m_decide.bindValue(0, storedText(text(d, "decision")));
        m_decide.bindValue(1, storedText(text(d, "reviewer")));
        m_decide.bindValue(2, storedText(text(d, "notes")));
        m_decide.bindValue(3, toStoredTime(e.time));
        m_decide.bindValue(4, text(d, "gateId"));
        return run(m_decide);
    }
    if (e.type == EventType::GateEscalated) {
        m_escalate.bindValue(0, storedText(text(d, "role")));
        m_escalate.bindValue(1, storedText(text(d, "deadline")));
        m_escalate.bindValue(2, text(d, "gateId"));
        return run(m_escalate);
    }
    return true;
}

bool GateRows::run(QSqlQuery &query)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        m_error = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        return false;
    }
    return true;
}

bool GateRows::backfill(Database &database, QString *error)
{
    GateRows rows(database);
    if (!rows.prepare()) {
        *error = rows.error();
        return false;
    }
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT execution_id, seq, type, time, data FROM events"
                               " WHERE type IN ('gate_opened', 'gate_decided', 'gate_escalated')"
                               " ORDER BY execution_id, seq"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ExecutionEvent e;
        e.executionId = q.value(0).toString();
        e.seq = q.value(1).toLongLong();
        e.type = q.value(2).toString();
        e.time = fromStoredTime(q.value(3).toString());
        e.data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        if (!rows.write(e)) {
            *error = rows.error();
            return false;
        }
    }
    return true;
}

} // namespace Conductor
