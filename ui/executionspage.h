// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Executions view: the table of every stored execution, newest first (or sorted by
// any column, in the database), loaded as it scrolls, with a status filter and a search
// field above it and the count of what matches. Searching waits for a pause in typing, so
// each keystroke does not reload. Progress shows as a bar that also says it in words.

#include "engine/executionstate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Conductor {

class ExecutionsModel;
class StoreReader;

class ExecutionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionsPage)

public:
    explicit ExecutionsPage(StoreReader *reader, QWidget *parent = nullptr);

    [[nodiscard]] ExecutionsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }

    // The execution of the current row, or empty.
    [[nodiscard]] QString currentExecution() const;
    // Shows only the executions with this status (the dashboard's counts lead here).
    void showStatus(ExecutionStatus status);
    // Makes an execution's row current when it is loaded (a new one arrives shortly).
    void selectExecution(const QString &executionId);

public Q_SLOTS:
    // Reloads from the first page with the current filter (View → Refresh).
    void reload();

Q_SIGNALS:
    void currentExecutionChanged(const QString &executionId);
    void contextMenuRequested(const QString &executionId, const QPoint &globalPos);

private:
    void updateCount();

    ExecutionsModel *m_model;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_searchDelay;
    bool m_sized = false; // the columns were fitted to the first rows
    QString m_wanted;     // to select once its row is loaded
    QString m_current;
};

} // namespace Conductor
