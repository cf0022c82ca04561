// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Gantt chart of one execution, built from its events: a row per stage (in pipeline
// order) with a bar per attempt and the waits between retries, a row per gate type with
// the time each gate waited for its decision, and an "Execution" row for the stretches it
// was queued or paused. Each kind of bar has its own pattern and a short label, so none
// rests on colour alone; hovering a bar tells its exact times. Live events are applied as
// they come and repainted at most ~30 times a second; while something is still open, the
// chart follows the clock. Whoever shows an execution owns it.

#include "engine/event.h"
#include "timelinebars.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QList>
#include <QStringList>

class QTimer;

namespace Conductor {

class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    // row, kind, start, end, open, label: see timelinebars.h.
    using Bar = TimelineBars::Bar;

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // The whole history of one execution; stageOrder gives the stage rows' order.
    void setEvents(const QStringList &stageOrder, const ExecutionEvents &events);
    // Live events, in sequence order; those already seen (or of another execution) are
    // ignored.
    void appendEvents(const ExecutionEvents &events);
    void clear();
    // Open bars end here. A one-second timer moves it while something is open and the
    // view is visible.
    void setNow(const QDateTime &now);

    [[nodiscard]] QList<Bar> bars() const;
    [[nodiscard]] QStringList rows() const;
    // Pixels per second at the current zoom.
    [[nodiscard]] double scale() const { return m_pixelsPerSecond; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    // Shows the whole execution; the view then keeps it whole as it grows, until zoomed.
    void fitAll();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void scheduleUpdate();
    void relayout();
    [[nodiscard]] double fitScale() const;
    [[nodiscard]] QRectF barRect(const TimelineBars::Item &item) const;
    void updateTimer();
    void zoomBy(double factor, int anchorX);

    [[nodiscard]] QDateTime effectiveNow() const;
    [[nodiscard]] QDateTime endOf(const TimelineBars::Item &item) const;
    [[nodiscard]] QDateTime rangeStart() const;
    [[nodiscard]] QDateTime rangeEnd() const;
    [[nodiscard]] bool isLive() const;
    [[nodiscard]] int gutterWidth() const;
    [[nodiscard]] int headerHeight() const;
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] double xOf(const QDateTime &time) const;
    [[nodiscard]] QString tooltipAt(const QPoint &pos) const;

    // Where the "now" tag sits above the plot, or an empty rectangle.
    [[nodiscard]] QRectF nowTag(const QRect &plot) const;
    void paintAxis(QPainter &painter, const QRect &plot) const;
    void paintBars(QPainter &painter, const QRect &plot) const;
    void paintGutter(QPainter &painter) const;

    TimelineBars m_bars;
    QDateTime m_now;
    double m_pixelsPerSecond = 1.0;
    bool m_fit = true; // keep the whole execution in view
    QTimer *m_repaint;
    QTimer *m_clock;
};

} // namespace Conductor
