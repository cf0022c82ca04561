// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A line diff of two texts (Myers' O((N+M)D) shortest edit script, after the common head
// and tail are set aside), and its unified form ("@@ -12,7 +12,7 @@", " ", "-", "+" lines),
// for showing a configuration's edit against the running one and recording it in the
// audit trail. Past kMaxEdits differences the middle is shown as removed and added whole
// rather than searched further.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Conductor {

struct DiffLine
{
    enum class Kind
    {
        Same,
        Removed,
        Added
    };

    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based; 0 for an added line
    int newLine = 0; // 1-based; 0 for a removed line
};

class LineDiff final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::LineDiff)

public:
    static constexpr int kMaxEdits = 2000;

    // The lines of a text: "\n" and "\r\n" end a line, and a final line break does not
    // start an empty one.
    [[nodiscard]] static QStringList lines(const QString &text);
    // Every line of both texts in order: the same ones once, and what was removed before
    // what was added in each place.
    [[nodiscard]] static QList<DiffLine> compare(const QStringList &before,
                                                 const QStringList &after);
    // How many lines changed: in each run of removed and added lines, the larger count
    // (a line edited in place counts once).
    [[nodiscard]] static int changedLines(const QList<DiffLine> &diff);
    [[nodiscard]] static int count(const QList<DiffLine> &diff, DiffLine::Kind kind);
    // The unified diff with `context` unchanged lines around each change, under
    // "--- beforeName" and "+++ afterName"; empty when nothing changed. With maxChars, it is
    // cut at a line's end before that length and a last line says so.
    [[nodiscard]] static QString unified(const QList<DiffLine> &diff, const QString &beforeName,
                                         const QString &afterName, int context = 3,
                                         qsizetype maxChars = -1);
};

} // namespace Conductor
