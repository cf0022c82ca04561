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

    // Adds --db to a parser.
    static QCommandLineOption databaseOption();
    // Reads --db (or the default, in the app's data folder) and the operator's name.
    [[nodiscard]] static CommandEnvironment from(const QCommandLineParser &parser);
    [[nodiscard]] static QString defaultDatabasePath();
};

} // namespace Conductor
