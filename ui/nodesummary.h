// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What one node of a pipeline (a stage, a checkpoint or a group) says about an execution:
// a stable status key, the status in words, the few lines a node of the graph has room
// for, and the full details its tooltip gives. Computed from the definition and the state
// alone, so that the graph and the details panel say the same thing. A value; the graph
// computes one per node for every state it is given.

#include "config/pipeline.h"
#include "engine/executionstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Conductor {

struct NodeSummary
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::NodeSummary)

public:
    PipelineDefinition::NodeKind kind = PipelineDefinition::NodeKind::Stage;
    QString name;
    // waiting, running, retry_waiting, completed, failed, skipped, gate_pending (a stage
    // held by a budget gate, a checkpoint waiting for approval), approved, rejected,
    // expired, passed, in_progress, blocked. Never translated.
    QString statusKey = QStringLiteral("waiting");
    QString statusText;
    QStringList details;  // the lines under the name and the status
    bool running = false; // a stage with an attempt running now

    // The name, the status and the details, one a line: what the node shows.
    [[nodiscard]] QString text() const;

    // The summary of a node without an execution (state is nullptr) or in one.
    [[nodiscard]] static NodeSummary of(const PipelineDefinition &pipeline,
                                        const ExecutionState *state, const QString &nodeId);
    // Everything known about the node, for its tooltip: plain text, one fact a line.
    [[nodiscard]] static QString toolTip(const PipelineDefinition &pipeline,
                                         const ExecutionState *state, const QString &nodeId);

    // Every status key a summary may have.
    [[nodiscard]] static QStringList statusKeys();
    // The words for a stage status, a gate's status (pending, approved, ...) and a kind.
    [[nodiscard]] static QString stageStatusText(StageRun::Status status);
    [[nodiscard]] static QString gateStatusText(const QString &status);
    [[nodiscard]] static QString kindText(PipelineDefinition::NodeKind kind);
    // How a group aggregates: "all must pass", "3 of 5 must pass".
    [[nodiscard]] static QString ruleText(const GroupDefinition &group);

    // Formats shared by the graph and the details panel.
    [[nodiscard]] static QString formatDuration(qint64 milliseconds);
    [[nodiscard]] static QString formatMoney(Money amount);         // "$0.36", "0,36 $"
    [[nodiscard]] static QString formatTime(const QDateTime &time); // local time of day
    [[nodiscard]] static QString formatTokens(qint64 tokens);

    friend bool operator==(const NodeSummary &, const NodeSummary &) = default;
};

} // namespace Conductor
