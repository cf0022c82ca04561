// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepanel.h"

#include "uistyle.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextEdit>
#include <QVBoxLayout>

namespace Conductor {

namespace {

constexpr int kTextWidth = 620; // a comfortable line length for the text
constexpr int kIconSize = 64;

QLabel *paragraph(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A label whose link is highlighted as soon as Tab gives it the focus (a plain label waits
// for Tab to be pressed in it again), so that Enter follows the link, as on a button.
class LinkLabel final : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        QLabel::focusInEvent(event);
        if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) {
            QLabel::focusNextPrevChild(event->reason() == Qt::TabFocusReason);
        }
    }
};

} // namespace

WelcomePanel::WelcomePanel(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(tr("Welcome to Conductor"), this))
    , m_summary(paragraph(this))
    , m_configuration(paragraph(this))
    , m_hint(new LinkLabel(this))
    , m_message(paragraph(this))
    , m_demo(new QPushButton(tr("Start a &demo run"), this))
    , m_newPipeline(new QPushButton(tr("&New pipeline…"), this))
{
    setObjectName(QStringLiteral("WelcomePanel"));
    setAccessibleName(tr("Welcome"));
    setFrameShape(QFrame::StyledPanel);

    m_heading->setObjectName(QStringLiteral("WelcomeHeading"));
    m_heading->setAlignment(Qt::AlignHCenter);
    m_heading->setAccessibleName(tr("Welcome to Conductor"));
    updateHeadingFont();
    m_summary->setText(tr("Conductor runs an idea through a pipeline of AI agents — research, "
                          "feasibility, risk, design, scaffolding and deployment checks — keeps "
                          "its tokens and dollars within budgets, and asks you to approve its "
                          "quality gates."));
    m_summary->setAccessibleName(tr("What Conductor does"));
    m_configuration->setAccessibleName(tr("What Conductor runs on"));

    m_demo->setObjectName(QStringLiteral("DemoButton"));
    m_demo->setAccessibleName(tr("Start a demo run"));
    m_demo->setToolTip(tr("Starts the shipped I2S pipeline on a sample idea; its first gate "
                          "waits for your decision"));
    m_demo->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_demo->setDefault(true);
    m_demo->setAutoDefault(true);
    m_newPipeline->setObjectName(QStringLiteral("WelcomeNewPipelineButton"));
    m_newPipeline->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_newPipeline->setAccessibleName(tr("New pipeline"));
    m_newPipeline->setToolTip(tr("Starts a pipeline on an idea of your own"));
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    connect(m_newPipeline, &QPushButton::clicked, this, &WelcomePanel::newPipelineRequested);
    setFocusProxy(m_demo);

    m_message->setObjectName(QStringLiteral("WelcomeMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    m_hint->setObjectName(QStringLiteral("WelcomeHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setOpenExternalLinks(false);
    m_hint->setAccessibleName(tr("Make it your own"));
    connect(m_hint, &QLabel::linkActivated, this, &WelcomePanel::configurationRequested);

    auto *content = new QWidget(this);
    content->setMaximumWidth(kTextWidth);
    auto *column = new QVBoxLayout(content);
    column->setSpacing(12);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        auto *picture = new QLabel(content);
        picture->setPixmap(icon.pixmap(kIconSize, kIconSize));
        picture->setAlignment(Qt::AlignHCenter);
        column->addWidget(picture);
    }
    column->addWidget(m_heading);
    column->addWidget(m_summary);
    column->addWidget(m_configuration);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_demo);
    buttons->addWidget(m_newPipeline);
    buttons->addStretch(1);
    column->addSpacing(4);
    column->addLayout(buttons);
    column->addWidget(m_message);
    column->addSpacing(4);
    column->addWidget(m_hint);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 10);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    setCanStart(true);
    // Tab goes from the demo to New pipeline… to the link, as they read.
    setTabOrder(m_demo, m_newPipeline);
    setTabOrder(m_newPipeline, m_hint);
}

void WelcomePanel::setConfiguration(const QString &sourcePath)
{
    m_sourcePath = sourcePath;
    QString text = sourcePath.isEmpty() ? tr("It runs on the shipped configuration.")
                                        : tr("It runs on your configuration, %1.").arg(sourcePath);
    if (m_canStart) {
        text +=
            u' ' +
            tr("A demo run takes the shipped I2S pipeline, whose agents are "
               "simulated: no API keys are needed and no real money is spent (its simulated costs "
               "count in today's budget).");
    }
    m_configuration->setText(text);
}

void WelcomePanel::setCanStart(bool canStart)
{
    m_canStart = canStart;
    m_demo->setVisible(canStart);
    m_newPipeline->setVisible(canStart);
    // The link takes the focus with Tab and follows with Enter, like a button.
    m_hint->setTextInteractionFlags(canStart ? Qt::TextBrowserInteraction
                                             : Qt::TextSelectableByMouse);
    m_hint->setFocusPolicy(canStart ? Qt::StrongFocus : Qt::NoFocus);
    m_hint->setText(canStart ? tr("Make it your own — your agents, budgets and gates — in the "
                                  "<a href=\"#configuration\">Configuration</a> view.")
                             : tr("Executions started with <tt>conductor run</tt> show here."));
    setConfiguration(m_sourcePath);
    updateButtons();
}

void WelcomePanel::setReady(bool ready)
{
    m_ready = ready;
    updateButtons();
}

void WelcomePanel::setStarting(bool starting)
{
    m_starting = starting;
    if (starting) {
        showMessage(tr("Starting the demo run…"), false);
    } else if (m_message->text() == tr("Starting the demo run…")) {
        showMessage(QString(), false);
    }
    updateButtons();
}

void WelcomePanel::showMessage(const QString &text, bool error)
{
    UiStyle::showMessage(m_message, text, error);
}

void WelcomePanel::takeFocus()
{
    m_focusWanted = m_canStart;
    updateButtons();
}

void WelcomePanel::updateButtons()
{
    m_demo->setEnabled(m_canStart && m_ready && !m_starting);
    m_newPipeline->setEnabled(m_canStart && m_ready);
    if (m_focusWanted && m_demo->isEnabled()) {
        m_focusWanted = false;
        const QWidget *focus = QApplication::focusWidget();
        const bool typing = qobject_cast<const QLineEdit *>(focus) ||
                            qobject_cast<const QAbstractSpinBox *>(focus) ||
                            qobject_cast<const QTextEdit *>(focus) ||
                            qobject_cast<const QPlainTextEdit *>(focus);
        if (!typing && isVisible()) {
            m_demo->setFocus(Qt::OtherFocusReason);
        }
    }
}

void WelcomePanel::updateHeadingFont()
{
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_heading->setFont(heading);
}

void WelcomePanel::keyPressEvent(QKeyEvent *event)
{
    // As in a dialog: Enter presses the default button wherever the focus is in the panel.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && m_demo->isVisible() && m_demo->isEnabled()) {
        m_demo->click();
        return;
    }
    QFrame::keyPressEvent(event);
}

void WelcomePanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateHeadingFont();
    }
}

} // namespace Conductor
