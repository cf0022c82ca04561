// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The Changes view of the configuration editor: the edited text against the running
// configuration as a unified diff. Each line says what it is by its sign ("-" removed,
// "+" added, " " the same, "@@" where a part starts) and by its colour, which follows the
// palette; a summary above counts the changed lines.

#include "config/linediff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Conductor {

class ConfigDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigDiffView)

public:
    explicit ConfigDiffView(QWidget *parent = nullptr);

    void showDiff(const QList<DiffLine> &diff);
    // The unified diff shown (empty when nothing differs).
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void colour();

    QLabel *m_summary;
    QPlainTextEdit *m_text;
    QString m_diff;
};

} // namespace Conductor
