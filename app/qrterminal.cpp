// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrterminal.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace Conductor {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QList<QList<bool>> qrModules(const QByteArray &text)
{
    // QRcode_encodeString reads a C string: a NUL byte would silently cut the text short.
    if (text.isEmpty() || text.contains('\0')) {
        return {};
    }
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code || code->width <= 0) {
        return {};
    }
    const int width = code->width;
    QList<QList<bool>> modules;
    modules.reserve(width);
    for (int y = 0; y < width; ++y) {
        QList<bool> row;
        row.reserve(width);
        for (int x = 0; x < width; ++x) {
            row.append((code->data[y * width + x] & 1) != 0); // bit 0: dark
        }
        modules.append(row);
    }
    return modules;
}

QString renderModules(const QList<QList<bool>> &modules, int quietZone)
{
    if (modules.isEmpty()) {
        return {};
    }
    const qsizetype quiet = std::max(quietZone, 0);
    qsizetype columns = 0;
    for (const QList<bool> &row : modules) {
        columns = std::max(columns, row.size());
    }
    const qsizetype width = columns + 2 * quiet;
    const qsizetype height = modules.size() + 2 * quiet;
    // Whether the cell at (x, y) of the symbol with its quiet zone is drawn as a block, that
    // is, is a light module or quiet zone. Below the last row nothing is drawn.
    const auto block = [&](qsizetype x, qsizetype y) {
        if (y >= height) {
            return false;
        }
        const qsizetype row = y - quiet;
        const qsizetype column = x - quiet;
        if (row < 0 || row >= modules.size() || column < 0 || column >= modules.at(row).size()) {
            return true;
        }
        return !modules.at(row).at(column);
    };
    QString text;
    text.reserve((height + 1) / 2 * (width + 1));
    for (qsizetype y = 0; y < height; y += 2) {
        for (qsizetype x = 0; x < width; ++x) {
            const bool upper = block(x, y);
            const bool lower = block(x, y + 1);
            if (upper && lower) {
                text.append(u'\u2588'); // █
            } else if (upper) {
                text.append(u'\u2580'); // ▀
            } else if (lower) {
                text.append(u'\u2584'); // ▄
            } else {
                text.append(u' ');
            }
        }
        text.append(u'\n');
    }
    return text;
}

QString qrForTerminal(const QByteArray &text)
{
    return renderModules(qrModules(text));
}

} // namespace Conductor
