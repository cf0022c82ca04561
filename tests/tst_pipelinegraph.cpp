// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The live pipeline graph and the node details panel on the offscreen platform, used as
// a person would: the shipped I2S pipeline laid out by layers with its deployment checks
// framed, nodes following an execution's events one by one, clicks, right clicks, the
// arrow keys, Shift+F10 and zoom, readable colours in light and dark palettes, and an
// animation that runs only while a stage does.
//
// With CONDUCTOR_GRAPH_SNAPSHOTS=<folder>, renderSnapshots() writes PNGs of a mid-run
// execution in both palettes there, for a person to look at.

#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "executionhistory.h"
#include "graphprobe.h"
#include "nodedetails.h"
#include "nodesummary.h"
#include "pipelinegraphview.h"

#include <QDir>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest/QTest>
#include <QVariantAnimation>

using namespace Conductor;
using namespace Qt::StringLiterals;
using namespace Conductor::Test;

class TestPipelineGraph final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void laysOutByLayers();
    void routesLongEdgesAroundNodes();
    void nodesFollowTheEvents();
    void gatesAndFailuresShow();
    void clickSelectsAndDetailsShowMarkdown();
    void contextMenuByMouseAndKeyboard();
    void arrowKeysMoveTheSelection();
    void zoomsAndFits();
    void paletteColoursAreReadable_data();
    void paletteColoursAreReadable();
    void animatesOnlyWhileAStageRuns();
    void setStateReusesItemsAndScales();
    void renderSnapshots();

private:
    PipelineDefinition m_pipeline;
};

void TestPipelineGraph::initTestCase()
{
    LoadResult<PipelineDefinition> loaded =
        PipelineLoader::loadFile(PipelineLoader::builtInPath(), ConfigLoader::builtIn());
    QVERIFY(loaded.ok());
    m_pipeline = *loaded.value;
}

void TestPipelineGraph::laysOutByLayers()
{
    PipelineGraphView view;
    view.setPipeline(m_pipeline);
    const QHash<QString, int> layers = m_pipeline.layers();
    const QStringList ids = view.nodeIds();
    QCOMPARE(ids, m_pipeline.topologicalOrder());
    QCOMPARE(ids.size(), 15 + 2 + 1);

    for (const QString &a : ids) {
        const QRectF ra = view.nodeRect(a);
        QVERIFY(!ra.isEmpty());
        for (const QString &b : ids) {
            const QRectF rb = view.nodeRect(b);
            if (layers.value(a) < layers.value(b)) {
                QVERIFY2(ra.right() < rb.left(), qPrintable(a + u" is not left of " + b));
            } else if (a != b && layers.value(a) == layers.value(b)) {
                QVERIFY2(!ra.intersects(rb), qPrintable(a + u" overlaps " + b));
                QCOMPARE(ra.center().x(), rb.center().x());
            }
        }
    }

    // The deployment checks: one layer, stacked in the file's order inside their frame.
    const GroupDefinition &group = m_pipeline.groups.first();
    const QRectF frame = view.groupFrameRect(group.id);
    QVERIFY(!frame.isEmpty());
    qreal previousBottom = -1e9;
    for (const QString &member : group.stages) {
        QCOMPARE(layers.value(member), layers.value(group.stages.first()));
        const QRectF r = view.nodeRect(member);
        QVERIFY2(frame.contains(r), qPrintable(member));
        QVERIFY(r.top() > previousBottom);
        previousBottom = r.bottom();
    }
    for (const QString &id : ids) {
        if (!group.stages.contains(id)) {
            QVERIFY2(!frame.intersects(view.nodeRect(id)), qPrintable(id));
        }
    }

    // An arrow from each node to each one that needs it, passing through no other node.
    const QString bad = badEdge(view, m_pipeline);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

void TestPipelineGraph::routesLongEdgesAroundNodes()
{
    PipelineGraphView view;
    const PipelineDefinition pipeline = skipsPipeline();
    view.setPipeline(pipeline);
    const QString bad = badEdge(view, pipeline);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    const QRectF frame = view.groupFrameRect(u"grp"_s);
    for (const QString &id : view.nodeIds()) {
        const bool member = id == u"g" || id == u"h";
        QVERIFY2(member ? frame.contains(view.nodeRect(id)) : !frame.intersects(view.nodeRect(id)),
                 qPrintable(id));
    }
    QVERIFY(view.nodeRect(u"a"_s).right() < view.nodeRect(u"e"_s).left());
    QVERIFY(view.nodeRect(u"cp"_s).right() < view.nodeRect(u"f"_s).left());
}

void TestPipelineGraph::nodesFollowTheEvents()
{
    PipelineGraphView view;
    view.setPipeline(m_pipeline);
    view.show();
    ExecutionHistory h(m_pipeline);
    const QLocale locale;
    const auto step = [&view, &h] { view.setState(h.state); };

    step();
    QCOMPARE(view.nodeStatus(u"normalize"_s), u"waiting"_s);
    QVERIFY(view.nodeText(u"normalize"_s).startsWith(u"Normalize\nWaiting\nNo attempts yet"));

    h.start(u"normalize"_s, 1);
    step();
    QCOMPARE(view.nodeStatus(u"normalize"_s), u"running"_s);
    QVERIFY(view.nodeText(u"normalize"_s).contains(u"Running\nAttempt 1"));
    QVERIFY(view.isAnimating(u"normalize"_s));

    h.succeed(u"normalize"_s, 1, {}, u"# Normalized idea\n\nA *marketplace*."_s);
    step();
    QCOMPARE(view.nodeStatus(u"normalize"_s), u"completed"_s);
    const QString done = view.nodeText(u"normalize"_s);
    QVERIFY2(done.contains(locale.toString(4000) + u" tokens · $0.12"), qPrintable(done));
    QVERIFY2(done.contains(NodeSummary::formatDuration(2500)), qPrintable(done));
    QVERIFY(!view.isAnimating(u"normalize"_s));

    // Research fails once, waits for its retry, then succeeds.
    h.start(u"research"_s, 1);
    h.fail(u"research"_s, 1, u"TIMEOUT"_s, u"no answer in 60 s"_s, 1000);
    h.retry(u"research"_s, 2, 4000);
    step();
    QCOMPARE(view.nodeStatus(u"research"_s), u"retry_waiting"_s);
    const QString due = NodeSummary::formatTime(h.state.stages.value(u"research"_s).retryAt);
    QVERIFY(!due.isEmpty());
    QVERIFY2(view.nodeText(u"research"_s).contains(u"Retry at " + due),
             qPrintable(view.nodeText(u"research"_s)));
    QVERIFY(view.nodeText(u"research"_s).contains(u"Attempt 1 · 1 failed"));
    QVERIFY(!view.isAnimating(u"research"_s));

    h.start(u"research"_s, 2);
    step();
    QCOMPARE(view.nodeStatus(u"research"_s), u"running"_s);
    QVERIFY(view.nodeText(u"research"_s).contains(u"Attempt 2 · 1 failed"));
    QVERIFY(view.isAnimating(u"research"_s));
    h.succeed(u"research"_s, 2);
    step();
    QCOMPARE(view.nodeStatus(u"research"_s), u"completed"_s);
    QVERIFY(view.nodeText(u"research"_s).contains(u" tokens · $0.15"));

    for (const char *id : {"feasibility", "market_moat"}) {
        h.run(QString::fromLatin1(id));
    }
    h.run(u"risk"_s, u"flag"_s);
    step();
    QVERIFY(view.nodeText(u"risk"_s).contains(u"Completed: flag"));
    QCOMPARE(view.nodeStatus(u"risk_gate"_s), u"waiting"_s);

    // The risk gate: two gates open, are approved one by one, and the checkpoint passes.
    h.openGate(u"g1"_s, u"risk_gate"_s, u"risk_review"_s);
    h.openGate(u"g2"_s, u"risk_gate"_s, u"human_approval"_s, true);
    step();
    QCOMPARE(view.nodeStatus(u"risk_gate"_s), u"gate_pending"_s);
    QVERIFY(view.nodeText(u"risk_gate"_s).contains(u"risk_review: waiting for approval"));
    QVERIFY(view.nodeText(u"risk_gate"_s).contains(u"human_approval: waiting for approval"));
    h.decide(u"g1"_s, u"approved"_s);
    step();
    QCOMPARE(view.nodeStatus(u"risk_gate"_s), u"gate_pending"_s);
    QVERIFY(view.nodeText(u"risk_gate"_s).contains(u"risk_review: approved"));
    h.decide(u"g2"_s, u"approved"_s);
    step();
    QCOMPARE(view.nodeStatus(u"risk_gate"_s), u"approved"_s);
    h.pass(u"risk_gate"_s);
    step();
    QCOMPARE(view.nodeStatus(u"risk_gate"_s), u"passed"_s);
    QVERIFY(view.nodeText(u"risk_gate"_s).startsWith(u"Risk Gate\nPassed\n"));

    for (const char *id : {"ux", "scaffold", "apis", "export"}) {
        h.run(QString::fromLatin1(id));
    }
    h.pass(u"deploy_gate"_s);
    const GroupDefinition &group = m_pipeline.groups.first();
    for (const QString &member : group.stages) {
        h.start(member, 1);
    }
    step();
    QCOMPARE(view.nodeStatus(group.id), u"in_progress"_s);
    for (const QString &member : group.stages) {
        QCOMPARE(view.nodeStatus(member), u"running"_s);
        QVERIFY(view.isAnimating(member));
    }
    for (const QString &member : group.stages) {
        h.succeed(member, 1, u"pass"_s);
    }
    h.add(EventType::GroupAggregated,
          {{QStringLiteral("group"), group.id}, {QStringLiteral("passed"), true}});
    step();
    QCOMPARE(view.nodeStatus(group.id), u"passed"_s);
    QVERIFY(view.nodeText(group.id).contains(u"5 of 5 done"));
    h.run(u"deploy"_s);
    h.add(EventType::Completed, {{QStringLiteral("bundle"), u"/tmp/b"_s}});
    step();
    for (const QString &id : view.nodeIds()) {
        QVERIFY2(QStringList({u"completed"_s, u"passed"_s}).contains(view.nodeStatus(id)),
                 qPrintable(id + u": " + view.nodeStatus(id)));
        QVERIFY(!view.isAnimating(id));
    }

    view.clearState();
    QCOMPARE(view.nodeStatus(u"deploy"_s), u"waiting"_s);
    QCOMPARE(view.nodeStatus(u"risk_gate"_s), u"waiting"_s);
}

void TestPipelineGraph::gatesAndFailuresShow()
{
    PipelineGraphView view;
    view.setPipeline(m_pipeline);
    ExecutionHistory h(m_pipeline);
    for (const char *id : {"normalize", "research", "feasibility", "market_moat", "risk"}) {
        h.run(QString::fromLatin1(id));
    }
    h.openGate(u"g1"_s, u"risk_gate"_s, u"risk_review"_s);
    h.decide(u"g1"_s, u"rejected"_s);
    h.add(EventType::StageSkipped, {{QStringLiteral("stage"), u"ux"_s},
                                    {QStringLiteral("by"), u"ana"_s},
                                    {QStringLiteral("reason"), u"not needed"_s}});
    h.start(u"scaffold"_s, 1);
    h.fail(u"scaffold"_s, 1, u"INVALID_INPUT"_s, u"bad spec"_s);
    h.add(EventType::StageFailed, {{QStringLiteral("stage"), u"scaffold"_s}});
    view.setState(h.state);
    QCOMPARE(view.nodeStatus(u"risk_gate"_s), u"rejected"_s);
    QVERIFY(view.nodeText(u"risk_gate"_s).contains(u"risk_review: rejected"));
    QCOMPARE(view.nodeStatus(u"ux"_s), u"skipped"_s);
    QCOMPARE(view.nodeStatus(u"scaffold"_s), u"failed"_s);
    QVERIFY(view.nodeText(u"scaffold"_s).contains(u"Failed: INVALID_INPUT"));
    QVERIFY(view.nodeToolTip(u"scaffold"_s).contains(u"bad spec"));
    NodeDetails details;
    details.showNode(m_pipeline, h.state, u"risk_gate"_s);
    QCOMPARE(details.gatesTable()->rowCount(), 1);
    const QStringList gate{u"risk_review"_s,        u"rejected"_s, u"no"_s,
                           u"opens at every run"_s, u"ana"_s,      u"looks fine"_s,
                           u"watch costs"_s};
    for (int column = 0; column < gate.size(); ++column) {
        QCOMPARE(details.gatesTable()->item(0, column)->text(), gate.at(column));
    }
    QVERIFY(details.summaryText().contains(u"Status: Rejected"));
    details.showNode(m_pipeline, h.state, u"deployment_checks"_s);
    QCOMPARE(details.membersTable()->rowCount(), 5);
    QVERIFY(details.summaryText().contains(u"Result: not decided yet"));

    ExecutionHistory expired(m_pipeline);
    expired.openGate(u"g9"_s, u"deploy_gate"_s, u"security_check"_s);
    expired.decide(u"g9"_s, u"expired"_s);
    // A budget gate holds a stage back: it waits for approval too.
    expired.add(EventType::GateOpened, {{QStringLiteral("gateId"), u"b1"_s},
                                        {QStringLiteral("stages"), QJsonArray{u"apis"_s}},
                                        {QStringLiteral("gateType"), u"budget_override"_s},
                                        {QStringLiteral("reason"), u"over budget"_s}});
    view.setState(expired.state);
    QCOMPARE(view.nodeStatus(u"deploy_gate"_s), u"expired"_s);
    QCOMPARE(view.nodeStatus(u"apis"_s), u"gate_pending"_s);
    QVERIFY(view.nodeText(u"apis"_s).contains(u"Waiting for budget approval"));
}

void TestPipelineGraph::clickSelectsAndDetailsShowMarkdown()
{
    PipelineGraphView view;
    NodeDetails details;
    view.resize(900, 500);
    view.setPipeline(m_pipeline);
    ExecutionHistory h(m_pipeline);
    h.start(u"normalize"_s, 1);
    h.succeed(u"normalize"_s, 1, {},
              u"# Normalized idea\n\nA **marketplace** for [lab gear](https://example.org)."_s);
    h.start(u"research"_s, 1);
    h.fail(u"research"_s, 1, u"TIMEOUT"_s, u"no answer in 60 s"_s);
    view.setState(h.state);
    connect(&view, &PipelineGraphView::nodeSelected, &details, [&](const QString &id) {
        if (id.isEmpty()) {
            details.clear();
        } else {
            details.showNode(m_pipeline, h.state, id);
        }
    });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(details.isEmptyShown());
    QCOMPARE(details.emptyText(), u"Select a stage to see its output, errors and attempts."_s);

    QSignalSpy selected(&view, &PipelineGraphView::nodeSelected);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewportPoint(view, u"normalize"_s));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().first().toString(), u"normalize"_s);
    QCOMPARE(view.selectedNode(), u"normalize"_s);
    QVERIFY(!details.isEmptyShown());
    QCOMPARE(details.titleText(), u"Normalize"_s);
    const QString output = details.outputView()->toPlainText();
    QVERIFY2(output.contains(u"Normalized idea"), qPrintable(output));
    QVERIFY2(!output.contains(u'#') && !output.contains(u"**"), qPrintable(output));
    QVERIFY(details.outputView()->isReadOnly());
    QVERIFY(details.summaryText().contains(u"Agent: normalizer"));
    QVERIFY(details.summaryText().contains(u"Status: Completed"));
    QVERIFY(details.summaryText().contains(u"Cost: $0.12"));

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewportPoint(view, u"research"_s));
    QCOMPARE(selected.last().first().toString(), u"research"_s);
    QVERIFY(details.summaryText().contains(u"Failures: 1"));
    QCOMPARE(details.errorsTable()->rowCount(), 1);
    QCOMPARE(details.errorsTable()->item(0, 2)->text(), u"TIMEOUT"_s);
    QCOMPARE(details.errorsTable()->item(0, 3)->text(), u"no answer in 60 s"_s);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewportPoint(view, u"risk_gate"_s));
    QCOMPARE(details.titleText(), u"Risk Gate"_s);
    QVERIFY(details.tabs()->isTabVisible(details.tabs()->indexOf(details.gatesTable())));
    QVERIFY(!details.tabs()->isTabVisible(details.tabs()->indexOf(details.outputView())));

    // A click on empty space clears the selection.
    const QPoint empty =
        view.mapFromScene(view.nodeRect(u"normalize"_s).bottomLeft() + QPointF(0, 60));
    QVERIFY(view.nodeRect(u"normalize"_s).bottom() + 60 < view.sceneRect().bottom());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, empty);
    QCOMPARE(selected.last().first().toString(), QString());
    QVERIFY(details.isEmptyShown());

    QSignalSpy activated(&view, &PipelineGraphView::nodeActivated);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, viewportPoint(view, u"risk"_s));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), u"risk"_s);
}

void TestPipelineGraph::contextMenuByMouseAndKeyboard()
{
    PipelineGraphView view;
    view.resize(900, 500);
    view.setPipeline(m_pipeline);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy menu(&view, &PipelineGraphView::nodeContextMenuRequested);

    const QPoint at = viewportPoint(view, u"feasibility"_s);
    QTest::mouseClick(view.viewport(), Qt::RightButton, {}, at);
    QCOMPARE(menu.size(), 1);
    QCOMPARE(menu.first().at(0).toString(), u"feasibility"_s);
    QCOMPARE(menu.first().at(1).toPoint(), view.viewport()->mapToGlobal(at));
    QCOMPARE(view.selectedNode(), u"feasibility"_s);

    view.setFocus();
    view.selectNode(u"deploy_gate"_s);
    QTest::keyClick(&view, Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(menu.size(), 2);
    QCOMPARE(menu.last().at(0).toString(), u"deploy_gate"_s);
    QTest::keyClick(&view, Qt::Key_Menu);
    QCOMPARE(menu.size(), 3);
    QCOMPARE(menu.last().at(0).toString(), u"deploy_gate"_s);

    view.selectNode(QString());
    QTest::keyClick(&view, Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(menu.size(), 3); // nothing selected, nothing to ask about
}

void TestPipelineGraph::arrowKeysMoveTheSelection()
{
    PipelineGraphView view;
    view.resize(900, 500);
    view.setPipeline(m_pipeline);
    view.show();
    view.setFocus();
    QSignalSpy activated(&view, &PipelineGraphView::nodeActivated);

    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedNode(), u"normalize"_s); // the first key selects the first node
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedNode(), u"research"_s);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.selectedNode(), u"normalize"_s);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.selectedNode(), u"normalize"_s);

    view.selectNode(u"deploy_gate"_s);
    QTest::keyClick(&view, Qt::Key_Right);
    const QStringList checks = m_pipeline.groups.first().stages;
    const QString first = view.selectedNode();
    QVERIFY2(checks.contains(first), qPrintable(first));
    const qsizetype row = checks.indexOf(first);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.selectedNode(), checks.at(row + 1));
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.selectedNode(), checks.at(row - 1));
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(&view, Qt::Key_Up);
    }
    QCOMPARE(view.selectedNode(), checks.first());
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedNode(), m_pipeline.groups.first().id);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedNode(), u"deploy"_s);
    QVERIFY(view.accessibleDescription().contains(u"Selected: Deploy, Waiting"));
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), u"deploy"_s);
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(view.selectedNode(), QString());
}

void TestPipelineGraph::zoomsAndFits()
{
    PipelineGraphView view;
    view.resize(800, 500);
    view.setPipeline(m_pipeline);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto wholeSceneVisible = [&view] {
        const QRect mapped = view.mapFromScene(view.scene()->itemsBoundingRect()).boundingRect();
        return view.viewport()->rect().contains(mapped);
    };
    // On first show: the whole graph, or, too long for that, its start at a readable size.
    QVERIFY(wholeSceneVisible() ||
            (std::abs(view.zoom() - 0.6) < 1e-6 &&
             view.viewport()->rect().contains(
                 view.mapFromScene(view.nodeRect(u"normalize"_s)).boundingRect())));
    view.fitAll();
    QVERIFY(wholeSceneVisible());
    const qreal fitted = view.zoom();
    QVERIFY(fitted < 1.0);

    view.zoomIn();
    QVERIFY(std::abs(view.zoom() - fitted * 1.25) < 1e-6);
    QVERIFY(!wholeSceneVisible());
    view.zoomOut();
    QVERIFY(std::abs(view.zoom() - fitted) < 1e-6);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view.zoom() > fitted * 1.2);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view.zoom() < fitted);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view.zoom(), 1.0);

    const QPoint center = view.viewport()->rect().center();
    QWheelEvent wheel(center, view.viewport()->mapToGlobal(center), {}, QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(std::abs(view.zoom() - 1.25) < 1e-6);

    // The user zoomed: a resize keeps the zoom; fitAll() fits again, and keeps fitting.
    view.resize(1000, 600);
    QVERIFY(std::abs(view.zoom() - 1.25) < 1e-6);
    view.fitAll();
    QVERIFY(wholeSceneVisible());
    view.resize(1200, 700);
    QVERIFY(wholeSceneVisible());
    QVERIFY(view.zoom() > fitted);
}

void TestPipelineGraph::paletteColoursAreReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestPipelineGraph::paletteColoursAreReadable()
{
    QFETCH(bool, dark);
    PipelineGraphView view;
    view.setPalette(dark ? darkPalette() : lightPalette());
    view.setPipeline(m_pipeline);
    view.setState(ExecutionHistory::i2sMidRun(m_pipeline));
    QCOMPARE(view.theme().isDark(), dark);

    for (const QString &key : NodeSummary::statusKeys()) {
        const StatusColors c = view.theme().colors(key);
        QVERIFY2(contrast(c.text, c.fill) >= 4.5,
                 qPrintable(key + u": text " + QString::number(contrast(c.text, c.fill))));
        QVERIFY2(contrast(c.border, c.fill) >= 3.0,
                 qPrintable(key + u": glyph " + QString::number(contrast(c.border, c.fill))));
        // The fill follows the palette: dark nodes on a dark background, light on light.
        QVERIFY2(dark ? c.fill.lightness() < 110 : c.fill.lightness() > 200, qPrintable(key));
    }
    QVERIFY(contrast(view.theme().frameText(), view.theme().frameFill()) >= 4.5);
    QVERIFY(contrast(view.theme().edge(), view.theme().background()) >= 3.0);

    // And the nodes on screen use them: each status a different colour, none of them
    // relying on colour alone (the key's words are in the node's text).
    const QList<GraphNodeItem *> items = nodeItems(view);
    QCOMPARE(items.size(), view.nodeIds().size());
    QHash<QString, QRgb> fills;
    for (const GraphNodeItem *item : items) {
        const StatusColors c = item->colors();
        QVERIFY(contrast(c.text, c.fill) >= 4.5);
        fills.insert(item->summary().statusKey, c.fill.rgb());
    }
    QVERIFY(fills.size() >= 4); // waiting, running, completed, passed
    QCOMPARE(QSet<QRgb>(fills.cbegin(), fills.cend()).size(), fills.size());
}

void TestPipelineGraph::animatesOnlyWhileAStageRuns()
{
    PipelineGraphView view;
    view.setPipeline(m_pipeline);
    auto *animation = view.findChild<QVariantAnimation *>();
    QVERIFY(animation);
    view.show();
    QCOMPARE(animation->state(), QAbstractAnimation::Stopped);

    ExecutionHistory h(m_pipeline);
    h.start(u"normalize"_s, 1);
    view.setState(h.state);
    QCOMPARE(animation->state(), QAbstractAnimation::Running);
    QVERIFY(view.isAnimating(u"normalize"_s));
    QVERIFY(!view.isAnimating(u"research"_s));

    view.hide(); // nobody sees it: nothing to animate
    QCOMPARE(animation->state(), QAbstractAnimation::Stopped);
    QVERIFY(!view.isAnimating(u"normalize"_s));
    view.show();
    QCOMPARE(animation->state(), QAbstractAnimation::Running);

    h.succeed(u"normalize"_s, 1);
    view.setState(h.state);
    QCOMPARE(animation->state(), QAbstractAnimation::Stopped);
    QVERIFY(!view.isAnimating(u"normalize"_s));
}

void TestPipelineGraph::setStateReusesItemsAndScales()
{
    PipelineGraphView view;
    view.setPipeline(m_pipeline);
    const QList<QGraphicsItem *> before = view.scene()->items();
    const QRectF sceneRect = view.sceneRect();
    QHash<QString, QRectF> rects;
    for (const QString &id : view.nodeIds()) {
        rects.insert(id, view.nodeRect(id));
    }
    view.setState(ExecutionHistory::i2sMidRun(m_pipeline));
    view.clearState();
    view.setState(ExecutionHistory::i2sMidRun(m_pipeline));
    const QList<QGraphicsItem *> after = view.scene()->items();
    QCOMPARE(QSet<QGraphicsItem *>(after.cbegin(), after.cend()),
             QSet<QGraphicsItem *>(before.cbegin(), before.cend()));
    QCOMPARE(view.sceneRect(), sceneRect);
    for (const QString &id : view.nodeIds()) {
        QCOMPARE(view.nodeRect(id), rects.value(id)); // never laid out again
    }

    // 200 stages in 20 layers of 10, each needing two of the layer before.
    PipelineDefinition big;
    big.id = u"big"_s;
    big.name = u"Big"_s;
    for (int l = 0; l < 20; ++l) {
        for (int i = 0; i < 10; ++i) {
            StageDefinition s;
            s.id = QStringLiteral("s%1_%2").arg(l).arg(i);
            s.name = QStringLiteral("Stage %1.%2").arg(l).arg(i);
            s.agent = u"agent"_s;
            if (l > 0) {
                s.needs = {QStringLiteral("s%1_%2").arg(l - 1).arg(i),
                           QStringLiteral("s%1_%2").arg(l - 1).arg((i + 3) % 10)};
            }
            big.stages.append(s);
        }
    }
    view.setPipeline(big);
    QCOMPARE(view.nodeIds().size(), 200);
    ExecutionHistory h(big);
    for (int i = 0; i < 10; ++i) {
        h.run(QStringLiteral("s0_%1").arg(i));
        h.start(QStringLiteral("s1_%1").arg(i), 1);
    }
    for (int i = 0; i < 30; ++i) {
        view.setState(h.state); // the same state again changes nothing
    }
    QCOMPARE(view.nodeStatus(u"s1_4"_s), u"running"_s);
    QCOMPARE(view.nodeStatus(u"s0_4"_s), u"completed"_s);
}

void TestPipelineGraph::renderSnapshots()
{
    // Renders every view into CONDUCTOR_GRAPH_SNAPSHOTS (to look at) or a temporary folder:
    // each grab must give a picture.
    QTemporaryDir scratch;
    QString folder = qEnvironmentVariable("CONDUCTOR_GRAPH_SNAPSHOTS");
    if (folder.isEmpty()) {
        folder = scratch.path();
    }
    QDir().mkpath(folder);
    const ExecutionState state = ExecutionHistory::i2sMidRun(m_pipeline);
    for (const bool dark : {false, true}) {
        PipelineGraphView view;
        view.setPalette(dark ? darkPalette() : lightPalette());
        view.resize(1400, 520);
        view.setPipeline(m_pipeline);
        view.setState(state);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectNode(u"scaffold"_s);
        const QString name = dark ? u"dark"_s : u"light"_s;
        QVERIFY(view.grab().save(folder + u"/graph-" + name + u".png"));
        view.resetZoom();
        view.centerOn(view.nodeRect(u"scaffold"_s).center());
        QVERIFY(view.grab().save(folder + u"/graph-" + name + u"-100.png"));
        view.centerOn(view.groupFrameRect(m_pipeline.groups.first().id).center());
        QVERIFY(view.grab().save(folder + u"/graph-" + name + u"-group.png"));

        NodeDetails details;
        details.setPalette(dark ? darkPalette() : lightPalette());
        details.resize(520, 640);
        details.show();
        for (const QString &id : {u"scaffold"_s, u"risk"_s, u"risk_gate"_s}) {
            details.showNode(m_pipeline, state, id);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY(details.grab().save(folder + u"/details-" + name + u'-' + id + u".png"));
        }
    }

    const PipelineDefinition p = skipsPipeline();
    PipelineGraphView view;
    view.setPalette(lightPalette());
    view.resize(1200, 700);
    view.setPipeline(p);
    ExecutionHistory h(p);
    h.run(u"a"_s);
    h.run(u"b"_s);
    h.add(EventType::StageSkipped, {{QStringLiteral("stage"), u"c"_s}});
    h.run(u"d"_s);
    h.openGate(u"g1"_s, u"cp"_s, u"review"_s, true);
    h.start(u"e"_s, 1);
    h.fail(u"e"_s, 1, u"API_LIMIT"_s, u"slow down"_s);
    h.retry(u"e"_s, 2, 8000);
    h.run(u"g"_s, u"fail"_s);
    h.run(u"h"_s, u"fail"_s);
    h.add(EventType::GroupAggregated,
          {{QStringLiteral("group"), u"grp"_s}, {QStringLiteral("passed"), false}});
    h.start(u"i"_s, 1);
    h.add(EventType::StageFailed, {{QStringLiteral("stage"), u"i"_s}});
    for (const bool dark : {false, true}) {
        view.setPalette(dark ? darkPalette() : lightPalette());
        view.setState(h.state);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(
            view.grab().save(folder + (dark ? u"/graph-skips-dark.png"_s : u"/graph-skips.png"_s)));
    }
}

QTEST_MAIN(TestPipelineGraph)
#include "tst_pipelinegraph.moc"
