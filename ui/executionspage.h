// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Executions view: the table of every stored execution, newest first (or sorted by
// any column, in the database), loaded as it scrolls, with a status filter and a search
// field above it and the count of what matches. Searching waits for a pause in typing, so
// each keystroke does not reload. Progress shows as a bar that also says it in words.
//
// While the database holds no execution at all, a welcome (WelcomePanel) takes the table's
// place; a filter that merely matches none leaves the table. Whether the database is empty
// follows the table's count when no filter applies, and a count of its own otherwise, so an
// execution another process starts takes the welcome away too.

#include "engine/executionstate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Conductor {

class ExecutionsModel;
class StoreReader;
class WelcomePanel;
struct ExecutionPage;

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
    [[nodiscard]] WelcomePanel *welcome() const { return m_welcome; }
    // Whether the welcome shows: the database holds no execution.
    [[nodiscard]] bool welcomeShown() const { return m_empty == Emptiness::Empty; }

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
    void welcomeShownChanged(bool shown);

private:
    enum class Emptiness
    {
        Unknown,
        Empty,
        NotEmpty
    };
    void updateCount();
    // After the table loaded: whether the database is empty now.
    void checkEmpty();
    void onProbe(qint64 requestId, const Conductor::ExecutionPage &page);
    void setEmpty(bool empty);

    ExecutionsModel *m_model;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    WelcomePanel *m_welcome;
    QStackedWidget *m_area; // the table, or the welcome
    QTimer *m_searchDelay;
    StoreReader *m_reader;
    Emptiness m_empty = Emptiness::Unknown;
    qint64 m_probe = 0;   // the count of all executions asked for, 0 when none is on its way
    bool m_sized = false; // the columns were fitted to the first rows
    QString m_wanted;     // to select once its row is loaded
    QString m_current;
};

} // namespace Conductor
