// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "budgetspage.h"

#include "engine/ledger.h"
#include "executionsmodel.h"
#include "store/storereader.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Conductor {

namespace {

constexpr int kRefreshMs = 5000; // while shown: other processes spend too
constexpr int kAfterChangeMs = 1000;

QProgressBar *newBar(QWidget *parent, const QString &name)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 1000); // per mille: dollars in micros overflow an int
    bar->setTextVisible(true);
    bar->setAccessibleName(name);
    return bar;
}

// Fills a bar with used + held of a limit, and says it in words.
void fill(QProgressBar *bar, double used, double held, double limit, const QString &text)
{
    const double share = limit > 0 ? (used + held) / limit : (used + held > 0 ? 1.0 : 0.0);
    bar->setValue(static_cast<int>(std::clamp(share, 0.0, 1.0) * 1000));
    bar->setFormat(text);
    bar->setToolTip(text);
}

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
    , m_config(config)
    , m_zone(Ledger::zoneOf(config))
    , m_title(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_tokens(newBar(this, tr("Tokens today")))
    , m_cost(newBar(this, tr("Dollars today")))
    , m_emergency(newBar(this, tr("Emergency reserve")))
    , m_alert(new QLabel(this))
    , m_lines(new QTableWidget(0, 7, this))
    , m_refresh(new QTimer(this))
    , m_soon(new QTimer(this))
{
    setObjectName(QStringLiteral("BudgetsPage"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
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
    auto *form = new QFormLayout(limits);
    form->addRow(tr("Tokens:"), m_tokens);
    form->addRow(tr("Dollars:"), m_cost);
    form->addRow(tr("Emergency reserve:"), m_emergency);
    m_alert->setWordWrap(true);
    form->addRow(QString(), m_alert);

    m_lines->setHorizontalHeaderLabels({tr("Stage"), tr("Agent"), tr("Attempts"), tr("Tokens used"),
                                        tr("Cost"), tr("Held now"), tr("Time")});
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setAlternatingRowColors(true);
    m_lines->setAccessibleName(tr("Use by stage and agent"));
    auto *byStage = new QGroupBox(tr("By stage and agent"), this);
    auto *byStageLayout = new QVBoxLayout(byStage);
    byStageLayout->addWidget(m_lines);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(limits);
    layout->addWidget(byStage, 1);

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

void BudgetsPage::showDay(const QString &day)
{
    m_day = day.isEmpty() ? Ledger::dayOf(QDateTime::currentDateTimeUtc(), m_zone) : day;
    const QSignalBlocker quiet(m_date);
    m_date->setDate(QDate::fromString(m_day, Qt::ISODate));
    m_title->setText(tr("Budget day %1 (%2)").arg(m_day, QString::fromUtf8(m_zone.id())));
    refresh();
}

void BudgetsPage::refresh()
{
    m_request = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_reader, "fetchBudgetDay", Qt::QueuedConnection,
                              Q_ARG(qint64, m_request), Q_ARG(QString, m_day));
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
        m_alert->setText(tr("The budget day could not be read from the database."));
        return;
    }
    const QLocale locale;
    const Budgets &b = m_config.budgets;
    const Ledger::DayAccount &a = usage.account;
    const qint64 tokensLeft =
        std::max<qint64>(0, b.tokens.daily - a.tokensPosted - a.tokensPending);
    fill(m_tokens, double(a.tokensPosted), double(a.tokensPending), double(b.tokens.daily),
         tr("used %1 · held %2 · left %3 of %4")
             .arg(locale.toString(a.tokensPosted), locale.toString(a.tokensPending),
                  locale.toString(tokensLeft), locale.toString(b.tokens.daily)));
    const Money costLeft = Money::fromMicros(
        std::max<qint64>(0, (b.cost.dailyBudget - a.costPosted - a.costPending).micros));
    fill(m_cost, double(a.costPosted.micros), double(a.costPending.micros),
         double(b.cost.dailyBudget.micros),
         tr("used $%1 · held $%2 · left $%3 of $%4")
             .arg(a.costPosted.toString(), a.costPending.toString(), costLeft.toString(),
                  b.cost.dailyBudget.toString()));
    fill(m_emergency, double(a.emergencyPosted), double(a.emergencyPending),
         double(b.tokens.emergency),
         tr("granted and used %1 · held %2 of %3 tokens")
             .arg(locale.toString(a.emergencyPosted), locale.toString(a.emergencyPending),
                  locale.toString(b.tokens.emergency)));
    QStringList notes;
    if (b.cost.alertThreshold.micros > 0) {
        notes.append(a.alertAt.isValid()
                         ? tr("⚠ The alert threshold of $%1 was crossed at %2.")
                               .arg(b.cost.alertThreshold.toString(),
                                    locale.toString(a.alertAt.toLocalTime(), QLocale::ShortFormat))
                         : tr("Alert at $%1.").arg(b.cost.alertThreshold.toString()));
    }
    if (a.overridePosted.micros > 0 || a.overridePending.micros > 0) {
        notes.append(tr("Approvers granted $%1 beyond the budget (held: $%2).")
                         .arg(a.overridePosted.toString(), a.overridePending.toString()));
    }
    if (a.overrunTokens > 0 || a.overrunCost.micros > 0) {
        notes.append(tr("Attempts used %1 tokens and $%2 beyond their holds.")
                         .arg(locale.toString(a.overrunTokens), a.overrunCost.toString()));
    }
    notes.append(tr("Executions that held anything: %1.").arg(usage.executions));
    m_alert->setText(notes.join(u'\n'));

    m_lines->setRowCount(0);
    for (const DayUsage::Line &line : usage.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(row, 0, new QTableWidgetItem(line.stage));
        m_lines->setItem(row, 1, new QTableWidgetItem(line.agent));
        m_lines->setItem(row, 2, number(locale.toString(line.posted)));
        m_lines->setItem(row, 3, number(locale.toString(line.postedTokens)));
        m_lines->setItem(row, 4, number(QString(u'$' + line.postedCost.toString())));
        m_lines->setItem(row, 5,
                         number(line.pending > 0 ? tr("%1 tokens · $%2")
                                                       .arg(locale.toString(line.pendingTokens),
                                                            line.pendingCost.toString())
                                                 : QString()));
        m_lines->setItem(row, 6, number(ExecutionsModel::durationText(line.durationMs)));
    }
    m_lines->resizeColumnsToContents();
    Q_EMIT shown();
}

} // namespace Conductor
