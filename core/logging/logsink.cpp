// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsink.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

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
    static SinkState s;
    return s;
}

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

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                            + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
                            + message.toUtf8() + '\n';
    // A message logged while writing one (a file error, say) goes to stderr only, since
    // the mutex is ours already.
    static thread_local bool writing = false;
    if (writing) {
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        return;
    }
    writing = true;
    SinkState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.options.toStderr && severity(type) >= severity(s.options.stderrThreshold)) {
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        std::fflush(stderr);
    }
    if (s.file) {
        if (s.file->size() + line.size() > s.options.maxFileBytes && s.file->size() > 0) {
            rotate(s);
        }
        if (s.file) {
            s.file->write(line);
            s.file->flush();
        }
    }
    writing = false;
}

} // namespace

void LogSink::install(const LogSinkOptions &options)
{
    SinkState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        s.options.keepFiles = std::max(1, s.options.keepFiles);
        openFile(s);
        if (s.installed) {
            return;
        }
        s.installed = true;
    }
    s.previous = qInstallMessageHandler(handler);
}

void LogSink::uninstall()
{
    SinkState &s = state();
    QMutexLocker lock(&s.mutex);
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
    QMutexLocker lock(&s.mutex);
    return s.file ? s.file->fileName() : QString();
}

QString LogSink::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

} // namespace Conductor
