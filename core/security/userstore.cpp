// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstore.h"

#include "logging/logging.h"
#include "store/database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Conductor {

namespace {

constexpr QLatin1String
    kUserColumns("name, role, created_at, created_by, totp_secret, totp_enrolled_at, totp_failures,"
                 " totp_locked_until");

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

User userFrom(const QSqlQuery &q)
{
    User u;
    u.name = q.value(0).toString();
    u.role = roleFromName(q.value(1).toString()).value_or(Role::Viewer);
    u.createdAt = fromStoredTime(q.value(2).toString());
    u.createdBy = q.value(3).toString();
    u.totpEnrolled = !q.value(4).toString().isEmpty();
    u.totpEnrolledAt = fromStoredTime(q.value(5).toString());
    u.totpFailures = q.value(6).toInt();
    u.totpLockedUntil = fromStoredTime(q.value(7).toString());
    return u;
}

} // namespace

UserStore::UserStore(Database &database)
    : m_database(database)
{}

bool UserStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._@-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool UserStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

std::optional<User> UserStore::find(const QString &name) const
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kUserColumns +
              QStringLiteral(" FROM users WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec()) {
        fail(tr("Cannot read the users: %1").arg(sqlError(q)));
        return std::nullopt;
    }
    if (!q.next()) {
        return std::nullopt;
    }
    return userFrom(q);
}

QList<User> UserStore::list() const
{
    m_error.clear();
    QList<User> users;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kUserColumns +
                QStringLiteral(" FROM users ORDER BY name"))) {
        fail(tr("Cannot read the users: %1").arg(sqlError(q)));
        return users;
    }
    while (q.next()) {
        users.append(userFrom(q));
    }
    return users;
}

bool UserStore::add(const QString &name, Role role, const QString &by)
{
    m_error.clear();
    if (!isValidName(name)) {
        return fail(tr("'%1' is not a valid user name (letters, digits and . _ @ -, at most 64)")
                        .arg(name));
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO users (name, role, created_at, created_by, totp_failures)"
                             " VALUES (?, ?, ?, ?, 0)"));
    q.bindValue(0, name);
    q.bindValue(1, roleName(role));
    q.bindValue(2, toStoredTime(QDateTime::currentDateTimeUtc()));
    q.bindValue(3, storedText(by));
    if (!q.exec()) {
        if (m_database.dialect().isUniqueViolation(q.lastError())) {
            return fail(tr("user %1 exists already").arg(name));
        }
        return fail(tr("Cannot add user %1: %2").arg(name, sqlError(q)));
    }
    qCInfo(lcSecurity) << "user" << name << "added as" << roleName(role) << "by" << by;
    return true;
}

bool UserStore::setRole(const QString &name, Role role, const QString &by)
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE name = ?"));
    q.bindValue(0, roleName(role));
    q.bindValue(1, name);
    if (!q.exec()) {
        return fail(tr("Cannot change the role of %1: %2").arg(name, sqlError(q)));
    }
    if (q.numRowsAffected() == 0) {
        return fail(tr("no user %1").arg(name));
    }
    qCInfo(lcSecurity) << "user" << name << "is now" << roleName(role) << "by" << by;
    return true;
}

std::optional<TotpEnrollment> UserStore::enrollTotp(const QString &name, Totp::Algorithm algorithm)
{
    m_error.clear();
    TotpEnrollment e;
    e.parameters.algorithm = algorithm;
    e.secret = Totp::newSecret(algorithm);
    e.uri = Totp::otpauthUri(QStringLiteral("Conductor"), name, e.secret, e.parameters);
    QSqlQuery q(m_database.connection());
    // A new secret starts with no used code and no failures.
    q.prepare(QStringLiteral(
        "UPDATE users SET totp_secret = ?, totp_algorithm = ?, totp_digits = ?, totp_period = ?,"
        " totp_enrolled_at = ?, totp_last_counter = NULL, totp_failures = 0,"
        " totp_locked_until = NULL WHERE name = ?"));
    q.bindValue(0, Totp::base32Encode(e.secret));
    q.bindValue(1, Totp::algorithmName(algorithm));
    q.bindValue(2, e.parameters.digits);
    q.bindValue(3, e.parameters.periodSeconds);
    q.bindValue(4, toStoredTime(QDateTime::currentDateTimeUtc()));
    q.bindValue(5, name);
    if (!q.exec()) {
        fail(tr("Cannot store the second factor of %1: %2").arg(name, sqlError(q)));
        return std::nullopt;
    }
    if (q.numRowsAffected() == 0) {
        fail(tr("no user %1").arg(name));
        return std::nullopt;
    }
    qCInfo(lcSecurity) << "user" << name << "enrolled a TOTP second factor";
    return e;
}

UserStore::CodeCheck UserStore::checkCode(const QString &name, const QString &code,
                                          const QDateTime &now)
{
    m_error.clear();
    // One write transaction: two processes checking the same code cannot both accept it.
    if (!m_database.beginWrite()) {
        fail(m_database.lastError());
        return CodeCheck::Failed;
    }
    const auto failed = [this](const QString &why) {
        fail(why);
        m_database.rollback();
        return CodeCheck::Failed;
    };
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT totp_secret, totp_algorithm, totp_digits, totp_period,"
                             " totp_last_counter, totp_failures, totp_locked_until"
                             " FROM users WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec()) {
        return failed(sqlError(q));
    }
    if (!q.next()) {
        m_database.rollback();
        return CodeCheck::UnknownUser;
    }
    const QString secretText = q.value(0).toString();
    Totp::Parameters p;
    p.algorithm = Totp::algorithmFromName(q.value(1).toString()).value_or(Totp::Algorithm::Sha1);
    p.digits = q.value(2).isNull() ? 6 : q.value(2).toInt();
    p.periodSeconds = q.value(3).isNull() ? 30 : q.value(3).toInt();
    const bool hasLast = !q.value(4).isNull();
    const qint64 lastCounter = q.value(4).toLongLong();
    int failures = q.value(5).toInt();
    const QDateTime lockedUntil = fromStoredTime(q.value(6).toString());
    q.finish();
    const std::optional<QByteArray> secret = Totp::base32Decode(secretText);
    if (secretText.isEmpty() || !secret || secret->isEmpty()) {
        m_database.rollback();
        return CodeCheck::NotEnrolled;
    }
    if (lockedUntil.isValid() && lockedUntil > now) {
        m_database.rollback();
        return CodeCheck::Locked;
    }
    if (lockedUntil.isValid()) {
        failures = 0; // the lockout ran out
    }
    const std::optional<qint64> counter =
        Totp::match(*secret, code.trimmed(), now.toSecsSinceEpoch(), p, 1);
    CodeCheck result = CodeCheck::Accepted;
    if (!counter) {
        result = CodeCheck::Wrong;
    } else if (hasLast && *counter <= lastCounter) {
        result = CodeCheck::Replayed;
    }
    QSqlQuery u(m_database.connection());
    if (result == CodeCheck::Accepted) {
        u.prepare(QStringLiteral("UPDATE users SET totp_last_counter = ?, totp_failures = 0,"
                                 " totp_locked_until = NULL WHERE name = ?"));
        u.bindValue(0, *counter);
        u.bindValue(1, name);
    } else {
        ++failures;
        const bool lock = failures >= kMaxFailures;
        u.prepare(QStringLiteral(
            "UPDATE users SET totp_failures = ?, totp_locked_until = ? WHERE name = ?"));
        u.bindValue(0, lock ? 0 : failures);
        u.bindValue(1, lock ? toStoredTime(now.addSecs(kLockoutSeconds)) : QVariant(QString()));
        u.bindValue(2, name);
        if (lock) {
            qCWarning(lcSecurity) << "second factor of" << name << "locked after" << failures
                                  << "wrong codes";
        }
    }
    if (!u.exec()) {
        return failed(sqlError(u));
    }
    if (!m_database.commit()) {
        return failed(m_database.lastError());
    }
    return result;
}

bool UserStore::unlock(const QString &name)
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE users SET totp_failures = 0, totp_locked_until = NULL WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec()) {
        return fail(tr("Cannot unlock %1: %2").arg(name, sqlError(q)));
    }
    if (q.numRowsAffected() == 0) {
        return fail(tr("no user %1").arg(name));
    }
    return true;
}

QString UserStore::describe(CodeCheck check, const QString &name)
{
    switch (check) {
    case CodeCheck::Accepted:
        return tr("code accepted");
    case CodeCheck::Wrong:
        return tr("wrong code for %1 (%2 wrong codes in a row lock it for %3 minutes)")
            .arg(name)
            .arg(kMaxFailures)
            .arg(kLockoutSeconds / 60);
    case CodeCheck::Replayed:
        return tr("this code of %1 was used already; wait for the next one").arg(name);
    case CodeCheck::Locked:
        return tr("the second factor of %1 is locked after %2 wrong codes; wait, or ask an "
                  "admin: conductor users unlock %1")
            .arg(name)
            .arg(kMaxFailures);
    case CodeCheck::NotEnrolled:
        return tr("%1 has no second factor; enroll one: conductor users enroll-totp %1").arg(name);
    case CodeCheck::UnknownUser:
        return tr("%1 is not a Conductor user").arg(name);
    case CodeCheck::Failed:
        break;
    }
    return tr("the code could not be checked");
}

bool addFirstAdmin(Database &database, const QString &account, QString *error)
{
    QSqlQuery count(database.connection());
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !count.next()) {
        *error = sqlError(count);
        return false;
    }
    if (count.value(0).toLongLong() > 0) {
        return true;
    }
    count.finish();
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO users (name, role, created_at, created_by, totp_failures)"
                             " VALUES (?, 'admin', ?, 'system', 0)"));
    q.bindValue(0, account);
    q.bindValue(1, toStoredTime(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

} // namespace Conductor
