// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "executiondetail.h"

#include "displayformat.h"
#include "engine/definitioncache.h"
#include "engine/session.h"
#include "executionchart.h"
#include "executionsmodel.h"
#include "logging/logging.h"
#include "nodedetails.h"
#include "pipelinegraphview.h"
#include "store/storereader.h"
#include "timelineview.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Conductor {

namespace {

constexpr int kRepaintMs = 33; // at most ~30 repaints a second
constexpr int kPollMs = 1000;  // another process's execution

// The pipeline an execution started with, as it recorded it (parsed by the reader when it
// read the history, so found in the shared cache).
std::optional<PipelineDefinition> pipelineOf(const ExecutionState &state)
{
    const DefinitionCache::Result loaded =
        DefinitionCache::loadShared(state.configText.toUtf8(), state.pipelineText.toUtf8());
    if (!loaded.definition) {
        return std::nullopt;
    }
    return loaded.definition->pipeline;
}

} // namespace

ExecutionDetail::ExecutionDetail(StoreReader *reader, Session *session, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_graph(new PipelineGraphView(this))
    , m_details(new NodeDetails(this))
    , m_timeline(new TimelineView(this))
    , m_chart(new ExecutionChart(this))
    , m_coalesce(new QTimer(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("ExecutionDetail"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setAccessibleName(tr("Selected execution"));
    m_split = new QSplitter(Qt::Horizontal, m_tabs);
    m_split->setObjectName(QStringLiteral("GraphSplitter"));
    m_split->addWidget(m_graph);
    // Beside the graph: the selected node's details above the execution's own chart.
    auto *side = new QSplitter(Qt::Vertical, m_split);
    side->setObjectName(QStringLiteral("DetailsSplitter"));
    side->addWidget(m_details);
    side->addWidget(m_chart);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    m_split->addWidget(side);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    m_split->installEventFilter(this);
    m_tabs->addTab(m_split, tr("&Graph"));
    m_tabs->addTab(m_timeline, tr("T&imeline"));
    m_tabs->setAccessibleName(tr("Execution views"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kRepaintMs);
    connect(m_coalesce, &QTimer::timeout, this, &ExecutionDetail::repaint);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &ExecutionDetail::poll);
    connect(m_reader, &StoreReader::eventsFetched, this, &ExecutionDetail::onEvents);
    connect(m_graph, &PipelineGraphView::nodeSelected, this, &ExecutionDetail::showNode);
    connect(m_graph, &PipelineGraphView::nodeContextMenuRequested, this,
            &ExecutionDetail::interventionMenuRequested);
    showExecution({});
}

bool ExecutionDetail::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_split && event->type() == QEvent::Resize && !m_splitSized) {
        const int width = m_split->width();
        if (width > 200) {
            m_splitSized = true;
            const QList<int> sizes = m_split->sizes();
            // Sizes restored from the settings are kept; the first run gets 3:2.
            if (sizes.size() == 2 && sizes.at(0) < width / 3) {
                m_split->setSizes({width * 3 / 5, width * 2 / 5});
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExecutionDetail::showExecution(const QString &executionId)
{
    if (executionId == m_executionId && (m_loaded || executionId.isEmpty())) {
        return;
    }
    m_executionId = executionId;
    m_state = ExecutionState();
    m_pipeline.reset();
    m_pendingTimeline.clear();
    m_loaded = false;
    m_lookAgain = false;
    m_poll->stop();
    m_graph->clearState();
    m_details->clear();
    m_timeline->clear();
    m_chart->clear();
    if (executionId.isEmpty()) {
        m_heading->setText(tr("Select an execution to see its pipeline and timeline."));
        m_request = 0;
        Q_EMIT stateChanged();
        return;
    }
    m_heading->setText(tr("Loading %1…").arg(executionId));
    m_request = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_reader, "fetchEvents", Qt::QueuedConnection,
                              Q_ARG(qint64, m_request), Q_ARG(QString, executionId),
                              Q_ARG(qint64, 0));
}

void ExecutionDetail::onEvents(qint64 requestId, const QString &executionId,
                               const ExecutionEvents &events)
{
    if (requestId != m_request || executionId != m_executionId) {
        return;
    }
    m_request = 0;
    const bool first = !m_loaded;
    apply(events);
    if (first) {
        m_loaded = true;
        m_pipeline = pipelineOf(m_state);
        if (m_pipeline) {
            m_graph->setPipeline(*m_pipeline);
        } else {
            qCWarning(lcApp) << "execution" << executionId << "has a pipeline that no longer loads";
        }
        m_timeline->setEvents(m_state.stageOrder, events);
        m_chart->setEvents(events);
        m_pendingTimeline.clear();
        repaint(); // the graph shows where the execution stands
    }
    if (!isEnded(m_state.status)) {
        m_poll->start();
    }
    if (std::exchange(m_lookAgain, false)) {
        fetchNew();
    }
}

void ExecutionDetail::applyEvents(const ExecutionEvents &events)
{
    ExecutionEvents mine;
    for (const ExecutionEvent &e : events) {
        if (e.executionId == m_executionId) {
            mine.append(e);
        }
    }
    if (mine.isEmpty()) {
        return;
    }
    if (!m_loaded) {
        // The history on its way may have been read before these: look again after it.
        m_lookAgain = true;
        return;
    }
    apply(mine);
}

void ExecutionDetail::apply(const ExecutionEvents &events)
{
    bool gap = false;
    for (const ExecutionEvent &e : events) {
        if (e.seq <= m_state.lastSeq) {
            continue; // seen already (the poll and the engine may both bring it)
        }
        if (e.seq != m_state.lastSeq + 1) {
            gap = true; // missed some: read them from the store
            break;
        }
        m_state.apply(e);
        m_pendingTimeline.append(e);
    }
    if (gap) {
        fetchNew();
    }
    if (!m_coalesce->isActive()) {
        m_coalesce->start();
    }
}

void ExecutionDetail::repaint()
{
    if (!m_loaded) {
        return;
    }
    const QLocale locale;
    const QString status = m_state.status == ExecutionStatus::Running && m_state.waitingOnGate()
                               ? tr("Waiting at gate")
                               : ExecutionsModel::statusText(m_state.status);
    m_heading->setText(tr("%1 — %2 · %3 tokens · %4")
                           .arg(m_state.idea.title, status, locale.toString(m_state.tokensUsed),
                                DisplayFormat::money(m_state.costAccrued)));
    m_heading->setToolTip(m_state.id);
    m_graph->setState(m_state);
    if (!m_pendingTimeline.isEmpty()) {
        m_timeline->appendEvents(m_pendingTimeline);
        m_chart->appendEvents(m_pendingTimeline);
        m_pendingTimeline.clear();
    }
    if (const QString node = m_graph->selectedNode(); !node.isEmpty() && m_pipeline) {
        m_details->showNode(*m_pipeline, m_state, node);
    }
    if (isEnded(m_state.status)) {
        m_poll->stop();
    }
    Q_EMIT stateChanged();
}

void ExecutionDetail::poll()
{
    // The engine here tells of its own executions at once; others are looked for.
    if (!m_session || !m_session->runsHere(m_executionId)) {
        fetchNew();
    }
}

void ExecutionDetail::fetchNew()
{
    if (m_executionId.isEmpty() || m_request != 0) {
        return;
    }
    m_request = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_reader, "fetchEvents", Qt::QueuedConnection,
                              Q_ARG(qint64, m_request), Q_ARG(QString, m_executionId),
                              Q_ARG(qint64, m_state.lastSeq));
}

void ExecutionDetail::showNode(const QString &nodeId)
{
    if (nodeId.isEmpty() || !m_pipeline) {
        m_details->clear();
        return;
    }
    m_details->showNode(*m_pipeline, m_state, nodeId);
}

} // namespace Conductor
