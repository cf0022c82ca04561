// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace Conductor {

QString Diagnostic::toString() const
{
    const QString position = file + u':' + QString::number(line) + u':' + QString::number(column);
    if (severity == Severity::Warning) {
        return position + u": " +
               QCoreApplication::translate("Conductor::Diagnostic", "warning: %1").arg(message);
    }
    return position + u": " + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
}

} // namespace Conductor
