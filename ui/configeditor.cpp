// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "configeditor.h"

#include "config/configloader.h"
#include "config/linediff.h"
#include "config/yamlvalueedit.h"
#include "configdiffview.h"
#include "configform.h"
#include "configtextedit.h"
#include "logging/logging.h"
#include "uistyle.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Conductor {

namespace {

constexpr int kValidationPauseMs = 300;
constexpr qsizetype kAuditDiffChars = 20'000;
constexpr int kReasonLength = 200;

QToolButton *toolButton(QWidget *parent, const QString &text, QStyle::StandardPixmap icon,
                        const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ConfigEditor::ConfigEditor(QString filePath, QByteArray runningText, QWidget *parent)
    : QWidget(parent)
    , m_path(std::move(filePath))
    , m_running(std::move(runningText))
    , m_text(new ConfigTextEdit(this))
    , m_form(new ConfigForm(this))
    , m_diff(new ConfigDiffView(this))
    , m_tabs(new QTabWidget(this))
    , m_problemList(new QListWidget(this))
    , m_undo(toolButton(this, tr("Undo"), QStyle::SP_ArrowBack, QStringLiteral("undoButton")))
    , m_redo(toolButton(this, tr("Redo"), QStyle::SP_ArrowForward, QStringLiteral("redoButton")))
    , m_save(
          toolButton(this, tr("&Save"), QStyle::SP_DialogSaveButton, QStringLiteral("saveButton")))
    , m_revert(toolButton(this, tr("Revert to Running"), QStyle::SP_DialogResetButton,
                          QStringLiteral("revertButton")))
    , m_apply(new QPushButton(tr("&Apply…"), this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_validation(new QTimer(this))
{
    setObjectName(QStringLiteral("ConfigEditor"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Write the file and run this configuration; asks why"));
    m_revert->setToolTip(tr("Go back to the running configuration (undo brings this text back)"));
    m_status->setObjectName(QStringLiteral("configStatus"));
    m_message->setObjectName(QStringLiteral("configMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setAccessibleName(tr("Problems"));
    const int icon = m_problemList->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemList->setIconSize(QSize(icon, icon));

    auto *fileLabel = new QLabel(QDir::toNativeSeparators(m_path), this);
    fileLabel->setObjectName(QStringLiteral("configFile"));
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    for (QAbstractButton *button : {m_undo, m_redo}) {
        bar->addWidget(button);
    }
    bar->addSpacing(12);
    bar->addWidget(m_save);
    bar->addWidget(m_revert);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_apply);

    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_form, tr("Form"));
    m_tabs->addTab(m_diff, tr("Changes"));
    auto *problems = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(new QLabel(tr("Problems"), problems));
    problemsLayout->addWidget(m_problemList);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(problems);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileLabel);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    // The file as it is, or the running text when there is none yet.
    QFile file(m_path);
    const bool exists = file.exists();
    QByteArray initial = m_running;
    if (exists && file.open(QIODevice::ReadOnly)) {
        initial = file.readAll();
    } else if (exists) {
        UiStyle::showMessage(m_message,
                             tr("%1 cannot be read (%2); this is the running configuration.")
                                 .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                             true);
    }
    m_text->setPlainText(QString::fromUtf8(initial));
    m_text->document()->setModified(!exists);

    m_validation->setSingleShot(true);
    m_validation->setInterval(kValidationPauseMs);
    connect(m_validation, &QTimer::timeout, this, &ConfigEditor::validateNow);
    connect(m_text->document(), &QTextDocument::contentsChanged, m_validation,
            qOverload<>(&QTimer::start));
    connect(m_text->document(), &QTextDocument::modificationChanged, this,
            &ConfigEditor::modificationChanged);
    connect(m_text, &QPlainTextEdit::undoAvailable, m_undo, &QWidget::setEnabled);
    connect(m_text, &QPlainTextEdit::redoAvailable, m_redo, &QWidget::setEnabled);
    connect(m_undo, &QAbstractButton::clicked, this, &ConfigEditor::undo);
    connect(m_redo, &QAbstractButton::clicked, this, &ConfigEditor::redo);
    connect(m_save, &QAbstractButton::clicked, this, &ConfigEditor::save);
    connect(m_revert, &QAbstractButton::clicked, this, &ConfigEditor::revert);
    connect(m_apply, &QAbstractButton::clicked, this, &ConfigEditor::apply);
    connect(m_problemList, &QListWidget::itemClicked, this, &ConfigEditor::goToProblem);
    connect(m_problemList, &QListWidget::itemActivated, this, &ConfigEditor::goToProblem);
    connect(m_form, &ConfigForm::valueEdited, this, &ConfigEditor::onValueEdited);
    connect(m_form, &ConfigForm::valueCleared, this, &ConfigEditor::onValueCleared);
    connect(m_form, &ConfigForm::gateMoved, this, &ConfigEditor::onGateMoved);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    buildActions();
    validateNow();
}

// A form field that loses the focus as the widgets go would otherwise ask this half
// destroyed editor for an edit.
ConfigEditor::~ConfigEditor()
{
    disconnect(m_form, nullptr, this, nullptr);
}

void ConfigEditor::buildActions()
{
    // Shortcuts for the whole editor; the text view takes its own undo keys first, a form
    // field only while something is typed in it (ConfigForm passes the others on).
    const auto add = [this](QList<QKeySequence> keys, void (ConfigEditor::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(QKeySequence::keyBindings(QKeySequence::Undo), &ConfigEditor::undo);
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redo.contains(shiftZ)) {
        redo.append(shiftZ);
    }
    add(redo, &ConfigEditor::redo);
    add(QKeySequence::keyBindings(QKeySequence::Save), &ConfigEditor::save);
}

QByteArray ConfigEditor::text() const
{
    return m_text->toPlainText().toUtf8();
}

void ConfigEditor::setRunningText(const QByteArray &text)
{
    m_running = text;
    validateNow();
}

bool ConfigEditor::canApply() const
{
    return m_valid && m_differs;
}

bool ConfigEditor::isModified() const
{
    return m_text->document()->isModified();
}

void ConfigEditor::validateNow()
{
    m_validation->stop();
    const QByteArray bytes = text();
    const LoadResult<Configuration> result = ConfigLoader::loadBytes(bytes, m_path);
    m_valid = result.ok();
    m_problems = result.diagnostics;
    m_text->setProblems(m_problems);
    showProblems();
    m_form->showDocument(bytes, m_problems);
    const QList<DiffLine> diff = LineDiff::compare(LineDiff::lines(QString::fromUtf8(m_running)),
                                                   LineDiff::lines(QString::fromUtf8(bytes)));
    const int changed = LineDiff::changedLines(diff);
    m_differs = changed > 0;
    m_diff->showDiff(diff);
    m_tabs->setTabText(m_tabs->indexOf(m_diff),
                       changed ? tr("Changes: %1").arg(changed) : tr("Changes"));
    updateActions();
    Q_EMIT validated();
}

void ConfigEditor::showProblems()
{
    m_problemList->clear();
    int errors = 0;
    for (const Diagnostic &d : std::as_const(m_problems)) {
        errors += d.isError() ? 1 : 0;
        auto *item = new QListWidgetItem(
            style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                              : QStyle::SP_MessageBoxWarning),
            d.isError()
                ? tr("Line %1, column %2: error: %3").arg(d.line).arg(d.column).arg(d.message)
                : tr("Line %1, column %2: warning: %3").arg(d.line).arg(d.column).arg(d.message),
            m_problemList);
        item->setData(Qt::UserRole, d.line);
        item->setData(Qt::UserRole + 1, d.column);
        item->setToolTip(tr("Go to line %1").arg(d.line));
    }
    if (m_problems.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No problems: this text is a valid configuration."),
                                         m_problemList);
        none->setFlags(Qt::NoItemFlags);
    }
    const int warnings = static_cast<int>(m_problems.size()) - errors;
    QString status =
        errors ? tr("✗ Errors: %1 — fix them to apply").arg(errors) : tr("✓ Valid configuration");
    if (warnings) {
        status += tr(" (warnings: %1)").arg(warnings);
    }
    UiStyle::showMessage(m_status, status, false);
    QPalette pal = palette();
    if (errors) {
        pal.setColor(QPalette::WindowText, UiStyle::errorColor(pal));
    }
    m_status->setPalette(pal);
}

void ConfigEditor::updateActions()
{
    m_apply->setEnabled(canApply());
    m_revert->setEnabled(m_differs);
    m_apply->setToolTip(!m_valid    ? tr("The text has errors; fix them to apply it")
                        : m_differs ? tr("Write the file and run this configuration; asks why")
                                    : tr("This text is the running configuration"));
}

void ConfigEditor::goToProblem(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        return;
    }
    m_tabs->setCurrentWidget(m_text);
    m_text->goTo(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
}

void ConfigEditor::undo()
{
    m_text->undo();
    validateNow();
}

void ConfigEditor::redo()
{
    m_text->redo();
    validateNow();
}

void ConfigEditor::applyEdits(const QList<YamlTextEdit> &edits)
{
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    for (const YamlTextEdit &edit : edits) {
        cursor.setPosition(static_cast<int>(edit.start));
        cursor.setPosition(static_cast<int>(edit.end), QTextCursor::KeepAnchor);
        if (edit.replacement.isEmpty()) {
            cursor.removeSelectedText();
        } else {
            cursor.insertText(edit.replacement);
        }
    }
    cursor.endEditBlock();
    m_message->hide();
    validateNow();
}

void ConfigEditor::refuse(const QString &why)
{
    UiStyle::showMessage(m_message, tr("The form could not change the text: %1").arg(why), true);
    m_form->showDocument(text(), m_problems); // back to what the text says
}

void ConfigEditor::onValueEdited(const QString &path, const QString &value, bool keepQuotes)
{
    const YamlEditResult r = YamlValueEdit(text()).setValue(
        path, value,
        keepQuotes ? YamlValueEdit::Quoting::Preserve : YamlValueEdit::Quoting::Minimal,
        YamlValueEdit::Missing::Add);
    if (!r.ok()) {
        refuse(r.error);
        return;
    }
    applyEdits({*r.edit});
}

void ConfigEditor::onValueCleared(const QString &path)
{
    const YamlEditResult r = YamlValueEdit(text()).remove(path);
    if (!r.ok()) {
        refuse(r.error);
        return;
    }
    applyEdits({*r.edit});
}

void ConfigEditor::onGateMoved(const QString &gate, const QString &fromList, const QString &toList)
{
    // Both edits are found on the bytes first, so that either both are made or neither.
    QByteArray bytes = text();
    QList<YamlTextEdit> edits;
    if (!fromList.isEmpty()) {
        const YamlValueEdit doc(bytes);
        const qsizetype index = doc.items(fromList).value_or(QStringList()).indexOf(gate);
        const YamlEditResult r =
            doc.remove(QString(fromList + u'[' + QString::number(index) + u']'));
        if (!r.ok()) {
            refuse(r.error);
            return;
        }
        edits.append(*r.edit);
        bytes = YamlValueEdit::applied(bytes, *r.edit);
    }
    if (!toList.isEmpty()) {
        const YamlEditResult r = YamlValueEdit(bytes).appendItem(toList, gate);
        if (!r.ok()) {
            refuse(r.error);
            return;
        }
        edits.append(*r.edit);
    }
    applyEdits(edits);
}

void ConfigEditor::replaceText(const QString &target)
{
    // Only the part that differs, so that the cursor and the view stay where they are.
    const QString current = m_text->toPlainText();
    qsizetype head = 0;
    while (head < current.size() && head < target.size() && current.at(head) == target.at(head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < current.size() - head && tail < target.size() - head &&
           current.at(current.size() - 1 - tail) == target.at(target.size() - 1 - tail)) {
        ++tail;
    }
    YamlTextEdit edit;
    edit.start = head;
    edit.end = current.size() - tail;
    edit.replacement = target.mid(head, target.size() - head - tail);
    applyEdits({edit});
}

void ConfigEditor::revert()
{
    replaceText(QString::fromUtf8(m_running));
}

bool ConfigEditor::write(const QByteArray &bytes)
{
    const QFileInfo info(m_path);
    QString error;
    if (!QDir().mkpath(info.absolutePath())) {
        error = tr("the folder %1 cannot be created")
                    .arg(QDir::toNativeSeparators(info.absolutePath()));
    } else {
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            error = file.errorString();
        }
    }
    if (!error.isEmpty()) {
        qCWarning(lcConfig).noquote() << "writing" << m_path << "failed:" << error;
        UiStyle::showMessage(
            m_message, tr("%1 was not written: %2").arg(QDir::toNativeSeparators(m_path), error),
            true);
        return false;
    }
    if (text() == bytes) {
        m_text->document()->setModified(false);
    }
    Q_EMIT saved(m_path);
    return true;
}

void ConfigEditor::save()
{
    validateNow();
    const QByteArray bytes = text();
    if (m_valid) {
        if (write(bytes)) {
            UiStyle::showMessage(
                m_message, tr("Saved to %1; Apply runs it.").arg(QDir::toNativeSeparators(m_path)),
                false);
        }
        return;
    }
    auto *question = new QMessageBox(
        QMessageBox::Warning, tr("Save an Invalid Configuration?"),
        tr("This text has errors: Conductor would refuse to start with it and it cannot be "
           "applied. Save it anyway, to finish it later?"),
        QMessageBox::Save | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("saveInvalidConfirmation"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setWindowModality(Qt::WindowModal);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, bytes](int result) {
        if (result == QMessageBox::Save && write(bytes)) {
            UiStyle::showMessage(m_message,
                                 tr("Saved to %1 with its errors; it cannot be applied as it is.")
                                     .arg(QDir::toNativeSeparators(m_path)),
                                 true);
        }
    });
    question->open();
}

void ConfigEditor::apply()
{
    validateNow();
    if (!canApply()) {
        return;
    }
    const QByteArray bytes = text();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("applyReasonDialog"));
    dialog->setWindowTitle(tr("Apply the Configuration"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *prompt = new QLabel(tr("Why this change? The reason is recorded in the audit trail "
                                 "with the change."),
                              dialog);
    prompt->setWordWrap(true);
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("applyReason"));
    reason->setAccessibleName(tr("Reason for the change"));
    reason->setMaxLength(kReasonLength);
    reason->setPlaceholderText(tr("For example: a larger daily budget for the launch week"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("applyConfirm"));
    ok->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(prompt);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    dialog->resize(std::max(dialog->sizeHint().width(), 460), dialog->sizeHint().height());
    connect(dialog, &QDialog::accepted, this, [this, bytes, reason] {
        const QString why = reason->text().trimmed();
        if (!write(bytes)) {
            return;
        }
        UiStyle::showMessage(m_message, tr("Applied: %1").arg(why), false);
        Q_EMIT applied(bytes, why);
    });
    dialog->open();
}

AuditRecord ConfigEditor::changeRecord(const QString &filePath, const QByteArray &before,
                                       const QByteArray &after, const QString &reason,
                                       const QString &actor)
{
    const QList<DiffLine> diff = LineDiff::compare(LineDiff::lines(QString::fromUtf8(before)),
                                                   LineDiff::lines(QString::fromUtf8(after)));
    AuditRecord record;
    record.at = QDateTime::currentDateTimeUtc();
    record.actor = actor;
    record.action = QStringLiteral("config_changed");
    record.subject = filePath;
    record.reason = reason;
    record.detail = QJsonObject{
        {QStringLiteral("changedLines"), LineDiff::changedLines(diff)},
        {QStringLiteral("linesRemoved"), LineDiff::count(diff, DiffLine::Kind::Removed)},
        {QStringLiteral("linesAdded"), LineDiff::count(diff, DiffLine::Kind::Added)},
        {QStringLiteral("diff"), LineDiff::unified(diff, QStringLiteral("running"),
                                                   QStringLiteral("applied"), 3, kAuditDiffChars)},
    };
    return record;
}

} // namespace Conductor
