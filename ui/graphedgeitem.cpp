// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphedgeitem.h"

#include <QPainter>

namespace Conductor {

namespace {

constexpr qreal kHeadLength = 9;
constexpr qreal kHeadHalfWidth = 4.5;
constexpr qreal kGap = 4; // before the node, so that its running ring leaves the tip visible

} // namespace

GraphEdgeItem::GraphEdgeItem(const QString &from, const QString &to, const QList<QPointF> &points,
                             const GraphTheme *theme)
    : m_from(from)
    , m_to(to)
    , m_theme(theme)
{
    setAcceptedMouseButtons(Qt::NoButton);
    if (points.size() < 2) {
        return;
    }
    // The line stops where the arrowhead starts, so that its end does not poke through.
    QList<QPointF> line = points;
    const QPointF tip = line.last() - QPointF(kGap, 0);
    line.last().rx() -= kHeadLength + kGap;
    m_path.moveTo(line.first());
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line.at(i - 1);
        const QPointF b = line.at(i);
        const qreal half = (b.x() - a.x()) / 2;
        m_path.cubicTo(QPointF(a.x() + half, a.y()), QPointF(b.x() - half, b.y()), b);
    }
    m_head = QPolygonF{tip, QPointF(tip.x() - kHeadLength, tip.y() - kHeadHalfWidth),
                       QPointF(tip.x() - kHeadLength, tip.y() + kHeadHalfWidth)};
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_head.boundingRect()).adjusted(-2, -2, 2, 2);
}

void GraphEdgeItem::setDone(bool done)
{
    if (done != m_done) {
        m_done = done;
        update();
    }
}

void GraphEdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor color = m_done ? m_theme->activeEdge() : m_theme->edge();
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, m_done ? 1.8 : 1.3);
    if (!m_done) {
        pen.setDashPattern({4, 3});
    }
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(m_path);
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(m_head);
}

} // namespace Conductor
