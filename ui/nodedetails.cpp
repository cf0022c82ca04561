// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodedetails.h"

#include "displayformat.h"
#include "nodesummary.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::NodeDetails)
};

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Writes rows into a table, touching only the cells whose text changed.
void fillTable(QTableWidget *table, const QList<QStringList> &rows)
{
    if (table->rowCount() != rows.size()) {
        table->setRowCount(static_cast<int>(rows.size()));
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString text = rows.at(r).value(c);
            QTableWidgetItem *item = table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(r, c, item);
            }
            if (item->text() != text) {
                item->setText(text);
                item->setToolTip(text);
            }
        }
    }
}

QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}

} // namespace

NodeDetails::NodeDetails(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_output(new QTextBrowser(this))
    , m_errors(newTable({tr("Time"), tr("Attempt"), tr("Class"), tr("Message")}, this))
    , m_gates(newTable({tr("Type"), tr("Status"), tr("Critical"), tr("Reason"), tr("Reviewer"),
                        tr("Notes"), tr("Conditions"), tr("Decided")},
                       this))
    , m_members(newTable({tr("Stage"), tr("Status"), tr("Verdict")}, this))
{
    m_empty->setText(tr("Select a stage to see its output, errors and attempts."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_output->setReadOnly(true);
    m_output->setOpenLinks(false); // links leave for the browser, never replace the output
    m_output->setPlaceholderText(tr("No output yet."));
    m_output->setAccessibleName(tr("Stage output"));
    connect(m_output, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"https" || url.scheme() == u"http" || url.scheme() == u"mailto") {
            QDesktopServices::openUrl(url);
        }
    });
    m_errors->setAccessibleName(tr("Errors"));
    m_gates->setAccessibleName(tr("Gates"));
    m_members->setAccessibleName(tr("Members"));
    m_tabs->addTab(m_output, tr("Output"));
    m_tabs->addTab(m_errors, tr("Errors"));
    m_tabs->addTab(m_gates, tr("Gates"));
    m_tabs->addTab(m_members, tr("Members"));

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    clear();
}

void NodeDetails::clear()
{
    m_nodeId.clear();
    m_summaryText.clear();
    m_markdown.clear();
    m_output->clear();
    m_stack->setCurrentWidget(m_empty);
}

bool NodeDetails::isEmptyShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QString NodeDetails::emptyText() const
{
    return m_empty->text();
}

QString NodeDetails::titleText() const
{
    return m_title->text();
}

void NodeDetails::showNode(const PipelineDefinition &pipeline, const ExecutionState &state,
                           const QString &nodeId)
{
    const bool other = nodeId != m_nodeId;
    m_nodeId = nodeId;
    if (const StageDefinition *stage = pipeline.stage(nodeId)) {
        showStage(pipeline, state, *stage);
    } else if (const CheckpointDefinition *checkpoint = pipeline.checkpoint(nodeId)) {
        showCheckpoint(pipeline, state, *checkpoint);
    } else if (const GroupDefinition *group = pipeline.group(nodeId)) {
        showGroup(pipeline, state, *group);
    } else {
        clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    if (other) {
        m_tabs->setCurrentIndex(m_tabs->isTabVisible(0) ? 0 : m_tabs->currentIndex());
    }
}

void NodeDetails::showStage(const PipelineDefinition &pipeline, const ExecutionState &state,
                            const StageDefinition &stage)
{
    const NodeSummary summary = NodeSummary::of(pipeline, &state, stage.id);
    const StageRun run = state.stages.value(stage.id);
    const QLocale locale;
    m_title->setText(stage.name);
    const QString override = state.agentOverrides.value(stage.id);
    QString agent = stage.agent;
    if (const AgentDefinition *definition = pipeline.agent(stage.agent);
        definition && !definition->description.isEmpty()) {
        agent += QStringLiteral(" — ") + definition->description;
    }
    Facts facts{
        {tr("Kind"), NodeSummary::kindText(summary.kind)},
        {tr("Description"), stage.description},
        {tr("Agent"), agent},
        {tr("Agent override"), override},
        {tr("Status"), summary.statusText},
        {tr("Attempts"), locale.toString(run.attempts)},
        {tr("Failures"), locale.toString(run.failures)},
        {tr("Tokens"), locale.toString(run.tokens)},
        {tr("Cost"), DisplayFormat::money(run.cost)},
        {tr("Duration"),
         run.durationMs > 0 ? NodeSummary::formatDuration(run.durationMs) : QString()},
        {tr("Verdict"), run.verdict},
        {tr("Started"), NodeSummary::formatTime(run.startedAt)},
        {tr("Ended"), NodeSummary::formatTime(run.endedAt)},
        {tr("Retry due"), NodeSummary::formatTime(run.retryAt)},
        {tr("Last error"), run.lastErrorClass.isEmpty()
                               ? run.lastError
                               : run.lastErrorClass + QStringLiteral(": ") + run.lastError}};
    if (const GateRecord *gate = state.budgetGate(stage.id); gate && gate->status == u"pending") {
        facts.append({tr("Budget gate"), gate->reason});
    }
    setFacts(facts);
    setOutput(run.output);

    QList<QStringList> errors;
    for (const ErrorLog &e : state.errors) {
        if (e.stage == stage.id) {
            errors.append({NodeSummary::formatTime(e.time), locale.toString(e.attempt),
                           e.errorClass, e.message});
        }
    }
    fillTable(m_errors, errors);
    setTabTitle(m_errors, tr("Errors (%1)").arg(locale.toString(errors.size())));
    showTabs(m_output, m_errors);
}

void NodeDetails::showCheckpoint(const PipelineDefinition &pipeline, const ExecutionState &state,
                                 const CheckpointDefinition &checkpoint)
{
    m_title->setText(checkpoint.name);
    const NodeSummary summary = NodeSummary::of(pipeline, &state, checkpoint.id);
    QList<QStringList> gates;
    for (const GateRecord &g : state.gates) {
        if (g.checkpoint != checkpoint.id) {
            continue;
        }
        gates.append({g.type, NodeSummary::gateStatusText(g.status), yesNo(g.critical), g.reason,
                      g.reviewer, g.notes, g.conditions.join(QStringLiteral("; ")),
                      NodeSummary::formatTime(g.decidedAt)});
    }
    setFacts({{tr("Kind"), NodeSummary::kindText(PipelineDefinition::NodeKind::Checkpoint)},
              {tr("Status"), summary.statusText},
              {tr("Gates that may open"), checkpoint.gates.join(QStringLiteral(", "))},
              {tr("Needs"), checkpoint.needs.join(QStringLiteral(", "))}});
    fillTable(m_gates, gates);
    setTabTitle(m_gates, tr("Gates (%1)").arg(QLocale().toString(gates.size())));
    showTabs(m_gates);
}

void NodeDetails::showGroup(const PipelineDefinition &pipeline, const ExecutionState &state,
                            const GroupDefinition &group)
{
    m_title->setText(group.name);
    const NodeSummary summary = NodeSummary::of(pipeline, &state, group.id);
    QString result = tr("not decided yet");
    if (state.groupResults.contains(group.id)) {
        result = state.groupResults.value(group.id) ? tr("passed")
                                                    : tr("blocked (%1)").arg(group.failureCode);
    }
    setFacts({{tr("Kind"), NodeSummary::kindText(PipelineDefinition::NodeKind::Group)},
              {tr("Status"), summary.statusText},
              {tr("Rule"), NodeSummary::ruleText(group)},
              {tr("Result"), result}});
    QList<QStringList> members;
    for (const QString &member : group.stages) {
        const StageDefinition *stage = pipeline.stage(member);
        const StageRun run = state.stages.value(member);
        members.append(
            {stage ? stage->name : member, NodeSummary::stageStatusText(run.status), run.verdict});
    }
    fillTable(m_members, members);
    showTabs(m_members);
}

void NodeDetails::setFacts(const Facts &facts)
{
    QStringList plain;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : facts) {
        if (value.isEmpty()) {
            continue;
        }
        plain.append(label + QStringLiteral(": ") + value);
        html +=
            QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    const QString text = plain.join(u'\n');
    if (text != m_summaryText) {
        m_summaryText = text;
        m_summary->setText(html);
    }
}

void NodeDetails::setOutput(const QString &markdown)
{
    if (markdown == m_markdown && !m_output->document()->isEmpty()) {
        return;
    }
    m_markdown = markdown;
    m_output->setMarkdown(markdown);
}

void NodeDetails::setTabTitle(QWidget *tab, const QString &title)
{
    const int index = m_tabs->indexOf(tab);
    if (m_tabs->tabText(index) != title) {
        m_tabs->setTabText(index, title);
    }
}

void NodeDetails::showTabs(QWidget *first, QWidget *second)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QWidget *tab = m_tabs->widget(i);
        m_tabs->setTabVisible(i, tab == first || tab == second);
    }
    if (!m_tabs->isTabVisible(m_tabs->currentIndex())) {
        m_tabs->setCurrentWidget(first);
    }
}

} // namespace Conductor
