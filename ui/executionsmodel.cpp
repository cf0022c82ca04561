// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionsmodel.h"

#include "displayformat.h"
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

// The database's order of each column; the table's columns map onto them one to one.
ExecutionOrder orderOf(int column)
{
    switch (column) {
    case ExecutionsModel::StatusColumn:
        return ExecutionOrder::Status;
    case ExecutionsModel::IdeaColumn:
        return ExecutionOrder::Idea;
    case ExecutionsModel::StageColumn:
        return ExecutionOrder::Stage;
    case ExecutionsModel::ProgressColumn:
        return ExecutionOrder::Progress;
    case ExecutionsModel::TokensColumn:
        return ExecutionOrder::Tokens;
    case ExecutionsModel::CostColumn:
        return ExecutionOrder::Cost;
    case ExecutionsModel::ElapsedColumn:
        return ExecutionOrder::Elapsed;
    case ExecutionsModel::NextGateColumn:
        return ExecutionOrder::NextGate;
    case ExecutionsModel::UpdatedColumn:
        return ExecutionOrder::Updated;
    default:
        return ExecutionOrder::Created;
    }
}

// A row's sort key, compared as the database compares it (text by code unit; times as
// their stored ISO text, which sorts as time does).
QVariant keyOf(const ExecutionSummary &s, ExecutionOrder order)
{
    switch (order) {
    case ExecutionOrder::Created:
        return s.createdAt;
    case ExecutionOrder::Updated:
        return s.updatedAt;
    case ExecutionOrder::Status:
        return statusName(s.status);
    case ExecutionOrder::Idea:
        return s.ideaTitle;
    case ExecutionOrder::Stage:
        return s.currentStage;
    case ExecutionOrder::Progress:
        return s.stagesDone;
    case ExecutionOrder::Tokens:
        return s.tokensUsed;
    case ExecutionOrder::Cost:
        return s.cost.micros;
    case ExecutionOrder::Elapsed:
        return s.activeMs;
    case ExecutionOrder::NextGate:
        return s.nextGate;
    }
    return {};
}

qint64 elapsedOf(const ExecutionSummary &s)
{
    return s.activeMs +
           (s.activeSince.isValid()
                ? std::max<qint64>(0, s.activeSince.msecsTo(QDateTime::currentDateTimeUtc()))
                : 0);
}

} // namespace

QString ExecutionsModel::durationText(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60) {
        return tr("%1s").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1m %2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1h %2m").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

QString ExecutionsModel::statusText(const ExecutionSummary &row)
{
    if (row.status == ExecutionStatus::Running && !row.waitingGate.isEmpty()) {
        return tr("Waiting at gate");
    }
    return statusText(row.status);
}

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
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ExecutionsModel::tick);
    m_tick->start();
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
    if (role == WaitingRole) {
        return row.waitingGate;
    }
    if (role == ProgressRole) {
        if (row.status == ExecutionStatus::Completed) {
            return 100;
        }
        return row.stagesTotal > 0 ? row.stagesDone * 100 / row.stagesTotal : -1;
    }
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StatusColumn:
            return statusText(row); // the icon never says it alone
        case IdeaColumn:
            return role == Qt::ToolTipRole ? QString(row.ideaTitle + u'\n' + row.id)
                                           : row.ideaTitle;
        case StageColumn:
            return row.currentStage;
        case ProgressColumn:
            if (row.stagesTotal <= 0) {
                return row.status == ExecutionStatus::Completed ? tr("done") : QString();
            }
            return tr("%1 of %2").arg(row.stagesDone).arg(row.stagesTotal);
        case TokensColumn:
        case CostColumn: {
            qint64 tokens = row.tokensUsed;
            Money cost = row.cost;
            if (const auto live = m_live.constFind(row.id); live != m_live.cend()) {
                for (const auto &[runningTokens, runningMicros] : live->running) {
                    tokens += runningTokens;
                    cost = cost + Money::fromMicros(runningMicros);
                }
            }
            return index.column() == TokensColumn ? locale.toString(tokens)
                                                  : DisplayFormat::money(cost);
        }
        case ElapsedColumn:
            return durationText(elapsedOf(row));
        case NextGateColumn:
            if (!row.waitingGate.isEmpty()) {
                return tr("waiting: %1").arg(row.waitingGate);
            }
            return row.nextGate;
        case CreatedColumn:
            return DisplayFormat::dateTime(row.createdAt);
        case UpdatedColumn:
            return DisplayFormat::dateTime(row.updatedAt);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn && qApp) {
        return QApplication::style()->standardIcon(row.status == ExecutionStatus::Running &&
                                                           !row.waitingGate.isEmpty()
                                                       ? QStyle::SP_MessageBoxQuestion
                                                       : statusPixmap(row.status));
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TokensColumn || index.column() == CostColumn ||
         index.column() == ElapsedColumn)) {
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
    case ProgressColumn:
        return tr("Progress");
    case ElapsedColumn:
        return tr("Elapsed");
    case NextGateColumn:
        return tr("Next gate");
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

void ExecutionsModel::sort(int column, Qt::SortOrder order)
{
    const ExecutionOrder wanted = orderOf(column);
    const bool descending = order == Qt::DescendingOrder;
    if (wanted == m_order && descending == m_descending) {
        return;
    }
    m_order = wanted;
    m_descending = descending;
    setFilter(m_status, m_search);
}

bool ExecutionsModel::before(const ExecutionSummary &a, const ExecutionSummary &b) const
{
    const QVariant ka = keyOf(a, m_order);
    const QVariant kb = keyOf(b, m_order);
    const QPartialOrdering c = QVariant::compare(ka, kb);
    if (c == QPartialOrdering::Less) {
        return !m_descending;
    }
    if (c == QPartialOrdering::Greater) {
        return m_descending;
    }
    return m_descending ? a.id > b.id : a.id < b.id;
}

int ExecutionsModel::placeOf(const ExecutionSummary &row, int skip) const
{
    // Binary search over the loaded rows, which are in order.
    int lo = 0;
    int hi = static_cast<int>(m_rows.size()) - (skip >= 0 ? 1 : 0);
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const int at = skip >= 0 && mid >= skip ? mid + 1 : mid;
        if (before(m_rows.at(at), row)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

void ExecutionsModel::reindex(int from, int to)
{
    for (int i = std::max(0, from); i <= to && i < m_rows.size(); ++i) {
        m_index.insert(m_rows.at(i).id, i);
    }
}

void ExecutionsModel::update(int at, const ExecutionSummary &row)
{
    if (const auto live = m_live.find(row.id); live != m_live.end()) {
        for (const QString &stage : std::as_const(live->ended)) {
            live->running.remove(stage);
        }
        live->ended.clear();
        if (live->running.isEmpty() || isEnded(row.status)) {
            m_live.erase(live);
        }
    }
    const bool moves = keyOf(row, m_order) != keyOf(m_rows.at(at), m_order);
    m_rows[at] = row;
    if (moves) {
        const int place = placeOf(row, at); // among the others
        if (place != at) {
            // beginMoveRows wants the row it goes before, counted with the row itself.
            const int destination = place > at ? place + 1 : place;
            beginMoveRows({}, at, at, {}, destination);
            m_rows.move(at, place);
            endMoveRows();
            reindex(std::min(at, place), std::max(at, place));
            at = place;
        }
    }
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

void ExecutionsModel::tick()
{
    // Running times move on: repaint the column of rows whose clock runs.
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).activeSince.isValid()) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first >= 0) {
        Q_EMIT dataChanged(index(first, ElapsedColumn), index(last, ElapsedColumn),
                           {Qt::DisplayRole});
    }
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
    query.order = m_order;
    query.descending = m_descending;
    query.limit = kPageSize;
    if (!m_rows.isEmpty()) {
        query.after = m_rows.constLast();
    }
    m_pageRequest = StoreReader::newRequestId();
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
    if (m_total < 0) {
        m_countedUntil = page.newestCreatedAt;
    }
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

void ExecutionsModel::noteAttemptRunning(const QString &executionId, const QString &stageId,
                                         qint64 tokens, qint64 costMicros)
{
    Live &live = m_live[executionId];
    live.running.insert(stageId, {tokens, costMicros});
    live.ended.remove(stageId);
    if (const int at = m_index.value(executionId, -1); at >= 0) {
        Q_EMIT dataChanged(index(at, TokensColumn), index(at, CostColumn));
    }
}

void ExecutionsModel::applyEvents(const ExecutionEvents &events)
{
    for (const ExecutionEvent &e : events) {
        m_dirty.insert(e.executionId);
        // An attempt's end: its live figures give way to its usage when the row is re-read.
        if (e.type == EventType::BudgetPosted || e.type == EventType::AttemptSucceeded ||
            e.type == EventType::AttemptFailed || e.type == EventType::AttemptInterrupted) {
            if (const auto live = m_live.find(e.executionId); live != m_live.end()) {
                live->ended.insert(e.data.value(QStringLiteral("stage")).toString());
            }
        }
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
    m_refreshRequest = StoreReader::newRequestId();
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
    m_refreshRequest = StoreReader::newRequestId();
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
    for (const ExecutionSummary &row : rows) {
        if (m_total < 0) {
            break; // the first page, still on its way, will bring them
        }
        noteSeen(row);
        const int at = rowOf(row.id);
        if (at >= 0) {
            update(at, row);
            continue;
        }
        if (!matchesFilter(row)) {
            continue;
        }
        // A new execution adds to the count; an older one (not loaded yet) may have
        // moved into the rows loaded.
        if (!m_countedUntil.isValid() || row.createdAt > m_countedUntil) {
            ++m_total;
            m_countedUntil = row.createdAt;
        }
        const int place = placeOf(row);
        if (place == m_rows.size() && m_total > m_rows.size() + 1) {
            continue; // beyond the rows loaded: it comes with a later page
        }
        beginInsertRows({}, place, place);
        m_rows.insert(place, row);
        reindex(place, static_cast<int>(m_rows.size()) - 1);
        endInsertRows();
    }
    Q_EMIT loaded();
    if (!m_dirty.isEmpty() && !m_coalesce->isActive()) {
        m_coalesce->start();
    }
}

} // namespace Conductor
