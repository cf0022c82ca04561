// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line: `conductor` with no command opens the desktop app; a command
// (validate, and those later issues bring) runs without a window. Exit codes are part
// of the public contract.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Conductor {

struct Configuration;

namespace ExitCode {
inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int Usage = 2;
inline constexpr int Refused = 3; // not allowed, already decided, or refused at start
} // namespace ExitCode

// The command the arguments name, or empty when they ask for the desktop app.
[[nodiscard]] QString commandOf(const QStringList &arguments);
// Whether the arguments can be served without a display (a command, --help, --version).
[[nodiscard]] bool needsNoWindow(const QStringList &arguments);
// Runs a command (arguments[1] is its name) and returns its exit code.
int runCommand(const QStringList &arguments);
// Handles --help and --version for the app itself; returns -1 when neither was asked.
int handleGlobalOptions(const QStringList &arguments);

// Parses a command's arguments (argv[0] is the command) and handles --help. Returns the
// exit code when there is nothing more to do (help printed, or a usage error), else -1.
// Without allowPositional, a stray argument is a usage error.
int parseCommand(QCommandLineParser &parser, const QStringList &arguments, bool allowPositional);

void printOut(const QString &text);
void printErr(const QString &text);
int usageError(const QString &message);

// The bytes of a configuration or pipeline file, checked as `conductor validate` checks
// it (its problems printed as FILE:LINE:COLUMN: message); nothing when it is not valid.
[[nodiscard]] std::optional<QByteArray> readCheckedFile(const QString &path, bool isPipeline,
                                                        const Configuration &config);

} // namespace Conductor
