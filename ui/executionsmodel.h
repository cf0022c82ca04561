// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The executions table's model: newest first, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore), so a database of 100,000 executions opens at once. Every read
// goes through a StoreReader on its own thread; the model only asks and applies answers.
//
// Live: the engine's committed events name the executions that changed; the model
// gathers them and, at most ~30 times a second, re-reads just those rows (the store
// writes each execution's row in the transaction of its events) and updates them, or
// puts a new execution at the top when it matches the filter.

#include "engine/event.h"
#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

class QTimer;

namespace Conductor {

class StoreReader;

class ExecutionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionsModel)

public:
    enum Column
    {
        StatusColumn,
        IdeaColumn,
        StageColumn,
        ProgressColumn,
        TokensColumn,
        CostColumn,
        ElapsedColumn,
        NextGateColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        ExecutionIdRole = Qt::UserRole + 1,
        StatusRole,   // ExecutionStatus as int
        ProgressRole, // percent done, 0-100, or -1 when unknown
        WaitingRole,  // the type of the gate it waits at, or empty
    };

    explicit ExecutionsModel(StoreReader *reader, QObject *parent = nullptr);
    ~ExecutionsModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows only executions with this status (none: all) whose idea or id contains the
    // search text; reloads from the first page.
    void setFilter(std::optional<ExecutionStatus> status, const QString &search);
    // Whether a status or a search narrows the rows.
    [[nodiscard]] bool filtered() const { return m_status.has_value() || !m_search.isEmpty(); }
    // Orders by a column, in the database (so paging stays right with 100,000 rows);
    // reloads from the first page. Rows that change or arrive move to their place.
    void sort(int column, Qt::SortOrder order) override;
    [[nodiscard]] ExecutionOrder order() const { return m_order; }
    [[nodiscard]] bool descending() const { return m_descending; }
    // How many executions match the filter, loaded or not (-1 until the first page).
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] int rowOf(const QString &executionId) const;
    // What the table calls a status (the filter offers the same words).
    [[nodiscard]] static QString statusText(ExecutionStatus status);
    // The status as the table shows it: a running execution waiting at a gate says so.
    [[nodiscard]] static QString statusText(const ExecutionSummary &row);
    // A running time such as "42s", "3m 05s" or "1h 02m".
    [[nodiscard]] static QString durationText(qint64 milliseconds);
    // How often other processes' changes are looked for; 0 stops looking.
    void setPollInterval(int milliseconds);
    [[nodiscard]] const ExecutionSummary *summaryAt(int row) const;

public Q_SLOTS:
    // The engine's committed events: the rows they touch are re-read shortly.
    void applyEvents(const Conductor::ExecutionEvents &events);
    // A running attempt's figures so far (Session::attemptRunning): added to its
    // execution's tokens and cost until the execution's row comes back with the attempt's
    // recorded usage.
    void noteAttemptRunning(const QString &executionId, const QString &stageId, qint64 tokens,
                            qint64 costMicros);
    // Rows other processes changed since the last look (the table polls every two
    // seconds; changes of this process's engine come through applyEvents at once).
    void pollChanges();

Q_SIGNALS:
    // A page or an update was applied (for views that show the count, and tests).
    void loaded();

private:
    void requestPage();
    void onPage(qint64 requestId, const Conductor::ExecutionPage &page);
    void refreshDirty();
    void onSummaries(qint64 requestId, const QList<Conductor::ExecutionSummary> &rows);
    void noteSeen(const ExecutionSummary &row);
    [[nodiscard]] bool matchesFilter(const ExecutionSummary &row) const;
    // Whether a comes before b in the order shown (the database's order).
    [[nodiscard]] bool before(const ExecutionSummary &a, const ExecutionSummary &b) const;
    // Where a row belongs among those loaded, leaving out row `skip`.
    [[nodiscard]] int placeOf(const ExecutionSummary &row, int skip = -1) const;
    void reindex(int from, int to);
    void update(int at, const ExecutionSummary &row);
    void tick();

    StoreReader *m_reader;
    QList<ExecutionSummary> m_rows;
    QHash<QString, int> m_index; // execution id -> row
    qint64 m_total = -1;
    std::optional<ExecutionStatus> m_status;
    QString m_search;
    ExecutionOrder m_order = ExecutionOrder::Created;
    bool m_descending = true;
    qint64 m_pageRequest = 0;    // the page asked for, 0 when none is on its way
    qint64 m_refreshRequest = 0; // the re-read asked for, 0 when none is on its way
    QSet<QString> m_dirty;
    struct Live
    {
        QHash<QString, std::pair<qint64, qint64>> running; // stage -> tokens, micros
        QSet<QString> ended; // stages whose attempt ended: gone at the row's next update
    };
    QHash<QString, Live> m_live; // by execution
    QTimer *m_coalesce;
    QTimer *m_poll;
    QTimer *m_tick;           // running times move on
    QDateTime m_seenUntil;    // the latest change applied
    QDateTime m_countedUntil; // executions created later are not counted in m_total yet
};

} // namespace Conductor
