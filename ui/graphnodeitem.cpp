// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphnodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Conductor {

namespace {

using Kind = PipelineDefinition::NodeKind;

constexpr qreal kRing = 3;      // the running ring, outside the outline
constexpr qreal kSelection = 7; // the selection ring, outside the outline
constexpr qreal kMargin = 10;   // what the item paints beyond its outline
constexpr qreal kLineGap = 2;
constexpr qreal kCornerShare = 0.22; // hexagon points and octagon corners, of the height
constexpr qreal kCompactBelow = 0.6; // the zoom under which a node shows two lines
constexpr qreal kCompactScale = 1.6; // how much larger they get at most

QFont scaled(QFont font, qreal factor)
{
    if (factor == 1.0) {
        return font;
    }
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * factor);
    } else {
        font.setPixelSize(static_cast<int>(std::round(font.pixelSize() * factor)));
    }
    return font;
}

qreal padding(const QFont &font)
{
    return std::round(QFontMetricsF(font).height() * 0.55);
}

qreal cornerOf(Kind kind, const QSizeF &size)
{
    return kind == Kind::Stage ? 0 : std::round(size.height() * kCornerShare);
}

// The glyph of a status, drawn in `color` inside `r`: the status never rests on colour.
void drawGlyph(QPainter *p, const QString &key, const QRectF &r, const QColor &color)
{
    const qreal w = r.width();
    QPen pen(color, std::max<qreal>(1.2, w * 0.14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const auto at = [&r, w](qreal x, qreal y) {
        return QPointF(r.left() + x * w, r.top() + y * w);
    };
    if (key == u"completed" || key == u"passed" || key == u"approved") {
        p->drawPolyline(QPolygonF{at(0.22, 0.52), at(0.42, 0.72), at(0.78, 0.30)});
    } else if (key == u"failed" || key == u"rejected" || key == u"blocked") {
        p->drawLine(at(0.28, 0.28), at(0.72, 0.72));
        p->drawLine(at(0.72, 0.28), at(0.28, 0.72));
    } else if (key == u"running") {
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPolygon(QPolygonF{at(0.34, 0.24), at(0.78, 0.5), at(0.34, 0.76)});
    } else if (key == u"retry_waiting") {
        const QRectF arc(at(0.24, 0.24), at(0.76, 0.76));
        p->drawArc(arc, 90 * 16, 270 * 16);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPolygon(QPolygonF{at(0.50, 0.10), at(0.68, 0.24), at(0.50, 0.38)});
    } else if (key == u"skipped") {
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPolygon(QPolygonF{at(0.18, 0.28), at(0.50, 0.5), at(0.18, 0.72)});
        p->drawPolygon(QPolygonF{at(0.50, 0.28), at(0.82, 0.5), at(0.50, 0.72)});
    } else if (key == u"gate_pending") {
        p->drawLine(at(0.5, 0.22), at(0.5, 0.56));
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawEllipse(at(0.5, 0.74), w * 0.08, w * 0.08);
    } else if (key == u"expired") {
        p->drawPolygon(QPolygonF{at(0.30, 0.22), at(0.70, 0.22), at(0.30, 0.78), at(0.70, 0.78)});
    } else if (key == u"in_progress") {
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        for (const qreal x : {0.26, 0.5, 0.74}) {
            p->drawEllipse(at(x, 0.5), w * 0.08, w * 0.08);
        }
    } else { // waiting: a clock
        p->drawEllipse(QRectF(at(0.2, 0.2), at(0.8, 0.8)));
        pen.setWidthF(pen.widthF() * 0.8);
        p->setPen(pen);
        p->drawPolyline(QPolygonF{at(0.5, 0.32), at(0.5, 0.5), at(0.64, 0.6)});
    }
}

} // namespace

GraphNodeItem::GraphNodeItem(const QString &nodeId, PipelineDefinition::NodeKind kind,
                             const QSizeF &size, const GraphTheme *theme)
    : m_id(nodeId)
    , m_kind(kind)
    , m_rect(QPointF(0, 0), size)
    , m_theme(theme)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setCacheMode(DeviceCoordinateCache);
}

QRectF GraphNodeItem::boundingRect() const
{
    return m_rect.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QPainterPath GraphNodeItem::shape() const
{
    return outline(m_kind, m_rect);
}

bool GraphNodeItem::setSummary(const NodeSummary &summary)
{
    if (summary == m_summary) {
        return false;
    }
    m_summary = summary;
    update();
    return true;
}

void GraphNodeItem::setHighlight(bool selected, bool focused)
{
    if (selected != m_selected || focused != m_focused) {
        m_selected = selected;
        m_focused = focused;
        update();
    }
}

void GraphNodeItem::setPhase(qreal phase)
{
    m_phase = phase;
    if (m_summary.running) {
        update();
    }
}

QSizeF GraphNodeItem::sizeFor(PipelineDefinition::NodeKind kind, const QFont &font)
{
    QFont title = font;
    title.setBold(true);
    const QFontMetricsF fm(font);
    const qreal pad = padding(font);
    const QSizeF size(
        std::ceil(fm.averageCharWidth() * 30 + 2 * pad),
        std::ceil(2 * pad + QFontMetricsF(title).height() + 3 * fm.height() + 3 * kLineGap));
    // A checkpoint's lines name its gates and their decisions: they are longer.
    const qreal extra = kind == Kind::Checkpoint ? fm.averageCharWidth() * 6 : 0;
    return QSizeF(size.width() + 2 * cornerOf(kind, size) + extra, size.height());
}

QPainterPath GraphNodeItem::outline(PipelineDefinition::NodeKind kind, const QRectF &r)
{
    QPainterPath path;
    const qreal c = cornerOf(kind, r.size());
    switch (kind) {
    case Kind::Stage:
        path.addRoundedRect(r, 8, 8);
        break;
    case Kind::Checkpoint:
        path.addPolygon(
            QPolygonF{QPointF(r.left(), r.center().y()), QPointF(r.left() + c, r.top()),
                      QPointF(r.right() - c, r.top()), QPointF(r.right(), r.center().y()),
                      QPointF(r.right() - c, r.bottom()), QPointF(r.left() + c, r.bottom()),
                      QPointF(r.left(), r.center().y())});
        break;
    case Kind::Group:
        path.addPolygon(
            QPolygonF{QPointF(r.left(), r.top() + c), QPointF(r.left() + c, r.top()),
                      QPointF(r.right() - c, r.top()), QPointF(r.right(), r.top() + c),
                      QPointF(r.right(), r.bottom() - c), QPointF(r.right() - c, r.bottom()),
                      QPointF(r.left() + c, r.bottom()), QPointF(r.left(), r.bottom() - c),
                      QPointF(r.left(), r.top() + c)});
        break;
    }
    return path;
}

qreal GraphNodeItem::sideInset(PipelineDefinition::NodeKind kind, const QSizeF &size, qreal dy)
{
    const qreal c = cornerOf(kind, size);
    const qreal half = size.height() / 2;
    dy = std::min(std::abs(dy), half);
    switch (kind) {
    case Kind::Stage:
        return 0;
    case Kind::Checkpoint:
        return c * dy / half;
    case Kind::Group:
        return std::max<qreal>(0, dy - (half - c));
    }
    return 0;
}

void GraphNodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const StatusColors c = colors();
    const QString &key = m_summary.statusKey;
    p->setRenderHint(QPainter::Antialiasing);

    if (m_selected) {
        QPen ring(m_theme->selection(), m_focused ? 3 : 2);
        p->setPen(ring);
        p->setBrush(Qt::NoBrush);
        p->drawPath(
            outline(m_kind, m_rect.adjusted(-kSelection, -kSelection, kSelection, kSelection)));
    }
    const qreal pulse = 0.5 - 0.5 * std::cos(2 * M_PI * m_phase);
    if (m_summary.running) {
        // Dashes that travel around the node, and a border that breathes.
        QPen ring(c.border, 2);
        ring.setDashPattern({3, 2});
        ring.setDashOffset(-m_phase * 10);
        p->setPen(ring);
        p->setBrush(Qt::NoBrush);
        p->drawPath(outline(m_kind, m_rect.adjusted(-kRing, -kRing, kRing, kRing)));
    }
    QPen border(c.border, m_summary.running ? 1.5 + pulse : 1.5);
    if (key == u"skipped" || key == u"waiting") {
        border.setStyle(key == u"skipped" ? Qt::DashLine : Qt::SolidLine);
    }
    p->setPen(border);
    p->setBrush(c.fill);
    p->drawPath(outline(m_kind, m_rect));

    // Zoomed out far, the details would be specks: the name and the status, larger.
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform());
    const bool compact = lod < kCompactBelow;
    const qreal scale = compact ? std::clamp(kCompactBelow / lod, 1.0, kCompactScale) : 1.0;
    const QFont font = scaled(m_theme->font(), scale);
    const QFont titleFont = scaled(m_theme->titleFont(), scale);
    const QFontMetricsF fm(font);
    const QFontMetricsF tfm(titleFont);
    const qreal pad = padding(m_theme->font());
    const qreal corner = cornerOf(m_kind, m_rect.size());
    const qreal left = m_rect.left() + pad + corner * 0.6;
    const qreal right = m_rect.right() - pad - corner * 0.6;
    qreal y = compact ? m_rect.center().y() - (tfm.height() + kLineGap + fm.height()) / 2
                      : m_rect.top() + pad;

    const qreal badgeSize = tfm.height();
    const QRectF badge(left, y, badgeSize, badgeSize);
    p->setPen(Qt::NoPen);
    p->setBrush(c.border);
    p->drawEllipse(badge);
    drawGlyph(p, key, badge, c.fill);

    p->setPen(c.text);
    p->setFont(titleFont);
    const qreal titleLeft = badge.right() + pad * 0.6;
    p->drawText(QRectF(titleLeft, y, right - titleLeft, badgeSize),
                Qt::AlignLeft | Qt::AlignVCenter,
                tfm.elidedText(m_summary.name, Qt::ElideRight, right - titleLeft));
    y += badgeSize + kLineGap;
    p->setFont(font);
    const QStringList lines = compact ? QStringList{m_summary.statusText}
                                      : QStringList{m_summary.statusText} + m_summary.details;
    for (const QString &line : lines) {
        p->drawText(QRectF(left, y, right - left, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(line, Qt::ElideRight, right - left));
        y += fm.height() + kLineGap;
    }
}

} // namespace Conductor
