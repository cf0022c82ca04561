// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "providerspanel.h"

#include "agents/providermonitor.h"
#include "uistyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Conductor {

namespace {

constexpr qsizetype kMostRowsShown = 8;

// A green that reads on the palette's window colour, light or dark, as errorColor's red.
QColor upColor(const QPalette &palette)
{
    return UiStyle::isDark(palette) ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
}

} // namespace

ProvidersPanel::ProvidersPanel(QWidget *parent)
    : QGroupBox(tr("Providers"), parent)
    , m_list(new QTreeWidget(this))
    , m_none(new QLabel(tr("No providers: every agent in this pipeline is simulated."), this))
    , m_checkNow(new QPushButton(tr("Check now"), this))
{
    setObjectName(QStringLiteral("ProvidersPanel"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Provider"), tr("State"), tr("Latency"), tr("Last checked"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Provider states"));
    m_none->setForegroundRole(QPalette::PlaceholderText);
    m_none->setWordWrap(true);
    m_checkNow->setToolTip(tr("Ask every provider for its models now"));
    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        if (m_monitor != nullptr) {
            m_monitor->checkNow();
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_checkNow);
    layout->addLayout(buttons);
    showStatuses();
}

void ProvidersPanel::setMonitor(ProviderMonitor *monitor)
{
    if (m_monitor != nullptr) {
        disconnect(m_monitor, nullptr, this, nullptr);
    }
    m_monitor = monitor;
    if (m_monitor != nullptr) {
        connect(m_monitor, &ProviderMonitor::statusesChanged, this, &ProvidersPanel::showStatuses);
        connect(m_monitor, &QObject::destroyed, this, [this] {
            m_monitor = nullptr;
            showStatuses();
        });
    }
    showStatuses();
}

void ProvidersPanel::showStatuses()
{
    const QList<ProviderStatus> statuses =
        m_monitor != nullptr ? m_monitor->statuses() : QList<ProviderStatus>();
    m_none->setVisible(statuses.isEmpty());
    m_list->setVisible(!statuses.isEmpty());
    m_checkNow->setVisible(!statuses.isEmpty());

    const QPalette palette = m_list->palette();
    const QLocale locale;
    while (m_list->topLevelItemCount() > statuses.size()) {
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    }
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const ProviderStatus &s = statuses.at(i);
        QTreeWidgetItem *item = m_list->topLevelItem(static_cast<int>(i));
        if (item == nullptr) {
            item = new QTreeWidgetItem(m_list);
            item->setTextAlignment(LatencyColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(ProviderColumn, s.id);
        item->setToolTip(ProviderColumn, s.baseUrl);
        item->setData(ProviderColumn, Qt::UserRole, s.id);

        QString state;
        QString details;
        QColor colour = palette.color(QPalette::Text);
        if (!s.last) {
            state = tr("Checking…");
        } else if (s.last->up) {
            state = tr("Up");
            colour = upColor(palette);
            const auto n = s.last->models.size();
            details = n == 1 ? tr("1 model") : tr("%1 models").arg(locale.toString(n));
        } else {
            state = tr("Down");
            colour = UiStyle::errorColor(palette);
            details = s.consecutiveFailures > 1
                          ? tr("%1 (down at the last %2 checks)")
                                .arg(s.last->message, locale.toString(s.consecutiveFailures))
                          : s.last->message;
        }
        item->setText(StateColumn, state);
        item->setForeground(StateColumn, colour);
        QFont bold = m_list->font();
        bold.setBold(true);
        item->setFont(StateColumn, bold);
        item->setToolTip(StateColumn, s.checking && s.last ? tr("Checking again…") : QString());

        item->setText(LatencyColumn,
                      s.last ? tr("%1 ms").arg(locale.toString(s.last->latencyMs)) : QString());
        const QDateTime checked = s.checkedAt.toLocalTime();
        item->setText(CheckedColumn, checked.isValid()
                                         ? locale.toString(checked, QStringLiteral("HH:mm:ss"))
                                         : QString());
        item->setToolTip(CheckedColumn, checked.isValid()
                                            ? locale.toString(checked, QLocale::LongFormat)
                                            : QString());
        item->setText(DetailsColumn, details);
        item->setToolTip(DetailsColumn, details.isEmpty() ? s.baseUrl : details);
    }
    // As tall as its rows, up to kMostRowsShown of them; more scroll.
    const int rows = static_cast<int>(std::clamp<qsizetype>(statuses.size(), 1, kMostRowsShown));
    const int row = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * row +
                           2 * m_list->frameWidth() + 2);
}

} // namespace Conductor
