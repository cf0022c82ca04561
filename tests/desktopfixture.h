// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The desktop app's core for a test: a Session (store, engine and reader threads)
// on a temporary SQLite database, opened and ready, with requests for the shipped
// pipeline running its simulated agents fast.

#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "engine/session.h"
#include "security/roles.h"
#include "security/userstore.h"
#include "store/storequeries.h"
#include "store/storereader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

namespace Conductor::Test {

// The shipped pipeline with its simulated agents sped up (a stage takes tens of ms).
inline QByteArray fastPipeline(double timeScale = 0.01)
{
    QFile file(PipelineLoader::builtInPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray text = file.readAll();
    text.replace("timeScale: 1.0", QByteArray("timeScale: " + QByteArray::number(timeScale)));
    return text;
}

class DesktopFixture
{
    // First, so that it outlives the session using the database in it.
    QTemporaryDir m_dir;
    QString m_path;

public:
    explicit DesktopFixture(const QString &databasePath = {})
        : m_path(databasePath.isEmpty() ? m_dir.filePath(QStringLiteral("conductor.db"))
                                        : databasePath)
    {
        Session::Options options;
        options.databasePath = m_path;
        options.operatorName = osAccountName(); // the database's first admin
        options.takeOverInterval = std::chrono::milliseconds(0);
        session = std::make_unique<Session>(options);
    }

    // Opens the session; false when the store did not open.
    [[nodiscard]] bool open()
    {
        QSignalSpy state(session.get(), &Session::stateChanged);
        session->open();
        return state.wait(10'000) && session->state() == Session::State::Ready;
    }

    [[nodiscard]] const QString &databasePath() const { return m_path; }
    [[nodiscard]] QString outputDir() const { return m_dir.filePath(QStringLiteral("out")); }
    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return {};
        }
        return f.fileName();
    }

    [[nodiscard]] StartRequest request(
        const QString &description = QStringLiteral("A marketplace for used lab equipment")) const
    {
        StartRequest r;
        r.idea.title = description.left(40);
        r.idea.description = description;
        r.options.outputDir = outputDir();
        r.options.seed = 0;
        r.configText = ConfigLoader::builtInText();
        r.pipelineText = fastPipeline();
        r.requestedBy = osAccountName();
        r.requestedRole = QStringLiteral("admin");
        return r;
    }

    // Starts an execution through the session; its id, or empty with the refusal kept.
    QString start(const StartRequest &r)
    {
        QSignalSpy answered(session.get(), &Session::startAnswered);
        const QString key = session->start(r);
        for (int i = 0; i < 1000; ++i) {
            for (const QList<QVariant> &a : std::as_const(answered)) {
                if (a.at(0).toString() == key) {
                    refusal = a.at(2).toString();
                    return a.at(1).toString();
                }
            }
            QTest::qWait(10);
        }
        return {};
    }

    // Submits a command and waits for its outcome.
    QString submit(const StoredCommand &command, int timeoutMs = 20'000)
    {
        QSignalSpy answered(session.get(), &Session::commandAnswered);
        const QString key = session->submit(command);
        for (int waited = 0; waited < timeoutMs; waited += 10) {
            for (const QList<QVariant> &a : std::as_const(answered)) {
                if (a.at(0).toString() == key) {
                    return a.at(2).toString();
                }
            }
            QTest::qWait(10);
        }
        return QStringLiteral("(no answer)");
    }

    // Enrols the operator's second factor; returns the secret (empty on failure).
    [[nodiscard]] QByteArray enrollOperator() const
    {
        StoreQueries queries(m_path);
        UserStore users(*queries.database());
        const std::optional<TotpEnrollment> e = users.enrollTotp(osAccountName());
        return e ? e->secret : QByteArray();
    }

    // The execution's row as stored now.
    [[nodiscard]] std::optional<ExecutionSummary> row(const QString &id) const
    {
        return StoreQueries(m_path).execution(id);
    }

    // Waits until the stored row satisfies a test.
    bool waitForRow(const QString &id, const std::function<bool(const ExecutionSummary &)> &test,
                    int timeoutMs = 30'000) const
    {
        for (int waited = 0; waited < timeoutMs; waited += 20) {
            if (const auto r = row(id); r && test(*r)) {
                return true;
            }
            QTest::qWait(20);
        }
        return false;
    }

    QString refusal;
    std::unique_ptr<Session> session;
};

} // namespace Conductor::Test
