// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `conductor run` on a terminal without --approve-gates: when the execution waits at a
// gate the local operator may decide, shows what a reviewer needs (why it opened, cost so
// far, verdicts, the last stage's output) and asks approve / reject / wait on the
// terminal, reading it without blocking the event loop. A decision made elsewhere
// meanwhile withdraws the question. Critical gates are never asked: whoever started the
// execution may not decide them.

#include "access.h"

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace Conductor {

class Engine;
class ExecutionWatcher;

class GatePrompt final : public QObject
{
    Q_OBJECT

public:
    GatePrompt(Engine *engine, const ExecutionWatcher &watcher, Actor actor,
               QObject *parent = nullptr);

    // Whether stdin is a terminal, so that questions can be answered.
    [[nodiscard]] static bool canAsk();

    void onWaiting(const QString &executionId, const QString &why);

private:
    void ask(const QString &executionId);
    void onLine();
    void decide(const QString &decision, const QString &notes);
    [[nodiscard]] bool stillPending() const;

    Engine *m_engine;
    const ExecutionWatcher &m_watcher;
    Actor m_actor;
    QSocketNotifier *m_notifier = nullptr;
    QString m_executionId;
    QString m_gateId;
    QString m_pendingDecision; // set after the first answer, while notes are asked for
    QString m_buffer;
};

} // namespace Conductor
