// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "configdiffview.h"

#include "uistyle.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Conductor {

ConfigDiffView::ConfigDiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("configDiff"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("diffText"));
    m_text->setAccessibleName(tr("Changes against the running configuration"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    showDiff({});
}

void ConfigDiffView::showDiff(const QList<DiffLine> &diff)
{
    const QString unified = LineDiff::unified(diff, tr("running configuration"), tr("this text"));
    const int changed = LineDiff::changedLines(diff);
    m_summary->setText(
        changed == 0
            ? tr("This text is the running configuration.")
            : tr("Against the running configuration — changed lines: %1 (removed: %2, added: "
                 "%3). Lines that start with - are removed, lines with + added.")
                  .arg(changed)
                  .arg(LineDiff::count(diff, DiffLine::Kind::Removed))
                  .arg(LineDiff::count(diff, DiffLine::Kind::Added)));
    if (unified == m_diff) {
        return;
    }
    m_diff = unified;
    m_text->setPlainText(unified);
    colour();
}

QString ConfigDiffView::text() const
{
    return m_diff;
}

QString ConfigDiffView::summary() const
{
    return m_summary->text();
}

void ConfigDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        colour();
    }
}

void ConfigDiffView::colour()
{
    const bool dark = UiStyle::isDark(palette());
    const QColor removed = dark ? QColor(0x6e, 0x22, 0x26) : QColor(0xff, 0xe4, 0xe2);
    const QColor added = dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xd8, 0xf5, 0xdd);
    const QColor hunk = dark ? QColor(0x1c, 0x35, 0x53) : QColor(0xdd, 0xee, 0xff);
    QList<QTextEdit::ExtraSelection> selections;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        const bool header = block.blockNumber() < 2;
        QColor background;
        if (!header && line.startsWith(u'-')) {
            background = removed;
        } else if (!header && line.startsWith(u'+')) {
            background = added;
        } else if (line.startsWith(QStringLiteral("@@")) || header) {
            background = hunk;
        } else {
            continue;
        }
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(background);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(s);
    }
    m_text->setExtraSelections(selections);
}

} // namespace Conductor
