// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A demo run: a real execution of the shipped I2S pipeline (its agents are simulated, so it
// needs no keys and spends nothing) on a sample idea, started the way the New pipeline
// dialog starts one — as the operator, with their role, at normal priority, on the
// configuration new executions start with and its defaults. Its gates are left to the
// operator, so the first one waits for them and shows the approval dialog. The idea's
// metadata says demo=true. The start is asked for and answered by signals; nothing waits.

#include "engine/startrequest.h"

#include <QObject>

namespace Conductor {

class Session;
struct ReviewerCheck;

class DemoRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoRun)

public:
    explicit DemoRun(Session *session, QObject *parent = nullptr);

    // The sample idea, in the language of the user interface.
    [[nodiscard]] static Idea sampleIdea();
    // What a demo run asks of the engine, for an operator with this role.
    [[nodiscard]] StartRequest request(const QString &role) const;
    // Whether a start was asked for and not answered yet.
    [[nodiscard]] bool isStarting() const
    {
        return !m_reviewerKey.isEmpty() || !m_startKey.isEmpty();
    }

public Q_SLOTS:
    // Checks the operator's role, then starts -> started() or refused(); does nothing while
    // a start is on its way.
    void start();

Q_SIGNALS:
    void startingChanged(bool starting);
    void started(const QString &executionId);
    // Why no demo run started: the Budget Check's refusal, the operator's role, or the
    // shipped pipeline missing.
    void refused(const QString &reason);

private:
    void onReviewer(const QString &key, const Conductor::ReviewerCheck &check);
    void onStartAnswered(const QString &key, const QString &executionId, const QString &refusal);
    void refuse(const QString &reason);

    Session *m_session;
    QString m_reviewerKey; // the role check on its way
    QString m_startKey;    // the start on its way
};

} // namespace Conductor
