// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrows.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// The columns every read and the insert name, in this order.
#define ALERT_COLUMNS "id, rule, state, message, data, raised_at, updated_at"

namespace Conductor {

namespace {

AlertRecord recordOf(const QSqlQuery &q)
{
    AlertRecord r;
    r.id = q.value(0).toString();
    r.rule = q.value(1).toString();
    r.state = alertStateFromName(q.value(2).toString()).value_or(AlertState::Firing);
    r.message = q.value(3).toString();
    r.data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    r.raisedAt = fromStoredTime(q.value(5).toString());
    r.updatedAt = fromStoredTime(q.value(6).toString());
    return r;
}

} // namespace

QString alertStateName(AlertState state)
{
    switch (state) {
    case AlertState::Firing:
        return QStringLiteral("firing");
    case AlertState::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertState::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("firing");
}

std::optional<AlertState> alertStateFromName(QStringView name)
{
    for (const AlertState state :
         {AlertState::Firing, AlertState::Acknowledged, AlertState::Resolved}) {
        if (name == alertStateName(state)) {
            return state;
        }
    }
    return std::nullopt;
}

QJsonObject AlertRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("rule"), rule},
                       {QStringLiteral("state"), alertStateName(state)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("data"), data},
                       {QStringLiteral("raisedAt"), raisedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("updatedAt"), updatedAt.toString(Qt::ISODateWithMs)}};
}

AlertRows::AlertRows(Database &database)
    : m_database(database)
{}

bool AlertRows::fail(const QString &message) const
{
    m_error = message;
    return false;
}

AlertRows::Insertion AlertRows::insert(const AlertRecord &record)
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO alerts (" ALERT_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO NOTHING"));
    q.bindValue(0, storedText(record.id));
    q.bindValue(1, storedText(record.rule));
    q.bindValue(2, alertStateName(record.state));
    q.bindValue(3, storedText(record.message));
    q.bindValue(4, QString::fromUtf8(QJsonDocument(record.data).toJson(QJsonDocument::Compact)));
    q.bindValue(5, toStoredTime(record.raisedAt));
    q.bindValue(6, toStoredTime(record.updatedAt.isValid() ? record.updatedAt : record.raisedAt));
    if (!q.exec()) {
        fail(tr("Cannot record the alert %1: %2").arg(record.id, queryError(q)));
        return Insertion::Failed;
    }
    return q.numRowsAffected() > 0 ? Insertion::Inserted : Insertion::Exists;
}

AlertRows::Change AlertRows::acknowledge(const QString &id, const QDateTime &at)
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE alerts SET state = ?, updated_at = ? WHERE id = ? AND state = ?"));
    q.bindValue(0, alertStateName(AlertState::Acknowledged));
    q.bindValue(1, toStoredTime(at));
    q.bindValue(2, storedText(id));
    q.bindValue(3, alertStateName(AlertState::Firing));
    if (!q.exec()) {
        fail(tr("Cannot change the alert %1: %2").arg(id, queryError(q)));
        return Change::Failed;
    }
    return q.numRowsAffected() > 0 ? Change::Changed : Change::Unchanged;
}

AlertRows::Change AlertRows::resolve(const QString &id, const QDateTime &at)
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE alerts SET state = ?, updated_at = ? WHERE id = ? AND state <> ?"));
    q.bindValue(0, alertStateName(AlertState::Resolved));
    q.bindValue(1, toStoredTime(at));
    q.bindValue(2, storedText(id));
    q.bindValue(3, alertStateName(AlertState::Resolved));
    if (!q.exec()) {
        fail(tr("Cannot change the alert %1: %2").arg(id, queryError(q)));
        return Change::Failed;
    }
    return q.numRowsAffected() > 0 ? Change::Changed : Change::Unchanged;
}

std::optional<AlertRecord> AlertRows::find(const QString &id) const
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT " ALERT_COLUMNS " FROM alerts WHERE id = ?"));
    q.bindValue(0, storedText(id));
    if (!q.exec()) {
        fail(tr("Cannot read the alerts: %1").arg(queryError(q)));
        return std::nullopt;
    }
    if (!q.next()) {
        return std::nullopt;
    }
    return recordOf(q);
}

QList<AlertRecord> AlertRows::list(bool all) const
{
    m_error.clear();
    QList<AlertRecord> records;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            all ? QStringLiteral("SELECT " ALERT_COLUMNS " FROM alerts"
                                 " ORDER BY raised_at DESC, id DESC")
                : QStringLiteral("SELECT " ALERT_COLUMNS " FROM alerts"
                                 " WHERE state <> 'resolved' ORDER BY raised_at DESC, id DESC"))) {
        fail(tr("Cannot read the alerts: %1").arg(queryError(q)));
        return records;
    }
    while (q.next()) {
        records.append(recordOf(q));
    }
    return records;
}

bool AlertRows::recordDelivery(const QString &id, const AlertDelivery &delivery)
{
    m_error.clear();
    if (!m_database.beginWrite()) {
        return fail(tr("Cannot change the alert %1: %2").arg(id, m_database.lastError()));
    }
    std::optional<AlertRecord> record = find(id);
    if (!record) {
        m_database.rollback();
        return m_error.isEmpty() ? fail(tr("no alert %1").arg(id)) : false;
    }
    QJsonObject deliveries = record->data.value(QStringLiteral("deliveries")).toObject();
    QJsonObject entry{{QStringLiteral("outcome"), delivery.outcome},
                      {QStringLiteral("state"), alertStateName(delivery.alertState)},
                      {QStringLiteral("at"), toStoredTime(delivery.at)}};
    if (delivery.attempt > 0) {
        entry.insert(QStringLiteral("attempt"), delivery.attempt);
    }
    if (!delivery.detail.isEmpty()) {
        entry.insert(QStringLiteral("detail"), delivery.detail);
    }
    deliveries.insert(delivery.notifier, entry);
    record->data.insert(QStringLiteral("deliveries"), deliveries);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE alerts SET data = ? WHERE id = ?"));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(record->data).toJson(QJsonDocument::Compact)));
    q.bindValue(1, storedText(id));
    if (!q.exec()) {
        m_database.rollback();
        return fail(tr("Cannot change the alert %1: %2").arg(id, queryError(q)));
    }
    if (!m_database.commit()) {
        return fail(tr("Cannot change the alert %1: %2").arg(id, m_database.lastError()));
    }
    return true;
}

} // namespace Conductor
