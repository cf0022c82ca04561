// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Secrets section of the Settings view: where the API keys are kept (the system
// keychain, or a read-only folder), the names of the secrets kept there — never their
// values — and Add…, Replace… and Delete. Add and Replace ask for the name and the value
// in a small dialog: the name is checked as it is typed and the value is hidden, never
// filled in and forgotten as soon as it has been handed to the store. Delete asks first,
// naming the secret. The store answers asynchronously (the keychain over D-Bus, and it may
// ask the user to unlock it), so the panel shows that it is waiting and the window keeps
// responding; a refusal is shown in the store's own words (unavailable, locked, read-only),
// never as a missing key. A read-only store disables the buttons and says why. The list
// is asked for again whenever the panel is shown.

#include <QDialog>
#include <QGroupBox>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QProgressBar;
class QPushButton;

namespace Conductor {

class SecretStore;

// Asks for a secret's name and value. With a fixed name (Replace…) only the value is asked.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    SecretDialog(const QString &fixedName, const QString &where, QWidget *parent = nullptr);
    ~SecretDialog() override;

    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QLineEdit *valueField() const { return m_value; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }
    [[nodiscard]] QPushButton *okButton() const;

    [[nodiscard]] QString name() const;

    // Whichever way the dialog closes, its value field is emptied; when accepted, the value
    // is first handed on with submitted().
    void done(int result) override;

Q_SIGNALS:
    // OK was pressed: the name and the value as typed, without trailing line breaks.
    void submitted(const QString &name, const QByteArray &value);

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_value;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

class SecretsPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsPanel)

public:
    // store must outlive the panel.
    explicit SecretsPanel(SecretStore *store, QWidget *parent = nullptr);
    ~SecretsPanel() override;

    [[nodiscard]] QLabel *whereLabel() const { return m_where; }
    [[nodiscard]] QListWidget *namesList() const { return m_names; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *replaceButton() const { return m_replace; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QProgressBar *busyIndicator() const { return m_busy; }
    // The open dialog or confirmation, if any.
    [[nodiscard]] SecretDialog *dialog() const { return m_dialog; }
    [[nodiscard]] QMessageBox *confirmation() const { return m_confirmation; }
    // Whether an answer from the store is awaited.
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }
    // Empty while the store may be written to, else why not.
    [[nodiscard]] const QString &readOnlyReason() const { return m_readOnly; }

public Q_SLOTS:
    // Asks the store for the names again.
    void refresh();

Q_SIGNALS:
    // The list was shown again (after refresh(), a store or a delete), or it failed.
    void listed(bool ok);
    // A store or a delete was answered.
    void changed(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openDialog(const QString &fixedName);
    void store(const QString &name, const QByteArray &value);
    void confirmDelete();
    void remove(const QString &name);
    void beginWaiting(const QString &what);
    void endWaiting();
    void updateButtons();
    void setReadOnly(const QString &reason);
    [[nodiscard]] QString selectedName() const;
    [[nodiscard]] QString unlockHint() const;

    SecretStore *m_store;
    QLabel *m_where;
    QListWidget *m_names;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_replace;
    QPushButton *m_delete;
    QWidget *m_waitRow;
    QProgressBar *m_busy;
    QLabel *m_waiting;
    QLabel *m_status;
    SecretDialog *m_dialog = nullptr;
    QMessageBox *m_confirmation = nullptr;
    QString m_readOnly;
    int m_pending = 0;
    bool m_listFailed = false;
};

} // namespace Conductor
