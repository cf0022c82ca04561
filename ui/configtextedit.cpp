// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "configtextedit.h"

#include "uistyle.h"
#include "yamlhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QToolTip>

namespace Conductor {

namespace {

// The gutter: line numbers and problem signs, painted by the editor.
class Gutter final : public QWidget
{
public:
    explicit Gutter(ConfigTextEdit *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("configGutter"));
    }

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString text = m_editor->problemsOn(m_editor->lineAt(help->pos().y()));
            if (text.isEmpty()) {
                QToolTip::hideText();
                event->ignore();
            } else {
                QToolTip::showText(help->globalPos(), text, this);
            }
            return true;
        }
        return QWidget::event(event);
    }

private:
    ConfigTextEdit *m_editor;
};

QColor warningColor(const QPalette &palette)
{
    return UiStyle::isDark(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x5a, 0x00);
}

// The character index in a line of a column counted in UTF-8 bytes (1-based).
int characterOf(const QString &line, int column)
{
    const QByteArray utf8 = line.toUtf8();
    const qsizetype bytes = std::clamp<qsizetype>(column - 1, 0, utf8.size());
    return static_cast<int>(QString::fromUtf8(utf8.left(bytes)).size());
}

} // namespace

ConfigTextEdit::ConfigTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_highlighter(new YamlHighlighter(document()))
{
    setObjectName(QStringLiteral("configText"));
    setAccessibleName(tr("Configuration text"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    m_highlighter->setPalette(palette());
    connect(this, &QPlainTextEdit::blockCountChanged, this, &ConfigTextEdit::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &ConfigTextEdit::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_gutter, qOverload<>(&QWidget::update));
    updateGutterWidth();
}

int ConfigTextEdit::gutterWidth() const
{
    int digits = 2;
    for (int max = std::max(1, blockCount()); max >= 100; max /= 10) {
        ++digits;
    }
    // Room for the number and for a problem's sign before it.
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + fontMetrics().height() + 8;
}

void ConfigTextEdit::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void ConfigTextEdit::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0) {
        m_gutter->scroll(0, dy);
    } else {
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateGutterWidth();
    }
}

void ConfigTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void ConfigTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        markProblems();
        m_gutter->update();
    } else if (event->type() == QEvent::FontChange) {
        updateGutterWidth();
    }
}

void ConfigTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        const int column = textCursor().positionInBlock();
        insertPlainText(QString(2 - column % 2, u' '));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

int ConfigTextEdit::lineAt(int y) const
{
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (y >= top && y < bottom) {
            return block.blockNumber() + 1;
        }
        top = bottom;
        block = block.next();
    }
    return 0;
}

void ConfigTextEdit::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1,
                     event->rect().bottom());
    painter.setRenderHint(QPainter::Antialiasing);

    QHash<int, bool> marked; // line -> has an error (else a warning)
    for (const Diagnostic &d : m_problems) {
        marked[d.line] = marked.value(d.line) || d.isError();
    }
    const int current = textCursor().blockNumber();
    const QFontMetrics fm = fontMetrics();
    const int sign = fm.height();
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            QFont font = painter.font();
            font.setBold(block.blockNumber() == current);
            painter.setFont(font);
            painter.setPen(block.blockNumber() == current ? pal.color(QPalette::WindowText)
                                                          : pal.color(QPalette::PlaceholderText));
            const QRect numberRect(sign + 4, static_cast<int>(top), m_gutter->width() - sign - 8,
                                   fm.height());
            painter.drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            if (marked.contains(line)) {
                const bool error = marked.value(line);
                const QColor colour = error ? UiStyle::errorColor(pal) : warningColor(pal);
                const QRectF r(3, top + (fm.height() - sign + 4) / 2.0, sign - 4, sign - 4);
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                if (error) {
                    painter.drawEllipse(r);
                } else {
                    QPainterPath triangle;
                    triangle.moveTo(r.center().x(), r.top());
                    triangle.lineTo(r.right(), r.bottom());
                    triangle.lineTo(r.left(), r.bottom());
                    triangle.closeSubpath();
                    painter.drawPath(triangle);
                }
                QFont signFont = font;
                signFont.setBold(true);
                signFont.setPixelSize(std::max(8, static_cast<int>(r.height() * 0.8)));
                painter.setFont(signFont);
                painter.setPen(pal.color(QPalette::Base));
                painter.drawText(r.translated(0, error ? 0 : r.height() * 0.1), Qt::AlignCenter,
                                 error ? QStringLiteral("✗") : QStringLiteral("!"));
            }
        }
        top += height;
        block = block.next();
    }
}

void ConfigTextEdit::setProblems(const Diagnostics &problems)
{
    m_problems = problems;
    markProblems();
    m_gutter->update();
}

QString ConfigTextEdit::problemsOn(int line) const
{
    QStringList lines;
    for (const Diagnostic &d : m_problems) {
        if (d.line == line) {
            lines.append(d.isError() ? tr("Error: %1").arg(d.message)
                                     : tr("Warning: %1").arg(d.message));
        }
    }
    return lines.join(u'\n');
}

void ConfigTextEdit::markProblems()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = palette();
    for (const Diagnostic &d : std::as_const(m_problems)) {
        const QTextBlock block = document()->findBlockByNumber(d.line - 1);
        if (!block.isValid()) {
            continue;
        }
        const QColor colour = d.isError() ? UiStyle::errorColor(pal) : warningColor(pal);
        const QString text = block.text();
        // From the column to the end of what is written there, before a comment.
        int end = static_cast<int>(text.size());
        for (int i = 1; i < text.size(); ++i) {
            if (text.at(i) == u'#' && text.at(i - 1).isSpace()) {
                end = i;
                break;
            }
        }
        while (end > 0 && text.at(end - 1).isSpace()) {
            --end;
        }
        int start = characterOf(text, d.column);
        if (start >= end) {
            start = 0;
            while (start < end && text.at(start).isSpace()) {
                ++start;
            }
        }
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        QColor tint = colour;
        tint.setAlpha(UiStyle::isDark(pal) ? 40 : 28);
        line.format.setBackground(tint);
        selections.append(line);

        QTextEdit::ExtraSelection underline;
        underline.cursor = QTextCursor(block);
        underline.cursor.setPosition(block.position() + start);
        underline.cursor.setPosition(block.position() + std::max(end, start + 1),
                                     QTextCursor::KeepAnchor);
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(colour);
        underline.format.setToolTip(problemsOn(d.line));
        selections.append(underline);
    }
    setExtraSelections(selections);
}

bool ConfigTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = cursorForPosition(help->pos()).blockNumber() + 1;
        const QString text = problemsOn(line);
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ConfigTextEdit::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + characterOf(block.text(), column));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

} // namespace Conductor
