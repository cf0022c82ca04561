// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The interventions on the selected execution, as actions for the Execution menu, the
// table's context menu and the graph's: each opens its confirmation dialog (window-modal,
// with a reason) and is enabled only when it can apply to the execution as it is now.

#include "config/pipeline.h"
#include "interventiondialog.h"
#include "store/storetypes.h"

#include <QHash>
#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Conductor {

class Session;

class ExecutionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionActions)

public:
    using Kind = InterventionDialog::Kind;

    ExecutionActions(Session *session, QWidget *window);

    // The execution the actions act on (none: all disabled), its pipeline when known,
    // and the stage chosen first (the graph's selection or its current stage).
    void setExecution(const std::optional<ExecutionSummary> &summary,
                      const std::optional<PipelineDefinition> &pipeline, const QString &stage);
    [[nodiscard]] QAction *action(Kind kind) const { return m_actions.value(kind); }
    // Adds the actions to a menu; with a stage, those on stages act on it.
    void addTo(QMenu *menu) const;
    [[nodiscard]] const std::optional<ExecutionSummary> &execution() const { return m_summary; }
    // Opens the dialog of one (for a stage, or the one chosen first).
    void request(Kind kind, const QString &stage = {});

Q_SIGNALS:
    void dialogOpened(Conductor::InterventionDialog *dialog);
    void applied(const QString &executionId, const QString &what);

private:
    void update();

    Session *m_session;
    QWidget *m_window;
    QHash<Kind, QAction *> m_actions;
    std::optional<ExecutionSummary> m_summary;
    std::optional<PipelineDefinition> m_pipeline;
    QString m_stage;
};

} // namespace Conductor
