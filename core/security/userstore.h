// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The people who may act, with their roles and second factors, in the database. The
// first user is the operating-system account that created the database, as admin.
// TOTP codes are checked here, in one write transaction each: the counter of the last
// accepted code is stored, so a code is never accepted twice, even after a restart; five
// wrong codes in a row lock the user's second factor for a quarter of an hour.

#include "roles.h"
#include "totp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Conductor {

class Database;

struct User
{
    QString name;
    Role role = Role::Viewer;
    QDateTime createdAt;
    QString createdBy;
    bool totpEnrolled = false;
    QDateTime totpEnrolledAt;
    int totpFailures = 0;
    QDateTime totpLockedUntil; // invalid when not locked
};

struct TotpEnrollment
{
    QByteArray secret;
    Totp::Parameters parameters;
    QString uri; // otpauth://totp/...
};

class UserStore final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::UserStore)

public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kLockoutSeconds = 15 * 60;

    enum class CodeCheck
    {
        Accepted,
        Wrong,
        Replayed, // right code, already used once
        Locked,
        NotEnrolled,
        UnknownUser,
        Failed // the database failed; error() says why
    };

    explicit UserStore(Database &database);

    [[nodiscard]] std::optional<User> find(const QString &name) const;
    [[nodiscard]] QList<User> list() const;
    // False with error() set: a bad name, a user that exists, or the database.
    bool add(const QString &name, Role role, const QString &by);
    bool setRole(const QString &name, Role role, const QString &by);
    // A new secret, replacing the user's earlier one (which stops working at once).
    [[nodiscard]] std::optional<TotpEnrollment>
    enrollTotp(const QString &name, Totp::Algorithm algorithm = Totp::Algorithm::Sha1);
    [[nodiscard]] CodeCheck checkCode(const QString &name, const QString &code,
                                      const QDateTime &now);
    // Lifts a lockout and forgets the failures.
    bool unlock(const QString &name);
    // Why checkCode() refused, for the person who typed the code.
    [[nodiscard]] static QString describe(CodeCheck check, const QString &name);

    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] static bool isValidName(const QString &name);

private:
    bool fail(const QString &message) const;

    Database &m_database;
    mutable QString m_error;
};

// The migration step that makes `account` the first user, as admin, when there is none.
bool addFirstAdmin(Database &database, const QString &account, QString *error);

} // namespace Conductor
