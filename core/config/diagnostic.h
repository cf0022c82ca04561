// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A problem found in a file, with the position a person needs to fix it. Lines and
// columns count from 1; a problem without a position (a file too large, not text,
// empty) sits at 1:1, as the command line contract demands.

#include <QList>
#include <QString>

#include <optional>

namespace Conductor {

struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString file;
    int line = 1;
    int column = 1;
    QString message;
    Severity severity = Severity::Error;

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    // "FILE:LINE:COLUMN: message", or "FILE:LINE:COLUMN: warning: message".
    [[nodiscard]] QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

[[nodiscard]] bool hasErrors(const Diagnostics &diagnostics);
// Orders diagnostics by line, then column, keeping the order of equal positions.
void sortDiagnostics(Diagnostics &diagnostics);

// The result of loading a file: a value when it holds no error, and every problem found
// in either case (a valid file may still carry warnings).
template<typename T>
struct LoadResult
{
    std::optional<T> value;
    Diagnostics diagnostics;

    [[nodiscard]] bool ok() const { return value.has_value(); }
};

} // namespace Conductor
