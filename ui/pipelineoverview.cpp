// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelineoverview.h"

#include "displayformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Conductor {

PipelineOverview::PipelineOverview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_budgets(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_budgets->setWordWrap(true);
    m_budgets->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels(
        {//: Column header: a stage, checkpoint or group of the pipeline.
         tr("Step"),
         //: Column header: stage, gate or aggregation.
         tr("Kind"),
         //: Column header: the agent a stage runs, the gates a checkpoint opens, or a group's rule.
         tr("Runs"),
         //: Column header: the steps this one waits for.
         tr("Needs")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_budgets);
    layout->addWidget(m_tree, 1);
}

namespace {

// A node as the operator knows it: its name, not its id.
QString nodeName(const PipelineDefinition &pipeline, const QString &id)
{
    if (const StageDefinition *s = pipeline.stage(id)) {
        return s->name;
    }
    if (const CheckpointDefinition *c = pipeline.checkpoint(id)) {
        return c->name;
    }
    if (const GroupDefinition *g = pipeline.group(id)) {
        return g->name;
    }
    return id;
}

} // namespace

void PipelineOverview::setPipeline(const Configuration &config,
                                   const std::optional<PipelineDefinition> &pipeline)
{
    const QLocale locale;
    const Budgets &b = config.budgets;
    m_budgets->setText(
        tr("Budgets: %1 tokens a day (%2 per pipeline, %3 in reserve); %4 a day, alert at %5; "
           "a pipeline may run for at most %6 min.")
            .arg(locale.toString(b.tokens.daily), locale.toString(b.tokens.perPipeline),
                 locale.toString(b.tokens.emergency), DisplayFormat::money(b.cost.dailyBudget),
                 DisplayFormat::money(b.cost.alertThreshold),
                 locale.toString(b.time.maxPipelineMinutes)));

    m_tree->clear();
    if (!pipeline) {
        m_title->setText(tr("No valid pipeline loaded"));
        return;
    }
    m_title->setText(tr("Pipeline: %1").arg(pipeline->name));
    const QHash<QString, int> layers = pipeline->layers();
    for (const QString &id : pipeline->topologicalOrder()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, id);
        QStringList needs;
        for (const QString &need : pipeline->needsOf(id)) {
            needs.append(nodeName(*pipeline, need));
        }
        item->setText(3, needs.join(QStringLiteral(", ")));
        item->setToolTip(0, tr("Layer %1 of the pipeline").arg(layers.value(id) + 1));
        switch (*pipeline->kindOf(id)) {
        case PipelineDefinition::NodeKind::Stage: {
            const StageDefinition *s = pipeline->stage(id);
            item->setText(0, s->name);
            item->setText(1, tr("Stage"));
            item->setText(2, s->agent);
            break;
        }
        case PipelineDefinition::NodeKind::Checkpoint: {
            const CheckpointDefinition *c = pipeline->checkpoint(id);
            item->setText(0, c->name);
            item->setText(1, tr("Gate"));
            item->setText(2, c->gates.join(QStringLiteral(", ")));
            break;
        }
        case PipelineDefinition::NodeKind::Group: {
            const GroupDefinition *g = pipeline->group(id);
            item->setText(0, g->name);
            item->setText(1, tr("Aggregation"));
            item->setText(2, g->rule == GroupDefinition::Rule::All
                                 ? tr("all must pass")
                                 : tr("%n must pass", nullptr, g->quorum));
            break;
        }
        }
    }
}

} // namespace Conductor
