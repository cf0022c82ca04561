// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinegraphview.h"

#include "graphedgeitem.h"
#include "graphlayout.h"
#include "graphnodeitem.h"
#include "groupframeitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QVariantAnimation>

#include <cmath>

namespace Conductor {

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kReadableZoom = 0.6; // below it a fitted graph is shown at this size
constexpr qreal kSceneMargin = 24;
constexpr int kAnimationMs = 1200;

// A node whose edges out are settled: what needs it may go on.
bool isDone(const QString &statusKey)
{
    return statusKey == u"completed" || statusKey == u"skipped" || statusKey == u"passed";
}

} // namespace

PipelineGraphView::PipelineGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_theme(palette(), font())
    , m_scene(new QGraphicsScene(this))
    , m_animation(new QVariantAnimation(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(m_theme.background());
    setAccessibleName(tr("Pipeline graph"));

    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(kAnimationMs);
    m_animation->setLoopCount(-1);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const qreal phase = value.toReal();
        for (GraphNodeItem *item : std::as_const(m_running)) {
            item->setPhase(phase);
        }
    });
    updateDescription();
}

PipelineGraphView::~PipelineGraphView() = default;

void PipelineGraphView::setPipeline(const PipelineDefinition &pipeline)
{
    m_pipeline = pipeline;
    m_state.reset();
    const bool hadSelection = !m_selected.isEmpty();
    m_selected.clear();
    rebuild();
    m_autoFit = true;
    m_fitWhole = false;
    fitScene();
    updateDescription();
    if (hadSelection) {
        Q_EMIT nodeSelected(QString());
    }
}

void PipelineGraphView::setState(const ExecutionState &state)
{
    m_state = state;
    applySummaries(&*m_state);
    // While fitted, the view follows the execution to its next stage.
    if (m_autoFit) {
        if (const QString focus = focusNode(); focus != m_focus) {
            m_focus = focus;
            fitScene();
        }
    }
}

void PipelineGraphView::clearState()
{
    m_state.reset();
    applySummaries(nullptr);
}

void PipelineGraphView::rebuild()
{
    m_running.clear();
    m_nodes.clear();
    m_edges.clear();
    m_frames.clear();
    m_scene->clear();

    const qreal line = QFontMetricsF(m_theme.titleFont()).height();
    GraphLayout::Metrics metrics;
    metrics.nodeSize = [this](PipelineDefinition::NodeKind kind) {
        return GraphNodeItem::sizeFor(kind, m_theme.font());
    };
    metrics.layerGap = std::round(line * 3.5);
    metrics.nodeGap = std::round(line * 1.2);
    metrics.framePadding = std::round(line * 0.8);
    metrics.frameLabel = std::round(line + 8);
    const GraphLayout layout = GraphLayout::compute(m_pipeline, metrics);
    m_order = layout.nodes;
    m_columns = layout.columns;
    m_layerOf = layout.layerOf;

    for (const GraphLayout::Frame &frame : layout.frames) {
        const GroupDefinition *group = m_pipeline.group(frame.group);
        auto *item = new GroupFrameItem(frame.group, group->name, frame.rect, line, &m_theme);
        item->setToolTip(tr("%1: %2").arg(group->name, NodeSummary::ruleText(*group)));
        item->setZValue(-2);
        m_scene->addItem(item);
        m_frames.insert(frame.group, item);
    }
    for (const QString &id : std::as_const(m_order)) {
        const QRectF rect = layout.rects.value(id);
        auto *item = new GraphNodeItem(id, *m_pipeline.kindOf(id), rect.size(), &m_theme);
        item->setPos(rect.topLeft());
        item->setZValue(1);
        m_scene->addItem(item);
        m_nodes.insert(id, item);
    }
    for (GraphLayout::Edge edge : layout.edges) {
        // The layout ends edges on the nodes' boxes; bring them onto the outlines.
        const GraphNodeItem *from = m_nodes.value(edge.from);
        const GraphNodeItem *to = m_nodes.value(edge.to);
        const QRectF fromRect = layout.rects.value(edge.from);
        const QRectF toRect = layout.rects.value(edge.to);
        edge.points.first().rx() -= GraphNodeItem::sideInset(
            from->kind(), fromRect.size(), edge.points.first().y() - fromRect.center().y());
        edge.points.last().rx() += GraphNodeItem::sideInset(
            to->kind(), toRect.size(), edge.points.last().y() - toRect.center().y());
        auto *item = new GraphEdgeItem(edge.from, edge.to, edge.points, &m_theme);
        m_scene->addItem(item);
        m_edges.append(item);
    }
    const QRectF bounds = m_scene->itemsBoundingRect();
    m_scene->setSceneRect(
        bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    applySummaries(m_state ? &*m_state : nullptr);
    updateHighlight();
}

void PipelineGraphView::applySummaries(const ExecutionState *state)
{
    m_running.clear();
    bool selectedChanged = false;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        GraphNodeItem *item = it.value();
        if (item->setSummary(NodeSummary::of(m_pipeline, state, it.key()))) {
            selectedChanged = selectedChanged || it.key() == m_selected;
        }
        if (item->summary().running) {
            m_running.append(item);
        }
    }
    for (GraphEdgeItem *edge : std::as_const(m_edges)) {
        edge->setDone(isDone(m_nodes.value(edge->from())->summary().statusKey));
    }
    updateAnimation(isVisible());
    if (selectedChanged) {
        updateDescription();
    }
}

void PipelineGraphView::updateAnimation(bool visible)
{
    const bool wanted = visible && !m_running.isEmpty();
    if (wanted && m_animation->state() != QAbstractAnimation::Running) {
        m_animation->start();
    } else if (!wanted && m_animation->state() != QAbstractAnimation::Stopped) {
        m_animation->stop();
    }
}

void PipelineGraphView::updateHighlight()
{
    const bool focused = hasFocus();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        it.value()->setHighlight(it.key() == m_selected, focused);
    }
}

void PipelineGraphView::updateDescription()
{
    if (m_order.isEmpty()) {
        setAccessibleDescription(tr("No pipeline."));
        return;
    }
    //: The graph's description for screen readers: the pipeline and its number of nodes.
    QString description = tr("%1, %2 nodes.").arg(m_pipeline.name).arg(m_order.size());
    if (m_selected.isEmpty()) {
        description += u' ' + tr("No node selected; the arrow keys select one.");
    } else {
        description +=
            u' ' +
            tr("Selected: %1.").arg(nodeText(m_selected).split(u'\n').join(QStringLiteral(", ")));
    }
    setAccessibleDescription(description);
}

QRectF PipelineGraphView::nodeRect(const QString &nodeId) const
{
    const GraphNodeItem *item = m_nodes.value(nodeId);
    return item ? item->mapRectToScene(item->rect()) : QRectF();
}

QRectF PipelineGraphView::groupFrameRect(const QString &groupId) const
{
    const GroupFrameItem *item = m_frames.value(groupId);
    return item ? item->mapRectToScene(item->rect()) : QRectF();
}

QString PipelineGraphView::nodeStatus(const QString &nodeId) const
{
    const GraphNodeItem *item = m_nodes.value(nodeId);
    return item ? item->summary().statusKey : QString();
}

QString PipelineGraphView::nodeText(const QString &nodeId) const
{
    const GraphNodeItem *item = m_nodes.value(nodeId);
    return item ? item->summary().text() : QString();
}

QString PipelineGraphView::nodeToolTip(const QString &nodeId) const
{
    if (!m_nodes.contains(nodeId)) {
        return {};
    }
    return NodeSummary::toolTip(m_pipeline, m_state ? &*m_state : nullptr, nodeId);
}

bool PipelineGraphView::isAnimating(const QString &nodeId) const
{
    const GraphNodeItem *item = m_nodes.value(nodeId);
    return item && item->summary().running && m_animation->state() == QAbstractAnimation::Running;
}

qreal PipelineGraphView::zoom() const
{
    return transform().m11();
}

void PipelineGraphView::selectNode(const QString &nodeId)
{
    const QString next = m_nodes.contains(nodeId) ? nodeId : QString();
    if (next == m_selected) {
        return;
    }
    m_selected = next;
    updateHighlight();
    updateDescription();
    if (!next.isEmpty()) {
        ensureVisible(nodeRect(next), 16, 16);
    }
    Q_EMIT nodeSelected(m_selected);
}

void PipelineGraphView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(kZoomStep);
    setTransformationAnchor(anchor);
}

void PipelineGraphView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1 / kZoomStep);
    setTransformationAnchor(anchor);
}

void PipelineGraphView::resetZoom()
{
    m_autoFit = false;
    const QPointF center = mapToScene(viewport()->rect().center());
    setTransform(QTransform());
    centerOn(m_selected.isEmpty() ? center : nodeRect(m_selected).center());
}

void PipelineGraphView::fitAll()
{
    m_autoFit = true;
    m_fitWhole = true;
    fitScene();
}

void PipelineGraphView::zoomBy(qreal factor)
{
    m_autoFit = false;
    const qreal current = zoom();
    const qreal target = std::clamp(current * factor, std::min(kMinZoom, current), kMaxZoom);
    if (!qFuzzyCompare(target, current)) {
        scale(target / current, target / current);
    }
}

void PipelineGraphView::fitScene()
{
    if (m_order.isEmpty()) {
        return;
    }
    const QRectF rect = sceneRect();
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.0) { // a small graph stays at its natural size
        setTransform(QTransform());
        centerOn(rect.center());
    } else if (!m_fitWhole && zoom() < kReadableZoom) {
        // Too long to read whole: readable, around where the execution stands.
        setTransform(QTransform::fromScale(kReadableZoom, kReadableZoom));
        const QString focus = focusNode();
        centerOn(focus.isEmpty() ? rect.center() : nodeRect(focus).center());
    }
}

QString PipelineGraphView::focusNode() const
{
    // The first node at work or held up, else the first still to run, else the last.
    static const QStringList active{QStringLiteral("running"), QStringLiteral("retry_waiting"),
                                    QStringLiteral("gate_pending"), QStringLiteral("failed"),
                                    QStringLiteral("blocked")};
    for (const QString &id : m_order) {
        if (active.contains(nodeStatus(id))) {
            return id;
        }
    }
    for (const QString &id : m_order) {
        if (nodeStatus(id) == u"waiting") {
            return id;
        }
    }
    return m_order.isEmpty() ? QString() : m_order.constLast();
}

QString PipelineGraphView::nodeAt(const QPoint &viewportPos) const
{
    for (const QGraphicsItem *item : items(viewportPos)) {
        if (item->type() == GraphNodeItem::Type) {
            return static_cast<const GraphNodeItem *>(item)->nodeId();
        }
    }
    return {};
}

void PipelineGraphView::moveSelection(int key)
{
    if (m_order.isEmpty()) {
        return;
    }
    if (m_selected.isEmpty()) {
        selectNode(m_order.first());
        return;
    }
    const int layer = m_layerOf.value(m_selected);
    const QStringList &column = m_columns.at(layer);
    const qsizetype row = column.indexOf(m_selected);
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const qsizetype next = row + (key == Qt::Key_Up ? -1 : 1);
        if (next >= 0 && next < column.size()) {
            selectNode(column.at(next));
        }
        return;
    }
    // Left and right: the nearest node, by height, of the next layer that has nodes.
    const int step = key == Qt::Key_Left ? -1 : 1;
    const qreal y = nodeRect(m_selected).center().y();
    for (int l = layer + step; l >= 0 && l < m_columns.size(); l += step) {
        QString best;
        qreal distance = 0;
        for (const QString &id : m_columns.at(l)) {
            const qreal d = std::abs(nodeRect(id).center().y() - y);
            if (best.isEmpty() || d < distance) {
                best = id;
                distance = d;
            }
        }
        if (!best.isEmpty()) {
            selectNode(best);
            return;
        }
    }
}

void PipelineGraphView::requestContextMenu(const QString &nodeId, const QPoint &globalPos)
{
    if (!nodeId.isEmpty()) {
        Q_EMIT nodeContextMenuRequested(nodeId, globalPos);
    }
}

void PipelineGraphView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int key = event->key();
    if (event->matches(QKeySequence::ZoomIn) ||
        (ctrl && (key == Qt::Key_Plus || key == Qt::Key_Equal))) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut) || (ctrl && key == Qt::Key_Minus)) {
        zoomOut();
    } else if (ctrl && key == Qt::Key_0) {
        resetZoom();
    } else if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up ||
               key == Qt::Key_Down) {
        moveSelection(key);
    } else if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_selected.isEmpty()) {
        Q_EMIT nodeActivated(m_selected);
    } else if (key == Qt::Key_Menu ||
               (key == Qt::Key_F10 && (event->modifiers() & Qt::ShiftModifier))) {
        const QPoint center = mapFromScene(nodeRect(m_selected).center());
        requestContextMenu(m_selected, viewport()->mapToGlobal(center));
    } else if (key == Qt::Key_Escape && !m_selected.isEmpty()) {
        selectNode(QString());
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PipelineGraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    QGraphicsView::mousePressEvent(event);
    if (event->button() == Qt::RightButton && !nodeAt(event->pos()).isEmpty()) {
        event->accept(); // the release asks for the node's menu
    }
}

void PipelineGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const bool click =
        (event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    if (event->button() == Qt::LeftButton && click) {
        selectNode(nodeAt(event->pos()));
    } else if (event->button() == Qt::RightButton) {
        // On release on every platform; contextMenuEvent() leaves mouse requests alone.
        const QString id = nodeAt(event->pos());
        if (!id.isEmpty()) {
            selectNode(id);
            requestContextMenu(id, event->globalPosition().toPoint());
        }
    }
}

void PipelineGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = event->button() == Qt::LeftButton ? nodeAt(event->pos()) : QString();
    if (id.isEmpty()) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    selectNode(id);
    Q_EMIT nodeActivated(id);
    event->accept();
}

void PipelineGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() != QContextMenuEvent::Mouse && !m_selected.isEmpty()) {
        const QPoint center = mapFromScene(nodeRect(m_selected).center());
        requestContextMenu(m_selected, viewport()->mapToGlobal(center));
    }
    event->accept();
}

void PipelineGraphView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        zoomBy(std::pow(kZoomStep, steps)); // about the point under the mouse
    }
    event->accept();
}

void PipelineGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit) {
        fitScene();
    }
}

void PipelineGraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit) {
        fitScene();
    }
    updateAnimation(true);
}

void PipelineGraphView::hideEvent(QHideEvent *event)
{
    QGraphicsView::hideEvent(event);
    updateAnimation(false);
}

void PipelineGraphView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    updateHighlight();
}

void PipelineGraphView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    updateHighlight();
}

void PipelineGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    const QEvent::Type type = event->type();
    if (type != QEvent::PaletteChange && type != QEvent::FontChange &&
        type != QEvent::StyleChange) {
        return;
    }
    m_theme = GraphTheme(palette(), font());
    setBackgroundBrush(m_theme.background());
    if (type == QEvent::FontChange) {
        rebuild(); // nodes take the size of their text
        if (m_autoFit) {
            fitScene();
        }
        return;
    }
    for (QGraphicsItem *item : m_scene->items()) {
        item->update();
    }
}

bool PipelineGraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString id = nodeAt(help->pos());
        if (!id.isEmpty()) {
            // Built when asked for, from the last state, so setState() stays cheap.
            QToolTip::showText(help->globalPos(), nodeToolTip(id), viewport(),
                               mapFromScene(nodeRect(id)).boundingRect());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace Conductor
