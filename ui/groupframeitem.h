// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The frame drawn around a group's member stages in the pipeline graph (the deployment
// checks that run side by side), titled with the group's name and its rule. Behind the
// nodes and edges; created with the layout by the PipelineGraphView.

#include "graphtheme.h"

#include <QGraphicsItem>

namespace Conductor {

class GroupFrameItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 0x4746
    };

    GroupFrameItem(const QString &groupId, const QString &title, const QRectF &rect,
                   qreal titleHeight, const GraphTheme *theme);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    [[nodiscard]] const QString &groupId() const { return m_id; }
    [[nodiscard]] const QString &title() const { return m_title; }
    [[nodiscard]] QRectF rect() const { return m_rect; }

private:
    QString m_id;
    QString m_title;
    QRectF m_rect;
    qreal m_titleHeight;
    const GraphTheme *m_theme;
};

} // namespace Conductor
