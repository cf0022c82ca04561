// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenrows.h"

#include "database.h"
#include "logging/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Conductor {

TokenRows::TokenRows(Database &database)
    : m_database(database)
{}

bool TokenRows::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool TokenRows::insert(const TokenRecord &record)
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO api_tokens (jti, subject, role, issued_at, expires_at)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, storedText(record.id));
    q.bindValue(1, storedText(record.subject));
    q.bindValue(2, storedText(record.role));
    q.bindValue(3, toStoredTime(record.issuedAt));
    q.bindValue(4, toStoredTime(record.expiresAt));
    if (!q.exec()) {
        if (m_database.dialect().isUniqueViolation(q.lastError())) {
            return fail(tr("a token with id %1 exists already").arg(record.id));
        }
        return fail(tr("Cannot record the token: %1").arg(queryError(q)));
    }
    qCInfo(lcSecurity) << "API token" << record.id << "issued to" << record.subject << "as"
                       << record.role;
    return true;
}

TokenRows::Revocation TokenRows::revoke(const QString &id, const QString &by, const QDateTime &at)
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE api_tokens SET revoked_at = ?, revoked_by = ?"
                             " WHERE jti = ? AND revoked_at IS NULL"));
    q.bindValue(0, toStoredTime(at));
    q.bindValue(1, storedText(by));
    q.bindValue(2, storedText(id));
    if (!q.exec()) {
        fail(tr("Cannot revoke token %1: %2").arg(id, queryError(q)));
        return Revocation::Failed;
    }
    if (q.numRowsAffected() > 0) {
        qCInfo(lcSecurity) << "API token" << id << "revoked by" << by;
        return Revocation::Revoked;
    }
    switch (state(id)) {
    case State::Revoked:
        fail(tr("token %1 was revoked already").arg(id));
        return Revocation::AlreadyRevoked;
    case State::Unknown:
        fail(tr("no token %1").arg(id));
        return Revocation::Unknown;
    case State::Active:
        fail(tr("Cannot revoke token %1").arg(id));
        return Revocation::Failed;
    case State::Failed:
        break;
    }
    return Revocation::Failed;
}

TokenRows::State TokenRows::state(const QString &id) const
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT revoked_at FROM api_tokens WHERE jti = ?"));
    q.bindValue(0, storedText(id));
    if (!q.exec()) {
        fail(tr("Cannot read the tokens: %1").arg(queryError(q)));
        return State::Failed;
    }
    if (!q.next()) {
        return State::Unknown;
    }
    return q.value(0).isNull() ? State::Active : State::Revoked;
}

QList<TokenRecord> TokenRows::list() const
{
    m_error.clear();
    QList<TokenRecord> records;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT jti, subject, role, issued_at, expires_at, revoked_at,"
                               " revoked_by FROM api_tokens ORDER BY issued_at DESC, jti"))) {
        fail(tr("Cannot read the tokens: %1").arg(queryError(q)));
        return records;
    }
    while (q.next()) {
        TokenRecord r;
        r.id = q.value(0).toString();
        r.subject = q.value(1).toString();
        r.role = q.value(2).toString();
        r.issuedAt = fromStoredTime(q.value(3).toString());
        r.expiresAt = fromStoredTime(q.value(4).toString());
        if (!q.value(5).isNull()) {
            r.revokedAt = fromStoredTime(q.value(5).toString());
        }
        r.revokedBy = q.value(6).toString();
        records.append(r);
    }
    return records;
}

} // namespace Conductor
