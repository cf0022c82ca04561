// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "metrictile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Conductor {

MetricTile::MetricTile(const QString &title, const QString &definition, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_second(new QLabel(this))
    , m_basis(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    // The tile stands out from the page a little: the base colour on the window's.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setToolTip(definition);
    setAccessibleName(title);
    setAccessibleDescription(definition);
    QFont small = m_title->font();
    small.setBold(true);
    m_title->setFont(small);
    m_title->setWordWrap(true);
    QFont large = m_value->font();
    large.setPointSizeF(large.pointSizeF() * 2.0);
    large.setBold(true);
    m_value->setFont(large);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_value->setWordWrap(true);
    QFont medium = m_second->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    medium.setBold(true);
    m_second->setFont(medium);
    m_second->setWordWrap(true);
    m_second->hide();
    m_basis->setWordWrap(true);
    m_basis->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_second);
    layout->addWidget(m_basis, 1);
    setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 24);
    showNoData(QString());
}

void MetricTile::showValue(const QString &value, const QString &basis, const QString &second)
{
    m_hasData = true;
    m_value->setText(value);
    m_second->setText(second);
    m_second->setVisible(!second.isEmpty());
    m_basis->setText(basis);
    m_value->setAccessibleName(m_title->text() + QStringLiteral(": ") + value);
    applyColors();
}

void MetricTile::showNoData(const QString &why)
{
    m_hasData = false;
    m_value->setText(tr("No data"));
    m_second->hide();
    m_basis->setText(why);
    m_value->setAccessibleName(m_title->text() + QStringLiteral(": ") + tr("No data"));
    applyColors();
}

void MetricTile::setStale(bool stale)
{
    if (m_stale != stale) {
        m_stale = stale;
        applyColors();
    }
}

void MetricTile::applyColors()
{
    // By roles, not colours, so that a change of palette (light, dark) carries over:
    // "no data", the basis and stale figures recede, a value does not.
    m_title->setForegroundRole(QPalette::Text);
    m_value->setForegroundRole(!m_hasData || m_stale ? QPalette::PlaceholderText : QPalette::Text);
    m_second->setForegroundRole(m_value->foregroundRole());
    m_basis->setForegroundRole(QPalette::PlaceholderText);
}

} // namespace Conductor
