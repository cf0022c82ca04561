// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "newpipelinedialog.h"

#include "appsettings.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "displayformat.h"
#include "engine/session.h"
#include "security/roles.h"
#include "store/storereader.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Conductor {

namespace {

constexpr int kCheckDelayMs = 300;

QString tokensText(qint64 tokens)
{
    return QLocale().toString(tokens);
}

} // namespace

NewPipelineDialog::NewPipelineDialog(Session *session, QByteArray configText, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_configText(std::move(configText))
    , m_checkTimer(new QTimer(this))
{
    setWindowTitle(tr("New pipeline"));
    setAccessibleName(tr("New pipeline"));

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(createIdeaPage(), 3);
    columns->addWidget(createRunPage(), 2);
    layout->addLayout(columns);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    m_start->setAccessibleName(tr("Start the pipeline"));
    connect(m_start, &QPushButton::clicked, this, &NewPipelineDialog::startPipeline);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &NewPipelineDialog::runCheck);
    connect(m_session, &Session::startChecked, this, &NewPipelineDialog::onChecked);
    connect(m_session, &Session::startAnswered, this, &NewPipelineDialog::onStartAnswered);
    connect(m_session, &Session::reviewerChecked, this, &NewPipelineDialog::onReviewer);

    // The shipped pipeline until another is chosen.
    QFile builtIn(PipelineLoader::builtInPath());
    if (builtIn.open(QIODevice::ReadOnly)) {
        m_pipelineText = builtIn.readAll();
        m_pipelineName = tr("The shipped I2S pipeline");
        const LoadResult<Configuration> config =
            ConfigLoader::loadBytes(m_configText, QStringLiteral("config"));
        const LoadResult<PipelineDefinition> shipped = PipelineLoader::loadBytes(
            m_pipelineText, PipelineLoader::builtInPath(), config.value.value_or(Configuration()));
        if (shipped.value) {
            m_stages = shipped.value->stages;
        }
    }
    m_pipelineLabel->setText(m_pipelineName);

    m_reviewerKey = m_session->checkReviewer();
    resize(sizeHint().expandedTo(QSize(900, 560)));
    m_description->setFocus();
    scheduleCheck();
    updateStartButton();
}

QWidget *NewPipelineDialog::createIdeaPage()
{
    auto *box = new QGroupBox(tr("Idea"), this);
    auto *form = new QFormLayout(box);

    m_title = new QLineEdit(box);
    m_title->setPlaceholderText(tr("Optional: the description's first sentence"));
    m_title->setMaxLength(200);
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);

    m_description = new QPlainTextEdit(box);
    m_description->setPlaceholderText(tr("What is the idea? A sentence or more."));
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));
    form->addRow(tr("&Description:"), m_description);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            &NewPipelineDialog::updateStartButton);

    m_domain = new QComboBox(box);
    m_domain->setEditable(true);
    m_domain->addItems(
        {QString(), QStringLiteral("software"), QStringLiteral("retail"), QStringLiteral("media"),
         QStringLiteral("finance"), QStringLiteral("healthcare"), QStringLiteral("insurance"),
         QStringLiteral("legal"), QStringLiteral("education"), QStringLiteral("government")});
    m_domain->setToolTip(tr("metadata.domain: a regulated domain (such as finance or "
                            "healthcare) opens a human approval gate"));
    m_domain->setAccessibleName(tr("Domain"));
    form->addRow(tr("Do&main:"), m_domain);

    m_tier = new QComboBox(box);
    m_tier->setEditable(true);
    m_tier->addItems({QString(), QStringLiteral("free"), QStringLiteral("pro"),
                      QStringLiteral("team"), QStringLiteral("enterprise")});
    m_tier->setToolTip(tr("metadata.accountTier: enterprise accounts get a compliance check"));
    m_tier->setAccessibleName(tr("Account tier"));
    form->addRow(tr("Account &tier:"), m_tier);

    m_load = new QSpinBox(box);
    m_load->setRange(0, 1'000'000'000);
    m_load->setGroupSeparatorShown(true);
    m_load->setSpecialValueText(tr("not given"));
    m_load->setToolTip(tr("metadata.loadEstimate: 10,000 or more opens a performance review"));
    m_load->setAccessibleName(tr("Load estimate"));
    form->addRow(tr("&Load estimate:"), m_load);

    m_metadata = new QTableWidget(0, 2, box);
    m_metadata->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    m_metadata->verticalHeader()->hide();
    m_metadata->setAccessibleName(tr("More metadata"));
    m_metadata->setMaximumHeight(110);
    auto *add = new QPushButton(tr("Add"), box);
    auto *remove = new QPushButton(tr("Remove"), box);
    add->setAccessibleName(tr("Add a metadata entry"));
    remove->setAccessibleName(tr("Remove the selected metadata entry"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_metadata->rowCount();
        m_metadata->insertRow(row);
        m_metadata->setCurrentCell(row, 0);
        m_metadata->editItem(m_metadata->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_metadata->currentRow() >= 0) {
            m_metadata->removeRow(m_metadata->currentRow());
        }
    });
    auto *metaButtons = new QHBoxLayout;
    metaButtons->addWidget(add);
    metaButtons->addWidget(remove);
    metaButtons->addStretch();
    auto *meta = new QVBoxLayout;
    meta->addWidget(m_metadata);
    meta->addLayout(metaButtons);
    form->addRow(tr("More metadata:"), meta);
    return box;
}

QWidget *NewPipelineDialog::createRunPage()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *runBox = new QGroupBox(tr("Run"), column);
    auto *form = new QFormLayout(runBox);
    m_pipelineLabel = new QLabel(runBox);
    m_pipelineLabel->setWordWrap(true);
    auto *choose = new QPushButton(tr("C&hoose…"), runBox);
    choose->setAccessibleName(tr("Choose a pipeline file"));
    connect(choose, &QPushButton::clicked, this, &NewPipelineDialog::choosePipelineFile);
    auto *pipelineRow = new QHBoxLayout;
    pipelineRow->addWidget(m_pipelineLabel, 1);
    pipelineRow->addWidget(choose);
    form->addRow(tr("Pipeline:"), pipelineRow);

    m_priority = new QComboBox(runBox);
    for (const Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Critical}) {
        static const char *const names[] = {QT_TR_NOOP("Low"), QT_TR_NOOP("Normal"),
                                            QT_TR_NOOP("High"), QT_TR_NOOP("Critical")};
        m_priority->addItem(tr(names[static_cast<int>(p)]), static_cast<int>(p));
    }
    m_priority->setCurrentIndex(static_cast<int>(Priority::Normal));
    m_priority->setAccessibleName(tr("Priority"));
    form->addRow(tr("&Priority:"), m_priority);

    m_limitCost = new QCheckBox(tr("&At most"), runBox);
    m_maxCost = new QDoubleSpinBox(runBox);
    m_maxCost->setRange(0.01, 1'000'000);
    m_maxCost->setDecimals(2);
    m_maxCost->setValue(10);
    m_maxCost->setPrefix(DisplayFormat::usdAffixes().prefix);
    m_maxCost->setSuffix(DisplayFormat::usdAffixes().suffix);
    m_maxCost->setEnabled(false);
    m_maxCost->setAccessibleName(tr("Maximum cost in USD"));
    m_limitCost->setAccessibleName(tr("Limit the cost"));
    connect(m_limitCost, &QCheckBox::toggled, m_maxCost, &QWidget::setEnabled);
    connect(m_limitCost, &QCheckBox::toggled, this, &NewPipelineDialog::scheduleCheck);
    connect(m_maxCost, &QDoubleSpinBox::valueChanged, this, &NewPipelineDialog::scheduleCheck);
    auto *costRow = new QHBoxLayout;
    costRow->addWidget(m_limitCost);
    costRow->addWidget(m_maxCost, 1);
    form->addRow(tr("Max cost:"), costRow);

    m_timeout = new QLineEdit(runBox);
    m_timeout->setPlaceholderText(tr("none, or such as 30m or 2h"));
    m_timeout->setAccessibleName(tr("Timeout"));
    connect(m_timeout, &QLineEdit::textChanged, this, &NewPipelineDialog::updateStartButton);
    form->addRow(tr("T&imeout:"), m_timeout);

    m_approveGates = new QCheckBox(tr("Approve gates that are not critical as me"), runBox);
    m_approveGates->setToolTip(tr("Needs the role approver; critical gates still wait for "
                                  "another reviewer"));
    m_approveGates->setAccessibleName(tr("Approve gates that are not critical"));
    form->addRow(QString(), m_approveGates);
    layout->addWidget(runBox);

    auto *checkBox = new QGroupBox(tr("Budget Check"), column);
    auto *checkLayout = new QVBoxLayout(checkBox);
    m_estimate = new QLabel(tr("Estimating…"), checkBox);
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->setAccessibleName(tr("Budget Check"));
    checkLayout->addWidget(m_estimate);
    m_perStage = new QTableWidget(0, 3, checkBox);
    m_perStage->setHorizontalHeaderLabels({tr("Stage"), tr("Tokens"), tr("Cost")});
    m_perStage->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_perStage->verticalHeader()->hide();
    m_perStage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perStage->setSelectionMode(QAbstractItemView::NoSelection);
    m_perStage->setAccessibleName(tr("Estimate per stage"));
    checkLayout->addWidget(m_perStage, 1);
    layout->addWidget(checkBox, 1);
    return column;
}

std::optional<StartRequest> NewPipelineDialog::request(QString *problem) const
{
    StartRequest r;
    r.idea.description = m_description->toPlainText().trimmed();
    if (r.idea.description.isEmpty()) {
        *problem = tr("Describe the idea first.");
        return std::nullopt;
    }
    r.idea.title = m_title->text().trimmed();
    if (r.idea.title.isEmpty()) {
        r.idea.title = r.idea.description.section(u'.', 0, 0).simplified().left(80);
    }
    for (int row = 0; row < m_metadata->rowCount(); ++row) {
        const QTableWidgetItem *key = m_metadata->item(row, 0);
        const QTableWidgetItem *value = m_metadata->item(row, 1);
        if (key && !key->text().trimmed().isEmpty()) {
            r.idea.metadata.insert(key->text().trimmed(), value ? value->text() : QString());
        }
    }
    if (const QString domain = m_domain->currentText().trimmed(); !domain.isEmpty()) {
        r.idea.metadata.insert(QStringLiteral("domain"), domain);
    }
    if (const QString tier = m_tier->currentText().trimmed(); !tier.isEmpty()) {
        r.idea.metadata.insert(QStringLiteral("accountTier"), tier);
    }
    if (m_load->value() > 0) {
        r.idea.metadata.insert(QStringLiteral("loadEstimate"), m_load->value());
    }
    r.priority = static_cast<Priority>(m_priority->currentData().toInt());
    if (m_limitCost->isChecked()) {
        r.options.maxCost = Money::fromUsd(m_maxCost->value());
    }
    if (const QString timeout = m_timeout->text().trimmed(); !timeout.isEmpty()) {
        const DurationParse d = parseDuration(timeout);
        if (!d.value || d.value->count() < 1000) {
            *problem = tr("Timeout: %1").arg(d.value ? tr("at least 1s") : d.error);
            return std::nullopt;
        }
        r.options.timeoutSeconds = d.value->count() / 1000;
    }
    r.options.approveGates = m_approveGates->isChecked();
    r.options.seed = 0;                                          // the pipeline's own
    r.options.outputDir = AppSettings().effectiveOutputFolder(); // Settings → Output folder
    r.configText = m_configText;
    r.pipelineText = m_pipelineText;
    r.requestedBy = m_session->operatorName();
    r.requestedRole = m_role;
    if (m_pipelineText.isEmpty()) {
        *problem = tr("Choose a pipeline.");
        return std::nullopt;
    }
    return r;
}

void NewPipelineDialog::scheduleCheck()
{
    m_dirty = true;
    m_checkTimer->start();
}

void NewPipelineDialog::runCheck()
{
    QString problem;
    StartRequest r;
    if (const std::optional<StartRequest> made = request(&problem)) {
        r = *made;
    } else {
        // The estimate does not depend on the idea: check with a stand-in.
        r.configText = m_configText;
        r.pipelineText = m_pipelineText;
        if (m_limitCost->isChecked()) {
            r.options.maxCost = Money::fromUsd(m_maxCost->value());
        }
    }
    if (r.pipelineText.isEmpty()) {
        return;
    }
    m_dirty = false;
    m_checkKey = m_session->check(r);
}

void NewPipelineDialog::onChecked(const QString &key, const StartCheck &check)
{
    if (key != m_checkKey) {
        return;
    }
    m_checkKey.clear();
    if (m_dirty) {
        return; // a newer check follows
    }
    const QLocale locale;
    m_refusal = check.refusal;
    if (check.invalidConfiguration) {
        m_estimate->setText(tr("The pipeline or configuration is not valid: %1")
                                .arg(check.refusal.toHtmlEscaped()));
    } else {
        QString text = tr("Expected: ≈ %1 tokens, ≈ %2.")
                           .arg(tokensText(check.tokens), DisplayFormat::money(check.cost));
        text += u' ' + tr("Left today: %1 tokens, %2 (a pipeline may use %3 tokens).")
                           .arg(tokensText(check.tokensLeftToday),
                                DisplayFormat::money(check.costLeftToday),
                                tokensText(check.tokensPerPipeline));
        if (check.refusal.isEmpty()) {
            text = QStringLiteral("✓ ") + tr("It fits.") + u' ' + text;
        } else {
            text = QStringLiteral("✗ ") + tr("It would be refused:") + u' ' + check.refusal +
                   QStringLiteral("\n") + text;
        }
        m_estimate->setText(text);
    }
    QPalette palette = this->palette();
    if (!check.refusal.isEmpty()) {
        palette.setColor(QPalette::WindowText, UiStyle::errorColor(palette));
    }
    m_estimate->setPalette(palette);

    m_perStage->setRowCount(0);
    // In the pipeline's order, by the stages' names.
    QStringList order;
    for (const StageDefinition &st : m_stages) {
        if (check.perStage.contains(st.id)) {
            order.append(st.id);
        }
    }
    for (auto it = check.perStage.constBegin(); it != check.perStage.constEnd(); ++it) {
        if (!order.contains(it.key())) {
            order.append(it.key());
        }
    }
    for (const QString &stageId : std::as_const(order)) {
        const QJsonObject stage = check.perStage.value(stageId).toObject();
        const int row = m_perStage->rowCount();
        m_perStage->insertRow(row);
        const QString source = stage.value(QStringLiteral("source")).toString() == u"history"
                                   ? tr("from recent attempts (%1)")
                                         .arg(stage.value(QStringLiteral("samples")).toInt())
                                   : tr("from the pipeline's figures");
        QString title = stageId;
        for (const StageDefinition &st : m_stages) {
            if (st.id == stageId && !st.name.isEmpty()) {
                title = st.name;
            }
        }
        auto *name = new QTableWidgetItem(title);
        name->setToolTip(source);
        m_perStage->setItem(row, 0, name);
        auto *tokens = new QTableWidgetItem(
            locale.toString(stage.value(QStringLiteral("tokens")).toInteger()));
        tokens->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_perStage->setItem(row, 1, tokens);
        auto *cost = new QTableWidgetItem(DisplayFormat::money(
            Money::fromMicros(stage.value(QStringLiteral("costMicros")).toInteger())));
        cost->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_perStage->setItem(row, 2, cost);
    }
    m_perStage->resizeColumnsToContents();
    m_perStage->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    updateStartButton();
    Q_EMIT estimateShown();
}

QString NewPipelineDialog::startRefusal(const ReviewerCheck &check, const QString &operatorName)
{
    if (!check.known) {
        return check.message.isEmpty() ? tr("%1 is not a user of this database.").arg(operatorName)
                                       : check.message;
    }
    if (!roleAtLeast(roleFromName(check.role).value_or(Role::Viewer), u"operator")) {
        return tr("%1 may not start executions: that needs the role operator, and %1 is %2")
            .arg(operatorName, check.role);
    }
    return {};
}

void NewPipelineDialog::onReviewer(const QString &key, const ReviewerCheck &check)
{
    if (key != m_reviewerKey) {
        return;
    }
    m_reviewerKey.clear();
    m_roleProblem = startRefusal(check, m_session->operatorName());
    if (m_roleProblem.isEmpty()) {
        m_role = check.role;
    }
    m_approveGates->setEnabled(
        roleAtLeast(roleFromName(check.role).value_or(Role::Viewer), u"approver"));
    if (!m_approveGates->isEnabled()) {
        m_approveGates->setChecked(false);
    }
    if (!m_roleProblem.isEmpty()) {
        showMessage(m_roleProblem, true);
    }
    updateStartButton();
}

void NewPipelineDialog::updateStartButton()
{
    QString problem;
    const bool complete = request(&problem).has_value();
    const bool busy = !m_startKey.isEmpty();
    const bool allowed = m_roleProblem.isEmpty() && !m_role.isEmpty();
    m_start->setEnabled(complete && allowed && !busy && m_refusal.isEmpty());
    if (!complete && !m_description->toPlainText().trimmed().isEmpty()) {
        m_start->setToolTip(problem);
    } else if (!m_refusal.isEmpty()) {
        m_start->setToolTip(m_refusal);
    } else {
        m_start->setToolTip(QString());
    }
}

void NewPipelineDialog::showMessage(const QString &text, bool error)
{
    UiStyle::showMessage(m_message, text, error);
}

void NewPipelineDialog::startPipeline()
{
    QString problem;
    const std::optional<StartRequest> r = request(&problem);
    if (!r) {
        showMessage(problem, true);
        return;
    }
    m_startKey = m_session->start(*r);
    showMessage(tr("Starting…"), false);
    updateStartButton();
}

void NewPipelineDialog::onStartAnswered(const QString &key, const QString &executionId,
                                        const QString &refusal)
{
    if (key != m_startKey) {
        return;
    }
    m_startKey.clear();
    if (executionId.isEmpty()) {
        showMessage(refusal, true); // nothing typed is lost
        updateStartButton();
        scheduleCheck();
        return;
    }
    Q_EMIT started(executionId);
    accept();
}

void NewPipelineDialog::choosePipelineFile()
{
    auto *chooser =
        new QFileDialog(this, tr("Choose a pipeline"), QString(), tr("Pipelines (*.yml *.yaml)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &path) { usePipelineFile(path); });
    chooser->open();
}

bool NewPipelineDialog::usePipelineFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    const QByteArray bytes = file.readAll();
    const LoadResult<Configuration> config =
        ConfigLoader::loadBytes(m_configText, QStringLiteral("config"));
    const LoadResult<PipelineDefinition> loaded =
        PipelineLoader::loadBytes(bytes, path, config.value.value_or(Configuration()));
    if (!loaded.value || hasErrors(loaded.diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : loaded.diagnostics) {
            lines.append(d.toString());
        }
        showMessage(tr("%1 is not a valid pipeline:\n%2").arg(path, lines.join(u'\n')), true);
        return false;
    }
    m_pipelineText = bytes;
    m_stages = loaded.value->stages;
    m_pipelineName = QFileInfo(path).fileName();
    m_pipelineLabel->setText(m_pipelineName);
    m_pipelineLabel->setToolTip(path);
    showMessage(QString(), false);
    scheduleCheck();
    updateStartButton();
    return true;
}

} // namespace Conductor
