// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandenvironment.h"

#include "security/roles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::CommandLine)
};

} // namespace

QCommandLineOption CommandEnvironment::databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              Text::tr("The database (default: %1).").arg(defaultDatabasePath()),
                              QStringLiteral("PATH"));
}

QCommandLineOption CommandEnvironment::secretsDirOption()
{
    return QCommandLineOption(QStringLiteral("secrets-dir"),
                              Text::tr("Take agents' keys from this folder, whose files only "
                                       "their owner may read, instead of the keychain."),
                              QStringLiteral("DIR"));
}

QCommandLineOption CommandEnvironment::pipelineOption()
{
    return QCommandLineOption(QStringLiteral("pipeline"),
                              Text::tr("A pipeline file (default: the I2S pipeline)."),
                              QStringLiteral("FILE"));
}

QCommandLineOption CommandEnvironment::configOption()
{
    return QCommandLineOption(QStringLiteral("config"),
                              Text::tr("A conductor-agent.yml (default: the built-in one)."),
                              QStringLiteral("FILE"));
}

QString CommandEnvironment::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/conductor.db");
}

CommandEnvironment CommandEnvironment::from(const QCommandLineParser &parser)
{
    CommandEnvironment env;
    env.databasePath = parser.isSet(QStringLiteral("db"))
                           ? QDir::current().absoluteFilePath(parser.value(QStringLiteral("db")))
                           : defaultDatabasePath();
    env.operatorName = osAccountName(); // the kernel's word, not the environment's
    if (parser.optionNames().contains(QStringLiteral("secrets-dir"))) {
        env.secretsDir =
            QDir::current().absoluteFilePath(parser.value(QStringLiteral("secrets-dir")));
    }
    return env;
}

} // namespace Conductor
