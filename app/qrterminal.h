// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QR codes drawn with text, so that the command line can show an otpauth:// URI that a phone's
// authenticator app scans straight off the terminal.

#include <QByteArray>
#include <QList>
#include <QString>

namespace Conductor {

// The QR symbol's modules (true = dark), row by row, at error correction level M in the
// smallest version that holds the text. Empty when the text is empty, contains a NUL byte or
// does not fit in a QR code.
[[nodiscard]] QList<QList<bool>> qrModules(const QByteArray &text);

// The modules drawn with the Unicode half blocks ' ', '▀', '▄' and '█', two module rows to a
// text line, inside a quiet zone of quietZone modules; every line, the last too, ends in '\n'.
// Terminals are mostly light text on a dark background, and a QR code scans only as dark
// modules on a light ground. So the blocks, which show in the light text colour, draw the
// LIGHT modules and the quiet zone, and the spaces, which show the dark background, draw the
// DARK modules. An odd last row leaves the lower half of the last line blank. Missing cells of
// ragged rows count as light.
[[nodiscard]] QString renderModules(const QList<QList<bool>> &modules, int quietZone = 2);

// renderModules(qrModules(text)), or empty when the text does not fit.
[[nodiscard]] QString qrForTerminal(const QByteArray &text);

} // namespace Conductor
