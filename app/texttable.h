// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A table for a terminal, as the commands print them: columns as wide as their widest
// cell, whatever the translation makes of the headings; the first columns read left to
// right, the figures after them are right-aligned; no trailing spaces.

#include <QList>
#include <QString>
#include <QStringList>

namespace Conductor {

class TextTable final
{
public:
    TextTable(const QStringList &header, int leftColumns);

    void add(const QStringList &row);
    [[nodiscard]] QString toString() const;

private:
    QList<QStringList> m_rows;
    int m_leftColumns = 1;
};

} // namespace Conductor
