// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "budgetbars.h"

#include "displayformat.h"
#include "uistyle.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QStyle>
#include <QStyleOptionProgressBar>

#include <algorithm>

namespace Conductor {

namespace {

// The texts keep the Budgets view's translation context, where they were translated first.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::BudgetsPage)
};

} // namespace

// A bar of used + held against a limit (per mille: dollars in micros overflow an int),
// with an optional mark across it where an alert threshold lies.
class BudgetBar final : public QProgressBar
{
public:
    BudgetBar(QWidget *parent, const QString &name)
        : QProgressBar(parent)
    {
        setRange(0, 1000);
        setTextVisible(true);
        setAccessibleName(name);
    }

    void fill(double used, double held, double limit, const QString &text)
    {
        const double share = limit > 0 ? (used + held) / limit : (used + held > 0 ? 1.0 : 0.0);
        setValue(static_cast<int>(std::clamp(share, 0.0, 1.0) * 1000));
        setFormat(text);
        // Room for the words: a narrow bar would cut or wrap them.
        setMinimumWidth(fontMetrics().horizontalAdvance(text) + fontMetrics().height() * 2);
        setToolTip(m_markTip.isEmpty() ? text : QString(text + u'\n' + m_markTip));
    }

    // Where the mark goes, as a share of the bar (none when outside 0 < share < 1).
    void setMark(double share, const QString &tip)
    {
        m_mark = share;
        m_markTip = tip;
        setToolTip(format() + u'\n' + tip);
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QProgressBar::paintEvent(event);
        if (m_mark <= 0 || m_mark >= 1) {
            return;
        }
        QStyleOptionProgressBar option;
        initStyleOption(&option);
        const QRect groove = style()->subElementRect(QStyle::SE_ProgressBarGroove, &option, this);
        const int x = groove.left() + static_cast<int>(m_mark * groove.width());
        // Notches at the top and the bottom, leaving the words between them readable.
        const int notch = std::max(3, groove.height() / 4);
        QPainter painter(this);
        painter.setPen(QPen(UiStyle::errorColor(palette()), 2));
        painter.drawLine(x, groove.top() + 1, x, groove.top() + notch);
        painter.drawLine(x, groove.bottom() - notch, x, groove.bottom() - 1);
    }

private:
    double m_mark = 0;
    QString m_markTip;
};

BudgetBars::BudgetBars(const Budgets &budgets, QWidget *parent)
    : QWidget(parent)
    , m_budgets(budgets)
    , m_tokens(new BudgetBar(this, Text::tr("Tokens today")))
    , m_cost(new BudgetBar(this, Text::tr("Dollars today")))
    , m_emergency(new BudgetBar(this, Text::tr("Emergency reserve")))
    , m_notes(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(Text::tr("Tokens:"), m_tokens);
    form->addRow(Text::tr("Dollars:"), m_cost);
    form->addRow(Text::tr("Emergency reserve:"), m_emergency);
    m_notes->setWordWrap(true);
    form->addRow(QString(), m_notes);
    const Money threshold = budgets.cost.alertThreshold;
    if (threshold.micros > 0 && budgets.cost.dailyBudget.micros > 0) {
        m_cost->setMark(double(threshold.micros) / double(budgets.cost.dailyBudget.micros),
                        Text::tr("Alert at %1.").arg(DisplayFormat::money(threshold)));
    }
}

QProgressBar *BudgetBars::tokensBar() const
{
    return m_tokens;
}

QProgressBar *BudgetBars::costBar() const
{
    return m_cost;
}

QProgressBar *BudgetBars::emergencyBar() const
{
    return m_emergency;
}

void BudgetBars::showAccount(const Ledger::DayAccount &a, const QStringList &extraNotes)
{
    const QLocale locale;
    const Budgets &b = m_budgets;
    const qint64 tokensLeft =
        std::max<qint64>(0, b.tokens.daily - a.tokensPosted - a.tokensPending);
    m_tokens->fill(double(a.tokensPosted), double(a.tokensPending), double(b.tokens.daily),
                   Text::tr("used %1 · held %2 · left %3 of %4")
                       .arg(locale.toString(a.tokensPosted), locale.toString(a.tokensPending),
                            locale.toString(tokensLeft), locale.toString(b.tokens.daily)));
    const Money costLeft = Money::fromMicros(
        std::max<qint64>(0, (b.cost.dailyBudget - a.costPosted - a.costPending).micros));
    m_cost->fill(double(a.costPosted.micros), double(a.costPending.micros),
                 double(b.cost.dailyBudget.micros),
                 Text::tr("used %1 · held %2 · left %3 of %4")
                     .arg(DisplayFormat::money(a.costPosted), DisplayFormat::money(a.costPending),
                          DisplayFormat::money(costLeft),
                          DisplayFormat::money(b.cost.dailyBudget)));
    m_emergency->fill(
        double(a.emergencyPosted), double(a.emergencyPending), double(b.tokens.emergency),
        Text::tr("granted and used %1 · held %2 of %3 tokens")
            .arg(locale.toString(a.emergencyPosted), locale.toString(a.emergencyPending),
                 locale.toString(b.tokens.emergency)));
    QStringList notes;
    if (b.cost.alertThreshold.micros > 0) {
        notes.append(
            a.alertAt.isValid()
                ? Text::tr("⚠ The alert threshold of %1 was crossed at %2.")
                      .arg(DisplayFormat::money(b.cost.alertThreshold),
                           DisplayFormat::dateTime(a.alertAt))
                : Text::tr("Alert at %1.").arg(DisplayFormat::money(b.cost.alertThreshold)));
    }
    if (a.overridePosted.micros > 0 || a.overridePending.micros > 0) {
        notes.append(Text::tr("Approvers granted %1 beyond the budget (held: %2).")
                         .arg(DisplayFormat::money(a.overridePosted),
                              DisplayFormat::money(a.overridePending)));
    }
    if (a.overrunTokens > 0 || a.overrunCost.micros > 0) {
        notes.append(
            Text::tr("Attempts used %1 tokens and %2 beyond their holds.")
                .arg(locale.toString(a.overrunTokens), DisplayFormat::money(a.overrunCost)));
    }
    notes += extraNotes;
    UiStyle::showMessage(m_notes, notes.join(u'\n'), false);
}

void BudgetBars::showProblem(const QString &message)
{
    UiStyle::showMessage(m_notes, message, true);
}

} // namespace Conductor
