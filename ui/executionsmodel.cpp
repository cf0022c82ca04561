// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionsmodel.h"

#include "store/storereader.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QTimer>

namespace Conductor {

namespace {

constexpr int kPageSize = 200;
constexpr int kRepaintMs = 33; // at most ~30 updates a second
constexpr int kPollMs = 2000;  // other processes' changes

QStyle::StandardPixmap statusPixmap(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Pending:
        return QStyle::SP_FileDialogContentsView;
    case ExecutionStatus::Running:
        return QStyle::SP_MediaPlay;
    case ExecutionStatus::Paused:
        return QStyle::SP_MediaPause;
    case ExecutionStatus::Completed:
        return QStyle::SP_DialogApplyButton;
    case ExecutionStatus::Failed:
        return QStyle::SP_MessageBoxCritical;
    case ExecutionStatus::Cancelled:
        return QStyle::SP_BrowserStop;
    }
    return QStyle::SP_FileIcon;
}

} // namespace

QString ExecutionsModel::statusText(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Pending:
        return tr("Queued");
    case ExecutionStatus::Running:
        return tr("Running");
    case ExecutionStatus::Paused:
        return tr("Paused");
    case ExecutionStatus::Completed:
        return tr("Completed");
    case ExecutionStatus::Failed:
        return tr("Failed");
    case ExecutionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

ExecutionsModel::ExecutionsModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_coalesce(new QTimer(this))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &ExecutionsModel::pollChanges);
    m_poll->start();
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kRepaintMs);
    connect(m_coalesce, &QTimer::timeout, this, &ExecutionsModel::refreshDirty);
    connect(m_reader, &StoreReader::executionsFetched, this, &ExecutionsModel::onPage);
    connect(m_reader, &StoreReader::summariesFetched, this, &ExecutionsModel::onSummaries);
    requestPage();
}

ExecutionsModel::~ExecutionsModel() = default;

int ExecutionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExecutionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExecutionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ExecutionSummary &row = m_rows.at(index.row());
    if (role == ExecutionIdRole) {
        return row.id;
    }
    if (role == StatusRole) {
        return static_cast<int>(row.status);
    }
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StatusColumn:
            return statusText(row.status); // the icon never says it alone
        case IdeaColumn:
            return role == Qt::ToolTipRole ? QString(row.ideaTitle + u'\n' + row.id)
                                           : row.ideaTitle;
        case StageColumn:
            return row.currentStage;
        case TokensColumn:
            return locale.toString(row.tokensUsed);
        case CostColumn:
            return QString(u'$' + row.cost.toString());
        case CreatedColumn:
            return locale.toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
        case UpdatedColumn:
            return locale.toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn && qApp) {
        return QApplication::style()->standardIcon(statusPixmap(row.status));
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TokensColumn || index.column() == CostColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ExecutionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IdeaColumn:
        return tr("Idea");
    case StageColumn:
        return tr("Stage");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    case CreatedColumn:
        return tr("Started");
    case UpdatedColumn:
        return tr("Last change");
    default:
        return {};
    }
}

bool ExecutionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pageRequest == 0 && m_total > m_rows.size();
}

void ExecutionsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        requestPage();
    }
}

void ExecutionsModel::setFilter(std::optional<ExecutionStatus> status, const QString &search)
{
    beginResetModel();
    m_status = status;
    m_search = search.trimmed();
    m_rows.clear();
    m_index.clear();
    m_total = -1;
    m_pageRequest = 0; // an answer still on its way is for the old filter
    endResetModel();
    requestPage();
}

void ExecutionsModel::setPollInterval(int milliseconds)
{
    m_poll->stop();
    if (milliseconds > 0) {
        m_poll->start(milliseconds);
    }
}

int ExecutionsModel::rowOf(const QString &executionId) const
{
    return m_index.value(executionId, -1);
}

const ExecutionSummary *ExecutionsModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ExecutionsModel::requestPage()
{
    ExecutionPageQuery query;
    query.status = m_status;
    query.search = m_search;
    query.limit = kPageSize;
    if (!m_rows.isEmpty()) {
        query.afterCreatedAt = m_rows.constLast().createdAt;
        query.afterId = m_rows.constLast().id;
    }
    m_pageRequest = ++m_nextRequest;
    QMetaObject::invokeMethod(m_reader, "fetchExecutions", Qt::QueuedConnection,
                              Q_ARG(qint64, m_pageRequest),
                              Q_ARG(Conductor::ExecutionPageQuery, query));
}

void ExecutionsModel::onPage(qint64 requestId, const ExecutionPage &page)
{
    if (requestId != m_pageRequest) {
        return; // for a filter no longer shown
    }
    m_pageRequest = 0;
    m_total = page.total;
    QList<ExecutionSummary> fresh;
    for (const ExecutionSummary &row : page.rows) {
        if (!m_index.contains(row.id)) { // a live insert may have put it there already
            fresh.append(row);
        }
    }
    if (!m_seenUntil.isValid()) {
        // Changes are looked for from the newest the first page knows of; rows changed
        // later by other processes come with the next poll.
        for (const ExecutionSummary &row : page.rows) {
            noteSeen(row);
        }
        if (!m_seenUntil.isValid()) {
            m_seenUntil = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (const ExecutionSummary &row : std::as_const(fresh)) {
            m_index.insert(row.id, static_cast<int>(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
    Q_EMIT loaded();
}

void ExecutionsModel::applyEvents(const ExecutionEvents &events)
{
    for (const ExecutionEvent &e : events) {
        m_dirty.insert(e.executionId);
    }
    if (!m_dirty.isEmpty() && !m_coalesce->isActive()) {
        m_coalesce->start();
    }
}

void ExecutionsModel::pollChanges()
{
    if (m_refreshRequest != 0 || m_total < 0) {
        return; // a re-read is on its way, or the first page is
    }
    m_refreshRequest = ++m_nextRequest;
    QMetaObject::invokeMethod(m_reader, "fetchChangedSince", Qt::QueuedConnection,
                              Q_ARG(qint64, m_refreshRequest), Q_ARG(QDateTime, m_seenUntil));
}

void ExecutionsModel::noteSeen(const ExecutionSummary &row)
{
    if (!m_seenUntil.isValid() || row.updatedAt > m_seenUntil) {
        m_seenUntil = row.updatedAt;
    }
}

void ExecutionsModel::refreshDirty()
{
    if (m_refreshRequest != 0) {
        m_coalesce->start(); // one re-read at a time; the next gathers what came meanwhile
        return;
    }
    if (m_dirty.isEmpty()) {
        return;
    }
    const QStringList ids(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    m_refreshRequest = ++m_nextRequest;
    QMetaObject::invokeMethod(m_reader, "fetchSummaries", Qt::QueuedConnection,
                              Q_ARG(qint64, m_refreshRequest), Q_ARG(QStringList, ids));
}

bool ExecutionsModel::matchesFilter(const ExecutionSummary &row) const
{
    if (m_status && row.status != *m_status) {
        return false;
    }
    return m_search.isEmpty() || row.ideaTitle.contains(m_search, Qt::CaseInsensitive) ||
           row.id.startsWith(m_search, Qt::CaseInsensitive);
}

void ExecutionsModel::onSummaries(qint64 requestId, const QList<ExecutionSummary> &rows)
{
    if (requestId != m_refreshRequest) {
        return;
    }
    m_refreshRequest = 0;
    QList<ExecutionSummary> added;
    for (const ExecutionSummary &row : rows) {
        if (m_total < 0) {
            break; // the first page, still on its way, will bring them
        }
        noteSeen(row);
        const int at = rowOf(row.id);
        if (at >= 0) {
            m_rows[at] = row;
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else if (matchesFilter(row) &&
                   (m_rows.isEmpty() || row.createdAt >= m_rows.constFirst().createdAt)) {
            added.append(row); // newer than everything shown: it goes on top
        }
    }
    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end(), [](const auto &a, const auto &b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
        });
        beginInsertRows({}, 0, static_cast<int>(added.size()) - 1);
        m_rows = added + m_rows;
        m_index.clear();
        for (int i = 0; i < m_rows.size(); ++i) {
            m_index.insert(m_rows.at(i).id, i);
        }
        m_total += added.size();
        endInsertRows();
    }
    Q_EMIT loaded();
    if (!m_dirty.isEmpty() && !m_coalesce->isActive()) {
        m_coalesce->start();
    }
}

} // namespace Conductor
