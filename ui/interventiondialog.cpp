// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interventiondialog.h"

#include "config/money.h"
#include "displayformat.h"
#include "engine/backoff.h"
#include "engine/session.h"
#include "security/roles.h"
#include "store/storereader.h"
#include "uistyle.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Conductor {

QString InterventionDialog::commandName(Kind kind)
{
    switch (kind) {
    case Kind::Pause:
        return QStringLiteral("pause");
    case Kind::Resume:
        return QStringLiteral("resume");
    case Kind::Cancel:
        return QStringLiteral("cancel");
    case Kind::Skip:
        return QStringLiteral("skip");
    case Kind::Retry:
        return QStringLiteral("retry");
    case Kind::Strategy:
        return QStringLiteral("strategy");
    case Kind::Agent:
        return QStringLiteral("agent");
    case Kind::Budget:
        return QStringLiteral("budget");
    }
    return {};
}

QString InterventionDialog::title(Kind kind)
{
    switch (kind) {
    case Kind::Pause:
        return tr("Pause");
    case Kind::Resume:
        return tr("Resume");
    case Kind::Cancel:
        return tr("Cancel execution");
    case Kind::Skip:
        return tr("Skip stage");
    case Kind::Retry:
        return tr("Retry stage");
    case Kind::Strategy:
        return tr("Change retry strategy");
    case Kind::Agent:
        return tr("Change agent");
    case Kind::Budget:
        return tr("Override budget");
    }
    return {};
}

bool InterventionDialog::needsStage(Kind kind)
{
    return kind == Kind::Skip || kind == Kind::Retry || kind == Kind::Strategy ||
           kind == Kind::Agent;
}

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::InterventionDialog)
};

QString explanation(InterventionDialog::Kind kind)
{
    using Kind = InterventionDialog::Kind;
    switch (kind) {
    case Kind::Pause:
        return Text::tr("Running attempts finish; nothing new starts until it is resumed.");
    case Kind::Resume:
        return Text::tr("It goes on where it stopped.");
    case Kind::Cancel:
        return Text::tr("Running attempts are stopped and what they held is released. A "
                        "cancelled execution cannot be resumed.");
    case Kind::Skip:
        return Text::tr("The stage is marked skipped and the stages after it go on without "
                        "its output.");
    case Kind::Retry:
        return Text::tr("The stage runs again from a fresh attempt, and so does what needs it.");
    case Kind::Strategy:
        return Text::tr("The stage's next attempts wait and give up as the strategy says.");
    case Kind::Agent:
        return Text::tr("The stage's next attempts run with the chosen agent.");
    case Kind::Budget:
        return Text::tr("The execution may spend this much beyond its budgets: dollars, and "
                        "tokens from the day's emergency reserve.");
    }
    return {};
}

} // namespace

InterventionDialog::InterventionDialog(Session *session, Kind kind, Target target, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_target(std::move(target))
{
    setWindowTitle(title(kind));
    setAccessibleName(title(kind));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("%1 — %2").arg(title(kind), m_target.ideaTitle.isEmpty()
                                                                  ? m_target.executionId
                                                                  : m_target.ideaTitle),
                               this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setToolTip(m_target.executionId);
    layout->addWidget(heading);
    auto *what = new QLabel(explanation(kind), this);
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *form = new QFormLayout;
    if (needsStage(kind)) {
        m_stage = new QComboBox(this);
        m_stage->addItems(m_target.stages);
        m_stage->setCurrentText(m_target.stage);
        m_stage->setAccessibleName(tr("Stage"));
        form->addRow(tr("&Stage:"), m_stage);
    }
    if (kind == Kind::Strategy || kind == Kind::Agent) {
        m_value = new QComboBox(this);
        m_value->addItems(kind == Kind::Strategy ? retryStrategyNames() : m_target.agents);
        m_value->setAccessibleName(kind == Kind::Strategy ? tr("Strategy") : tr("Agent"));
        form->addRow(kind == Kind::Strategy ? tr("S&trategy:") : tr("A&gent:"), m_value);
    }
    if (kind == Kind::Budget) {
        m_dollars = new QDoubleSpinBox(this);
        m_dollars->setRange(0, 1'000'000);
        m_dollars->setDecimals(2);
        m_dollars->setPrefix(DisplayFormat::usdAffixes().prefix);
        m_dollars->setSuffix(DisplayFormat::usdAffixes().suffix);
        m_dollars->setAccessibleName(tr("Dollars to grant"));
        form->addRow(tr("&Dollars:"), m_dollars);
        m_tokens = new QSpinBox(this);
        m_tokens->setRange(0, 1'000'000'000);
        m_tokens->setGroupSeparatorShown(true);
        m_tokens->setSingleStep(1000);
        m_tokens->setAccessibleName(tr("Tokens to grant from the emergency reserve"));
        form->addRow(tr("&Tokens:"), m_tokens);
        connect(m_dollars, &QDoubleSpinBox::valueChanged, this, &InterventionDialog::updateButton);
        connect(m_tokens, &QSpinBox::valueChanged, this, &InterventionDialog::updateButton);
    }
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why? It is recorded with your name."));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(500);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    connect(m_reason, &QLineEdit::textChanged, this, &InterventionDialog::updateButton);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(title(kind), QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true);
    QPushButton *back = buttons->addButton(
        kind == Kind::Cancel ? tr("&Keep it running") : tr("&Back"), QDialogButtonBox::RejectRole);
    back->setAccessibleName(tr("Close without doing anything"));
    connect(m_confirm, &QPushButton::clicked, this, &InterventionDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_session, &Session::reviewerChecked, this, &InterventionDialog::onReviewer);
    connect(m_session, &Session::commandAnswered, this, &InterventionDialog::onAnswered);
    m_reviewerKey = m_session->checkReviewer();
    UiStyle::showMessage(m_message, tr("Checking your role…"), false);
    m_reason->setFocus();
    updateButton();
}

void InterventionDialog::onReviewer(const QString &key, const ReviewerCheck &check)
{
    if (key != m_reviewerKey) {
        return;
    }
    m_reviewerKey.clear();
    const QString needed =
        m_kind == Kind::Budget ? QStringLiteral("approver") : QStringLiteral("operator");
    if (!check.known) {
        UiStyle::showMessage(m_message, check.message, true);
    } else if (!roleAtLeast(roleFromName(check.role).value_or(Role::Viewer), needed)) {
        UiStyle::showMessage(m_message,
                             tr("%1 may not do this: it needs the role %2, and %1 is %3")
                                 .arg(m_session->operatorName(), needed, check.role),
                             true);
    } else {
        m_allowed = true;
        UiStyle::showMessage(m_message, QString(), false);
    }
    updateButton();
}

void InterventionDialog::updateButton()
{
    bool complete = !m_reason->text().trimmed().isEmpty();
    if (m_kind == Kind::Budget) {
        complete = complete && (m_dollars->value() > 0 || m_tokens->value() > 0);
    }
    if (m_stage) {
        complete = complete && !m_stage->currentText().isEmpty();
    }
    m_confirm->setEnabled(m_allowed && complete && m_commandKey.isEmpty());
}

void InterventionDialog::confirm()
{
    StoredCommand command;
    command.executionId = m_target.executionId;
    command.kind = commandName(m_kind);
    command.reason = m_reason->text().trimmed();
    if (m_stage) {
        command.args.insert(QStringLiteral("stage"), m_stage->currentText());
    }
    if (m_value) {
        command.args.insert(command.kind, m_value->currentText());
    }
    if (m_kind == Kind::Budget) {
        if (m_dollars->value() > 0) {
            command.args.insert(QStringLiteral("amountMicros"),
                                Money::fromUsd(m_dollars->value()).micros);
        }
        if (m_tokens->value() > 0) {
            command.args.insert(QStringLiteral("tokens"), m_tokens->value());
        }
    }
    m_commandKey = m_session->submit(command);
    UiStyle::showMessage(m_message, tr("Sending…"), false);
    updateButton();
}

void InterventionDialog::onAnswered(const QString &key, const QString &executionId,
                                    const QString &outcome)
{
    if (key != m_commandKey) {
        return;
    }
    m_commandKey.clear();
    if (outcome == u"done") {
        Q_EMIT applied(executionId, title(m_kind));
        accept();
        return;
    }
    UiStyle::showMessage(m_message, outcome, true);
    updateButton();
}

} // namespace Conductor
