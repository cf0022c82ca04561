// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupframeitem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Conductor {

GroupFrameItem::GroupFrameItem(const QString &groupId, const QString &title, const QRectF &rect,
                               qreal titleHeight, const GraphTheme *theme)
    : m_id(groupId)
    , m_title(title)
    , m_rect(rect)
    , m_titleHeight(titleHeight)
    , m_theme(theme)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF GroupFrameItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void GroupFrameItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(m_theme->frame(), 1.2));
    p->setBrush(m_theme->frameFill());
    p->drawRoundedRect(m_rect, 10, 10);
    QFont font = m_theme->titleFont();
    p->setFont(font);
    p->setPen(m_theme->frameText());
    const qreal inset = 12;
    const QRectF title(m_rect.left() + inset, m_rect.top() + 4, m_rect.width() - 2 * inset,
                       m_titleHeight);
    p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(font).elidedText(m_title, Qt::ElideRight, title.width()));
}

} // namespace Conductor
