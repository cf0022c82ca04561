// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dashboardpage.h"

#include "budgetbars.h"
#include "displayformat.h"
#include "engine/ledger.h"
#include "executionsmodel.h"
#include "metrictile.h"
#include "providerspanel.h"
#include "store/storereader.h"
#include "uistyle.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Conductor {

namespace {

constexpr int kAfterChangeMs = 1000; // within a second of a change, at most once a second
constexpr int kRefreshMs = 15'000;   // while shown: the windows slide, others record
constexpr int kOldestGates = 5;
const QString kWindowKey = QStringLiteral("dashboard/window");

struct Window
{
    qint64 seconds;
    const char *key; // as remembered in the settings
};
constexpr Window kWindows[] = {
    {3600, "1h"}, {86'400, "24h"}, {7 * 86'400, "7d"}, {30 * 86'400, "30d"}};
constexpr qint64 kDefaultWindow = 86'400;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::DashboardPage)
};

QString percent(double rate)
{
    return Text::tr("%1%").arg(QLocale().toString(rate * 100.0, 'f', 1));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString seconds(double s)
{
    if (s < 60) {
        return Text::tr("%1s").arg(QLocale().toString(s, 'f', s < 10 ? 1 : 0));
    }
    return ExecutionsModel::durationText(std::llround(s * 1000.0));
}

QTableWidgetItem *cell(const QString &text, bool numeric = true)
{
    auto *item = new QTableWidgetItem(text);
    if (numeric) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

void fillTable(QTableWidget *table, const QList<KeyMetrics::Breakdown> &rows,
               const QString &unnamed)
{
    const QString none = QStringLiteral("—");
    table->setRowCount(0);
    for (const KeyMetrics::Breakdown &b : rows) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, cell(b.name.isEmpty() ? unnamed : b.name, false));
        table->setItem(row, 1, cell(number(b.attempts)));
        table->setItem(row, 2, cell(number(b.failed)));
        table->setItem(row, 3, cell(number(b.recovered)));
        table->setItem(row, 4, cell(b.recoveryRate ? percent(*b.recoveryRate) : none));
        table->setItem(row, 5, cell(b.meanSuccessSeconds ? seconds(*b.meanSuccessSeconds) : none));
        table->setItem(row, 6, cell(number(b.tokens)));
        table->setItem(row, 7, cell(DisplayFormat::money(b.cost)));
    }
}

QTableWidget *newTable(QWidget *parent, const QString &first, const QString &name)
{
    auto *table = new QTableWidget(0, 8, parent);
    table->setHorizontalHeaderLabels({first, Text::tr("Attempts"), Text::tr("Failed"),
                                      Text::tr("Recovered"), Text::tr("Recovery rate"),
                                      Text::tr("Mean success time"), Text::tr("Tokens"),
                                      Text::tr("Cost")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setAccessibleName(name);
    table->setMinimumHeight(table->fontMetrics().height() * 8);
    return table;
}

} // namespace

DashboardPage::DashboardPage(StoreReader *reader, const Configuration &config, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_config(config)
    , m_zone(Ledger::zoneOf(config))
    , m_soon(new QTimer(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("DashboardPage"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(createHeader());
    m_problem = new QLabel(content);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(createTiles());
    layout->addWidget(createNow());
    m_providers = new ProvidersPanel(content);
    m_providers->hide();
    layout->addWidget(m_providers);
    layout->addWidget(createBreakdown(), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_reader, &StoreReader::keyMetricsFetched, this, &DashboardPage::onMetrics);
    connect(m_reader, &StoreReader::activeFetched, this, &DashboardPage::onActive);
    connect(m_reader, &StoreReader::gatesFetched, this, &DashboardPage::onGates);
    connect(m_reader, &StoreReader::budgetDayFetched, this, &DashboardPage::onDay);
    m_soon->setSingleShot(true);
    connect(m_soon, &QTimer::timeout, this, &DashboardPage::refresh);
    m_tick->setInterval(kRefreshMs);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    m_tick->start();
    updateLoading();
}

QWidget *DashboardPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Key metrics"), header);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    title->setFont(bold);
    m_window = new QComboBox(header);
    m_window->setAccessibleName(tr("Window"));
    m_window->addItem(tr("Last hour"), kWindows[0].seconds);
    m_window->addItem(tr("Last 24 hours"), kWindows[1].seconds);
    m_window->addItem(tr("Last 7 days"), kWindows[2].seconds);
    m_window->addItem(tr("Last 30 days"), kWindows[3].seconds);
    const QString remembered = QSettings().value(kWindowKey).toString();
    qint64 chosen = kDefaultWindow;
    for (const Window &w : kWindows) {
        if (remembered == QLatin1String(w.key)) {
            chosen = w.seconds;
        }
    }
    m_window->setCurrentIndex(m_window->findData(chosen));
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        for (const Window &w : kWindows) {
            if (w.seconds == windowSeconds()) {
                QSettings().setValue(kWindowKey, QString::fromLatin1(w.key));
            }
        }
        fetchMetrics();
    });
    auto *windowLabel = new QLabel(tr("&Window:"), header);
    windowLabel->setBuddy(m_window);
    m_busy = new QProgressBar(header);
    m_busy->setRange(0, 0); // busy, without a known end
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(m_busy->fontMetrics().averageCharWidth() * 12);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->setAccessibleName(tr("Loading"));
    m_status = new QLabel(header);
    row->addWidget(title);
    row->addStretch(1);
    row->addWidget(m_busy);
    row->addWidget(m_status);
    row->addSpacing(12);
    row->addWidget(windowLabel);
    row->addWidget(m_window);
    return header;
}

QWidget *DashboardPage::createTiles()
{
    auto *tiles = new QWidget(this);
    auto *row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    m_tiles = {
        new MetricTile(tr("Pipeline success rate"),
                       tr("Completed executions / (completed + failed), by the time they "
                          "ended; cancelled ones are left out."),
                       tiles),
        new MetricTile(tr("Average execution time"),
                       tr("From an execution's creation to its end, over the completed and "
                          "failed executions that ended in the window; p50 and p95 by the "
                          "nearest rank."),
                       tiles),
        new MetricTile(tr("Resource efficiency"),
                       tr("Tokens and dollars used per completed execution, over the "
                          "executions that completed in the window."),
                       tiles),
        new MetricTile(tr("Gate first-approval rate"),
                       tr("Gates approved at their first decision / gates decided. A gate is "
                          "an execution's checkpoint and gate type: one rejected and opened "
                          "again counts once, as not approved at first; an expired gate "
                          "counts as decided and not approved."),
                       tiles),
        new MetricTile(tr("Error recovery rate"),
                       tr("Failed attempts whose stage a later retry completed / failed "
                          "attempts, of the attempts that failed in the window."),
                       tiles),
    };
    for (MetricTile *tile : m_tiles) {
        row->addWidget(tile, 1);
    }
    return tiles;
}

QWidget *DashboardPage::createNow()
{
    auto *now = new QWidget(this);
    auto *row = new QHBoxLayout(now);
    row->setContentsMargins(0, 0, 0, 0);

    auto *active = new QGroupBox(tr("Active now"), now);
    auto *activeGrid = new QGridLayout(active);
    const std::array<QString, 4> names{tr("Running"), tr("Waiting at a gate"), tr("Paused"),
                                       tr("Queued")};
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(active);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        QFont link = button->font();
        link.setUnderline(true); // a count leads to what it counts
        button->setFont(link);
        button->setAccessibleName(names.at(i));
        button->setToolTip(i == 1 ? tr("Show the gates waiting for a decision")
                                  : tr("Show these executions"));
        m_active.at(i) = button;
        activeGrid->addWidget(new QLabel(names.at(i), active), i, 0);
        activeGrid->addWidget(button, i, 1, Qt::AlignLeft);
    }
    connect(m_active[0], &QPushButton::clicked, this,
            [this] { Q_EMIT showExecutions(ExecutionStatus::Running); });
    connect(m_active[1], &QPushButton::clicked, this, &DashboardPage::showPendingGates);
    connect(m_active[2], &QPushButton::clicked, this,
            [this] { Q_EMIT showExecutions(ExecutionStatus::Paused); });
    connect(m_active[3], &QPushButton::clicked, this,
            [this] { Q_EMIT showExecutions(ExecutionStatus::Pending); });
    activeGrid->setRowStretch(4, 1);

    auto *gates = new QGroupBox(tr("Pending gates"), now);
    auto *gatesLayout = new QVBoxLayout(gates);
    m_gatesLabel = new QLabel(gates);
    m_gatesLabel->setWordWrap(true);
    m_gates = new QTreeWidget(gates);
    m_gates->setColumnCount(3);
    m_gates->setHeaderLabels({tr("Gate"), tr("Idea"), tr("Waiting")});
    m_gates->setRootIsDecorated(false);
    m_gates->header()->setStretchLastSection(false);
    m_gates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gates->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_gates->setUniformRowHeights(true);
    m_gates->setAccessibleName(tr("Oldest pending gates"));
    m_gates->setToolTip(tr("Double-click or press Enter to review a gate"));
    m_gates->setMinimumHeight(m_gates->fontMetrics().height() * (kOldestGates + 2));
    connect(m_gates, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openGate(item->data(0, Qt::UserRole).toString(),
                        item->data(0, Qt::UserRole + 1).toString());
    });
    auto *allGates = new QPushButton(tr("All gates…"), gates);
    connect(allGates, &QPushButton::clicked, this, &DashboardPage::showPendingGates);
    gatesLayout->addWidget(m_gatesLabel);
    gatesLayout->addWidget(m_gates, 1);
    gatesLayout->addWidget(allGates, 0, Qt::AlignRight);

    auto *budgets = new QGroupBox(tr("Today's budgets"), now);
    auto *budgetsLayout = new QVBoxLayout(budgets);
    m_dayTitle = new QLabel(budgets);
    m_bars = new BudgetBars(m_config.budgets, budgets);
    budgetsLayout->addWidget(m_dayTitle);
    budgetsLayout->addWidget(m_bars);
    budgetsLayout->addStretch(1);

    row->addWidget(active);
    row->addWidget(gates, 2);
    row->addWidget(budgets, 3);
    return now;
}

QWidget *DashboardPage::createBreakdown()
{
    auto *box = new QGroupBox(tr("By stage and agent"), this);
    auto *layout = new QVBoxLayout(box);
    auto *tabs = new QTabWidget(box);
    m_stages = newTable(tabs, tr("Stage"), tr("Key metrics by stage"));
    m_agents = newTable(tabs, tr("Agent"), tr("Key metrics by agent"));
    tabs->addTab(m_stages, tr("By stage"));
    tabs->addTab(m_agents, tr("By agent"));
    m_noAttempts = new QLabel(tr("No attempt ended in this window."), box);
    m_noAttempts->setForegroundRole(QPalette::PlaceholderText);
    m_noAttempts->hide();
    layout->addWidget(m_noAttempts);
    layout->addWidget(tabs);
    return box;
}

qint64 DashboardPage::windowSeconds() const
{
    return m_window->currentData().toLongLong();
}

void DashboardPage::setConfiguration(const Configuration &config)
{
    m_config = config;
    m_zone = Ledger::zoneOf(config);
    m_bars->setBudgets(config.budgets);
    refresh();
}

void DashboardPage::setProviderMonitor(ProviderMonitor *monitor)
{
    m_providers->setMonitor(monitor);
    m_providers->setVisible(monitor != nullptr);
}

void DashboardPage::setWindowSeconds(qint64 seconds)
{
    const int index = m_window->findData(seconds);
    if (index >= 0) {
        m_window->setCurrentIndex(index);
    }
}

void DashboardPage::setWindowEnd(const QDateTime &end)
{
    m_end = end;
    m_shownWindow = 0; // what is shown ends elsewhere
    fetchMetrics();
}

QDateTime DashboardPage::windowEnd() const
{
    return m_end.isValid() ? m_end : QDateTime::currentDateTimeUtc();
}

bool DashboardPage::isLoading() const
{
    return m_metricsRequest != 0;
}

MetricTile *DashboardPage::tile(Metric metric) const
{
    return m_tiles.at(static_cast<std::size_t>(metric));
}

QPushButton *DashboardPage::activeButton(Active which) const
{
    return m_active.at(static_cast<std::size_t>(which));
}

void DashboardPage::refresh()
{
    m_soon->stop();
    // The quick reads first: the reader answers in order, and the metrics take longest.
    StoreReader *reader = m_reader;
    const qint64 active = m_activeRequest = StoreReader::newRequestId();
    const qint64 gates = m_gatesRequest = StoreReader::newRequestId();
    const qint64 day = m_dayRequest = StoreReader::newRequestId();
    const QString today = Ledger::dayOf(QDateTime::currentDateTimeUtc(), m_zone);
    m_dayTitle->setText(tr("%1 (%2)").arg(today, QString::fromUtf8(m_zone.id())));
    QMetaObject::invokeMethod(
        reader,
        [reader, active, gates, day, today] {
            reader->fetchActiveExecutions(active);
            reader->fetchPendingGates(gates);
            reader->fetchBudgetDay(day, today);
        },
        Qt::QueuedConnection);
    fetchMetrics();
}

void DashboardPage::noteChange()
{
    // Hidden, the page reads again when shown. Shown, it reads within a second, and no
    // sooner after the last read than that read took, so that a long window read over a
    // large history does not keep the reader thread (which the other views share) busy.
    if (!isVisible() || m_soon->isActive()) {
        return;
    }
    m_soon->start(static_cast<int>(std::clamp<qint64>(m_lastReadMs, kAfterChangeMs, 10'000)));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

// One read of the metrics at a time: a refresh asked for meanwhile waits for it, and
// then reads once, however many were asked for.
void DashboardPage::fetchMetrics()
{
    if (m_metricsRequest != 0) {
        m_fetchAgain = true;
        updateLoading();
        return;
    }
    const qint64 id = m_metricsRequest = StoreReader::newRequestId();
    m_requestedWindow = windowSeconds();
    m_readTimer.start();
    const QDateTime to = windowEnd();
    const QDateTime from = to.addSecs(-m_requestedWindow);
    StoreReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, id, from, to] { reader->fetchKeyMetrics(id, from, to); },
        Qt::QueuedConnection);
    updateLoading();
}

void DashboardPage::updateLoading()
{
    // The figures are stale while they are of another window than the chosen one: the
    // busy indicator runs then; a refresh of the same window updates in place.
    const bool stale = m_shownWindow != windowSeconds();
    m_busy->setVisible(stale);
    for (MetricTile *tile : m_tiles) {
        tile->setStale(stale && m_shownWindow != 0);
    }
    if (stale) {
        m_status->setText(tr("Loading the key metrics…"));
    } else if (isLoading()) {
        m_status->setText(tr("Updating…"));
    } else if (m_metrics.to.isValid()) {
        const QDateTime to = m_metrics.to.toLocalTime();
        const QLocale locale;
        m_status->setText(tr("As of %1")
                              .arg(to.date() == QDate::currentDate()
                                       ? locale.toString(to.time(), QLocale::ShortFormat)
                                       : locale.toString(to, QLocale::ShortFormat)));
    }
}

void DashboardPage::onMetrics(qint64 requestId, const KeyMetrics &metrics)
{
    if (requestId != m_metricsRequest) {
        return;
    }
    m_metricsRequest = 0;
    m_lastReadMs = m_readTimer.elapsed();
    // Figures of another window than the chosen one (it changed meanwhile) are dropped.
    if (m_requestedWindow == windowSeconds()) {
        m_metrics = metrics;
        m_shownWindow = m_requestedWindow;
        showMetrics();
    }
    if (m_fetchAgain) {
        m_fetchAgain = false;
        fetchMetrics();
    }
    updateLoading();
}

void DashboardPage::showMetrics()
{
    const KeyMetrics &m = m_metrics;
    UiStyle::showMessage(m_problem, m.ok ? QString() : m.error, true);
    const int ended = m.completed + m.failed;
    const QString noEnds =
        m.cancelled > 0 ? tr("No execution completed or failed in this window (cancelled: %1).")
                              .arg(number(m.cancelled))
                        : tr("No execution completed or failed in this window.");
    MetricTile *success = tile(Metric::SuccessRate);
    if (m.successRate) {
        QString basis = tr("%1 of %2 ended executions completed, %3 failed.")
                            .arg(number(m.completed), number(ended), number(m.failed));
        if (m.cancelled > 0) {
            basis += u' ' + tr("Cancelled, not counted: %1.").arg(number(m.cancelled));
        }
        success->showValue(percent(*m.successRate), basis);
    } else {
        success->showNoData(noEnds);
    }
    MetricTile *time = tile(Metric::ExecutionTime);
    if (m.meanSeconds) {
        time->showValue(seconds(*m.meanSeconds),
                        tr("Mean of %1 completed or failed executions; p50 %2, p95 %3.")
                            .arg(number(ended), seconds(m.p50Seconds.value_or(0)),
                                 seconds(m.p95Seconds.value_or(0))));
    } else {
        time->showNoData(noEnds);
    }
    MetricTile *efficiency = tile(Metric::Efficiency);
    if (m.costPerCompleted && m.tokensPerCompleted) {
        efficiency->showValue(DisplayFormat::money(*m.costPerCompleted),
                              tr("Per completed execution, over %1 that used %2 tokens and %3.")
                                  .arg(number(m.completed), number(m.completedTokens),
                                       DisplayFormat::money(m.completedCost)),
                              tr("%1 tokens").arg(number(std::llround(*m.tokensPerCompleted))));
    } else {
        efficiency->showNoData(tr("No execution completed in this window."));
    }
    MetricTile *gates = tile(Metric::FirstApproval);
    if (m.firstApprovalRate) {
        gates->showValue(percent(*m.firstApprovalRate),
                         tr("%1 of %2 decided gates approved at their first decision.")
                             .arg(number(m.gateGroupsFirstApproved), number(m.gateGroupsDecided)));
    } else {
        gates->showNoData(tr("No gate was decided in this window."));
    }
    MetricTile *recovery = tile(Metric::Recovery);
    if (m.recoveryRate) {
        recovery->showValue(percent(*m.recoveryRate),
                            tr("%1 of %2 failed attempts recovered by a retry.")
                                .arg(number(m.recoveredAttempts), number(m.failedAttempts)));
    } else {
        recovery->showNoData(tr("No attempt failed in this window."));
    }
    m_noAttempts->setVisible(m.ok && m.stages.isEmpty());
    fillTable(m_stages, m.stages, QString());
    fillTable(m_agents, m.agents, tr("(unknown)"));
    Q_EMIT metricsShown();
}

void DashboardPage::onActive(qint64 requestId, const ActiveExecutions &active)
{
    if (requestId != m_activeRequest) {
        return;
    }
    m_activeRequest = 0;
    const std::array<int, 4> counts{active.running, active.waitingAtGate, active.paused,
                                    active.queued};
    for (std::size_t i = 0; i < counts.size(); ++i) {
        m_active.at(i)->setText(active.ok ? number(counts.at(i)) : QStringLiteral("?"));
        m_active.at(i)->setEnabled(active.ok && counts.at(i) > 0);
    }
}

void DashboardPage::onGates(qint64 requestId, const QList<GateRow> &gates)
{
    if (requestId != m_gatesRequest) {
        return;
    }
    m_gatesRequest = 0;
    m_gatesLabel->setText(gates.isEmpty()
                              ? tr("No gate waits for a decision.")
                              : tr("Gates waiting: %1. The oldest:").arg(number(gates.size())));
    m_gates->setVisible(!gates.isEmpty());
    m_gates->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const GateRow &g : gates.mid(0, kOldestGates)) {
        auto *item = new QTreeWidgetItem(m_gates);
        item->setText(0, g.critical ? tr("%1 (critical)").arg(g.type) : g.type);
        item->setText(1, g.ideaTitle);
        item->setText(2,
                      ExecutionsModel::durationText(std::max<qint64>(0, g.openedAt.msecsTo(now))));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, g.executionId);
        item->setData(0, Qt::UserRole, g.executionId);
        item->setData(0, Qt::UserRole + 1, g.id);
    }
}

void DashboardPage::onDay(qint64 requestId, bool ok, const DayUsage &usage)
{
    if (requestId != m_dayRequest) {
        return;
    }
    m_dayRequest = 0;
    if (!ok) {
        m_bars->showProblem(tr("Today's budgets could not be read from the database."));
        return;
    }
    m_bars->showAccount(usage.account);
}

} // namespace Conductor
