// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatedialog.h"

#include "displayformat.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::GateDialog)
};

constexpr int kMinCodeDigits = 6;
constexpr int kMaxCodeDigits = 8;

// A line of rich text that wraps and can be selected and copied.
QLabel *textLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget *section(QWidget *parent, const QString &title, QLabel *body)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(body);
    body->setParent(box);
    return box;
}

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (const QString t = line.trimmed(); !t.isEmpty()) {
            lines.append(t);
        }
    }
    return lines;
}

} // namespace

QJsonObject GateDecision::toArgs() const
{
    QJsonObject args{{QStringLiteral("gateId"), gateId},
                     {QStringLiteral("decision"),
                      approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("conditions"), QJsonArray::fromStringList(conditions)}};
    if (grantTokens) {
        args.insert(QStringLiteral("grantTokens"), *grantTokens);
    }
    if (grantUsd) {
        args.insert(QStringLiteral("grantMicros"), grantUsd->micros);
    }
    return args;
}

GateDialog::GateDialog(const ExecutionState &state, const QString &gateId, const Reviewer &reviewer,
                       QWidget *parent)
    : QDialog(parent)
    , m_state(state)
    , m_gateId(gateId)
    , m_executionId(state.id)
    , m_reviewer(reviewer)
    , m_names(GateFacts::namesOf(state))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("GateDialog"));
    setWindowModality(Qt::WindowModal);
    setSizeGripEnabled(true);
    const GateRecord *g = gate();
    setWindowTitle(
        tr("Gate: %1 — %2").arg(GateFacts::gateTypeText(g ? g->type : gateId), state.idea.title));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Gate details"));
    m_tabs->addTab(createOverview(), tr("O&verview"));
    m_tabs->addTab(createStages(), tr("&Stage outputs"));
    m_tabs->setMinimumHeight(fontMetrics().lineSpacing() * 12);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createDecisionArea());
    setUpKeyboard();

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &GateDialog::refreshFacts);

    refresh();
    if (m_stageList->count() > 0) {
        m_stageList->setCurrentRow(0); // the first finding, when there is one
    }

    // Room for the outputs without covering the window it belongs to.
    QSize size(860, 760);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableSize() * 0.9;
        size = size.boundedTo(room);
    }
    resize(size.expandedTo(minimumSizeHint()));
}

GateDialog::~GateDialog() = default;

QWidget *GateDialog::createHeader()
{
    auto *header = new QWidget(this);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Said in words and drawn as a frame, so it does not rest on colour.
    m_critical = new QLabel(tr("CRITICAL — four-eyes rule and second factor"), header);
    m_critical->setObjectName(QStringLiteral("criticalBadge"));
    m_critical->setStyleSheet(
        QStringLiteral("QLabel { border: 2px solid #c62828; border-radius: 4px; padding: 2px 8px;"
                       " font-weight: bold; }"));
    m_critical->setAccessibleName(tr("Critical gate"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_critical);
    titleRow->addStretch(1);

    m_reason = textLabel(header, QStringLiteral("reason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_facts = textLabel(header, QStringLiteral("facts"));
    m_notice = textLabel(header, QStringLiteral("notice"));
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 6px;"
                       " background: palette(alternate-base); }"));
    m_notice->setAccessibleName(tr("Whether you may decide"));

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_reason);
    layout->addWidget(m_facts);
    layout->addWidget(m_notice);
    return header;
}

QWidget *GateDialog::createOverview()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_findings = textLabel(page, QStringLiteral("findings"));
    m_idea = textLabel(page, QStringLiteral("idea"));
    m_costs = textLabel(page, QStringLiteral("costs"));
    m_budgetGate = textLabel(page, QStringLiteral("budgetGate"));
    m_budgetBox = section(page, tr("Budget requested"), m_budgetGate);
    layout->addWidget(m_budgetBox);
    layout->addWidget(section(page, tr("Findings"), m_findings));
    layout->addWidget(section(page, tr("Idea"), m_idea));
    layout->addWidget(section(page, tr("Cost"), m_costs));
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

QWidget *GateDialog::createStages()
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    m_stageList = new QListWidget(splitter);
    m_stageList->setObjectName(QStringLiteral("stageList"));
    m_stageList->setAccessibleName(tr("Stages, findings first"));
    m_stageList->setIconSize(QSize(16, 16));
    m_stageList->setSpacing(2);
    m_output = new QTextBrowser(splitter);
    m_output->setObjectName(QStringLiteral("stageOutput"));
    m_output->setAccessibleName(tr("Output of the selected stage"));
    m_output->setOpenLinks(false); // an agent's output is not trusted to navigate anywhere
    m_output->setTabChangesFocus(true);
    splitter->addWidget(m_stageList);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 600});
    connect(m_stageList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_output->setMarkdown(item ? item->data(Qt::UserRole).toString() : QString());
    });
    return splitter;
}

QWidget *GateDialog::createDecisionArea()
{
    auto *box = new QGroupBox(tr("Your decision"), this);
    auto *form = new QFormLayout;

    m_grantRow = new QWidget(box);
    m_grantTokens = new QSpinBox(m_grantRow);
    m_grantTokens->setObjectName(QStringLiteral("grantTokens"));
    m_grantTokens->setAccessibleName(tr("Tokens to grant"));
    m_grantTokens->setRange(0, INT_MAX);
    m_grantTokens->setGroupSeparatorShown(true);
    m_grantTokens->setSuffix(tr(" tokens"));
    m_grantUsd = new QLineEdit(m_grantRow);
    m_grantUsd->setObjectName(QStringLiteral("grantUsd"));
    m_grantUsd->setAccessibleName(tr("Dollars to grant"));
    // Dollars with the locale's decimal sign and no group separators ("1.25", "1,25").
    m_grantUsd->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,9}(%1\\d{0,6})?")
                               .arg(QRegularExpression::escape(QLocale().decimalPoint()))),
        m_grantUsd));
    m_grantUsd->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    auto *usdLabel = new QLabel(tr("and &USD"), m_grantRow);
    usdLabel->setBuddy(m_grantUsd);
    auto *grantLayout = new QHBoxLayout(m_grantRow);
    grantLayout->setContentsMargins(0, 0, 0, 0);
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    m_grantTokens->setMinimumWidth(digit * 22);
    m_grantUsd->setMaximumWidth(digit * 16);
    grantLayout->addWidget(m_grantTokens);
    grantLayout->addWidget(usdLabel);
    // The dollar sign where the locale writes it: "$ 1.25", "1,25 $".
    const DisplayFormat::Affixes usd = DisplayFormat::usdAffixes();
    if (!usd.prefix.trimmed().isEmpty()) {
        grantLayout->addWidget(new QLabel(usd.prefix.trimmed(), m_grantRow));
    }
    grantLayout->addWidget(m_grantUsd);
    if (!usd.suffix.trimmed().isEmpty()) {
        grantLayout->addWidget(new QLabel(usd.suffix.trimmed(), m_grantRow));
    }
    grantLayout->addStretch(1);
    auto *grantLabel = new QLabel(tr("Grant &tokens"), box);
    grantLabel->setBuddy(m_grantTokens);
    form->addRow(grantLabel, m_grantRow);

    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Why you decide as you do (recorded with the decision)"));
    m_notes->setTabChangesFocus(true);
    m_conditions = new QPlainTextEdit(box);
    m_conditions->setObjectName(QStringLiteral("conditions"));
    m_conditions->setAccessibleName(tr("Conditions, one per line"));
    m_conditions->setPlaceholderText(tr("One per line, e.g. “Launch behind a feature flag”"));
    m_conditions->setTabChangesFocus(true);
    const int line = fontMetrics().lineSpacing();
    m_notes->setFixedHeight(line * 3 + 12);
    m_conditions->setFixedHeight(line * 2 + 12);
    auto *notesLabel = new QLabel(tr("&Notes"), box);
    notesLabel->setBuddy(m_notes);
    auto *conditionsLabel = new QLabel(tr("C&onditions"), box);
    conditionsLabel->setBuddy(m_conditions);
    form->addRow(notesLabel, m_notes);
    form->addRow(conditionsLabel, m_conditions);

    m_code = new QLineEdit(box);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("TOTP code"));
    m_code->setAccessibleDescription(tr("6 to 8 digits from your authenticator app"));
    m_code->setPlaceholderText(tr("6–8 digits"));
    m_code->setMaximumWidth(m_code->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14 + 16);
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,%1}").arg(kMaxCodeDigits)), m_code));
    m_code->setMaxLength(kMaxCodeDigits);
    m_code->setEchoMode(QLineEdit::Normal);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_codeLabel = new QLabel(tr("TOTP &code"), box);
    m_codeLabel->setBuddy(m_code);
    m_codeRow = new QWidget(box);
    auto *codeLayout = new QHBoxLayout(m_codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    m_code->setParent(m_codeRow);
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(new QLabel(tr("from your authenticator app"), m_codeRow), 1);
    form->addRow(m_codeLabel, m_codeRow);

    m_message = textLabel(box, QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    m_close = new QPushButton(tr("Decide &later"), box);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close without deciding"));
    m_close->setToolTip(tr("Close; the gate keeps waiting (Esc)"));
    m_reject = new QPushButton(tr("&Reject"), box);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setAccessibleName(tr("Reject the gate"));
    m_reject->setToolTip(tr("Reject: the execution fails. Notes are required."));
    m_approve = new QPushButton(tr("&Approve"), box);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setAccessibleName(tr("Approve the gate"));
    m_approve->setToolTip(tr("Approve: the execution goes on (Ctrl+Return)"));
    // Enter alone never decides; Ctrl+Return approves on purpose.
    for (QPushButton *b : {m_close, m_reject, m_approve}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_code, &QLineEdit::textChanged, this, &GateDialog::updateButtons);
    connect(m_grantUsd, &QLineEdit::textChanged, this, &GateDialog::updateButtons);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_submitting && !m_notes->toPlainText().trimmed().isEmpty()) {
            m_message->hide(); // the note asked for is being written
        }
    });

    const GateRecord *g = gate();
    const bool budget = isBudgetGate();
    grantLabel->setVisible(budget);
    m_grantRow->setVisible(budget);
    if (budget && g) {
        const qint64 tokens = g->context.value(QStringLiteral("grantTokens")).toInteger();
        m_grantTokens->setValue(static_cast<int>(std::clamp<qint64>(tokens, 0, INT_MAX)));
        m_grantUsd->setText(
            Money::fromMicros(g->context.value(QStringLiteral("grantMicros")).toInteger())
                .toString()
                .replace(u'.', QLocale().decimalPoint()));
    }
    m_codeLabel->setVisible(isCritical());
    m_codeRow->setVisible(isCritical());
    return box;
}

void GateDialog::setUpKeyboard()
{
    auto *approve = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto *approveKeypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    for (QShortcut *s : {approve, approveKeypad}) {
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, [this] {
            if (m_approve->isEnabled()) {
                m_approve->click();
            }
        });
    }
    // In reading order: the details, then the decision from top to bottom, then the buttons.
    const QList<QWidget *> order{m_tabs,     m_stageList, m_output,     m_grantTokens,
                                 m_grantUsd, m_notes,     m_conditions, m_code,
                                 m_close,    m_reject,    m_approve};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
}

const GateRecord *GateDialog::gate() const
{
    return m_state.gate(m_gateId);
}

std::optional<Money> GateDialog::grantedUsd() const
{
    return parseMoney(
        QString(m_grantUsd->text()).replace(QLocale().decimalPoint(), QStringLiteral(".")));
}

bool GateDialog::isBudgetGate() const
{
    const GateRecord *g = gate();
    return g && g->type == budgetGateType();
}

bool GateDialog::isCritical() const
{
    const GateRecord *g = gate();
    return g && g->critical;
}

void GateDialog::updateState(const ExecutionState &state)
{
    if (state.id != m_executionId) {
        return;
    }
    m_state = state;
    refresh();
}

void GateDialog::refresh()
{
    refreshHeader();
    refreshOverview();
    refreshStages();
    updateButtons();
}

void GateDialog::refreshHeader()
{
    const GateRecord *g = gate();
    const QString why = refusal();
    m_notice->setText(why);
    m_notice->setVisible(!why.isEmpty());
    if (!g) {
        m_title->setText(tr("Unknown gate"));
        m_critical->hide();
        m_reason->setText(tr("Execution %1 has no gate %2.").arg(m_executionId, m_gateId));
        m_facts->clear();
        return;
    }
    QString title = GateFacts::gateTypeText(g->type);
    title[0] = title[0].toUpper();
    m_title->setText(tr("%1 gate").arg(title));
    m_critical->setVisible(g->critical);
    m_reason->setText(g->reason.isEmpty() ? tr("No reason was recorded.") : g->reason);
    refreshFacts();
}

void GateDialog::refreshFacts()
{
    const GateRecord *g = gate();
    if (!g) {
        return;
    }
    // Two pairs a line: where and who, then when and what then.
    const auto cell = [](const QString &label, const QString &value) {
        return QStringLiteral("<td style=\"padding-right:6px\"><b>%1</b></td>"
                              "<td style=\"padding-right:18px\">%2</td>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString where;
    if (!g->checkpoint.isEmpty()) {
        where = cell(tr("Checkpoint:"), m_names.checkpoints.value(g->checkpoint, g->checkpoint));
    } else if (!g->stages.isEmpty()) {
        QStringList held;
        for (const QString &stage : g->stages) {
            held.append(m_names.stages.value(stage, stage));
        }
        where = cell(tr("Holds back:"), held.join(QStringLiteral(", ")));
    }
    QString who = tr("the %1 role or higher").arg(g->reviewerRole);
    if (g->escalations > 0) {
        who += u' ' + tr("(escalations: %1)").arg(g->escalations);
    }
    QString rows = QStringLiteral("<tr>%1%2</tr>").arg(where, cell(tr("Decided by:"), who));
    if (g->status == u"pending") {
        const QString outcome = GateFacts::timeoutOutcome(*g, m_names);
        rows += QStringLiteral("<tr>%1%2</tr>")
                    .arg(cell(tr("Deadline:"),
                              GateFacts::deadlineText(*g, QDateTime::currentDateTimeUtc())),
                         outcome.isEmpty() ? QString() : cell(tr("If nobody decides:"), outcome));
    } else {
        m_tick->stop();
    }
    m_facts->setText(
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(rows));
}

void GateDialog::refreshOverview()
{
    const GateRecord *g = gate();
    m_budgetBox->setVisible(isBudgetGate());
    if (g && isBudgetGate()) {
        m_budgetGate->setText(GateFacts::budgetGateHtml(*g));
    }
    m_findings->setText(GateFacts::findingsHtml(m_state, m_names));
    m_idea->setText(GateFacts::ideaHtml(m_state));
    m_costs->setText(GateFacts::costsHtml(m_state, m_names, QDateTime::currentDateTimeUtc()));
}

void GateDialog::refreshStages()
{
    const QList<GateFacts::StageEntry> entries = GateFacts::stageEntries(m_state, m_names);
    if (entries == m_stageEntries && m_stageList->count() > 0) {
        return; // unchanged: the reader keeps their place in the output
    }
    m_stageEntries = entries;
    const QString current = m_stageList->currentItem()
                                ? m_stageList->currentItem()->data(Qt::UserRole + 1).toString()
                                : QString();
    QSignalBlocker blocker(m_stageList);
    m_stageList->clear();
    QListWidgetItem *select = nullptr;
    for (const GateFacts::StageEntry &e : entries) {
        auto *item = new QListWidgetItem(e.text, m_stageList);
        item->setData(Qt::UserRole, e.markdown);
        item->setData(Qt::UserRole + 1, e.id);
        if (e.finding) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        if (e.id == current) {
            select = item;
        }
    }
    m_tabs->setTabText(1, tr("&Stage outputs (%1)").arg(entries.size()));
    if (select) {
        m_stageList->setCurrentItem(select);
        m_output->setMarkdown(select->data(Qt::UserRole).toString());
    }
}

QString GateDialog::refusal() const
{
    const GateRecord *g = gate();
    if (!g) {
        return tr("There is nothing to decide here.");
    }
    if (const QString decided = GateFacts::decidedText(*g); !decided.isEmpty()) {
        return decided + u' ' + tr("Nothing is left to decide.");
    }
    if (isEnded(m_state.status)) {
        return tr("The execution has ended (%1); its gates can no longer be decided.")
            .arg(statusName(m_state.status));
    }
    if (!roleAtLeast(m_reviewer.role, g->reviewerRole)) {
        return tr("Read only: this gate is decided by the %1 role or higher, and you (%2) are "
                  "%3.")
            .arg(g->reviewerRole, m_reviewer.name, roleName(m_reviewer.role));
    }
    if (g->critical && !m_state.startedBy.isEmpty() && m_reviewer.name == m_state.startedBy) {
        return tr("You started this execution, so you may not decide its critical gate "
                  "(four-eyes rule): another reviewer must.");
    }
    if (g->critical && !m_reviewer.totpEnrolled) {
        return tr("This critical gate needs a TOTP code, and you have no second factor yet. "
                  "Enroll one with “conductor users enroll-totp %1”, then open the gate again.")
            .arg(m_reviewer.name);
    }
    return {};
}

void GateDialog::updateButtons()
{
    const bool allowed = refusal().isEmpty() && !m_submitting;
    for (QWidget *input : std::initializer_list<QWidget *>{m_notes, m_conditions, m_code,
                                                           m_grantTokens, m_grantUsd}) {
        input->setEnabled(allowed);
    }
    const bool codeOk = !isCritical() || m_code->text().size() >= kMinCodeDigits;
    const bool grantOk =
        !isBudgetGate() || m_grantUsd->text().isEmpty() || grantedUsd().has_value();
    m_approve->setEnabled(allowed && codeOk && grantOk);
    m_reject->setEnabled(allowed && codeOk);
}

void GateDialog::submit(bool approve)
{
    if (m_submitting || !refusal().isEmpty()) {
        return;
    }
    const QString notes = m_notes->toPlainText().trimmed();
    if (!approve && notes.isEmpty()) {
        showError(tr("Say why you reject it in the notes: they are recorded with the decision, "
                     "and the execution fails."));
        m_notes->setFocus();
        return;
    }
    GateDecision d;
    d.executionId = m_executionId;
    d.gateId = m_gateId;
    d.approve = approve;
    d.notes = notes;
    d.conditions = linesOf(m_conditions->toPlainText());
    if (isCritical()) {
        d.code = m_code->text();
    }
    if (approve && isBudgetGate()) {
        d.grantTokens = m_grantTokens->value();
        d.grantUsd = m_grantUsd->text().isEmpty() ? Money() : grantedUsd();
    }
    m_submitting = true;
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Submitting…"));
    m_message->show();
    updateButtons();
    Q_EMIT decided(d);
}

void GateDialog::showError(const QString &message)
{
    // Marked with a sign and a frame as well as colour.
    m_message->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid #c62828; border-radius: 4px; padding: 4px; }"));
    m_message->setText(tr("⚠ %1").arg(message));
    m_message->show();
}

void GateDialog::setOutcome(bool accepted, const QString &message)
{
    m_submitting = false;
    if (accepted) {
        m_message->hide();
        accept();
        return;
    }
    m_code->clear();
    updateButtons();
    showError(message.isEmpty() ? tr("The decision was not recorded.") : message);
    if (isCritical() && m_code->isEnabled()) {
        m_code->setFocus();
    } else if (m_notes->isEnabled()) {
        m_notes->setFocus();
    }
}

void GateDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_tick->start();
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (isCritical() && m_code->isEnabled()) {
            m_code->setFocus();
        } else if (m_notes->isEnabled()) {
            m_notes->setFocus();
        } else {
            m_close->setFocus();
        }
    }
}

void GateDialog::hideEvent(QHideEvent *event)
{
    m_tick->stop();
    QDialog::hideEvent(event);
}

} // namespace Conductor
