// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The configuration and pipeline an execution runs on, read from the YAML text it keeps,
// with its --sim overrides and seed applied. Executions started from the same files
// share one reading: parsing the YAML again for each of a thousand executions would cost
// more than running them.

#include "config/configuration.h"
#include "config/pipeline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

namespace Conductor {

struct ExecutionDefinition
{
    Configuration config;
    PipelineDefinition pipeline;
};

class DefinitionCache final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::DefinitionCache)

public:
    struct Result
    {
        std::shared_ptr<const ExecutionDefinition> definition; // empty on error
        QString error;
    };

    [[nodiscard]] Result load(const QByteArray &configText, const QByteArray &pipelineText,
                              const QStringList &simOverrides, quint64 seed);

    // One cache for the whole process, safe from any thread, of definitions as they are
    // written (no overrides): the desktop app's reader parses an execution's definition
    // when it reads its history, and the views that need its names and graph find it here
    // without parsing on the GUI thread.
    [[nodiscard]] static Result loadShared(const QByteArray &configText,
                                           const QByteArray &pipelineText);

private:
    static constexpr int kCapacity = 32;
    QHash<QByteArray, std::shared_ptr<const ExecutionDefinition>> m_entries;
};

} // namespace Conductor
