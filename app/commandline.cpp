// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "alertscommand.h"
#include "budgetcommand.h"
#include "conductor/version.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "config/yamlsafety_p.h"
#include "executionscommand.h"
#include "gatescommand.h"
#include "metricscommand.h"
#include "providerscommand.h"
#include "runcommand.h"
#include "secretscommand.h"
#include "tokencommand.h"
#include "userscommand.h"
#include "validatecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::CommandLine)
};

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

const Command kCommands[] = {
    {"run",
     QT_TRANSLATE_NOOP("Conductor::CommandLine", "Run one execution of a pipeline to its end"),
     &runRunCommand},
    {"resume",
     QT_TRANSLATE_NOOP("Conductor::CommandLine",
                       "Take over unfinished executions whose owner is gone"),
     &runResumeCommand},
    {"gates", QT_TRANSLATE_NOOP("Conductor::CommandLine", "List the gates waiting for a decision"),
     &runGatesCommand},
    {"approve", QT_TRANSLATE_NOOP("Conductor::CommandLine", "Approve or reject a gate"),
     &runApproveCommand},
    {"executions", QT_TRANSLATE_NOOP("Conductor::CommandLine", "List executions"),
     &runExecutionsCommand},
    {"budget", QT_TRANSLATE_NOOP("Conductor::CommandLine", "Show budgets and usage"),
     &runBudgetCommand},
    {"metrics",
     QT_TRANSLATE_NOOP("Conductor::CommandLine", "Show the key metrics of recent executions"),
     &runMetricsCommand},
    {"alerts", QT_TRANSLATE_NOOP("Conductor::CommandLine", "List the alerts raised"),
     &runAlertsCommand},
    {"intervene",
     QT_TRANSLATE_NOOP("Conductor::CommandLine", "Pause, resume, cancel, skip or retry"),
     &runInterveneCommand},
    {"providers",
     QT_TRANSLATE_NOOP("Conductor::CommandLine",
                       "Check whether each provider of a pipeline answers"),
     &runProvidersCommand},
    {"secrets", QT_TRANSLATE_NOOP("Conductor::CommandLine", "Keep API keys in the system keychain"),
     &runSecretsCommand},
    {"token",
     QT_TRANSLATE_NOOP("Conductor::CommandLine", "Create, list and revoke REST API tokens"),
     &runTokenCommand},
    {"users",
     QT_TRANSLATE_NOOP("Conductor::CommandLine",
                       "List and add users, set roles, enroll second factors"),
     &runUsersCommand},
    {"validate",
     QT_TRANSLATE_NOOP("Conductor::CommandLine", "Check configuration and pipeline files"),
     &runValidateCommand},
};

QString helpText()
{
    QString text =
        Text::tr("Usage: %1 [COMMAND] [OPTIONS]").arg(QCoreApplication::applicationName()) +
        u"\n\n" +
        Text::tr("Conductor orchestrates multi-stage AI-agent pipelines with budgets and quality "
                 "gates.") +
        u"\n" + Text::tr("Without a command, Conductor opens its main window.") + u"\n\n" +
        Text::tr("Commands:") + u'\n';
    for (const Command &c : kCommands) {
        text += u"  " + QString::fromLatin1(c.name).leftJustified(12) +
                QCoreApplication::translate("Conductor::CommandLine", c.summary) + u'\n';
    }
    text += u'\n' + Text::tr("Options:") + u'\n';
    text += u"  -h, --help    " + Text::tr("Show this help, or a command's with COMMAND --help") +
            u'\n';
    text += u"  -v, --version " + Text::tr("Show the version") + u'\n';
    text += u"  --headless    " +
            Text::tr("Run without a window, serving the REST API (--headless --help)") + u'\n';
    return text;
}

} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

std::optional<QByteArray> readCheckedFile(const QString &path, bool isPipeline,
                                          const Configuration &config)
{
    Diagnostics problems;
    const std::optional<QByteArray> bytes = YamlSafety::readFile(path, path, problems);
    if (bytes) {
        problems = isPipeline ? PipelineLoader::loadBytes(*bytes, path, config).diagnostics
                              : ConfigLoader::loadBytes(*bytes, path).diagnostics;
    }
    for (const Diagnostic &d : problems) {
        printErr(d.toString());
    }
    if (!bytes || hasErrors(problems)) {
        return std::nullopt;
    }
    return bytes;
}

int parseCommand(QCommandLineParser &parser, const QStringList &arguments, bool allowPositional)
{
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitCode::Success;
    }
    if (!allowPositional && !parser.positionalArguments().isEmpty()) {
        return usageError(
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    return -1;
}

int usageError(const QString &message)
{
    printErr(QCoreApplication::applicationName() + QStringLiteral(": ") + message);
    printErr(
        Text::tr("Try '%1 --help' for more information.").arg(QCoreApplication::applicationName()));
    return ExitCode::Usage;
}

QString commandOf(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1).startsWith(u'-')) {
        return {};
    }
    return arguments.at(1);
}

bool needsNoWindow(const QStringList &arguments)
{
    if (!commandOf(arguments).isEmpty()) {
        return true;
    }
    // Options QGuiApplication and QApplication take for themselves, with one dash or two.
    // The desktop app lets them through; any other option is ours (--help, --version) or
    // a usage error, and neither needs a display.
    static const QStringList qtWithValue{
        QStringLiteral("platform"),      QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"),
        QStringLiteral("qmljsdebugger"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"),   QStringLiteral("qwindowtitle"),
        QStringLiteral("session"),       QStringLiteral("display"),
        QStringLiteral("geometry"),      QStringLiteral("title"),
        QStringLiteral("icon"),          QStringLiteral("name"),
        QStringLiteral("style"),         QStringLiteral("stylesheet")};
    static const QStringList qtFlags{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                     QStringLiteral("nograb"), QStringLiteral("dograb"),
                                     QStringLiteral("sync")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(u'-')) {
            continue; // a stray word: handleGlobalOptions reports it once Qt has had its options
        }
        const QString name = a.mid(a.startsWith(u"--") ? 2 : 1).section(u'=', 0, 0);
        if (qtWithValue.contains(name)) {
            i += a.contains(u'=') ? 0 : 1;
        } else if (!qtFlags.contains(name)) {
            return true;
        }
    }
    return false;
}

int handleGlobalOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help(
        QStringList{QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("help-all")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOption(help);
    parser.addOption(version);
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(version)) {
        printOut(QCoreApplication::applicationName() + u' ' + QStringLiteral(CONDUCTOR_VERSION));
        return ExitCode::Success;
    }
    if (parser.isSet(help)) {
        printOut(helpText());
        return ExitCode::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    return -1;
}

int runCommand(const QStringList &arguments)
{
    const QString name = commandOf(arguments);
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name)) {
            // The command sees its own name as argv[0], as QCommandLineParser expects.
            QStringList rest = arguments.mid(1);
            rest[0] = QCoreApplication::applicationName() + u' ' + name;
            return c.run(rest);
        }
    }
    return usageError(Text::tr("unknown command '%1'").arg(name));
}

} // namespace Conductor
