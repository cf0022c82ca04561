// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads conductor-agent.yml into a Configuration, reporting every problem with its
// file, line and column. Unknown keys are errors, so typos are caught; every key is
// optional and takes the design document's value when absent.

#include "configuration.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Conductor {

class ConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ConfigLoader)

public:
    [[nodiscard]] static LoadResult<Configuration> loadFile(const QString &path);
    [[nodiscard]] static LoadResult<Configuration> loadBytes(const QByteArray &bytes,
                                                             const QString &displayName);
    // The configuration Conductor ships (the design document's), read from resources.
    [[nodiscard]] static Configuration builtIn();
    // The text of the shipped conductor-agent.yml.
    [[nodiscard]] static QByteArray builtInText();
    // The top-level keys of a configuration file, to tell it from a pipeline file.
    [[nodiscard]] static QStringList topLevelKeys();
};

} // namespace Conductor
