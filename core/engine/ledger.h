// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The budget ledger's arithmetic, with no storage: two-phase transfers in the manner of
// TigerBeetle. Before an attempt starts, its estimated tokens and dollars are *held*
// (pending) against the execution's budget and the day's; when it ends the hold is
// *posted* with what the agent used, the rest released; or it is *voided*, releasing all.
//
// Four pools a hold may draw on:
//   - the day's tokens (budgets.tokens.daily) and dollars (budgets.cost.dailyBudgetUSD),
//     shared by every execution of the day, and the execution's own budgets
//     (budgets.tokens.perPipeline, the start option maxCost);
//   - beyond those, only what an approver granted to the execution: tokens taken from the
//     day's emergency reserve (budgets.tokens.emergency) and dollars (overrideBudget).
// Usage beyond a hold (a model may report more than it was allowed to ask for) is posted
// as an overrun against the ordinary pools and recorded, so it is visible and bounded.
//
// The store keeps a DayAccount per day and applies these functions in the transaction
// that writes the ledger's events; the engine applies the same ones to an execution.

#include "config/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Conductor {

struct Configuration;

namespace Ledger {

// What a day has spent (posted) and holds (pending), by pool.
struct DayAccount
{
    QString day;                // yyyy-MM-dd in the budget's time zone
    qint64 tokensPosted = 0;    // against the daily tokens; overruns included
    qint64 tokensPending = 0;   // held against the daily tokens
    qint64 emergencyPosted = 0; // from the emergency reserve
    qint64 emergencyPending = 0;
    Money costPosted; // against the daily dollars; overruns included
    Money costPending;
    Money overridePosted; // dollars approvers granted beyond the budgets
    Money overridePending;
    qint64 overrunTokens = 0; // posted beyond holds (already in tokensPosted)
    Money overrunCost;        // (already in costPosted)
    QDateTime alertAt;        // when posted dollars crossed the alert threshold, once a day

    [[nodiscard]] qint64 tokensUsed() const { return tokensPosted + emergencyPosted; }
    [[nodiscard]] qint64 tokensHeld() const { return tokensPending + emergencyPending; }
    [[nodiscard]] Money costUsed() const { return costPosted + overridePosted; }
    [[nodiscard]] Money costHeld() const { return costPending + overridePending; }
    friend bool operator==(const DayAccount &, const DayAccount &) = default;
};

// The day's limits, from the configuration of the execution that asks.
struct Limits
{
    qint64 dailyTokens = 0;
    qint64 emergencyTokens = 0;
    Money dailyCost;
    Money alertThreshold;
};

// One attempt's request, with what its execution still allows.
struct HoldRequest
{
    QString id; // the attempt's idempotency key
    QString executionId;
    QString stage;
    QString agent;
    QString day;
    qint64 tokens = 0;
    Money cost;
    // Room left in the execution's own budgets (perPipeline; maxCost, when it has one).
    qint64 executionTokenRoom = 0;
    std::optional<Money> executionCostRoom;
    // What approvers granted the execution and it has not held or used yet.
    qint64 grantTokens = 0;
    Money grantCost;
    Limits limits;
};

// A hold as granted: its total, and the parts drawn on grants beyond the budgets.
struct Hold
{
    QString id;
    QString day;
    qint64 tokens = 0;
    qint64 emergency = 0; // of tokens, from the emergency reserve
    Money cost;
    Money override; // of cost, from dollars granted to the execution
};

struct HoldDecision
{
    bool granted = false;
    Hold hold; // when granted
    // When refused: what more an approver would have to grant, and the room that was
    // left (the tighter of the execution's and the day's).
    qint64 missingTokens = 0;
    Money missingCost;
    qint64 tokensLeft = 0;
    Money costLeft;
    qint64 emergencyLeft = 0;    // in the day's emergency reserve
    bool emergencyShort = false; // granting cannot help: the reserve itself is short
    bool dayBound = false;       // the day's budget, not the execution's, is what ran out
};

[[nodiscard]] HoldDecision decide(const DayAccount &day, const HoldRequest &request);

// How a hold is posted with the usage an attempt reported.
struct Posting
{
    qint64 tokens = 0;    // against the ordinary pools, overrun included
    qint64 emergency = 0; // from the emergency reserve
    qint64 overrunTokens = 0;
    Money cost;
    Money override;
    Money overrunCost;
    qint64 releasedTokens = 0; // held and not used
    Money releasedCost;

    [[nodiscard]] qint64 totalTokens() const { return tokens + emergency; }
    [[nodiscard]] Money totalCost() const { return cost + override; }
};

// Ordinary parts first, then the granted ones; usage beyond the hold is an overrun.
[[nodiscard]] Posting post(const Hold &hold, qint64 usedTokens, Money usedCost);

void applyHold(DayAccount &day, const Hold &hold);
// Returns true when this posting makes the day's dollars cross the alert threshold for
// the first time that day (alertAt is then set to at).
bool applyPost(DayAccount &day, const Hold &hold, const Posting &posting, Money alertThreshold,
               const QDateTime &at);
void applyVoid(DayAccount &day, const Hold &hold);

// The day an instant belongs to in the zone, and when that day ends (local midnight).
[[nodiscard]] QString dayOf(const QDateTime &instant, const QTimeZone &zone);
[[nodiscard]] QDateTime endOfDay(const QDateTime &instant, const QTimeZone &zone);
// The zone budgets.timeZone names, or the system's when it names none.
[[nodiscard]] QTimeZone zoneOf(const Configuration &config);
[[nodiscard]] Limits limitsOf(const Configuration &config);

} // namespace Ledger
} // namespace Conductor
