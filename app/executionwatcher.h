// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Follows executions for `run` and `resume` on the main thread: prints their committed
// events (JSON lines with --json, a progress line otherwise), and knows when each has
// ended or waits on a person, and with which exit code the command ends.

#include "engine/event.h"
#include "engine/executionstate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

namespace Conductor {

class ExecutionWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionWatcher)

public:
    // With settleWhenWaiting, an execution waiting on a person counts as settled (resume);
    // without, only an end does (run waits for the person).
    ExecutionWatcher(bool json, bool settleWhenWaiting, QObject *parent = nullptr);

    // Follows an execution; history, when given, is what happened before (not printed).
    void watch(const QString &executionId, const ExecutionEvents &history = {});
    [[nodiscard]] bool settled() const; // every watched execution ended or waits on a person
    [[nodiscard]] int exitCode() const;
    [[nodiscard]] bool isWatching() const { return !m_watched.isEmpty(); }
    // The state as committed so far, or nullptr for an execution not watched.
    [[nodiscard]] const ExecutionState *stateOf(const QString &executionId) const
    {
        const auto it = m_watched.constFind(executionId);
        return it == m_watched.cend() ? nullptr : &it->state;
    }

    void onEvents(const Conductor::ExecutionEvents &events);
    void onEnded(const QString &executionId, int status, const QString &bundle);
    void onWaiting(const QString &executionId, const QString &why);
    void onLost(const QString &executionId, const QString &why);
    // A running attempt's figures so far (Engine::attemptRunning), shown until it ends.
    void onAttemptRunning(const QString &executionId, const QString &stageId, qint64 tokens,
                          qint64 costMicros);

Q_SIGNALS:
    void allSettled();

private:
    struct Watched
    {
        ExecutionState state;
        bool ended = false;
        bool waiting = false;
        bool lost = false;
        QString bundle;
        QHash<QString, std::pair<qint64, qint64>> running; // stage -> tokens, micros so far
    };
    void printProgress(const Watched &w);
    void checkSettled();

    bool m_json;
    bool m_settleWhenWaiting;
    bool m_interactive;
    QHash<QString, Watched> m_watched;
    QHash<QString, ExecutionEvents> m_early; // events that came before watch()
    QElapsedTimer m_sinceProgress;
    bool m_progressShown = false;
};

} // namespace Conductor
