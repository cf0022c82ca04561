// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The colours and fonts of the pipeline graph, derived from the widget's palette and font
// so that the graph follows light and dark themes: a fill, a border and a text colour for
// every node status (the text always at least 4.5:1 against its fill, the border and the
// glyph drawn with it at least 3:1), and the colours of edges, group frames and the
// selection. Owned by the PipelineGraphView; its items read it through a pointer.

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QString>

namespace Conductor {

struct StatusColors
{
    QColor fill;
    QColor border; // also the glyph's badge
    QColor text;
};

class GraphTheme final
{
public:
    GraphTheme() = default;
    GraphTheme(const QPalette &palette, const QFont &font);

    [[nodiscard]] StatusColors colors(const QString &statusKey) const;
    [[nodiscard]] bool isDark() const { return m_dark; }
    [[nodiscard]] const QFont &font() const { return m_font; }
    [[nodiscard]] const QFont &titleFont() const { return m_titleFont; }
    [[nodiscard]] QColor background() const { return m_background; }
    [[nodiscard]] QColor edge() const { return m_edge; }
    [[nodiscard]] QColor activeEdge() const { return m_activeEdge; }
    [[nodiscard]] QColor frame() const { return m_frame; }
    [[nodiscard]] QColor frameFill() const { return m_frameFill; }
    [[nodiscard]] QColor frameText() const { return m_frameText; }
    [[nodiscard]] QColor selection() const { return m_selection; }

    // WCAG's contrast ratio of two colours: 1 (the same) to 21 (black on white).
    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);

private:
    bool m_dark = false;
    QFont m_font;
    QFont m_titleFont;
    QColor m_background;
    QColor m_edge;
    QColor m_activeEdge;
    QColor m_frame;
    QColor m_frameFill;
    QColor m_frameText;
    QColor m_selection;
    QHash<QString, StatusColors> m_status;
};

} // namespace Conductor
