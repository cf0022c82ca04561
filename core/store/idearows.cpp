// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idearows.h"

#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Conductor {

IdeaRows::IdeaRows(Database &database)
    : m_database(database)
{}

IdeaRows::Insertion IdeaRows::insert(const IdeaRecord &record)
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO ideas (id, title, description, metadata, created_at,"
                             " created_by) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, storedText(record.idea.id));
    q.bindValue(1, storedText(record.idea.title));
    q.bindValue(2, storedText(record.idea.description));
    q.bindValue(3,
                QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(record.idea.metadata))
                                      .toJson(QJsonDocument::Compact)));
    q.bindValue(4, toStoredTime(record.createdAt));
    q.bindValue(5, storedText(record.createdBy));
    if (q.exec()) {
        return Insertion::Inserted;
    }
    if (m_database.dialect().isUniqueViolation(q.lastError())) {
        m_error = tr("an idea with id %1 exists already").arg(record.idea.id);
        return Insertion::Exists;
    }
    m_error = tr("Cannot record the idea: %1").arg(queryError(q));
    return Insertion::Failed;
}

std::optional<IdeaRecord> IdeaRows::find(const QString &id) const
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, title, description, metadata, created_at, created_by"
                             " FROM ideas WHERE id = ?"));
    q.bindValue(0, storedText(id));
    if (!q.exec()) {
        m_error = tr("Cannot read the ideas: %1").arg(queryError(q));
        return std::nullopt;
    }
    if (!q.next()) {
        return std::nullopt;
    }
    IdeaRecord r;
    r.idea.id = q.value(0).toString();
    r.idea.title = q.value(1).toString();
    r.idea.description = q.value(2).toString();
    r.idea.metadata =
        QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().toVariantMap();
    r.createdAt = fromStoredTime(q.value(4).toString());
    r.createdBy = q.value(5).toString();
    return r;
}

QStringList IdeaRows::executionsOf(const QString &id) const
{
    m_error.clear();
    QStringList ids;
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM executions WHERE idea_id = ? ORDER BY created_at, id"));
    q.bindValue(0, storedText(id));
    if (!q.exec()) {
        m_error = tr("Cannot read the ideas: %1").arg(queryError(q));
        return ids;
    }
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    return ids;
}

} // namespace Conductor
