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
        TokensColumn,
        CostColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        ExecutionIdRole = Qt::UserRole + 1,
        StatusRole, // ExecutionStatus as int
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
    // How many executions match the filter, loaded or not (-1 until the first page).
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] int rowOf(const QString &executionId) const;
    // What the table calls a status (the filter offers the same words).
    [[nodiscard]] static QString statusText(ExecutionStatus status);
    // How often other processes' changes are looked for; 0 stops looking.
    void setPollInterval(int milliseconds);
    [[nodiscard]] const ExecutionSummary *summaryAt(int row) const;

public Q_SLOTS:
    // The engine's committed events: the rows they touch are re-read shortly.
    void applyEvents(const Conductor::ExecutionEvents &events);
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

    StoreReader *m_reader;
    QList<ExecutionSummary> m_rows;
    QHash<QString, int> m_index; // execution id -> row
    qint64 m_total = -1;
    std::optional<ExecutionStatus> m_status;
    QString m_search;
    qint64 m_nextRequest = 0;
    qint64 m_pageRequest = 0;    // the page asked for, 0 when none is on its way
    qint64 m_refreshRequest = 0; // the re-read asked for, 0 when none is on its way
    QSet<QString> m_dirty;
    QTimer *m_coalesce;
    QTimer *m_poll;
    QDateTime m_seenUntil; // the latest change applied
};

} // namespace Conductor
