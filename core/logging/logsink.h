// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where log messages go: standard error and a rotating file in the app's data folder
// (conductor.log, then conductor.log.1 ... conductor.log.N, oldest last). Installed once
// by main(); thread-safe, since every thread logs.

#include <QString>
#include <QtGlobal>

namespace Conductor {

struct LogSinkOptions
{
    QString directory; // empty: no file, stderr only
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int keepFiles = 5; // rotated files kept besides the current one
    bool toStderr = true;
    QtMsgType stderrThreshold = QtInfoMsg; // less severe messages reach the file only
};

class LogSink final
{
public:
    // Installs the message handler; a second call replaces the options.
    static void install(const LogSinkOptions &options);
    // Restores Qt's default handler and closes the file.
    static void uninstall();
    // The file currently written, or empty.
    [[nodiscard]] static QString currentFile();
    // The default folder: the platform's place for logs (on Linux $XDG_STATE_HOME/<organization>/
    // <application>/logs, ~/.local/state/... by default).
    [[nodiscard]] static QString defaultDirectory();
};

} // namespace Conductor
