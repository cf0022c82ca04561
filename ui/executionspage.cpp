// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionspage.h"

#include "executionsmodel.h"
#include "store/storereader.h"
#include "welcomepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Conductor {

namespace {

constexpr int kSearchPauseMs = 250;

// Draws the progress column as a bar with its text ("3 of 13") on it.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const int percent = index.data(ExecutionsModel::ProgressRole).toInt();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The row's selection background first, then the bar inside it.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent;
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

ExecutionsPage::ExecutionsPage(StoreReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_model(new ExecutionsModel(reader, this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_welcome(new WelcomePanel(this))
    , m_area(new QStackedWidget(this))
    , m_searchDelay(new QTimer(this))
    , m_reader(reader)
{
    setObjectName(QStringLiteral("ExecutionsPage"));
    m_status->addItem(tr("All statuses"));
    for (const ExecutionStatus status :
         {ExecutionStatus::Pending, ExecutionStatus::Running, ExecutionStatus::Paused,
          ExecutionStatus::Completed, ExecutionStatus::Failed, ExecutionStatus::Cancelled}) {
        m_status->addItem(ExecutionsModel::statusText(status), static_cast<int>(status));
    }
    m_status->setAccessibleName(tr("Status filter"));
    m_search->setPlaceholderText(tr("Search ideas or execution ids"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search executions"));
    m_count->setAccessibleName(tr("Matching executions"));

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("ExecutionsTable"));
    m_table->setAccessibleName(tr("Executions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ExecutionsModel::IdeaColumn,
                                                      QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(ExecutionsModel::ProgressColumn,
                                      new ProgressDelegate(m_table));
    // Newest first is what the model loads; clicking a header sorts in the database.
    m_table->horizontalHeader()->setSortIndicator(ExecutionsModel::CreatedColumn,
                                                  Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        if (index.isValid()) {
            m_table->selectRow(index.row());
            Q_EMIT contextMenuRequested(index.data(ExecutionsModel::ExecutionIdRole).toString(),
                                        m_table->viewport()->mapToGlobal(at));
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.isValid()
                                       ? current.data(ExecutionsModel::ExecutionIdRole).toString()
                                       : QString();
                if (id != m_current) {
                    m_current = id;
                    Q_EMIT currentExecutionChanged(id);
                }
            });
    // A row wanted before it was loaded is selected when it comes; otherwise the newest
    // is, when the table first fills, so the view below has something to show.
    connect(m_model, &ExecutionsModel::loaded, this, [this] {
        if (!m_wanted.isEmpty()) {
            selectExecution(m_wanted);
        } else if (m_current.isEmpty() && m_model->rowCount() > 0 &&
                   !m_table->selectionModel()->hasSelection()) {
            m_table->selectRow(0);
        }
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    m_area->addWidget(m_table);
    m_area->addWidget(m_welcome);
    layout->addWidget(m_area, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchPauseMs);
    connect(m_searchDelay, &QTimer::timeout, this, &ExecutionsPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ExecutionsPage::reload);
    connect(m_model, &ExecutionsModel::loaded, this, &ExecutionsPage::updateCount);
    // Columns fit what the first page shows (measuring every row would cost a full pass
    // per page); the user may widen them, and the idea takes what is left.
    connect(m_model, &ExecutionsModel::loaded, this, [this] {
        if (!m_sized && m_model->rowCount() > 0) {
            m_sized = true;
            for (int column = 0; column < ExecutionsModel::ColumnCount; ++column) {
                if (column != ExecutionsModel::IdeaColumn) {
                    m_table->resizeColumnToContents(column);
                }
            }
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExecutionsPage::updateCount);
    connect(m_model, &ExecutionsModel::loaded, this, &ExecutionsPage::checkEmpty);
    connect(m_reader, &StoreReader::executionsFetched, this, &ExecutionsPage::onProbe);
    updateCount();
}

void ExecutionsPage::reload()
{
    m_searchDelay->stop();
    const QVariant status = m_status->currentData();
    m_model->setFilter(status.isValid()
                           ? std::optional(static_cast<ExecutionStatus>(status.toInt()))
                           : std::nullopt,
                       m_search->text());
}

void ExecutionsPage::showStatus(ExecutionStatus status)
{
    const int index = m_status->findData(static_cast<int>(status));
    if (index >= 0) {
        m_status->setCurrentIndex(index); // reloads
    }
}

QString ExecutionsPage::currentExecution() const
{
    return m_current;
}

void ExecutionsPage::selectExecution(const QString &executionId)
{
    const int row = m_model->rowOf(executionId);
    if (row < 0) {
        m_wanted = executionId;
        return;
    }
    m_wanted.clear();
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void ExecutionsPage::checkEmpty()
{
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        return; // the first page is on its way
    }
    if (!m_model->filtered()) {
        setEmpty(total == 0);
        return;
    }
    if (m_model->rowCount() > 0) {
        setEmpty(false);
        return;
    }
    // The filter matches none: count them all, unless they are known to be there (an
    // execution is never taken out of the database).
    if (m_empty == Emptiness::NotEmpty || m_probe != 0) {
        return;
    }
    ExecutionPageQuery all;
    all.limit = 1;
    m_probe = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_reader, "fetchExecutions", Qt::QueuedConnection,
                              Q_ARG(qint64, m_probe), Q_ARG(Conductor::ExecutionPageQuery, all));
}

void ExecutionsPage::onProbe(qint64 requestId, const ExecutionPage &page)
{
    if (requestId != m_probe) {
        return;
    }
    m_probe = 0;
    if (page.ok) {
        setEmpty(page.total == 0);
    }
}

void ExecutionsPage::setEmpty(bool empty)
{
    const Emptiness now = empty ? Emptiness::Empty : Emptiness::NotEmpty;
    if (now == m_empty) {
        return;
    }
    const bool hadFocus = m_welcome->isAncestorOf(QApplication::focusWidget());
    m_empty = now;
    m_area->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_table);
    if (!empty && hadFocus) {
        m_table->setFocus(); // the focus stays in the view
    }
    if (empty && isVisible()) {
        m_welcome->takeFocus(); // Enter starts the demo, as in a dialog
    }
    Q_EMIT welcomeShownChanged(empty);
}

void ExecutionsPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    m_count->setText(total < 0 ? tr("Loading…")
                               : tr("Executions: %1").arg(QLocale().toString(total)));
}

} // namespace Conductor
