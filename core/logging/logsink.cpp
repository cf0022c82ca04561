// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace Conductor {

namespace {

struct SinkState
{
    QMutex mutex;
    LogSinkOptions options;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

SinkState &state()
{
    // Never destroyed: a thread or a static destructor may still log after main() returns.
    static SinkState *const s = new SinkState;
    return *s;
}

// Set while this thread holds the sink's mutex. Qt may log from inside the file
// operations done under it (opening a device to append warns that it cannot seek), and
// locking again would deadlock.
thread_local bool t_holdsSink = false;

class SinkLock final
{
public:
    explicit SinkLock(SinkState &s)
        : m_lock(&s.mutex)
    {
        t_holdsSink = true;
    }
    ~SinkLock() { t_holdsSink = false; }
    Q_DISABLE_COPY_MOVE(SinkLock)

private:
    QMutexLocker<QMutex> m_lock;
};

QString logPath(const QString &directory, int index)
{
    const QString base = directory + QStringLiteral("/conductor.log");
    return index == 0 ? base : base + u'.' + QString::number(index);
}

// Caller holds the mutex.
void openFile(SinkState &s)
{
    s.file.reset();
    if (s.options.directory.isEmpty() || !QDir().mkpath(s.options.directory)) {
        return;
    }
    auto file = std::make_unique<QFile>(logPath(s.options.directory, 0));
    if (file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        s.file = std::move(file);
    }
}

// Caller holds the mutex.
void rotate(SinkState &s)
{
    s.file.reset();
    const QString &dir = s.options.directory;
    QFile::remove(logPath(dir, s.options.keepFiles));
    for (int i = s.options.keepFiles - 1; i >= 0; --i) {
        if (QFile::exists(logPath(dir, i))) {
            QFile::rename(logPath(dir, i), logPath(dir, i + 1));
        }
    }
    openFile(s);
}

// QtMsgType's values are not in order of severity (QtInfoMsg comes last).
int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 4;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// Caller holds the mutex.
void writeToStderr(const SinkState &s, QtMsgType type, const QByteArray &line)
{
    if (s.options.toStderr && severity(type) >= severity(s.options.stderrThreshold)) {
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        std::fflush(stderr);
    }
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                            ' ' + levelName(type) + ' ' +
                            (context.category ? context.category : "default") + ": " +
                            message.toUtf8() + '\n';
    SinkState &s = state();
    if (t_holdsSink) {
        // Logged by the sink's own work (a file error, say): the mutex is ours already
        // and the file may be half rotated, so it goes to stderr alone.
        writeToStderr(s, type, line);
        return;
    }
    SinkLock lock(s);
    writeToStderr(s, type, line);
    if (s.file) {
        if (s.file->size() + line.size() > s.options.maxFileBytes && s.file->size() > 0) {
            rotate(s);
        }
        if (s.file) {
            s.file->write(line);
            s.file->flush();
        }
    }
}

} // namespace

void LogSink::install(const LogSinkOptions &options)
{
    SinkState &s = state();
    SinkLock lock(s);
    s.options = options;
    s.options.keepFiles = std::max(1, s.options.keepFiles);
    openFile(s);
    if (!s.installed) {
        s.installed = true;
        s.previous = qInstallMessageHandler(handler);
    }
}

void LogSink::uninstall()
{
    SinkState &s = state();
    SinkLock lock(s);
    if (!s.installed) {
        return;
    }
    qInstallMessageHandler(s.previous);
    s.installed = false;
    s.file.reset();
}

QString LogSink::currentFile()
{
    SinkState &s = state();
    SinkLock lock(s);
    return s.file ? s.file->fileName() : QString();
}

QString LogSink::defaultDirectory()
{
    const QString app =
        QCoreApplication::organizationName() + u'/' + QCoreApplication::applicationName();
#if defined(Q_OS_MACOS)
    // Where Console.app looks.
    return QDir::homePath() + QStringLiteral("/Library/Logs/") + app;
#elif defined(Q_OS_UNIX)
    // Logs are state, not data (XDG Base Directory 0.8): $XDG_STATE_HOME, ~/.local/state
    // when it is unset or not absolute. Qt 6.4 has no location for it (StateLocation came
    // in 6.7). Test mode keeps it under the test's own folder as it does the others.
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (QStandardPaths::isTestModeEnabled()) {
        base = QDir::homePath() + QStringLiteral("/.qttest/state");
    } else if (base.isEmpty() || QDir::isRelativePath(base)) {
        base = QDir::homePath() + QStringLiteral("/.local/state");
    }
    return base + u'/' + app + QStringLiteral("/logs");
#else
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/logs");
#endif
}

} // namespace Conductor
