// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secretspanel.h"

#include "displayformat.h"
#include "security/secretstore.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Conductor {

namespace {

// The store's messages start in lower case, to be put into a sentence.
QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QString sentence(const QString &text)
{
    QString result = capitalised(text);
    if (!result.isEmpty() && !result.endsWith(u'.')) {
        result += u'.';
    }
    return result;
}

} // namespace

// ---------------------------------------------------------------------------------------

SecretDialog::SecretDialog(const QString &fixedName, const QString &where, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("SecretDialog"));
    const bool replacing = !fixedName.isEmpty();
    setWindowTitle(replacing ? tr("Replace the secret %1").arg(fixedName) : tr("Add a secret"));

    auto *intro = new QLabel(
        replacing
            ? tr("The new value replaces the one kept in %1. It is not shown again.").arg(where)
            : tr("The value is kept in %1 under this name and is not shown again. Refer to "
                 "it by its name under a pipeline's providers (apiKey: NAME).")
                  .arg(where),
        this);
    intro->setWordWrap(true);

    m_name->setAccessibleName(tr("Secret name"));
    m_name->setPlaceholderText(tr("For example OPENAI_API_KEY"));
    m_name->setMaxLength(128);
    if (replacing) {
        m_name->setText(fixedName);
        m_name->setReadOnly(true);
    }
    // Hidden as it is typed, never filled in, never copied out.
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setAccessibleName(tr("Secret value"));
    m_value->setPlaceholderText(tr("The API key or password"));
    m_value->setContextMenuPolicy(Qt::NoContextMenu);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the secret"));
    UiStyle::showMessage(m_problem, QString(), false);
    okButton()->setAccessibleName(replacing ? tr("Replace the secret") : tr("Add the secret"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, m_value);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_name, &QLineEdit::textChanged, this, &SecretDialog::validate);
    connect(m_value, &QLineEdit::textChanged, this, &SecretDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (replacing ? m_value : m_name)->setFocus();
    validate();
}

SecretDialog::~SecretDialog() = default;

QPushButton *SecretDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString SecretDialog::name() const
{
    return m_name->text();
}

void SecretDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        const QByteArray value = SecretStore::trimmedValue(m_value->text().toUtf8());
        if (!SecretStore::isValidName(name()) || value.isEmpty() ||
            value.size() > SecretStore::kMaxValueSize) {
            return; // OK is disabled then; Enter must not get past it either
        }
        Q_EMIT submitted(name(), value);
    }
    m_value->clear();
    QDialog::done(result);
}

void SecretDialog::validate()
{
    const QString name = m_name->text();
    const QByteArray value = SecretStore::trimmedValue(m_value->text().toUtf8());
    QString problem;
    if (!name.isEmpty() && !SecretStore::isValidName(name)) {
        problem = sentence(SecretStore::invalidNameMessage(name));
    } else if (value.size() > SecretStore::kMaxValueSize) {
        problem = tr("The value is longer than %1 bytes.")
                      .arg(DisplayFormat::number(SecretStore::kMaxValueSize));
    }
    UiStyle::showMessage(m_problem, problem, true);
    okButton()->setEnabled(SecretStore::isValidName(name) && !value.isEmpty() &&
                           value.size() <= SecretStore::kMaxValueSize);
}

// ---------------------------------------------------------------------------------------

SecretsPanel::SecretsPanel(SecretStore *store, QWidget *parent)
    : QGroupBox(tr("Secrets"), parent)
    , m_store(store)
    , m_where(new QLabel(this))
    , m_names(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("A&dd…"), this))
    , m_replace(new QPushButton(tr("&Replace…"), this))
    , m_delete(new QPushButton(tr("D&elete"), this))
    , m_waitRow(new QWidget(this))
    , m_busy(new QProgressBar(m_waitRow))
    , m_waiting(new QLabel(m_waitRow))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("SecretsPanel"));
    m_where->setWordWrap(true);
    m_where->setAccessibleName(tr("Where the secrets are kept"));
    m_names->setAccessibleName(tr("Secret names"));
    m_names->setSelectionMode(QAbstractItemView::SingleSelection);
    m_names->setMinimumHeight(m_names->fontMetrics().height() * 5);
    m_empty->setAccessibleName(tr("No secrets"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_add->setAccessibleName(tr("Add a secret"));
    m_replace->setAccessibleName(tr("Replace the selected secret"));
    m_delete->setAccessibleName(tr("Delete the selected secret"));
    m_busy->setRange(0, 0); // busy, with no end known
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Waiting for the secrets"));
    m_waiting->setWordWrap(true);
    m_waiting->setAccessibleName(tr("What is awaited"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Secrets status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::showMessage(m_status, QString(), false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_names, 1);
    listRow->addLayout(buttons);
    // The indicator and what is awaited, shown and hidden as one.
    auto *waitRow = new QHBoxLayout(m_waitRow);
    waitRow->setContentsMargins(0, 0, 0, 0);
    waitRow->addWidget(m_busy);
    waitRow->addWidget(m_waiting, 1);
    m_waitRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_waitRow);
    layout->addWidget(m_status);

    // A folder (--secrets-dir, systemd credentials) is read-only: the store says why.
    if (dynamic_cast<FolderSecrets *>(m_store) != nullptr) {
        setReadOnly(tr("%1 is read-only.").arg(capitalised(m_store->where())));
        m_store->remove(QString(), this, [this](bool ok, const QString &message) {
            if (!ok && !message.isEmpty()) {
                setReadOnly(sentence(message));
            }
        });
    } else {
        setReadOnly(QString());
    }

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(QString()); });
    connect(m_replace, &QPushButton::clicked, this, [this] { openDialog(selectedName()); });
    connect(m_delete, &QPushButton::clicked, this, &SecretsPanel::confirmDelete);
    connect(m_names, &QListWidget::itemSelectionChanged, this, &SecretsPanel::updateButtons);
    connect(m_names, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (m_readOnly.isEmpty() && !isBusy()) {
            openDialog(item->text());
        }
    });
    updateButtons();
}

SecretsPanel::~SecretsPanel() = default;

void SecretsPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    refresh();
}

void SecretsPanel::refresh()
{
    beginWaiting(tr("Asking %1 for the names of the secrets…").arg(m_store->where()));
    m_store->list(this, [this](bool ok, const QStringList &names, const QString &message) {
        endWaiting();
        const QString selected = selectedName();
        m_names->clear();
        if (ok) {
            m_names->addItems(names);
            const QList<QListWidgetItem *> again = m_names->findItems(selected, Qt::MatchExactly);
            if (!again.isEmpty()) {
                m_names->setCurrentItem(again.first());
            }
            m_empty->setText(m_readOnly.isEmpty()
                                 ? tr("%1 holds no secrets yet.").arg(capitalised(m_store->where()))
                                 : tr("%1 holds no secrets.").arg(capitalised(m_store->where())));
            m_empty->setVisible(names.isEmpty());
            if (m_listFailed) {
                UiStyle::showMessage(m_status, QString(), false);
            }
            m_listFailed = false;
        } else {
            m_listFailed = true;
            m_empty->hide();
            UiStyle::showMessage(
                m_status, tr("The secrets cannot be listed: %1").arg(sentence(message)), true);
        }
        updateButtons();
        Q_EMIT listed(ok);
    });
}

void SecretsPanel::openDialog(const QString &fixedName)
{
    if (m_dialog != nullptr) {
        return;
    }
    m_dialog = new SecretDialog(fixedName, m_store->where(), this);
    connect(m_dialog, &SecretDialog::submitted, this, &SecretsPanel::store);
    connect(m_dialog, &QDialog::finished, this, [this, dialog = m_dialog] {
        m_dialog = nullptr;
        dialog->deleteLater();
    });
    m_dialog->open();
}

void SecretsPanel::store(const QString &name, const QByteArray &value)
{
    // Handed to the store and not kept here.
    const bool replacing = !m_names->findItems(name, Qt::MatchExactly).isEmpty();
    UiStyle::showMessage(m_status, QString(), false);
    beginWaiting(tr("Storing %1 in %2…").arg(name, m_store->where()) + unlockHint());
    m_store->store(name, value, this, [this, name, replacing](bool ok, const QString &message) {
        endWaiting();
        if (ok) {
            UiStyle::showMessage(m_status,
                                 replacing ? tr("The secret %1 was replaced.").arg(name)
                                           : tr("The secret %1 was added.").arg(name),
                                 false);
            refresh();
        } else {
            UiStyle::showMessage(
                m_status, tr("The secret %1 was not stored: %2").arg(name, sentence(message)),
                true);
        }
        Q_EMIT changed(ok);
    });
}

void SecretsPanel::confirmDelete()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_confirmation != nullptr) {
        return;
    }
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Delete the secret %1").arg(name),
                                     tr("Delete the secret %1 from %2? Agents that use it will "
                                        "not find their key until it is added again.")
                                         .arg(name, m_store->where()),
                                     QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("ConfirmSecretDelete"));
    QPushButton *yes =
        m_confirmation->addButton(tr("Delete %1").arg(name), QMessageBox::DestructiveRole);
    yes->setAccessibleName(tr("Delete the secret %1").arg(name));
    QPushButton *no = m_confirmation->addButton(QMessageBox::Cancel);
    m_confirmation->setDefaultButton(no);
    m_confirmation->setEscapeButton(no);
    connect(m_confirmation, &QDialog::finished, this, [this, name, box = m_confirmation, yes] {
        if (box->clickedButton() == yes) {
            remove(name);
        }
        m_confirmation = nullptr;
        box->deleteLater();
    });
    m_confirmation->open();
}

void SecretsPanel::remove(const QString &name)
{
    UiStyle::showMessage(m_status, QString(), false);
    beginWaiting(tr("Deleting %1 from %2…").arg(name, m_store->where()) + unlockHint());
    m_store->remove(name, this, [this, name](bool ok, const QString &message) {
        endWaiting();
        if (ok) {
            UiStyle::showMessage(m_status, tr("The secret %1 was deleted.").arg(name), false);
            refresh();
        } else {
            UiStyle::showMessage(
                m_status, tr("The secret %1 was not deleted: %2").arg(name, sentence(message)),
                true);
        }
        Q_EMIT changed(ok);
    });
}

void SecretsPanel::setReadOnly(const QString &reason)
{
    m_readOnly = reason;
    const QString where =
        tr("API keys, webhook addresses and routing keys are kept in %1 and used by name "
           "(apiKey: NAME under a pipeline's providers; url or routingKey: NAME under "
           "monitoring.notifiers). Only their names are shown here.")
            .arg(m_store->where());
    // Said in the panel as well as on the disabled buttons, for those who never hover.
    m_where->setText(reason.isEmpty() ? where : where + u' ' + reason);
    updateButtons();
}

QString SecretsPanel::unlockHint() const
{
    // The keychain may ask the user to unlock it before it answers.
    return dynamic_cast<KeychainSecrets *>(m_store) != nullptr
               ? u' ' + tr("If the system asks you to unlock the keychain, do so to go on.")
               : QString();
}

void SecretsPanel::beginWaiting(const QString &what)
{
    ++m_pending;
    m_waiting->setText(what);
    m_waitRow->show();
    updateButtons();
}

void SecretsPanel::endWaiting()
{
    m_pending = std::max(0, m_pending - 1);
    m_waitRow->setVisible(m_pending > 0);
    updateButtons();
}

void SecretsPanel::updateButtons()
{
    const bool writable = m_readOnly.isEmpty();
    const bool idle = !isBusy();
    const bool selected = !selectedName().isEmpty();
    m_add->setEnabled(writable && idle);
    m_replace->setEnabled(writable && idle && selected);
    m_delete->setEnabled(writable && idle && selected);
    for (QPushButton *button : {m_add, m_replace, m_delete}) {
        button->setToolTip(m_readOnly);
    }
}

QString SecretsPanel::selectedName() const
{
    const QList<QListWidgetItem *> items = m_names->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text();
}

} // namespace Conductor
