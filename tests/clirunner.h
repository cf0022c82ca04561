// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real conductor binary for the command-line tests, with its own HOME and XDG
// folders, and collects what it printed.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest/QTest>

namespace Conductor::Test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty()) {
                lines.append(QJsonDocument::fromJson(line).object());
            }
        }
        return lines;
    }
};

class Cli
{
public:
    Cli()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        // Who acts is the kernel's user id, never $USER: a test proves it.
        env.insert(QStringLiteral("USER"), QStringLiteral("impostor"));
        m_env = env;
    }

    [[nodiscard]] QString path(const QString &name) const { return m_home.filePath(name); }
    [[nodiscard]] const QProcessEnvironment &environment() const { return m_env; }
    // Sets a variable of the environment the next commands run in.
    void setVariable(const QString &name, const QString &value) { m_env.insert(name, value); }
    [[nodiscard]] QString db() const { return path(QStringLiteral("conductor.db")); }
    [[nodiscard]] QString output() const { return path(QStringLiteral("out")); }

    // Starts conductor with arguments; the caller owns the process.
    [[nodiscard]] QProcess *start(const QStringList &arguments, QObject *parent) const
    {
        auto *p = new QProcess(parent);
        p->setProcessEnvironment(m_env);
        p->start(QStringLiteral(CONDUCTOR_BINARY), arguments);
        return p;
    }

    CliResult run(const QStringList &arguments, int timeoutMs = 120'000) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(CONDUCTOR_BINARY), arguments);
        CliResult r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out: " + arguments.join(u' ').toUtf8();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

} // namespace Conductor::Test
