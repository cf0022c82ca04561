// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspage.h"

#include "alertsmodel.h"
#include "monitor/alertmonitor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Conductor {

AlertsPage::AlertsPage(StoreReader *reader, AlertMonitor *monitor, QString operatorName,
                       QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertsModel(reader, this))
    , m_monitor(monitor)
    , m_operator(std::move(operatorName))
    , m_table(new QTableView(this))
    , m_showResolved(new QCheckBox(tr("Show &resolved alerts"), this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("AlertsPage"));
    m_table->setObjectName(QStringLiteral("AlertsTable"));
    m_table->setAccessibleName(tr("Alerts raised by the alert rules"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AlertsModel::SummaryColumn,
                                                      QHeaderView::Stretch);
    m_acknowledge->setToolTip(
        tr("Mark the selected firing alert as seen; it stays until its rule no longer holds"));
    m_acknowledge->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_showResolved);
    bar->addStretch(1);
    bar->addWidget(m_acknowledge);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_showResolved, &QCheckBox::toggled, m_model, &AlertsModel::setShowResolved);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = 0; column < AlertsModel::ColumnCount; ++column) {
            if (column != AlertsModel::SummaryColumn) {
                m_table->resizeColumnToContents(column);
            }
        }
        updateActions();
    });
    connect(m_model, &AlertsModel::loaded, this, &AlertsPage::showStatus);
    if (m_monitor) {
        connect(m_monitor, &AlertMonitor::alertChanged, m_model, &AlertsModel::refresh);
    }
    showStatus();
}

void AlertsPage::updateActions()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool firing =
        current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) &&
        current.data(AlertsModel::StateRole).toInt() == static_cast<int>(AlertState::Firing);
    m_acknowledge->setEnabled(m_monitor && firing);
}

void AlertsPage::showStatus()
{
    if (!m_model->error().isEmpty()) {
        m_status->setText(tr("The alerts cannot be read: %1").arg(m_model->error()));
        return;
    }
    const int firing = m_model->firingCount();
    QString text = m_model->rowCount() == 0
                       ? (m_model->showsResolved() ? tr("No alert has been raised.")
                                                   : tr("No alert is firing."))
                   : firing == 0 ? tr("No alert fires unacknowledged.")
                   : firing == 1 ? tr("One alert fires unacknowledged.")
                                 : tr("%1 alerts fire unacknowledged.").arg(firing);
    if (!m_monitor) {
        text += u' ' + tr("Alert rules are not checked by this window; acknowledge with: "
                          "conductor alerts --acknowledge ID");
    }
    m_status->setText(text);
}

void AlertsPage::acknowledgeSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!m_monitor || !current.isValid() ||
        current.data(AlertsModel::StateRole).toInt() != static_cast<int>(AlertState::Firing)) {
        return;
    }
    m_acknowledge->setEnabled(false);
    m_monitor->acknowledge(current.data(AlertsModel::AlertIdRole).toString(), m_operator);
}

} // namespace Conductor
