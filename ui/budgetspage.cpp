// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "budgetspage.h"

#include "breakdownchart.h"
#include "budgetbars.h"
#include "displayformat.h"
#include "engine/ledger.h"
#include "executionsmodel.h"
#include "store/storereader.h"
#include "usagechart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Conductor {

namespace {

constexpr int kRefreshMs = 5000; // while shown: other processes spend too
constexpr int kAfterChangeMs = 1000;

QTableWidgetItem *number(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

BudgetsPage::BudgetsPage(StoreReader *reader, const Configuration &config, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_zone(Ledger::zoneOf(config))
    , m_title(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_bars(new BudgetBars(config.budgets, this))
    , m_lines(new QTableWidget(0, 7, this))
    , m_window(new QComboBox(this))
    , m_usage(new UsageChart(this))
    , m_byStage(new BreakdownChart(this))
    , m_byAgent(new BreakdownChart(this))
    , m_refresh(new QTimer(this))
    , m_soon(new QTimer(this))
{
    setObjectName(QStringLiteral("BudgetsPage"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_date->setCalendarPopup(true);
    // The locale's date with the year in full ("26.11.2026", "11/26/2026").
    QString dayFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dayFormat.contains(QStringLiteral("yyyy"))) {
        dayFormat.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    m_date->setDisplayFormat(dayFormat);
    m_date->setAccessibleName(tr("Budget day"));
    auto *today = new QPushButton(tr("&Today"), this);
    today->setAccessibleName(tr("Show today"));
    connect(today, &QPushButton::clicked, this, [this] { showDay(); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (date.toString(Qt::ISODate) != m_day) {
            showDay(date.toString(Qt::ISODate));
        }
    });
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_date);
    header->addWidget(today);

    auto *limits = new QGroupBox(tr("The day's budgets"), this);
    auto *limitsLayout = new QVBoxLayout(limits);
    limitsLayout->addWidget(m_bars);

    m_lines->setHorizontalHeaderLabels({tr("Stage"), tr("Agent"), tr("Attempts"), tr("Tokens used"),
                                        tr("Cost"), tr("Held now"), tr("Time")});
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setAlternatingRowColors(true);
    m_lines->setAccessibleName(tr("Use by stage and agent"));

    // Usage over a window, per minute, against the daily budgets; and where it went.
    m_window->addItem(tr("Last 24 hours"), 24 * 3600);
    m_window->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_window->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_window->setAccessibleName(tr("Usage window"));
    connect(m_window, &QComboBox::currentIndexChanged, this, &BudgetsPage::refreshUsage);
    m_usage->setBudgets(config.budgets);
    m_byStage->setHeading(tr("By stage"));
    m_byAgent->setHeading(tr("By agent"));
    auto *overTime = new QWidget(this);
    auto *overTimeLayout = new QVBoxLayout(overTime);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(new QLabel(tr("Window:"), overTime));
    windowRow->addWidget(m_window);
    windowRow->addStretch();
    overTimeLayout->addLayout(windowRow);
    overTimeLayout->addWidget(m_usage, 1);
    auto *breakdown = new QWidget(this);
    auto *breakdownLayout = new QHBoxLayout(breakdown);
    breakdownLayout->addWidget(m_byStage);
    breakdownLayout->addWidget(m_byAgent);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(overTime, tr("Over time"));
    tabs->addTab(breakdown, tr("By stage and agent"));
    tabs->addTab(m_lines, tr("The day in detail"));
    tabs->setAccessibleName(tr("Usage"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(limits);
    layout->addWidget(tabs, 1);
    connect(m_reader, &StoreReader::usageSeriesFetched, this, &BudgetsPage::onUsage);

    connect(m_reader, &StoreReader::budgetDayFetched, this, &BudgetsPage::onDay);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    m_refresh->start();
    m_soon->setSingleShot(true);
    m_soon->setInterval(kAfterChangeMs);
    connect(m_soon, &QTimer::timeout, this, &BudgetsPage::refresh);
    showDay();
}

QProgressBar *BudgetsPage::tokensBar() const
{
    return m_bars->tokensBar();
}

QProgressBar *BudgetsPage::costBar() const
{
    return m_bars->costBar();
}

QProgressBar *BudgetsPage::emergencyBar() const
{
    return m_bars->emergencyBar();
}

QLabel *BudgetsPage::alertLabel() const
{
    return m_bars->notesLabel();
}

void BudgetsPage::showDay(const QString &day)
{
    m_day = day.isEmpty() ? Ledger::dayOf(QDateTime::currentDateTimeUtc(), m_zone) : day;
    const QSignalBlocker quiet(m_date);
    m_date->setDate(QDate::fromString(m_day, Qt::ISODate));
    m_title->setText(
        tr("Budget day %1 (%2)")
            .arg(QLocale().toString(QDate::fromString(m_day, Qt::ISODate), QLocale::LongFormat),
                 QString::fromUtf8(m_zone.id())));
    refresh();
}

void BudgetsPage::setConfiguration(const Configuration &config)
{
    m_zone = Ledger::zoneOf(config);
    m_bars->setBudgets(config.budgets);
    m_usage->setBudgets(config.budgets);
    showDay(m_day);
}

void BudgetsPage::refresh()
{
    m_request = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_reader, "fetchBudgetDay", Qt::QueuedConnection,
                              Q_ARG(qint64, m_request), Q_ARG(QString, m_day));
    refreshUsage();
}

void BudgetsPage::noteChange()
{
    if (isVisible() && !m_soon->isActive()) {
        m_soon->start();
    }
}

void BudgetsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void BudgetsPage::onDay(qint64 requestId, bool ok, const DayUsage &usage)
{
    if (requestId != m_request) {
        return;
    }
    m_request = 0;
    if (!ok) {
        m_bars->showProblem(tr("The budget day could not be read from the database."));
        return;
    }
    const QLocale locale;
    m_bars->showAccount(usage.account,
                        {tr("Executions that held anything: %1.").arg(usage.executions)});

    m_lines->setRowCount(0);
    for (const DayUsage::Line &line : usage.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(row, 0, new QTableWidgetItem(line.stage));
        m_lines->setItem(row, 1, new QTableWidgetItem(line.agent));
        m_lines->setItem(row, 2, number(locale.toString(line.posted)));
        m_lines->setItem(row, 3, number(locale.toString(line.postedTokens)));
        m_lines->setItem(row, 4, number(DisplayFormat::money(line.postedCost)));
        m_lines->setItem(row, 5,
                         number(line.pending > 0 ? tr("%1 tokens · %2")
                                                       .arg(locale.toString(line.pendingTokens),
                                                            DisplayFormat::money(line.pendingCost))
                                                 : QString()));
        m_lines->setItem(row, 6, number(ExecutionsModel::durationText(line.durationMs)));
    }
    m_lines->resizeColumnsToContents();
    Q_EMIT shown();
}

void BudgetsPage::refreshUsage()
{
    if (m_usageRequest != 0) {
        return; // the last read has not come back yet
    }
    const qint64 seconds = m_window->currentData().toLongLong();
    UsageQuery query;
    query.to = QDateTime::currentDateTimeUtc();
    query.from = query.to.addSecs(-seconds);
    query.bucketSeconds = 60; // per minute, decimated to the chart's width
    m_usageRequest = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_reader, "fetchUsageSeries", Qt::QueuedConnection,
                              Q_ARG(qint64, m_usageRequest), Q_ARG(Conductor::UsageQuery, query));
}

void BudgetsPage::onUsage(qint64 requestId, const UsageSeries &series)
{
    if (requestId != m_usageRequest) {
        return;
    }
    m_usageRequest = 0;
    m_usage->setSeries(series);
    m_byStage->setTotals(series.stages);
    m_byAgent->setTotals(series.agents);
}

} // namespace Conductor
