// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the desktop app's widgets share in how they look: whether the palette is dark, and
// messages that say they are errors by a sign and in words, with colour only as a help.

#include <QColor>

class QLabel;
class QPalette;

namespace Conductor::UiStyle {

[[nodiscard]] bool isDark(const QPalette &palette);
// A red that reads on the palette's window colour, light or dark.
[[nodiscard]] QColor errorColor(const QPalette &palette);
// Shows text in the label (hidden when empty); an error starts with ✗ and is red.
void showMessage(QLabel *label, const QString &text, bool error);

} // namespace Conductor::UiStyle
