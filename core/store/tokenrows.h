// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The api_tokens table: one row per API token issued, by its id (jti), with whom it was
// issued to, its role, when it was issued and when it expires, and when and by whom it was
// revoked. The token itself is never stored; a token whose id is not here was not issued
// by this database, and one whose row is revoked is refused.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Conductor {

class Database;

struct TokenRecord
{
    QString id; // jti
    QString subject;
    QString role;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime revokedAt; // invalid while the token stands
    QString revokedBy;
};

class TokenRows final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::TokenRows)

public:
    enum class State
    {
        Active,
        Revoked,
        Unknown, // no token with that id was issued here
        Failed,  // the database failed; error() says why
    };
    enum class Revocation
    {
        Revoked,
        AlreadyRevoked,
        Unknown,
        Failed,
    };

    explicit TokenRows(Database &database);

    // Records an issued token; false with error() set (an id used before, the database).
    bool insert(const TokenRecord &record);
    [[nodiscard]] Revocation revoke(const QString &id, const QString &by, const QDateTime &at);
    [[nodiscard]] State state(const QString &id) const;
    // Whether a token with this id must be refused: revoked, never issued here, or the
    // database could not say.
    [[nodiscard]] bool isRevoked(const QString &id) const { return state(id) != State::Active; }
    // Every token issued, newest first.
    [[nodiscard]] QList<TokenRecord> list() const;

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    bool fail(const QString &message) const;

    Database &m_database;
    mutable QString m_error;
};

} // namespace Conductor
