// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userscommand.h"

#include "access.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "qrterminal.h"
#include "security/userstore.h"
#include "store/storequeries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::UsersCommand)
};

QString roleList()
{
    return QStringLiteral("viewer, operator, approver, admin");
}

std::optional<Role> parseRole(const QString &name)
{
    const std::optional<Role> role = roleFromName(name);
    if (!role) {
        usageError(Text::tr("a role is one of %1, not '%2'").arg(roleList(), name));
    }
    return role;
}

} // namespace

int runUsersCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Manages the people who may act on this database and their roles (%1).\n\n"
                 "  users list\n"
                 "  users add NAME --role ROLE          (admin)\n"
                 "  users set-role NAME ROLE            (admin)\n"
                 "  users enroll-totp NAME              (NAME themselves, or an admin)\n"
                 "  users unlock NAME                   (admin; after 5 wrong codes)")
            .arg(roleList()));
    parser.addHelpOption();
    const QCommandLineOption role(QStringLiteral("role"), Text::tr("The new user's role."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption algorithm(QStringLiteral("algorithm"),
                                       Text::tr("SHA1 (default), SHA256 or SHA512."),
                                       QStringLiteral("NAME"), QStringLiteral("SHA1"));
    const QCommandLineOption noQr(QStringLiteral("no-qr"),
                                  Text::tr("Do not draw the QR code on the terminal."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOptions({role, algorithm, noQr, json, CommandEnvironment::databaseOption()});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Text::tr("list, add, set-role, enroll-totp or unlock."),
                                 QStringLiteral("ACTION"));
    if (const int code = parseCommand(parser, arguments, true); code >= 0) {
        return code;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        return usageError(Text::tr("users needs an action: list, add, set-role, enroll-totp or "
                                   "unlock"));
    }
    const QString action = args.first();
    const CommandEnvironment env = CommandEnvironment::from(parser);
    const auto needArgs = [&](qsizetype n, const QString &form) {
        if (args.size() != n) {
            usageError(Text::tr("usage: conductor users %1").arg(form));
            return false;
        }
        return true;
    };

    if (action == u"list") {
        if (!needArgs(1, QStringLiteral("list")) ||
            !actorWithRole(env, Role::Viewer, Text::tr("list users"))) {
            return args.size() != 1 ? ExitCode::Usage : ExitCode::Refused;
        }
        StoreQueries queries(env.databasePath);
        UserStore users(*queries.database());
        const QList<User> all = users.list();
        if (!users.error().isEmpty()) {
            printErr(users.error());
            return ExitCode::Failure;
        }
        QJsonArray list;
        for (const User &u : all) {
            list.append(QJsonObject{
                {QStringLiteral("name"), u.name},
                {QStringLiteral("role"), roleName(u.role)},
                {QStringLiteral("totp"), u.totpEnrolled},
                {QStringLiteral("locked"), u.totpLockedUntil.isValid() &&
                                               u.totpLockedUntil > QDateTime::currentDateTimeUtc()},
                {QStringLiteral("createdAt"), u.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("createdBy"), u.createdBy}});
        }
        if (parser.isSet(json)) {
            printOut(
                QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
            return ExitCode::Success;
        }
        for (const QJsonValue &v : list) {
            const QJsonObject u = v.toObject();
            printOut(Text::tr("%1  %2  %3%4")
                         .arg(u.value(QStringLiteral("name")).toString().leftJustified(20),
                              u.value(QStringLiteral("role")).toString().leftJustified(9),
                              u.value(QStringLiteral("totp")).toBool() ? Text::tr("TOTP enrolled")
                                                                       : Text::tr("no TOTP"),
                              u.value(QStringLiteral("locked")).toBool() ? Text::tr(", locked")
                                                                         : QString()));
        }
        return ExitCode::Success;
    }

    if (action == u"add" || action == u"set-role") {
        const bool add = action == u"add";
        if (!needArgs(add ? 2 : 3, add ? QStringLiteral("add NAME --role ROLE")
                                       : QStringLiteral("set-role NAME ROLE"))) {
            return ExitCode::Usage;
        }
        if (add && !parser.isSet(role)) {
            return usageError(Text::tr("users add needs --role ROLE (%1)").arg(roleList()));
        }
        const std::optional<Role> r = parseRole(add ? parser.value(role) : args.at(2));
        if (!r) {
            return ExitCode::Usage;
        }
        const std::optional<Actor> admin =
            actorWithRole(env, Role::Admin, add ? Text::tr("add users") : Text::tr("change roles"));
        if (!admin) {
            return ExitCode::Refused;
        }
        const QString name = args.at(1);
        if (!add && name == admin->name && *r != Role::Admin) {
            // An admin who demotes themselves could leave the database without one.
            return usageError(Text::tr("an admin cannot lower their own role; another admin can"));
        }
        StoreQueries queries(env.databasePath);
        UserStore users(*queries.database());
        if (!(add ? users.add(name, *r, admin->name) : users.setRole(name, *r, admin->name))) {
            printErr(users.error());
            return ExitCode::Failure;
        }
        printOut(add ? Text::tr("added %1 as %2").arg(name, roleName(*r))
                     : Text::tr("%1 is now %2").arg(name, roleName(*r)));
        return ExitCode::Success;
    }

    if (action == u"enroll-totp") {
        if (!needArgs(2, QStringLiteral("enroll-totp NAME"))) {
            return ExitCode::Usage;
        }
        const QString name = args.at(1);
        const std::optional<Totp::Algorithm> a = Totp::algorithmFromName(parser.value(algorithm));
        if (!a) {
            return usageError(Text::tr("--algorithm is SHA1, SHA256 or SHA512, not '%1'")
                                  .arg(parser.value(algorithm)));
        }
        // Whoever enrols sees the secret: the person themselves, or an admin resetting it.
        const std::optional<Actor> actor =
            actorWithRole(env, name == env.operatorName ? Role::Viewer : Role::Admin,
                          Text::tr("enroll a second factor for %1").arg(name));
        if (!actor) {
            return ExitCode::Refused;
        }
        StoreQueries queries(env.databasePath);
        UserStore users(*queries.database());
        const std::optional<TotpEnrollment> e = users.enrollTotp(name, *a);
        if (!e) {
            printErr(users.error());
            return ExitCode::Failure;
        }
        const QString secret = Totp::base32Encode(e->secret);
        if (parser.isSet(json)) {
            printOut(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                            {QStringLiteral("uri"), e->uri},
                                                            {QStringLiteral("secret"), secret}})
                                      .toJson(QJsonDocument::Indented))
                    .trimmed());
            return ExitCode::Success;
        }
        printOut(Text::tr("Second factor for %1. Scan the code with an authenticator app, or "
                          "enter the secret by hand. Any earlier one no longer works.")
                     .arg(name));
        if (!parser.isSet(noQr)) {
            const QString qr = qrForTerminal(e->uri.toUtf8());
            if (!qr.isEmpty()) {
                printOut(qr);
            }
        }
        printOut(Text::tr("secret: %1").arg(secret));
        printOut(Text::tr("uri:    %1").arg(e->uri));
        return ExitCode::Success;
    }

    if (action == u"unlock") {
        if (!needArgs(2, QStringLiteral("unlock NAME"))) {
            return ExitCode::Usage;
        }
        if (!actorWithRole(env, Role::Admin, Text::tr("unlock a second factor"))) {
            return ExitCode::Refused;
        }
        StoreQueries queries(env.databasePath);
        UserStore users(*queries.database());
        if (!users.unlock(args.at(1))) {
            printErr(users.error());
            return ExitCode::Failure;
        }
        printOut(Text::tr("%1 may give codes again").arg(args.at(1)));
        return ExitCode::Success;
    }
    return usageError(
        Text::tr("unknown action '%1'; one of list, add, set-role, enroll-totp, unlock")
            .arg(action));
}

} // namespace Conductor
