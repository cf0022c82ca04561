// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The execution timeline on the offscreen platform: the bars an event history gives (a
// failed attempt, the wait before its retry, the success, a gate's wait with its decision,
// a pause, a queue wait), live events that open a running bar ending at "now", events
// seen twice or of another execution ignored, rows in the pipeline's order, and the bars
// of a real engine's execution. Zoom and repaint are driven as a person would.

#include "enginefixture.h"
#include "timelineview.h"

#include <QJsonArray>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace Conductor;
using Bar = TimelineView::Bar;

namespace {

const QDateTime kT0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

ExecutionEvent makeEvent(qint64 seq, int second, QLatin1String type, const QJsonObject &data = {},
                         const QString &executionId = QStringLiteral("exec_1"))
{
    ExecutionEvent e;
    e.executionId = executionId;
    e.seq = seq;
    e.type = type;
    e.data = data;
    e.time = kT0.addSecs(second);
    return e;
}

QJsonObject stage(const char *id, int attempt = 0)
{
    QJsonObject o{{QStringLiteral("stage"), QString::fromLatin1(id)}};
    if (attempt > 0) {
        o.insert(QStringLiteral("attempt"), attempt);
    }
    return o;
}

QJsonObject with(QJsonObject o, const char *key, const QJsonValue &value)
{
    o.insert(QString::fromLatin1(key), value);
    return o;
}

// Queued 5 s; normalize fails (TIMEOUT), waits 2 s, succeeds; the risk gate waits 25 s for
// ada's approval, and the execution is paused for 10 s meanwhile.
ExecutionEvents history()
{
    return {
        makeEvent(1, 0, EventType::Created,
                  {{QStringLiteral("stages"),
                    QJsonArray{QStringLiteral("normalize"), QStringLiteral("research"),
                               QStringLiteral("risk")}}}),
        makeEvent(2, 0, EventType::Queued,
                  {{QStringLiteral("reason"), QStringLiteral("10 running")}}),
        makeEvent(3, 5, EventType::Started),
        makeEvent(4, 6, EventType::AttemptStarted, stage("normalize", 1)),
        makeEvent(5, 9, EventType::AttemptFailed,
                  with(stage("normalize", 1), "errorClass", QStringLiteral("TIMEOUT"))),
        makeEvent(6, 9, EventType::RetryScheduled, with(stage("normalize", 2), "delayMs", 2000)),
        makeEvent(7, 11, EventType::AttemptStarted, stage("normalize", 2)),
        makeEvent(8, 14, EventType::AttemptSucceeded, stage("normalize", 2)),
        makeEvent(9, 14, EventType::StageCompleted, stage("normalize")),
        makeEvent(10, 15, EventType::GateOpened,
                  {{QStringLiteral("gateId"), QStringLiteral("gate_1")},
                   {QStringLiteral("gateType"), QStringLiteral("risk_review")},
                   {QStringLiteral("reason"), QStringLiteral("risk review opens at every run")}}),
        makeEvent(11, 20, EventType::Paused,
                  {{QStringLiteral("by"), QStringLiteral("ada")},
                   {QStringLiteral("reason"), QStringLiteral("lunch")}}),
        makeEvent(12, 30, EventType::Resumed,
                  {{QStringLiteral("by"), QStringLiteral("ada")},
                   {QStringLiteral("reason"), QStringLiteral("back")}}),
        makeEvent(13, 40, EventType::GateDecided,
                  {{QStringLiteral("gateId"), QStringLiteral("gate_1")},
                   {QStringLiteral("decision"), QStringLiteral("approved")},
                   {QStringLiteral("reviewer"), QStringLiteral("ada")}}),
    };
}

QString describe(const Bar &b)
{
    return QStringLiteral("%1 %2 %3..%4%5 '%6'")
        .arg(b.row, b.kind)
        .arg(kT0.secsTo(b.start))
        .arg(kT0.secsTo(b.end))
        .arg(b.open ? QStringLiteral(" open") : QString(), b.label);
}

QStringList describeAll(const QList<Bar> &bars)
{
    QStringList out;
    for (const Bar &b : bars) {
        out.append(describe(b));
    }
    return out;
}

} // namespace

class TestTimelineView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsOfAHistory();
    void liveEventsOpenARunningBar();
    void rowsFollowTheStageOrder();
    void zoomAndPaint();
    void barsOfARealExecution();
};

void TestTimelineView::barsOfAHistory()
{
    TimelineView view;
    ExecutionEvents events = history();
    std::reverse(events.begin(), events.end()); // taken in sequence order whatever the order
    view.setEvents(
        {QStringLiteral("normalize"), QStringLiteral("research"), QStringLiteral("risk")}, events);
    const QStringList expected{
        QStringLiteral("execution queued 0..5 'queued'"),
        QStringLiteral("normalize failed 6..9 '#1 ✗ TIMEOUT'"),
        QStringLiteral("normalize retry_wait 9..11 'wait #2'"),
        QStringLiteral("normalize succeeded 11..14 '#2 ✓'"),
        QStringLiteral("gate:risk_review gate_wait 15..40 '✓ approved'"),
        QStringLiteral("execution paused 20..30 '❚❚ paused'"),
    };
    QCOMPARE(describeAll(view.bars()), expected);
    QCOMPARE(view.bars().at(1).start, kT0.addSecs(6)); // exact times, not rounded
    QCOMPARE(view.bars().at(1).end, kT0.addSecs(9));
}

void TestTimelineView::liveEventsOpenARunningBar()
{
    TimelineView view;
    view.setEvents(
        {QStringLiteral("normalize"), QStringLiteral("research"), QStringLiteral("risk")},
        history());
    QCOMPARE(view.bars().size(), 6);
    view.appendEvents({makeEvent(14, 41, EventType::AttemptStarted, stage("research", 1))});
    view.setNow(kT0.addSecs(50));
    QCOMPARE(view.bars().size(), 7);
    const Bar running = view.bars().constLast();
    QCOMPARE(describe(running), QStringLiteral("research running 41..50 open '#1 ▸'"));
    view.setNow(kT0.addSecs(55));
    QCOMPARE(view.bars().constLast().end, kT0.addSecs(55));

    // Seen twice, or another execution's: nothing changes.
    ExecutionEvents again = history().mid(10);
    again.append(makeEvent(14, 41, EventType::AttemptFailed,
                           with(stage("research", 1), "errorClass", QStringLiteral("TIMEOUT"))));
    again.append(makeEvent(15, 42, EventType::AttemptSucceeded, stage("research", 1),
                           QStringLiteral("exec_other")));
    view.appendEvents(again);
    QCOMPARE(view.bars().size(), 7);
    QVERIFY(view.bars().constLast().open);

    // The attempt ends: the bar closes at its event, whatever the clock says.
    view.appendEvents({makeEvent(15, 47, EventType::AttemptSucceeded,
                                 with(stage("research", 1), "verdict", QStringLiteral("pass")))});
    QCOMPARE(describe(view.bars().constLast()),
             QStringLiteral("research succeeded 41..47 '#1 ✓ PASS'"));
    // The execution is cancelled while an attempt runs: the attempt ends there, interrupted.
    view.appendEvents({makeEvent(16, 48, EventType::AttemptStarted, stage("risk", 1)),
                       makeEvent(17, 49, EventType::Cancelled)});
    QCOMPARE(describe(view.bars().constLast()), QStringLiteral("risk interrupted 48..49 '#1 ⊘'"));

    view.clear();
    QVERIFY(view.bars().isEmpty());
    QCOMPARE(view.rows(), QStringList{QStringLiteral("execution")});
}

void TestTimelineView::rowsFollowTheStageOrder()
{
    TimelineView view;
    const QStringList order{QStringLiteral("risk"), QStringLiteral("normalize"),
                            QStringLiteral("research")};
    view.setEvents(order, history());
    QCOMPARE(view.rows(), QStringList(order)
                              << QStringLiteral("gate:risk_review") << QStringLiteral("execution"));
    // Without an order, the one the execution was created with; a second gate type comes
    // after the first, before the execution's row.
    view.setEvents({}, history());
    view.appendEvents(
        {makeEvent(14, 50, EventType::GateOpened,
                   {{QStringLiteral("gateId"), QStringLiteral("gate_2")},
                    {QStringLiteral("gateType"), QStringLiteral("human_approval")}})});
    QCOMPARE(view.rows(),
             (QStringList{QStringLiteral("normalize"), QStringLiteral("research"),
                          QStringLiteral("risk"), QStringLiteral("gate:risk_review"),
                          QStringLiteral("gate:human_approval"), QStringLiteral("execution")}));
    QVERIFY(view.bars().constLast().open);
    QCOMPARE(view.bars().constLast().row, QStringLiteral("gate:human_approval"));
}

void TestTimelineView::zoomAndPaint()
{
    TimelineView view;
    view.resize(800, 300);
    view.setEvents({}, history());
    view.setNow(kT0.addSecs(41));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double fitted = view.scale();
    QVERIFY2(fitted > 10.0 && fitted < 20.0, qPrintable(QString::number(fitted))); // 41 s
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0); // all of it in view
    // Ctrl+wheel zooms in around the pointer, and the chart then scrolls sideways.
    const QPoint at = view.viewport()->rect().center();
    QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.scale() > fitted * 1.4);
    QVERIFY(view.horizontalScrollBar()->maximum() > 0);
    view.zoomOut();
    QVERIFY(view.scale() < fitted * 1.4);
    QTest::keyClick(&view, Qt::Key_0); // fit all again
    QCOMPARE(view.scale(), fitted);
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.scale() > fitted);
    view.fitAll();
    // A burst of live events repaints once, soon after.
    const QImage before = view.grab().toImage();
    view.appendEvents({makeEvent(14, 41, EventType::AttemptStarted, stage("research", 1))});
    view.setNow(kT0.addSecs(45));
    QTRY_VERIFY(view.grab().toImage() != before);
}

void TestTimelineView::barsOfARealExecution()
{
    Test::EngineFixture f;
    StartRequest r =
        f.request({QStringLiteral("timeScale=0"), QStringLiteral("risk.verdict=flag")});
    r.options.approveGates = false;
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    const ExecutionState state = f.stateOf(id);
    TimelineView view;
    view.setEvents(state.stageOrder, f.eventsOf(id));
    view.setNow(f.clock.now());
    QCOMPARE(view.rows().mid(0, state.stageOrder.size()), state.stageOrder);
    int attempts = 0;
    int gates = 0;
    for (const Bar &b : view.bars()) {
        QVERIFY2(b.start <= b.end, qPrintable(describe(b)));
        QVERIFY2(view.rows().contains(b.row), qPrintable(b.row));
        attempts += b.kind == u"succeeded" ? 1 : 0;
        if (b.kind == u"gate_wait") {
            ++gates;
            QVERIFY(b.open); // nobody decided yet
            QCOMPARE(b.end, f.clock.now());
        }
    }
    QCOMPARE(attempts, state.completedStages.size()); // one successful attempt each
    QCOMPARE(gates, 2);                               // risk review and human approval
    QVERIFY(view.rows().contains(QStringLiteral("gate:human_approval")));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
