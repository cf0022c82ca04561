// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretscommand.h"

#include "commandline.h"
#include "security/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::SecretsCommand)
};

// The value from stdin; on a terminal, asked for without echo, one line.
QByteArray readValue(const QString &name)
{
    if (::isatty(STDIN_FILENO) == 0) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return {};
        }
        return SecretStore::trimmedValue(in.read(SecretStore::kMaxValueSize + 1));
    }
    std::fputs(qPrintable(Text::tr("Value of %1 (not shown): ").arg(name)), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool hidden = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hidden) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray value;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin)) {
        value.append(static_cast<char>(c));
    }
    if (hidden) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    std::fputc('\n', stderr);
    return SecretStore::trimmedValue(value);
}

// Runs one call of the store to its answer; this thread has nothing else to do meanwhile.
template<typename Start>
void await(Start start)
{
    QEventLoop loop;
    bool answered = false;
    start(&loop, [&] {
        answered = true;
        loop.quit();
    });
    if (!answered) {
        loop.exec();
    }
}

} // namespace

int runSecretsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Keeps API keys in the system keychain. On a server without one, keys are read "
                 "from systemd's credentials ($CREDENTIALS_DIRECTORY) or from a folder given "
                 "with --secrets-dir that only its owner may read; both are read-only.\n\n"
                 "  secrets set NAME        (reads the value from stdin)\n"
                 "  secrets list\n"
                 "  secrets delete NAME"));
    parser.addHelpOption();
    const QCommandLineOption secretsDir(
        QStringLiteral("secrets-dir"),
        Text::tr("Read secrets from the files in DIR (owner-only) instead of the keychain."),
        QStringLiteral("DIR"));
    parser.addOption(secretsDir);
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("set, list or delete."),
                                 QStringLiteral("ACTION"));
    if (const int code = parseCommand(parser, arguments, true); code >= 0) {
        return code;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        return usageError(Text::tr("secrets needs an action: set, list or delete"));
    }
    const QString action = args.first();
    const bool named = action == u"set" || action == u"delete";
    if (!named && action != u"list") {
        return usageError(Text::tr("unknown action '%1'; one of set, list, delete").arg(action));
    }
    if (args.size() != (named ? 2 : 1)) {
        return usageError(Text::tr("usage: conductor secrets %1")
                              .arg(named ? action + QStringLiteral(" NAME") : action));
    }
    if (named && !SecretStore::isValidName(args.at(1))) {
        return usageError(SecretStore::invalidNameMessage(args.at(1)));
    }
    if (parser.isSet(secretsDir) && parser.value(secretsDir).isEmpty()) {
        return usageError(Text::tr("--secrets-dir needs a folder"));
    }
    const std::unique_ptr<SecretStore> store = chooseSecretStore(parser.value(secretsDir));

    bool ok = false;
    QString message;
    if (action == u"list") {
        QStringList names;
        await([&](QObject *context, const std::function<void()> &answered) {
            store->list(context, [&, answered](bool done, const QStringList &n, const QString &m) {
                ok = done;
                names = n;
                message = m;
                answered();
            });
        });
        if (ok) {
            for (const QString &n : std::as_const(names)) {
                printOut(n);
            }
            return ExitCode::Success;
        }
    } else {
        const QString name = args.at(1);
        QByteArray value;
        if (action == u"set") {
            value = readValue(name);
            if (value.isEmpty()) {
                printErr(Text::tr("no value for %1 on stdin; nothing was stored").arg(name));
                return ExitCode::Failure;
            }
            if (value.size() > SecretStore::kMaxValueSize) {
                printErr(Text::tr("the value for %1 is longer than %2 bytes; nothing was stored")
                             .arg(name)
                             .arg(SecretStore::kMaxValueSize));
                return ExitCode::Failure;
            }
        }
        await([&](QObject *context, const std::function<void()> &answered) {
            const auto done = [&, answered](bool d, const QString &m) {
                ok = d;
                message = m;
                answered();
            };
            if (action == u"set") {
                store->store(name, value, context, done);
            } else {
                store->remove(name, context, done);
            }
        });
        value.fill('\0');
        if (ok) {
            printOut(action == u"set" ? Text::tr("%1 stored in %2").arg(name, store->where())
                                      : Text::tr("%1 deleted from %2").arg(name, store->where()));
            return ExitCode::Success;
        }
    }
    printErr(QCoreApplication::applicationName() + QStringLiteral(": ") + message);
    return ExitCode::Failure;
}

} // namespace Conductor
