// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The text view of the configuration editor: a plain-text editor for YAML with line
// numbers in a gutter, YAML colours, and the problems of the last validation marked where
// they stand: a wavy underline from the reported column, a tinted line, a sign in the
// gutter (✗ for an error, ! for a warning) and the messages as the line's tooltip, over the
// text or the gutter. Its undo stack is the configuration editor's, form edits included.

#include "config/diagnostic.h"

#include <QPlainTextEdit>

namespace Conductor {

class YamlHighlighter;

class ConfigTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigTextEdit)

public:
    explicit ConfigTextEdit(QWidget *parent = nullptr);

    void setProblems(const Diagnostics &problems);
    [[nodiscard]] const Diagnostics &problems() const { return m_problems; }
    // The messages of the problems on a line (1-based), one a line; empty when none.
    [[nodiscard]] QString problemsOn(int line) const;
    // Puts the cursor on a line and column (1-based; the column counted in bytes of the
    // line's UTF-8, as problems count it), shows it and takes the focus.
    void goTo(int line, int column);

    [[nodiscard]] int gutterWidth() const;
    [[nodiscard]] QWidget *gutter() const { return m_gutter; }
    [[nodiscard]] YamlHighlighter *highlighter() const { return m_highlighter; }

    // Called by the gutter.
    void paintGutter(QPaintEvent *event);
    [[nodiscard]] int lineAt(int y) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Tab indents with spaces (YAML refuses tabs) to the next even column.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void markProblems();

    QWidget *m_gutter;
    YamlHighlighter *m_highlighter;
    Diagnostics m_problems;
};

} // namespace Conductor
