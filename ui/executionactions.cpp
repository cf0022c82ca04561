// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "executionactions.h"

#include "engine/session.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace Conductor {

ExecutionActions::ExecutionActions(Session *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    for (const Kind kind : {Kind::Pause, Kind::Resume, Kind::Cancel, Kind::Skip, Kind::Retry,
                            Kind::Strategy, Kind::Agent, Kind::Budget}) {
        // Each asks for a reason first.
        auto *action = new QAction(InterventionDialog::title(kind) + QStringLiteral("…"), this);
        action->setObjectName(QStringLiteral("intervene-") + InterventionDialog::commandName(kind));
        connect(action, &QAction::triggered, this, [this, kind] { request(kind); });
        m_actions.insert(kind, action);
    }
    m_actions.value(Kind::Pause)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_actions.value(Kind::Resume)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_actions.value(Kind::Cancel)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    if (m_session) {
        connect(m_session, &Session::stateChanged, this, &ExecutionActions::update);
    }
    update();
}

void ExecutionActions::setExecution(const std::optional<ExecutionSummary> &summary,
                                    const std::optional<PipelineDefinition> &pipeline,
                                    const QString &stage)
{
    m_summary = summary;
    m_pipeline = pipeline;
    m_stage = stage;
    update();
}

void ExecutionActions::update()
{
    const bool ready = m_session && m_session->state() == Session::State::Ready;
    const std::optional<ExecutionStatus> status =
        m_summary ? std::optional(m_summary->status) : std::nullopt;
    const bool live = ready && status && !isEnded(*status);
    const bool stages = m_pipeline.has_value();
    m_actions.value(Kind::Pause)->setEnabled(live && *status != ExecutionStatus::Paused);
    m_actions.value(Kind::Resume)->setEnabled(live && *status == ExecutionStatus::Paused);
    m_actions.value(Kind::Cancel)->setEnabled(live);
    m_actions.value(Kind::Skip)->setEnabled(live && stages);
    // A failed execution's stage may run again, which resumes it.
    m_actions.value(Kind::Retry)
        ->setEnabled(ready && stages && status &&
                     (!isEnded(*status) || *status == ExecutionStatus::Failed));
    m_actions.value(Kind::Strategy)->setEnabled(live && stages);
    m_actions.value(Kind::Agent)->setEnabled(live && stages);
    m_actions.value(Kind::Budget)->setEnabled(live);
}

void ExecutionActions::addTo(QMenu *menu) const
{
    for (const Kind kind : {Kind::Pause, Kind::Resume, Kind::Cancel}) {
        menu->addAction(m_actions.value(kind));
    }
    menu->addSeparator();
    for (const Kind kind : {Kind::Skip, Kind::Retry, Kind::Strategy, Kind::Agent}) {
        menu->addAction(m_actions.value(kind));
    }
    menu->addSeparator();
    menu->addAction(m_actions.value(Kind::Budget));
}

void ExecutionActions::request(Kind kind, const QString &stage)
{
    if (!m_summary || !m_actions.value(kind)->isEnabled()) {
        return;
    }
    InterventionDialog::Target target;
    target.executionId = m_summary->id;
    target.ideaTitle = m_summary->ideaTitle;
    if (m_pipeline) {
        for (const StageDefinition &s : m_pipeline->stages) {
            target.stages.append(s.id);
        }
        for (const AgentDefinition &a : m_pipeline->agents) {
            target.agents.append(a.id);
        }
    }
    target.stage = !stage.isEmpty() ? stage : m_stage;
    if (!target.stages.contains(target.stage)) {
        target.stage = m_summary->currentStage;
    }
    auto *dialog = new InterventionDialog(m_session, kind, target, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &InterventionDialog::applied, this, &ExecutionActions::applied);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

} // namespace Conductor
