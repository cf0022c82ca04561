// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report bundle: what the user came for, on disk.
//
//   OUTPUT/<executionId>/
//     stages/NN-<stageId>.md   each completed stage's output; NN is the stage's position
//                              in the execution's stage order, from 01
//     report.md                the combined report: the idea, the stages, the gates, the
//                              errors, and every stage's output in order
//     execution.json           the ExecutionState (ExecutionState::toJson), indented
//     deployed/                what the Deploy stage published (SimulatedAgent)
//
// The engine writes a stage's file when the stage completes and rewrites the whole bundle
// at every end state, failures included. Every file is replaced atomically (QSaveFile),
// and writeAll() commits nothing unless it could open every file, so a reader never sees
// a half-written file. Stateless; called on the engine thread. The files are a document
// and stay in English; only the error messages are translated.

#include "config/pipeline.h"
#include "engine/executionstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Conductor {

class ReportBundle final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ReportBundle)

public:
    // The user's documents folder + "/Conductor" (home + "/Conductor" without one).
    [[nodiscard]] static QString defaultOutputDir();
    // OUTPUT/<executionId>.
    [[nodiscard]] static QString directoryFor(const QString &outputDir, const QString &executionId);
    // "NN-<stageId>.md" for the stage at `index`, counted from 0 in the stage order
    // (ExecutionState::stageOrder): index 0 is "01-…".
    [[nodiscard]] static QString stageFileName(int index, const QString &stageId);

    // Writes stages/NN-<stageId>.md (index counted from 0, as stageFileName).
    [[nodiscard]] static bool writeStage(const QString &bundleDir, int index,
                                         const QString &stageId, const QString &markdown,
                                         QString *error);
    // Writes every completed stage's file (and removes those of stages no longer
    // completed), report.md and execution.json. False with *error set when anything could
    // not be written; then no file was changed, unless the disk failed mid-commit.
    [[nodiscard]] static bool writeAll(const ExecutionState &state,
                                       const PipelineDefinition &pipeline, const QString &bundleDir,
                                       const QDateTime &now, QString *error);

    // The text of report.md.
    [[nodiscard]] static QString renderReport(const ExecutionState &state,
                                              const PipelineDefinition &pipeline,
                                              const QDateTime &now);
};

} // namespace Conductor
