// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"

#include "config/configuration.h"

#include <algorithm>

namespace Conductor::Ledger {

namespace {

constexpr qint64 kUnbounded = std::numeric_limits<qint64>::max() / 4;

qint64 room(qint64 limit, qint64 taken)
{
    return std::max<qint64>(0, limit - taken);
}

} // namespace

HoldDecision decide(const DayAccount &day, const HoldRequest &r)
{
    HoldDecision d;
    const Limits &l = r.limits;

    // Tokens: the ordinary room is the tighter of the execution's and the day's; what does
    // not fit must come from the execution's grants, which the day's reserve must cover.
    const qint64 execTokens = std::max<qint64>(0, r.executionTokenRoom);
    const qint64 dayTokens = room(l.dailyTokens, day.tokensPosted + day.tokensPending);
    const qint64 ordinaryTokens = std::min(execTokens, dayTokens);
    const qint64 emergencyNeeded = std::max<qint64>(0, r.tokens - ordinaryTokens);
    d.emergencyLeft = room(l.emergencyTokens, day.emergencyPosted + day.emergencyPending);
    const qint64 emergencyRoom = std::min(std::max<qint64>(0, r.grantTokens), d.emergencyLeft);
    d.tokensLeft = ordinaryTokens;

    // Dollars: the same, with overrides granted to the execution and no daily reserve.
    const qint64 execCost =
        r.executionCostRoom ? std::max<qint64>(0, r.executionCostRoom->micros) : kUnbounded;
    const qint64 dayCost = room(l.dailyCost.micros, (day.costPosted + day.costPending).micros);
    const qint64 ordinaryCost = std::min(execCost, dayCost);
    const qint64 overrideNeeded = std::max<qint64>(0, r.cost.micros - ordinaryCost);
    const qint64 overrideRoom = std::max<qint64>(0, r.grantCost.micros);
    d.costLeft = Money::fromMicros(std::min(ordinaryCost, kUnbounded));

    d.dayBound = (emergencyNeeded > 0 && dayTokens < execTokens) ||
                 (overrideNeeded > 0 && dayCost < execCost);
    if (emergencyNeeded <= emergencyRoom && overrideNeeded <= overrideRoom) {
        d.granted = true;
        d.hold =
            Hold{r.id, r.day, r.tokens, emergencyNeeded, r.cost, Money::fromMicros(overrideNeeded)};
        return d;
    }
    d.missingTokens = std::max<qint64>(0, emergencyNeeded - std::max<qint64>(0, r.grantTokens));
    d.emergencyShort = emergencyNeeded > d.emergencyLeft;
    d.missingCost = Money::fromMicros(std::max<qint64>(0, overrideNeeded - overrideRoom));
    return d;
}

Posting post(const Hold &hold, qint64 usedTokens, Money usedCost)
{
    Posting p;
    usedTokens = std::max<qint64>(0, usedTokens);
    const qint64 usedMicros = std::max<qint64>(0, usedCost.micros);

    const qint64 ordinaryHeld = hold.tokens - hold.emergency;
    const qint64 ordinary = std::min(usedTokens, ordinaryHeld);
    p.emergency = std::min(usedTokens - ordinary, hold.emergency);
    p.overrunTokens = usedTokens - ordinary - p.emergency;
    p.tokens = ordinary + p.overrunTokens;
    p.releasedTokens = hold.tokens - ordinary - p.emergency;

    const qint64 ordinaryCostHeld = (hold.cost - hold.override).micros;
    const qint64 cost = std::min(usedMicros, ordinaryCostHeld);
    const qint64 override = std::min(usedMicros - cost, hold.override.micros);
    const qint64 overrun = usedMicros - cost - override;
    p.cost = Money::fromMicros(cost + overrun);
    p.override = Money::fromMicros(override);
    p.overrunCost = Money::fromMicros(overrun);
    p.releasedCost = Money::fromMicros(hold.cost.micros - cost - override);
    return p;
}

void applyHold(DayAccount &day, const Hold &hold)
{
    day.tokensPending += hold.tokens - hold.emergency;
    day.emergencyPending += hold.emergency;
    day.costPending = day.costPending + (hold.cost - hold.override);
    day.overridePending = day.overridePending + hold.override;
}

bool applyPost(DayAccount &day, const Hold &hold, const Posting &posting, Money alertThreshold,
               const QDateTime &at)
{
    const Money before = day.costUsed();
    applyVoid(day, hold);
    day.tokensPosted += posting.tokens;
    day.emergencyPosted += posting.emergency;
    day.overrunTokens += posting.overrunTokens;
    day.costPosted = day.costPosted + posting.cost;
    day.overridePosted = day.overridePosted + posting.override;
    day.overrunCost = day.overrunCost + posting.overrunCost;
    const bool crossed = !day.alertAt.isValid() && alertThreshold.micros > 0 &&
                         before < alertThreshold && day.costUsed() >= alertThreshold;
    if (crossed) {
        day.alertAt = at;
    }
    return crossed;
}

void applyVoid(DayAccount &day, const Hold &hold)
{
    day.tokensPending -= hold.tokens - hold.emergency;
    day.emergencyPending -= hold.emergency;
    day.costPending = day.costPending - (hold.cost - hold.override);
    day.overridePending = day.overridePending - hold.override;
}

QString dayOf(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date().toString(Qt::ISODate);
}

QDateTime endOfDay(const QDateTime &instant, const QTimeZone &zone)
{
    const QDate next = instant.toTimeZone(zone).date().addDays(1);
    // Midnight may not exist where a zone changes its offset then; the day ends at the
    // first instant of the next date.
    QDateTime end(next, QTime(0, 0), zone);
    if (!end.isValid()) {
        end = QDateTime(next, QTime(1, 0), zone);
    }
    return end.toUTC();
}

QTimeZone zoneOf(const Configuration &config)
{
    if (config.budgets.timeZone.isEmpty()) {
        return QTimeZone::systemTimeZone();
    }
    const QTimeZone zone(config.budgets.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

Limits limitsOf(const Configuration &config)
{
    const Budgets &b = config.budgets;
    // No threshold, no alert: monitoring.alertingEnabled turns the budget alert off too.
    return Limits{b.tokens.daily, b.tokens.emergency, b.cost.dailyBudget,
                  config.monitoring.alertingEnabled ? b.cost.alertThreshold : Money()};
}

} // namespace Conductor::Ledger
