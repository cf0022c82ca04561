// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the commands that touch the database share: where it is, who the local operator
// is, and the options every such command takes.

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace Conductor {

struct CommandEnvironment
{
    QString databasePath;
    QString operatorName;
    QString secretsDir; // --secrets-dir, for commands that take it; empty otherwise

    // Adds --db to a parser.
    static QCommandLineOption databaseOption();
    // --secrets-dir: where agents' keys come from on a machine without a keychain.
    static QCommandLineOption secretsDirOption();
    // --pipeline FILE and --config FILE, for commands that load them (the shipped ones by
    // default).
    static QCommandLineOption pipelineOption();
    static QCommandLineOption configOption();
    // Reads --db (or the default, in the app's data folder) and the operator's name.
    [[nodiscard]] static CommandEnvironment from(const QCommandLineParser &parser);
    [[nodiscard]] static QString defaultDatabasePath();
};

} // namespace Conductor
