// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokencommand.h"

#include "access.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "config/duration.h"
#include "security/apikeys.h"
#include "security/jwt.h"
#include "security/secretstore.h"
#include "store/audittrail.h"
#include "store/storequeries.h"
#include "store/storetypes.h"
#include "store/tokenrows.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::TokenCommand)
};

constexpr qsizetype kMaxSubjectSize = 128;

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// The signing key, made in the keychain when missing; this thread waits for nothing else.
std::optional<QByteArray> signingKey(const CommandEnvironment &env)
{
    const std::unique_ptr<SecretStore> store = chooseSecretStore(env.secretsDir);
    QEventLoop loop;
    bool answered = false;
    std::optional<QByteArray> key;
    QString message;
    ApiSigningKey::load(*store, true, &loop,
                        [&](const std::optional<QByteArray> &k, const QString &m) {
                            key = k;
                            message = m;
                            answered = true;
                            loop.quit();
                        });
    if (!answered) {
        loop.exec();
    }
    if (!key) {
        printErr(message);
    }
    return key;
}

void audit(StoreQueries &queries, const QString &actor, const QString &action,
           const TokenRecord &token)
{
    AuditRecord record;
    record.at = QDateTime::currentDateTimeUtc();
    record.actor = actor;
    record.action = action;
    record.subject = token.id;
    record.detail = QJsonObject{{QStringLiteral("subject"), token.subject},
                                {QStringLiteral("role"), token.role},
                                {QStringLiteral("expiresAt"), time(token.expiresAt)}};
    queries.recordAudit(record);
}

int create(const CommandEnvironment &env, const QString &roleText, const QString &subject,
           const QString &ttlText)
{
    if (!roleFromName(roleText)) {
        return usageError(
            Text::tr("a role is one of viewer, operator, approver, admin, not '%1'").arg(roleText));
    }
    if (subject.trimmed().isEmpty() || subject.size() > kMaxSubjectSize) {
        return usageError(
            Text::tr("--subject needs a name of 1 to %1 characters").arg(kMaxSubjectSize));
    }
    for (const QChar c : subject) {
        if (c.category() == QChar::Other_Control) {
            return usageError(Text::tr("--subject may not hold control characters"));
        }
    }
    const DurationParse ttl = parseDuration(ttlText);
    if (!ttl.value) {
        return usageError(Text::tr("--ttl: %1").arg(ttl.error));
    }
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(*ttl.value).count();
    if (seconds < 1 || seconds > Jwt::kMaxLifetimeSeconds) {
        return usageError(Text::tr("--ttl is between 1s and 366d, not %1").arg(ttlText));
    }
    const std::optional<Actor> admin =
        actorWithRole(env, Role::Admin, Text::tr("create API tokens"));
    if (!admin) {
        return ExitCode::Refused;
    }
    const std::optional<QByteArray> key = signingKey(env);
    if (!key) {
        return ExitCode::Failure;
    }
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const TokenClaims claims{
        subject,     roleText, QString::fromLatin1(Jwt::kAudience), now, now.addSecs(seconds),
        newTokenId()};
    const QByteArray token = signToken(claims, *key);
    if (token.isEmpty() || claims.id.isEmpty()) {
        printErr(Text::tr("Cannot sign the token."));
        return ExitCode::Failure;
    }
    StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Failure;
    }
    TokenRows rows(*queries.database());
    const TokenRecord record{
        claims.id, claims.subject, claims.role, claims.issuedAt, claims.expiresAt, {}, {}};
    if (!rows.insert(record)) {
        printErr(rows.error());
        return ExitCode::Failure;
    }
    audit(queries, admin->name, QString(AuditAction::ApiTokenCreated), record);
    printOut(QString::fromLatin1(token));
    printErr(Text::tr("token %1 for %2 as %3, expires %4")
                 .arg(claims.id, claims.subject, claims.role, time(claims.expiresAt)));
    return ExitCode::Success;
}

int revoke(const CommandEnvironment &env, const QString &id)
{
    const std::optional<Actor> admin =
        actorWithRole(env, Role::Admin, Text::tr("revoke API tokens"));
    if (!admin) {
        return ExitCode::Refused;
    }
    StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Failure;
    }
    TokenRows rows(*queries.database());
    switch (rows.revoke(id, admin->name, QDateTime::currentDateTimeUtc())) {
    case TokenRows::Revocation::Revoked: {
        TokenRecord revoked;
        revoked.id = id;
        for (const TokenRecord &t : rows.list()) {
            if (t.id == id) {
                revoked = t;
            }
        }
        audit(queries, admin->name, QString(AuditAction::ApiTokenRevoked), revoked);
        printOut(Text::tr("revoked token %1").arg(id));
        return ExitCode::Success;
    }
    case TokenRows::Revocation::AlreadyRevoked:
    case TokenRows::Revocation::Unknown:
    case TokenRows::Revocation::Failed:
        break;
    }
    printErr(rows.error());
    return ExitCode::Failure;
}

int list(const CommandEnvironment &env, bool json)
{
    if (!actorWithRole(env, Role::Admin, Text::tr("list API tokens"))) {
        return ExitCode::Refused;
    }
    StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Failure;
    }
    const TokenRows rows(*queries.database());
    const QList<TokenRecord> all = rows.list();
    if (!rows.error().isEmpty()) {
        printErr(rows.error());
        return ExitCode::Failure;
    }
    if (json) {
        QJsonArray array;
        for (const TokenRecord &t : all) {
            array.append(QJsonObject{{QStringLiteral("jti"), t.id},
                                     {QStringLiteral("subject"), t.subject},
                                     {QStringLiteral("role"), t.role},
                                     {QStringLiteral("issuedAt"), time(t.issuedAt)},
                                     {QStringLiteral("expiresAt"), time(t.expiresAt)},
                                     {QStringLiteral("revokedAt"), time(t.revokedAt)},
                                     {QStringLiteral("revokedBy"), t.revokedBy}});
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return ExitCode::Success;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TokenRecord &t : all) {
        const QString state = t.revokedAt.isValid()
                                  ? Text::tr("revoked %1 by %2").arg(time(t.revokedAt), t.revokedBy)
                              : t.expiresAt <= now ? Text::tr("expired")
                                                   : Text::tr("active");
        printOut(Text::tr("%1  %2  %3  issued %4  expires %5  %6")
                     .arg(t.id, t.subject.leftJustified(20), t.role.leftJustified(9),
                          time(t.issuedAt), time(t.expiresAt), state));
    }
    return ExitCode::Success;
}

} // namespace

int runTokenCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Manages the tokens that authenticate calls to the REST API (admins only). A "
                 "token is printed once, when it is made, and never stored.\n\n"
                 "  token create --role ROLE --subject NAME [--ttl 8h]\n"
                 "  token list [--json]\n"
                 "  token revoke JTI"));
    parser.addHelpOption();
    const QCommandLineOption role(QStringLiteral("role"),
                                  Text::tr("The role the token grants: viewer, operator, "
                                           "approver or admin."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption subject(QStringLiteral("subject"),
                                     Text::tr("Who or what holds the token."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption ttl(QStringLiteral("ttl"),
                                 Text::tr("How long the token is good for, at most 366d."),
                                 QStringLiteral("DURATION"), QStringLiteral("8h"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption secretsDir(
        QStringLiteral("secrets-dir"),
        Text::tr("Read the signing key from this owner-only folder instead of the keychain."),
        QStringLiteral("DIR"));
    parser.addOptions({role, subject, ttl, json, secretsDir, CommandEnvironment::databaseOption()});
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("create, list or revoke."),
                                 QStringLiteral("ACTION"));
    if (const int code = parseCommand(parser, arguments, true); code >= 0) {
        return code;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        return usageError(Text::tr("token needs an action: create, list or revoke"));
    }
    if (parser.isSet(secretsDir) && parser.value(secretsDir).isEmpty()) {
        return usageError(Text::tr("--secrets-dir needs a folder"));
    }
    const CommandEnvironment env = CommandEnvironment::from(parser);
    const QString action = args.first();
    if (action == u"create") {
        if (args.size() != 1 || !parser.isSet(role) || !parser.isSet(subject)) {
            return usageError(
                Text::tr("usage: conductor token create --role ROLE --subject NAME [--ttl 8h]"));
        }
        return create(env, parser.value(role), parser.value(subject), parser.value(ttl));
    }
    if (action == u"revoke") {
        if (args.size() != 2) {
            return usageError(Text::tr("usage: conductor token revoke JTI"));
        }
        return revoke(env, args.at(1));
    }
    if (action == u"list") {
        if (args.size() != 1) {
            return usageError(Text::tr("usage: conductor token list [--json]"));
        }
        return list(env, parser.isSet(json));
    }
    return usageError(Text::tr("unknown action '%1'; one of create, list, revoke").arg(action));
}

} // namespace Conductor
