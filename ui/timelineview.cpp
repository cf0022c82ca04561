// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "displayformat.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <array>
#include <cmath>

namespace Conductor {

namespace {

constexpr int kRepaintMs = 33; // at most ~30 repaints a second
constexpr int kClockMs = 1000;
constexpr int kMargin = 12;         // before the first bar and after the last
constexpr int kLabelOverhang = 120; // room after the last bar for its label
constexpr double kMaxPixelsPerSecond = 400.0;
constexpr double kZoomStep = 1.5;

// Tick steps in seconds, from one second to a week.
constexpr std::array<qint64, 20> kTickSteps{1,     2,     5,     10,    15,     30,    60,
                                            120,   300,   600,   900,   1800,   3600,  7200,
                                            10800, 21600, 43200, 86400, 172800, 604800};

QString exactTime(const QDateTime &time)
{
    return DisplayFormat::preciseDateTime(time);
}

struct Look
{
    QColor fill;
    QColor line;
    Qt::BrushStyle pattern = Qt::NoBrush; // drawn over the fill, in the line colour
    Qt::PenStyle outline = Qt::SolidLine;
    qreal width = 1.0;
};

// Each kind differs by pattern and outline as well as by hue; the hues are lightened or
// darkened to sit on the palette's base, light or dark.
Look lookOf(const QString &kind, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const auto tint = [dark](int hue, int saturation) {
        return QColor::fromHsl(hue, saturation, dark ? 70 : 205);
    };
    const auto ink = [dark](int hue, int saturation) {
        return QColor::fromHsl(hue, saturation, dark ? 175 : 80);
    };
    if (kind == u"succeeded") {
        return {tint(125, 110), ink(125, 140)};
    }
    if (kind == u"failed") {
        return {tint(0, 150), ink(0, 170), Qt::DiagCrossPattern, Qt::SolidLine, 2.0};
    }
    if (kind == u"interrupted") {
        return {tint(30, 150), ink(30, 170), Qt::NoBrush, Qt::DashLine, 1.5};
    }
    if (kind == u"running") {
        return {tint(210, 150), ink(210, 170), Qt::NoBrush, Qt::SolidLine, 2.0};
    }
    if (kind == u"retry_wait") {
        return {tint(45, 60), ink(45, 170), Qt::BDiagPattern, Qt::DotLine, 1.0};
    }
    if (kind == u"gate_wait") {
        return {tint(275, 90), ink(275, 120), Qt::HorPattern, Qt::SolidLine, 1.0};
    }
    if (kind == u"paused") {
        return {tint(200, 20), ink(200, 20), Qt::VerPattern, Qt::SolidLine, 1.0};
    }
    return {tint(200, 10), ink(200, 10), Qt::Dense6Pattern, Qt::DotLine, 1.0}; // queued
}

// The label, or as many of its first words as fit the width; empty when none does.
QString fitted(const QString &label, double width, const QFontMetrics &fm)
{
    QString text = label;
    while (!text.isEmpty() && fm.horizontalAdvance(text) > width) {
        const qsizetype space = text.lastIndexOf(u' ');
        text = space > 0 ? text.left(space) : QString();
    }
    return text;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_repaint(new QTimer(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("Timeline"));
    setAccessibleName(tr("Timeline of the execution"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    m_repaint->setSingleShot(true);
    m_repaint->setInterval(kRepaintMs);
    connect(m_repaint, &QTimer::timeout, this, [this] {
        relayout();
        viewport()->update();
    });
    m_clock->setInterval(kClockMs);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_now = QDateTime::currentDateTimeUtc();
        scheduleUpdate();
    });
    clear();
}

TimelineView::~TimelineView() = default;

void TimelineView::clear()
{
    m_bars.clear();
    m_fit = true;
    scheduleUpdate();
    updateTimer();
}

void TimelineView::setEvents(const QStringList &stageOrder, const ExecutionEvents &events)
{
    clear();
    m_bars.setStageOrder(stageOrder);
    ExecutionEvents sorted = events;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const ExecutionEvent &a, const ExecutionEvent &b) { return a.seq < b.seq; });
    appendEvents(sorted);
}

void TimelineView::appendEvents(const ExecutionEvents &events)
{
    bool changed = false;
    for (const ExecutionEvent &e : events) {
        changed = m_bars.append(e) || changed;
    }
    if (changed) {
        scheduleUpdate();
        updateTimer();
    }
}

void TimelineView::setNow(const QDateTime &now)
{
    m_now = now;
    scheduleUpdate();
}

QList<TimelineView::Bar> TimelineView::bars() const
{
    return m_bars.bars(effectiveNow());
}

QStringList TimelineView::rows() const
{
    return m_bars.rows();
}

QDateTime TimelineView::effectiveNow() const
{
    if (m_now.isValid()) {
        return m_now;
    }
    return m_bars.endedAt().isValid() ? m_bars.endedAt() : QDateTime::currentDateTimeUtc();
}

QDateTime TimelineView::endOf(const TimelineBars::Item &item) const
{
    return m_bars.endOf(item, effectiveNow());
}

bool TimelineView::isLive() const
{
    return !m_bars.executionId().isEmpty() && !m_bars.endedAt().isValid();
}

QDateTime TimelineView::rangeStart() const
{
    QDateTime start = m_bars.createdAt();
    for (const TimelineBars::Item &item : m_bars.items()) {
        if (!start.isValid() || item.bar.start < start) {
            start = item.bar.start;
        }
    }
    return start;
}

QDateTime TimelineView::rangeEnd() const
{
    QDateTime end = m_bars.endedAt().isValid() ? m_bars.endedAt() : m_bars.lastEventAt();
    if (isLive() || m_bars.hasOpen()) {
        end = std::max(end, effectiveNow());
    }
    for (const TimelineBars::Item &item : m_bars.items()) {
        end = std::max(end, endOf(item));
    }
    const QDateTime start = rangeStart();
    return start.isValid() ? std::max(end, start.addSecs(10)) : end;
}

void TimelineView::updateTimer()
{
    const bool follow = isVisible() && (isLive() || m_bars.hasOpen());
    if (follow && !m_clock->isActive()) {
        m_clock->start();
    } else if (!follow) {
        m_clock->stop();
    }
}

void TimelineView::scheduleUpdate()
{
    if (!m_repaint->isActive()) {
        m_repaint->start();
    }
}

// Geometry: the gutter with the row names on the left, the time axis on top, the rows below.

int TimelineView::rowHeight() const
{
    return fontMetrics().height() + 14;
}

int TimelineView::headerHeight() const
{
    return fontMetrics().height() + 14;
}

int TimelineView::gutterWidth() const
{
    int widest = fontMetrics().horizontalAdvance(tr("Execution"));
    for (const QString &row : m_bars.rows()) {
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_bars.rowLabel(row)));
    }
    return std::clamp(widest + 20, 90, 240);
}

double TimelineView::fitScale() const
{
    const QDateTime start = rangeStart();
    if (!start.isValid()) {
        return 1.0;
    }
    const double seconds = std::max<qint64>(1000, start.msecsTo(rangeEnd())) / 1000.0;
    const int room = viewport()->width() - gutterWidth() - 2 * kMargin - kLabelOverhang / 2;
    return std::clamp(std::max(room, 50) / seconds, 1e-5, kMaxPixelsPerSecond);
}

void TimelineView::relayout()
{
    if (m_fit) {
        m_pixelsPerSecond = fitScale();
    }
    const QDateTime start = rangeStart();
    const double seconds =
        start.isValid() ? std::max<qint64>(0, start.msecsTo(rangeEnd())) / 1000.0 : 0.0;
    const int plot = viewport()->width() - gutterWidth();
    const int content = static_cast<int>(
        std::min(seconds * m_pixelsPerSecond + 2 * kMargin + kLabelOverhang, double(INT_MAX / 2)));
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, m_fit ? 0 : std::max(0, content - plot));
    h->setPageStep(std::max(1, plot));
    h->setSingleStep(20);
    QScrollBar *v = verticalScrollBar();
    const int rowsHeight = static_cast<int>(m_bars.rows().size()) * rowHeight();
    v->setRange(0, std::max(0, rowsHeight - (viewport()->height() - headerHeight())));
    v->setPageStep(std::max(1, viewport()->height() - headerHeight()));
    v->setSingleStep(rowHeight());
}

double TimelineView::xOf(const QDateTime &time) const
{
    const double seconds = rangeStart().msecsTo(time) / 1000.0;
    return gutterWidth() + kMargin + seconds * m_pixelsPerSecond - horizontalScrollBar()->value();
}

QRectF TimelineView::barRect(const TimelineBars::Item &item) const
{
    const int index = static_cast<int>(m_bars.rows().indexOf(item.bar.row));
    const double top = headerHeight() + index * rowHeight() - verticalScrollBar()->value() + 4;
    const double left = xOf(item.bar.start);
    const double right = std::max(xOf(endOf(item)), left + 3.0); // an instant stays visible
    return {left, top, right - left, double(rowHeight() - 8)};
}

QSize TimelineView::sizeHint() const
{
    const int height = headerHeight() +
                       static_cast<int>(std::max<qsizetype>(m_bars.rows().size(), 6)) * rowHeight();
    return {720, height + horizontalScrollBar()->sizeHint().height() + 2 * frameWidth()};
}

QSize TimelineView::minimumSizeHint() const
{
    return {gutterWidth() + 120, headerHeight() + 3 * rowHeight()};
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    const int origin = gutterWidth() + kMargin;
    const double at = (anchorX - origin + horizontalScrollBar()->value()) / m_pixelsPerSecond;
    m_pixelsPerSecond =
        std::clamp(m_pixelsPerSecond * factor, std::min(fitScale(), 1e-3), kMaxPixelsPerSecond);
    m_fit = false;
    relayout();
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(at * m_pixelsPerSecond)) -
                                    (anchorX - origin));
    viewport()->update();
}

void TimelineView::zoomIn()
{
    zoomBy(kZoomStep, gutterWidth() + (viewport()->width() - gutterWidth()) / 2);
}

void TimelineView::zoomOut()
{
    zoomBy(1.0 / kZoomStep, gutterWidth() + (viewport()->width() - gutterWidth()) / 2);
}

void TimelineView::fitAll()
{
    m_fit = true;
    relayout();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

// Painting.

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    const QRect plot(gutterWidth(), headerHeight(), viewport()->width() - gutterWidth(),
                     viewport()->height() - headerHeight());
    // Alternate rows, across the whole width.
    for (int i = 0; i < m_bars.rows().size(); ++i) {
        const int top = headerHeight() + i * rowHeight() - verticalScrollBar()->value();
        if (i % 2 == 1) {
            painter.fillRect(QRect(0, top, viewport()->width(), rowHeight()),
                             pal.color(QPalette::AlternateBase));
        }
    }
    if (m_bars.items().isEmpty() && !m_bars.createdAt().isValid()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("Nothing has happened yet."));
    } else {
        paintAxis(painter, plot);
        paintBars(painter, plot);
    }
    paintGutter(painter);
}

QRectF TimelineView::nowTag(const QRect &plot) const
{
    if (!isLive()) {
        return {};
    }
    const double x = xOf(effectiveNow());
    if (x < plot.left() || x > plot.right()) {
        return {};
    }
    const QFontMetrics fm = fontMetrics();
    const int w = fm.horizontalAdvance(tr("now")) + 8;
    return {x - w / 2.0, plot.top() - fm.height() - 4.0, double(w), fm.height() + 2.0};
}

void TimelineView::paintAxis(QPainter &painter, const QRect &plot) const
{
    const QRectF tag = nowTag(plot);
    const QPalette &pal = palette();
    const QDateTime start = rangeStart();
    const QFontMetrics fm = fontMetrics();
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("00:00:00 AM")) + 16;
    qint64 step = kTickSteps.back();
    for (const qint64 s : kTickSteps) {
        if (s * m_pixelsPerSecond >= labelWidth) {
            step = s;
            break;
        }
    }
    const QString format = DisplayFormat::timeFormat(step < 60);
    // Ticks fall on whole steps of local time.
    const qint64 offsetMs = qint64(start.toLocalTime().offsetFromUtc()) * 1000;
    const qint64 stepMs = step * 1000;
    const qint64 firstVisible =
        start.toMSecsSinceEpoch() +
        qint64((horizontalScrollBar()->value() - kMargin) / m_pixelsPerSecond * 1000.0);
    qint64 tick = ((firstVisible + offsetMs) / stepMs) * stepMs - offsetMs;
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    painter.save();
    painter.setClipRect(QRect(plot.left(), 0, plot.width(), viewport()->height()));
    for (int guard = 0; guard < 1000; ++guard, tick += stepMs) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(tick, Qt::UTC);
        const double x = xOf(time);
        if (x > plot.right()) {
            break;
        }
        if (x < plot.left() - labelWidth) {
            continue;
        }
        painter.setPen(grid);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QDateTime local = time.toLocalTime();
        const bool midnight = local.time() == QTime(0, 0);
        const QString label = step >= 86400 || midnight ? DisplayFormat::dayMonth(local.date())
                                                        : QLocale().toString(local.time(), format);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawLine(QPointF(x, plot.top() - 5), QPointF(x, plot.top()));
        const QRectF labelRect(x + 3, 0, fm.horizontalAdvance(label) + 2, plot.top() - 4);
        // "now" says more than a tick; half a label says nothing.
        if (!labelRect.intersects(tag) && labelRect.right() <= plot.right()) {
            painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignBottom, label);
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.topLeft(), plot.topRight());
    painter.restore();
}

void TimelineView::paintBars(QPainter &painter, const QRect &plot) const
{
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    painter.save();
    painter.setClipRect(plot);
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Where the next bar of each row starts, for labels that go beside their bar.
    QHash<QString, QList<double>> starts;
    for (const TimelineBars::Item &item : m_bars.items()) {
        starts[item.bar.row].append(xOf(item.bar.start));
    }
    for (QList<double> &list : starts) {
        std::sort(list.begin(), list.end());
    }
    for (const TimelineBars::Item &item : m_bars.items()) {
        const QRectF r = barRect(item);
        if (r.right() < plot.left() || r.left() > plot.right() || r.bottom() < plot.top() ||
            r.top() > plot.bottom()) {
            continue;
        }
        const Look look = lookOf(item.bar.kind, pal);
        painter.fillRect(r, look.fill);
        if (look.pattern != Qt::NoBrush) {
            QColor hatch = look.line;
            hatch.setAlpha(150);
            painter.fillRect(r, QBrush(hatch, look.pattern));
        }
        QPen pen(look.line, look.width, look.outline);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        if (item.bar.open) { // the edge that is still moving
            painter.fillRect(QRectF(r.right() - 3, r.top(), 3, r.height()), look.line);
        }
        // The label inside the visible part of the bar, else beside it, shortened word by
        // word to fit ("#2 ✗ TIMEOUT", "#2 ✗", "#2"); the tooltip has it all.
        const QRectF inside = r.intersected(QRectF(plot)).adjusted(5, 0, -5, 0);
        const QList<double> &row = starts.value(item.bar.row);
        const auto next = std::upper_bound(row.cbegin(), row.cend(), r.left() + 0.5);
        const double room = (next == row.cend() ? plot.right() : *next) - r.right() - 8;
        painter.setPen(pal.color(QPalette::Text));
        const QRectF beside(r.right() + 4, r.top(), std::max(0.0, room) + 4, r.height());
        const bool whole = fm.horizontalAdvance(item.bar.label) <= inside.width() ||
                           fm.horizontalAdvance(item.bar.label) > room;
        const QRectF &where = whole ? inside : beside;
        if (const QString text = fitted(item.bar.label, where.width() - 4, fm); !text.isEmpty()) {
            painter.drawText(where, Qt::AlignLeft | Qt::AlignVCenter, text);
        } else if (const QString part = fitted(item.bar.label, room, fm); !part.isEmpty()) {
            painter.drawText(beside, Qt::AlignLeft | Qt::AlignVCenter, part);
        }
    }
    if (isLive()) {
        const double x = xOf(effectiveNow());
        QPen pen(pal.color(QPalette::Highlight), 2, Qt::DashLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter.restore();
    if (const QRectF tag = nowTag(plot); !tag.isEmpty()) {
        painter.fillRect(tag, pal.color(QPalette::Highlight));
        painter.setPen(pal.color(QPalette::HighlightedText));
        painter.drawText(tag, Qt::AlignCenter, tr("now"));
    }
}

void TimelineView::paintGutter(QPainter &painter) const
{
    const QPalette &pal = palette();
    const int width = gutterWidth();
    painter.save();
    painter.fillRect(QRect(0, 0, width, viewport()->height()), pal.color(QPalette::Window));
    painter.setClipRect(QRect(0, headerHeight(), width, viewport()->height()));
    for (int i = 0; i < m_bars.rows().size(); ++i) {
        const int top = headerHeight() + i * rowHeight() - verticalScrollBar()->value();
        const QRect cell(8, top, width - 12, rowHeight());
        painter.setPen(pal.color(QPalette::WindowText));
        QFont font = painter.font();
        font.setItalic(!m_bars.stageOrder().contains(m_bars.rows().at(i)));
        painter.setFont(font);
        painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(m_bars.rowLabel(m_bars.rows().at(i)),
                                                  Qt::ElideRight, cell.width()));
    }
    painter.setClipping(false);
    painter.setFont(font());
    const QDateTime start = rangeStart();
    if (start.isValid()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(8, 0, width - 12, headerHeight() - 4),
                         Qt::AlignLeft | Qt::AlignBottom,
                         DisplayFormat::date(start.toLocalTime().date()));
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(width - 1, 0, width - 1, viewport()->height());
    painter.restore();
}

// Interaction.

QString TimelineView::tooltipAt(const QPoint &pos) const
{
    for (auto it = m_bars.items().crbegin(); it != m_bars.items().crend(); ++it) {
        if (pos.x() < gutterWidth() || !barRect(*it).adjusted(-2, -2, 2, 2).contains(pos)) {
            continue;
        }
        const QDateTime end = endOf(*it);
        QString text = it->detail + u'\n' + tr("Start: %1").arg(exactTime(it->bar.start));
        text += u'\n' + (it->bar.open ? tr("Still open at %1").arg(exactTime(end))
                                      : tr("End: %1").arg(exactTime(end)));
        text += u'\n' + tr("Duration: %1").arg(TimelineBars::span(it->bar.start, end));
        return text;
    }
    return {};
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0) {
            zoomBy(std::pow(1.25, delta.y() / 120.0), static_cast<int>(event->position().x()));
        }
        event->accept();
        return;
    }
    const bool sideways = delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier) ||
                          verticalScrollBar()->maximum() == 0;
    if (sideways) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d / 2);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    relayout();
    updateTimer();
}

void TimelineView::hideEvent(QHideEvent *event)
{
    QAbstractScrollArea::hideEvent(event);
    updateTimer();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::StyleChange) {
        scheduleUpdate();
    }
}

} // namespace Conductor
