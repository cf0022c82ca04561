// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What `conductor validate FILE...` does: tells a configuration from a pipeline file by
// its top-level keys and checks each whole. Pipelines are checked against the
// configuration given alongside them, or the built-in one.

#include "diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

namespace Conductor {

class FileValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::FileValidator)

public:
    enum class FileKind
    {
        Configuration,
        Pipeline,
        Unknown
    };

    struct FileReport
    {
        QString path;
        FileKind kind = FileKind::Unknown;
        Diagnostics diagnostics;
    };

    [[nodiscard]] static QList<FileReport> validate(const QStringList &paths);
    // Unknown, with a diagnostic, when the file cannot be read or its keys say neither.
    [[nodiscard]] static FileKind detectKind(const QString &path, Diagnostics &out);
};

} // namespace Conductor
