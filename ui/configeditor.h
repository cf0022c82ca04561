// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The editor of conductor-agent.yml: the text (coloured, with line numbers), a form of
// budgets and gates bound to the same text, and the changes against the running
// configuration. A pause in typing (300 ms) validates the text with ConfigLoader on the
// GUI thread (0.7 ms for the shipped file, see bench_configeditor): each problem is marked
// on its line and listed below, where a click goes to it. A form edit changes only the
// value's text, as one undo step of the text's own stack, so comments and layout survive.
//
// Save (Ctrl+S) writes the file atomically (QSaveFile), creating its folder; an invalid
// text is saved only after a confirmation. Apply, enabled for a valid text that differs
// from the running configuration, asks for a reason, writes the file and emits applied():
// the owner reloads the engine, records the change in the audit trail (changeRecord()
// makes the record) and calls setRunningText(). Revert goes back to the running
// configuration, as one undo step. A file that does not exist starts as the running text.
// Line breaks are kept as "\n" and a byte order mark is dropped, as the text view holds
// them.

#include "config/diagnostic.h"
#include "store/storetypes.h"

#include <QWidget>

class QAbstractButton;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTabWidget;
class QTimer;

namespace Conductor {

class ConfigDiffView;
class ConfigForm;
class ConfigTextEdit;
struct YamlTextEdit;

class ConfigEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigEditor)

public:
    ConfigEditor(QString filePath, QByteArray runningText, QWidget *parent = nullptr);
    ~ConfigEditor() override;

    [[nodiscard]] const QString &filePath() const { return m_path; }
    // The text as it stands in the editor, as UTF-8.
    [[nodiscard]] QByteArray text() const;
    [[nodiscard]] const QByteArray &runningText() const { return m_running; }
    // The configuration now running: what the Changes view compares with and Apply needs
    // the text to differ from. The text itself is left as it is.
    void setRunningText(const QByteArray &text);

    // As of the last validation.
    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] const Diagnostics &problems() const { return m_problems; }
    // Valid, and different from the running configuration.
    [[nodiscard]] bool canApply() const;
    // Whether the text differs from the file as last read or written.
    [[nodiscard]] bool isModified() const;

    [[nodiscard]] ConfigTextEdit *textEdit() const { return m_text; }
    [[nodiscard]] ConfigForm *form() const { return m_form; }
    [[nodiscard]] ConfigDiffView *diffView() const { return m_diff; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QListWidget *problemList() const { return m_problemList; }
    [[nodiscard]] QAbstractButton *applyButton() const { return m_apply; }
    [[nodiscard]] QAbstractButton *saveButton() const { return m_save; }
    [[nodiscard]] QAbstractButton *revertButton() const { return m_revert; }
    [[nodiscard]] QAbstractButton *undoButton() const { return m_undo; }
    [[nodiscard]] QAbstractButton *redoButton() const { return m_redo; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }

    // The audit trail's record of applying `after` over `before`: action config_changed,
    // the file as subject, the reason, and in detail the changed lines (changedLines,
    // linesRemoved, linesAdded) and the unified diff, cut at 20,000 characters.
    [[nodiscard]] static AuditRecord changeRecord(const QString &filePath, const QByteArray &before,
                                                  const QByteArray &after, const QString &reason,
                                                  const QString &actor = {});

public Q_SLOTS:
    // Asks for a reason (a window-modal dialog), then writes the file and emits applied().
    void apply();
    // Writes the file; an invalid text after a confirmation (a window-modal question).
    void save();
    void revert();
    void undo();
    void redo();
    // Validates now instead of after the pause.
    void validateNow();

Q_SIGNALS:
    // The text was written to the file and should now run.
    void applied(const QByteArray &text, const QString &reason);
    void saved(const QString &filePath);
    void modificationChanged(bool modified);
    // A validation finished (the problems, the form and the changes are up to date).
    void validated();

private:
    void buildActions();
    [[nodiscard]] bool write(const QByteArray &bytes);
    void applyEdits(const QList<YamlTextEdit> &edits);
    void replaceText(const QString &text);
    void showProblems();
    void updateActions();
    void goToProblem(QListWidgetItem *item);
    void onValueEdited(const QString &path, const QString &value, bool keepQuotes);
    void onValueCleared(const QString &path);
    void onGateMoved(const QString &gate, const QString &fromList, const QString &toList);
    void refuse(const QString &why);

    QString m_path;
    QByteArray m_running;
    Diagnostics m_problems;
    bool m_valid = false;
    bool m_differs = false;
    ConfigTextEdit *m_text;
    ConfigForm *m_form;
    ConfigDiffView *m_diff;
    QTabWidget *m_tabs;
    QListWidget *m_problemList;
    QAbstractButton *m_undo;
    QAbstractButton *m_redo;
    QAbstractButton *m_save;
    QAbstractButton *m_revert;
    QAbstractButton *m_apply;
    QLabel *m_status;
    QLabel *m_message;
    QTimer *m_validation;
};

} // namespace Conductor
