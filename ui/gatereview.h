// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Opens a gate's approval dialog and carries its decision out. It reads the execution's
// history (on the reader's thread) for what the reviewer needs, asks the database who the
// operator is, opens the dialog window-modal with QDialog::open(), and keeps it current
// as the execution's events arrive. A decision on a critical gate first has its TOTP
// code checked and used up, exactly as `conductor approve --code` does; then it goes to
// the engine, and the dialog closes only when the engine accepted it.

#include "engine/executionstate.h"
#include "gatedialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Conductor {

class Session;
struct ReviewerCheck;

class GateReview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateReview)

public:
    GateReview(Session *session, QWidget *window);

    // Opens the dialog for a gate (or raises it when it is open already).
    void open(const QString &executionId, const QString &gateId);
    // The dialog open now, if any.
    [[nodiscard]] GateDialog *dialog() const { return m_dialog; }

public Q_SLOTS:
    void applyEvents(const Conductor::ExecutionEvents &events);

Q_SIGNALS:
    void dialogOpened(Conductor::GateDialog *dialog);
    // The engine accepted a decision.
    void decided(const QString &gateId, bool approved);
    // Something kept the dialog from opening.
    void failed(const QString &message);

private:
    void onEvents(qint64 requestId, const QString &executionId,
                  const Conductor::ExecutionEvents &events);
    void onReviewer(const QString &key, const Conductor::ReviewerCheck &check);
    void onDecided(const Conductor::GateDecision &decision);
    void onAnswered(const QString &key, const QString &executionId, const QString &outcome);
    void submit(const GateDecision &decision);

    Session *m_session;
    QWidget *m_window;
    QPointer<GateDialog> m_dialog;
    QString m_executionId; // of the dialog being opened or open
    QString m_gateId;
    ExecutionState m_state;
    qint64 m_eventsRequest = 0;
    QString m_openKey;       // the reviewer check before opening
    QString m_codeKey;       // the code check before a decision
    QString m_commandKey;    // the decision on its way
    GateDecision m_decision; // waiting for its code check
    bool m_approving = false;
    Reviewer m_reviewer;
};

} // namespace Conductor
