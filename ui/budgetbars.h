// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A budget day's account against the configuration's daily limits, as three bars —
// tokens, dollars (with the alert threshold marked on the bar) and the emergency
// reserve — each filled with what was used and is held, and saying used, held and left
// in words, with notes beneath (the alert threshold, grants beyond the budget, overruns).
// The Budgets view and the dashboard both show the day this way.

#include "config/configuration.h"
#include "engine/ledger.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Conductor {

class BudgetBar;

class BudgetBars final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetBars)

public:
    explicit BudgetBars(const Budgets &budgets, QWidget *parent = nullptr);

    // Shows the account; extraNotes follow the bars' own notes.
    void showAccount(const Ledger::DayAccount &account, const QStringList &extraNotes = {});
    // Shows a message instead of notes (the day could not be read), leaving the bars.
    void showProblem(const QString &message);
    // New limits (the configuration was applied); shown with the next account.
    void setBudgets(const Budgets &budgets) { m_budgets = budgets; }

    [[nodiscard]] QProgressBar *tokensBar() const;
    [[nodiscard]] QProgressBar *costBar() const;
    [[nodiscard]] QProgressBar *emergencyBar() const;
    [[nodiscard]] QLabel *notesLabel() const { return m_notes; }

private:
    Budgets m_budgets;
    BudgetBar *m_tokens;
    BudgetBar *m_cost;
    BudgetBar *m_emergency;
    QLabel *m_notes;
};

} // namespace Conductor
