// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gatereview.h"

#include "engine/session.h"
#include "security/roles.h"
#include "store/storereader.h"

#include <QJsonObject>
#include <QWidget>

namespace Conductor {

GateReview::GateReview(Session *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(m_session->reader(), &StoreReader::eventsFetched, this, &GateReview::onEvents);
    connect(m_session, &Session::reviewerChecked, this, &GateReview::onReviewer);
    connect(m_session, &Session::commandAnswered, this, &GateReview::onAnswered);
    connect(m_session, &Session::eventsCommitted, this, &GateReview::applyEvents);
}

void GateReview::open(const QString &executionId, const QString &gateId)
{
    if (m_dialog) {
        if (m_dialog->gateId() == gateId) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        m_dialog->close(); // one gate at a time: the newer request wins
    }
    m_executionId = executionId;
    m_gateId = gateId;
    m_state = ExecutionState();
    m_openKey.clear();
    m_eventsRequest = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_session->reader(), "fetchEvents", Qt::QueuedConnection,
                              Q_ARG(qint64, m_eventsRequest), Q_ARG(QString, executionId),
                              Q_ARG(qint64, 0));
}

void GateReview::onEvents(qint64 requestId, const QString &executionId,
                          const ExecutionEvents &events)
{
    if (requestId != m_eventsRequest || executionId != m_executionId) {
        return;
    }
    m_eventsRequest = 0;
    for (const ExecutionEvent &e : events) {
        if (e.seq == m_state.lastSeq + 1) {
            m_state.apply(e);
        }
    }
    if (m_dialog) {
        m_dialog->updateState(m_state); // a look after a gap
        return;
    }
    if (!m_state.gate(m_gateId)) {
        Q_EMIT failed(tr("Gate %1 is not in execution %2").arg(m_gateId, executionId));
        return;
    }
    m_openKey = m_session->checkReviewer();
}

void GateReview::onReviewer(const QString &key, const ReviewerCheck &check)
{
    if (key == m_openKey) {
        m_openKey.clear();
        m_reviewer = Reviewer{m_session->operatorName(),
                              roleFromName(check.role).value_or(Role::Viewer), check.totpEnrolled};
        // Someone who is no user still sees the gate; the dialog says why they may not
        // decide it.
        auto *dialog = new GateDialog(m_state, m_gateId, m_reviewer, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &GateDialog::decided, this, &GateReview::onDecided);
        m_dialog = dialog;
        dialog->open();
        Q_EMIT dialogOpened(dialog);
        return;
    }
    if (key == m_codeKey) {
        m_codeKey.clear();
        if (!m_dialog) {
            return;
        }
        if (!check.codeAccepted) {
            m_dialog->setOutcome(false, check.message);
            return;
        }
        submit(m_decision);
    }
}

void GateReview::onDecided(const GateDecision &decision)
{
    const GateRecord *gate = m_state.gate(decision.gateId);
    if (gate && gate->critical) {
        // The code is checked (and used up) first, as the command line does.
        m_decision = decision;
        m_codeKey = m_session->checkReviewer(decision.code);
        return;
    }
    submit(decision);
}

void GateReview::submit(const GateDecision &decision)
{
    StoredCommand command;
    command.executionId = decision.executionId;
    command.kind = QStringLiteral("decide");
    command.args = decision.toArgs();
    command.args.insert(QStringLiteral("role"), roleName(m_reviewer.role));
    const GateRecord *gate = m_state.gate(decision.gateId);
    if (gate && gate->critical) {
        command.args.insert(QStringLiteral("secondFactor"), QStringLiteral("totp"));
    }
    command.reason = decision.notes;
    m_approving = decision.approve;
    m_commandKey = m_session->submit(command);
}

void GateReview::onAnswered(const QString &key, const QString &executionId, const QString &outcome)
{
    Q_UNUSED(executionId)
    if (key != m_commandKey) {
        return;
    }
    m_commandKey.clear();
    const bool accepted = outcome == u"done";
    if (accepted) {
        Q_EMIT decided(m_gateId, m_approving);
    }
    if (m_dialog) {
        m_dialog->setOutcome(accepted, outcome);
    }
}

void GateReview::applyEvents(const ExecutionEvents &events)
{
    if (!m_dialog) {
        return;
    }
    bool changed = false;
    bool gap = false;
    for (const ExecutionEvent &e : events) {
        if (e.executionId != m_executionId || e.seq <= m_state.lastSeq) {
            continue;
        }
        if (e.seq != m_state.lastSeq + 1) {
            gap = true;
            break;
        }
        m_state.apply(e);
        changed = true;
    }
    if (changed) {
        m_dialog->updateState(m_state);
    }
    if (gap && m_eventsRequest == 0) {
        m_eventsRequest = StoreReader::newRequestId();
        QMetaObject::invokeMethod(m_session->reader(), "fetchEvents", Qt::QueuedConnection,
                                  Q_ARG(qint64, m_eventsRequest), Q_ARG(QString, m_executionId),
                                  Q_ARG(qint64, m_state.lastSeq));
    }
}

} // namespace Conductor
