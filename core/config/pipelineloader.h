// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a pipeline file (resources/pipelines/i2s.yml and the user's own) into a
// PipelineDefinition, checking it whole against the configuration: unknown keys,
// stages, agents and gates, dependency cycles, impossible groups and retry strategies.

#include "configuration.h"
#include "diagnostic.h"
#include "pipeline.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Conductor {

class PipelineLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::PipelineLoader)

public:
    [[nodiscard]] static LoadResult<PipelineDefinition> loadFile(const QString &path,
                                                                 const Configuration &config);
    [[nodiscard]] static LoadResult<PipelineDefinition>
    loadBytes(const QByteArray &bytes, const QString &displayName, const Configuration &config);
    // The shipped I2S pipeline.
    [[nodiscard]] static QString builtInPath();
    [[nodiscard]] static QStringList topLevelKeys();
    // The error classes Conductor knows; the first three are retryable by default.
    [[nodiscard]] static QStringList errorClasses();
};

} // namespace Conductor
