// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "uistyle.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

namespace Conductor::UiStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
}

void showMessage(QLabel *label, const QString &text, bool error)
{
    QPalette palette =
        label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette();
    if (error) {
        palette.setColor(QPalette::WindowText, errorColor(palette));
    }
    label->setPalette(palette);
    label->setText(error && !text.isEmpty() ? QStringLiteral("✗ ") + text : text);
    label->setVisible(!text.isEmpty());
}

} // namespace Conductor::UiStyle
