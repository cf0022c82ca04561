// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Audit view: who started executions, decided gates, intervened and changed the
// configuration, when and why — the newest first, in a table with the selected entry's
// details below it. Filters: a time window, the kind of action, the actor, and a search
// in the reasons, subjects and ideas (applied once typing pauses). Export CSV… writes
// every entry the filters select (not only the newest shown) on the reader's thread, with
// a cancellable progress dialog. Read through the StoreReader; refreshed when shown and
// shortly after noteChange().

#include "store/audittrail.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace Conductor {

class AuditModel;
class StoreReader;

class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    // The windows the time filter offers, in its order.
    enum class Window
    {
        Day,
        Week,
        Month,
        All
    };

    explicit AuditPage(StoreReader *reader, QWidget *parent = nullptr);

    [[nodiscard]] AuditModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *windowFilter() const { return m_window; }
    [[nodiscard]] QComboBox *actionFilter() const { return m_action; }
    [[nodiscard]] QLineEdit *actorField() const { return m_actor; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QGroupBox *detailsBox() const { return m_details; }

    void setWindow(Window window);
    // The query the filters make now (limit: the newest shown).
    [[nodiscard]] AuditQuery currentQuery() const;
    // The entry of the current row, if any.
    [[nodiscard]] std::optional<AuditEntry> currentEntry() const;

public Q_SLOTS:
    // Reads the trail again with the current filters.
    void refresh();
    // Something was recorded: read again shortly, while shown.
    void noteChange();
    // Asks where to save (a non-blocking file dialog), then exports there.
    void exportCsv();
    // Exports every entry the filters select to a CSV file at path.
    void exportTo(const QString &path);

Q_SIGNALS:
    // An export ended; message says where it went, or why not.
    void exportFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded();
    void showDetails();
    void onExportProgress(qint64 requestId, int done, int total);
    void onExportFinished(qint64 requestId, bool ok, const QString &message);

    StoreReader *m_reader;
    AuditModel *m_model;
    QComboBox *m_window;
    QComboBox *m_action;
    QLineEdit *m_actor;
    QLineEdit *m_search;
    QPushButton *m_export;
    QLabel *m_count;
    QLabel *m_message;
    QProgressBar *m_busy;
    QTableView *m_table;
    QGroupBox *m_details;
    QList<QLabel *> m_fields; // When, Who, What, Execution, Why, More
    QTimer *m_typing;
    QTimer *m_soon;
    QTimer *m_slow;
    QProgressDialog *m_progress = nullptr;
    qint64 m_exportRequest = 0;
    std::optional<AuditEntry> m_selected; // to select again after a reload
};

} // namespace Conductor
