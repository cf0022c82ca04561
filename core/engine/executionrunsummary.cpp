// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// ExecutionRun, continued: the executions row that summarises it, written with each of its
// events — what lists and tables show without reading events (status, stage, totals,
// progress, the running clock, the gate it waits at or meets next).

#include "executionrun.h"

#include "store/storetypes.h"

namespace Conductor {

ExecutionSummary ExecutionRun::summary() const
{
    ExecutionSummary s;
    s.id = m_state.id;
    s.pipelineId = m_state.pipelineId;
    s.ideaId = m_state.idea.id;
    s.ideaTitle = m_state.idea.title;
    s.status = m_state.status;
    s.priority = m_state.priority;
    const int current = m_state.currentStageIndex();
    s.currentStage =
        current < m_state.stageOrder.size() ? m_state.stageOrder.at(current) : QString();
    s.tokensUsed = m_state.tokensUsed;
    s.cost = m_state.costAccrued;
    s.createdAt = m_state.createdAt;
    s.updatedAt = m_state.updatedAt;
    s.lastSeq = m_state.lastSeq;
    s.stagesTotal = static_cast<int>(m_state.stageOrder.size());
    for (const QString &stageId : m_state.stageOrder) {
        const StageRun::Status st = m_state.stages.value(stageId).status;
        s.stagesDone += st == StageRun::Status::Completed || st == StageRun::Status::Skipped;
    }
    s.activeMs = m_state.activeMs;
    s.activeSince = m_state.activeSince;
    for (const GateRecord &g : m_state.gates) {
        if (g.status == u"pending") {
            s.waitingGate = g.type;
            break;
        }
    }
    // The next checkpoint it meets, where gates may open.
    if (!isEnded(m_state.status)) {
        for (const CheckpointDefinition &c : m_pipeline.checkpoints) {
            if (!m_state.passedCheckpoints.contains(c.id)) {
                s.nextGate = c.name.isEmpty() ? c.id : c.name;
                break;
            }
        }
    }
    return s;
}

} // namespace Conductor
