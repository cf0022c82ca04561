// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>

namespace Conductor {

TextTable::TextTable(const QStringList &header, int leftColumns)
    : m_leftColumns(leftColumns)
{
    m_rows.append(header);
}

void TextTable::add(const QStringList &row)
{
    m_rows.append(row);
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : m_rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            cells.append(i < m_leftColumns ? row.at(i).leftJustified(widths.at(i))
                                           : row.at(i).rightJustified(widths.at(i)));
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(u' ')) {
            line.chop(1);
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace Conductor
