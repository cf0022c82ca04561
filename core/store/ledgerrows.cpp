// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgerrows.h"

#include "database.h"
#include "logging/logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace Conductor {

namespace {

constexpr QLatin1String kPending("pending");

} // namespace

LedgerRows::LedgerRows(Database &database)
    : m_database(database)
{}

bool LedgerRows::prepare()
{
    const auto make = [this](QSqlQuery &query, const QString &sql) {
        query = QSqlQuery(m_database.connection());
        if (!query.prepare(sql)) {
            m_error = queryError(query);
            return false;
        }
        return true;
    };
    return make(m_writeDay,
                QStringLiteral(
                    "INSERT INTO budget_days (day, tokens_posted, tokens_pending,"
                    " emergency_posted, emergency_pending, cost_posted, cost_pending,"
                    " override_posted, override_pending, overrun_tokens, overrun_cost, alert_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET"
                    " tokens_posted = excluded.tokens_posted,"
                    " tokens_pending = excluded.tokens_pending,"
                    " emergency_posted = excluded.emergency_posted,"
                    " emergency_pending = excluded.emergency_pending,"
                    " cost_posted = excluded.cost_posted, cost_pending = excluded.cost_pending,"
                    " override_posted = excluded.override_posted,"
                    " override_pending = excluded.override_pending,"
                    " overrun_tokens = excluded.overrun_tokens,"
                    " overrun_cost = excluded.overrun_cost, alert_at = excluded.alert_at")) &&
           make(m_readHold, QStringLiteral("SELECT execution_id, day, tokens, emergency, cost,"
                                           " override, status, recorded, alert_threshold"
                                           " FROM budget_holds WHERE id = ?")) &&
           // A hold whose first holder died before recording it (and which was voided at the
           // take-over) is taken again by the attempt that now has its key.
           make(m_insertHold,
                QStringLiteral(
                    "INSERT INTO budget_holds (id, execution_id, owner, day, stage, agent,"
                    " tokens, emergency, cost, override, status, recorded, alert_threshold,"
                    " held_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET owner = excluded.owner,"
                    " day = excluded.day, agent = excluded.agent, tokens = excluded.tokens,"
                    " emergency = excluded.emergency, cost = excluded.cost,"
                    " override = excluded.override, status = 'pending',"
                    " alert_threshold = excluded.alert_threshold, held_at = excluded.held_at,"
                    " resolved_at = NULL"
                    " WHERE budget_holds.status = 'voided' AND budget_holds.recorded = 0")) &&
           make(m_markRecorded, QStringLiteral("UPDATE budget_holds SET recorded = 1"
                                               " WHERE id = ? AND status = 'pending'")) &&
           // One statement resolves a hold and returns what it held, or nothing when it is
           // not pending (resolved already: a replay).
           make(m_postHold,
                QStringLiteral(
                    "UPDATE budget_holds SET status = 'posted', used_tokens = ?,"
                    " used_cost = ?, duration_ms = ?, estimated = ?, resolved_at = ?"
                    " WHERE id = ? AND status = 'pending'"
                    " RETURNING day, tokens, emergency, cost, override, alert_threshold")) &&
           make(m_voidHold,
                QStringLiteral(
                    "UPDATE budget_holds SET status = 'voided', resolved_at = ?"
                    " WHERE id = ? AND status = 'pending'"
                    " RETURNING day, tokens, emergency, cost, override, alert_threshold")) &&
           make(m_unrecorded,
                QStringLiteral("SELECT id FROM budget_holds WHERE execution_id = ?"
                               " AND status = 'pending' AND recorded = 0 AND owner <> ?")) &&
           make(m_insertAlert,
                QStringLiteral("INSERT INTO alerts (id, rule, state, message, data, raised_at,"
                               " updated_at) VALUES (?, ?, 'firing', ?, ?, ?, ?)"
                               " ON CONFLICT (id) DO NOTHING"));
}

void LedgerRows::begin()
{
    m_days.clear();
    m_changed.clear();
    m_alerts.clear();
}

bool LedgerRows::concerns(const ExecutionEvent &event)
{
    return event.type == EventType::BudgetReserved || event.type == EventType::BudgetPosted ||
           event.type == EventType::BudgetVoided;
}

bool LedgerRows::run(QSqlQuery &query)
{
    if (!query.exec()) {
        m_error = queryError(query);
        return false;
    }
    return true;
}

std::optional<Ledger::DayAccount> LedgerRows::readDay(Database &database, const QString &day,
                                                      QString *error)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT tokens_posted, tokens_pending, emergency_posted,"
                             " emergency_pending, cost_posted, cost_pending, override_posted,"
                             " override_pending, overrun_tokens, overrun_cost, alert_at"
                             " FROM budget_days WHERE day = ?"));
    q.bindValue(0, day);
    if (!q.exec()) {
        *error = queryError(q);
        return std::nullopt;
    }
    Ledger::DayAccount a;
    a.day = day;
    if (q.next()) {
        a.tokensPosted = q.value(0).toLongLong();
        a.tokensPending = q.value(1).toLongLong();
        a.emergencyPosted = q.value(2).toLongLong();
        a.emergencyPending = q.value(3).toLongLong();
        a.costPosted = Money::fromMicros(q.value(4).toLongLong());
        a.costPending = Money::fromMicros(q.value(5).toLongLong());
        a.overridePosted = Money::fromMicros(q.value(6).toLongLong());
        a.overridePending = Money::fromMicros(q.value(7).toLongLong());
        a.overrunTokens = q.value(8).toLongLong();
        a.overrunCost = Money::fromMicros(q.value(9).toLongLong());
        if (!q.value(10).isNull()) {
            a.alertAt = fromStoredTime(q.value(10).toString());
        }
    }
    return a;
}

Ledger::DayAccount *LedgerRows::account(const QString &day)
{
    auto it = m_days.find(day);
    if (it == m_days.end()) {
        const std::optional<Ledger::DayAccount> read = readDay(m_database, day, &m_error);
        if (!read) {
            return nullptr;
        }
        it = m_days.insert(day, *read);
    }
    return &*it;
}

std::optional<LedgerRows::StoredHold> LedgerRows::load(const QString &id)
{
    QSqlQuery &q = m_readHold;
    q.bindValue(0, id);
    if (!run(q)) {
        return std::nullopt;
    }
    StoredHold h;
    if (q.next()) {
        h.hold.id = id;
        h.executionId = q.value(0).toString();
        h.hold.day = q.value(1).toString();
        h.hold.tokens = q.value(2).toLongLong();
        h.hold.emergency = q.value(3).toLongLong();
        h.hold.cost = Money::fromMicros(q.value(4).toLongLong());
        h.hold.override = Money::fromMicros(q.value(5).toLongLong());
        h.status = q.value(6).toString();
        h.recorded = q.value(7).toInt() != 0;
        h.alertThreshold = Money::fromMicros(q.value(8).toLongLong());
    }
    q.finish();
    return h;
}

std::optional<LedgerRows::StoredHold> LedgerRows::resolved(QSqlQuery &query, const QString &id)
{
    if (!run(query)) {
        return std::nullopt;
    }
    StoredHold h;
    if (query.next()) {
        h.hold.id = id;
        h.hold.day = query.value(0).toString();
        h.hold.tokens = query.value(1).toLongLong();
        h.hold.emergency = query.value(2).toLongLong();
        h.hold.cost = Money::fromMicros(query.value(3).toLongLong());
        h.hold.override = Money::fromMicros(query.value(4).toLongLong());
        h.alertThreshold = Money::fromMicros(query.value(5).toLongLong());
        h.status = kPending;
    }
    query.finish();
    return h;
}

bool LedgerRows::write(const ExecutionEvent &event)
{
    const QString id = event.data.value(QLatin1String("reservation")).toString();
    if (event.type == EventType::BudgetReserved) {
        m_markRecorded.bindValue(0, id);
        if (!run(m_markRecorded)) {
            return false;
        }
        if (m_markRecorded.numRowsAffected() == 0) {
            // A replay finds its hold resolved; a hold that is not there at all is a bug.
            const std::optional<StoredHold> stored = load(id);
            if (!stored) {
                return false;
            }
            if (stored->status.isEmpty()) {
                qCWarning(lcStore) << "budget_reserved for a hold the ledger does not have:" << id;
            }
        }
        return true;
    }
    const QString at =
        toStoredTime(event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc());
    const bool posted = event.type == EventType::BudgetPosted;
    const qint64 usedTokens = event.data.value(QLatin1String("usedTokens")).toInteger();
    const Money usedCost =
        Money::fromMicros(event.data.value(QLatin1String("usedCostMicros")).toInteger());
    QSqlQuery &q = posted ? m_postHold : m_voidHold;
    if (posted) {
        q.bindValue(0, std::max<qint64>(0, usedTokens));
        q.bindValue(1, std::max<qint64>(0, usedCost.micros));
        q.bindValue(2, event.data.value(QLatin1String("durationMs")).toInteger());
        q.bindValue(3, event.data.value(QLatin1String("estimated")).toBool() ? 1 : 0);
        q.bindValue(4, at);
        q.bindValue(5, id);
    } else {
        q.bindValue(0, at);
        q.bindValue(1, id);
    }
    const std::optional<StoredHold> stored = resolved(q, id);
    if (!stored) {
        return false;
    }
    if (stored->status.isEmpty()) {
        // Not pending: resolved already. The ledger changes once per hold, whatever is
        // replayed; a void of a hold never taken (granted after its execution ended and
        // voided by the store) lands here too.
        return true;
    }
    Ledger::DayAccount *day = account(stored->hold.day);
    if (!day) {
        return false;
    }
    m_changed.insert(day->day);
    if (!posted) {
        Ledger::applyVoid(*day, stored->hold);
        return true;
    }
    const Ledger::Posting posting = Ledger::post(stored->hold, usedTokens, usedCost);
    const Money before = day->costUsed();
    if (Ledger::applyPost(*day, stored->hold, posting, stored->alertThreshold, event.time)) {
        LedgerAlert alert;
        alert.id = QStringLiteral("budget_threshold:") + day->day;
        alert.rule = QStringLiteral("budgetAlertThreshold");
        alert.message =
            tr("Spending on %1 reached $%2, past the alert threshold of $%3 "
               "(budgets.cost.alertThresholdUSD)")
                .arg(day->day, day->costUsed().toString(), stored->alertThreshold.toString());
        alert.data = QJsonObject{{QStringLiteral("day"), day->day},
                                 {QStringLiteral("thresholdUSD"), stored->alertThreshold.toUsd()},
                                 {QStringLiteral("beforeUSD"), before.toUsd()},
                                 {QStringLiteral("costUSD"), day->costUsed().toUsd()},
                                 {QStringLiteral("executionId"), event.executionId}};
        alert.raisedAt = event.time;
        m_alerts.append(alert);
    }
    return true;
}

std::optional<Ledger::HoldDecision> LedgerRows::reserve(const Ledger::HoldRequest &request,
                                                        const QString &owner, const QDateTime &now)
{
    Ledger::DayAccount *day = account(request.day);
    if (!day) {
        return std::nullopt;
    }
    Ledger::HoldDecision decision = Ledger::decide(*day, request);
    if (!decision.granted) {
        return decision;
    }
    QSqlQuery &q = m_insertHold;
    q.bindValue(0, request.id);
    q.bindValue(1, request.executionId);
    q.bindValue(2, owner);
    q.bindValue(3, request.day);
    q.bindValue(4, storedText(request.stage));
    q.bindValue(5, storedText(request.agent));
    q.bindValue(6, decision.hold.tokens);
    q.bindValue(7, decision.hold.emergency);
    q.bindValue(8, decision.hold.cost.micros);
    q.bindValue(9, decision.hold.override.micros);
    q.bindValue(10, request.limits.alertThreshold.micros);
    q.bindValue(11, toStoredTime(now));
    if (!run(q)) {
        return std::nullopt;
    }
    if (q.numRowsAffected() == 0) {
        // The key is held already: an engine asking twice for one attempt is a bug, and
        // holding it twice would count it twice.
        qCWarning(lcStore) << "a hold for" << request.id << "exists already; refused";
        decision.granted = false;
        return decision;
    }
    Ledger::applyHold(*day, decision.hold);
    m_changed.insert(day->day);
    return decision;
}

int LedgerRows::voidUnrecorded(const QString &executionId, const QString &owner,
                               const QDateTime &now)
{
    QSqlQuery &q = m_unrecorded;
    q.bindValue(0, executionId);
    q.bindValue(1, owner);
    if (!run(q)) {
        return -1;
    }
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    q.finish();
    return voidIds(ids, now);
}

int LedgerRows::voidIds(const QStringList &ids, const QDateTime &now)
{
    int voided = 0;
    for (const QString &id : ids) {
        const std::optional<StoredHold> stored = load(id);
        if (!stored) {
            return -1;
        }
        if (stored->status != kPending || stored->recorded) {
            continue;
        }
        m_voidHold.bindValue(0, toStoredTime(now));
        m_voidHold.bindValue(1, id);
        const std::optional<StoredHold> released = resolved(m_voidHold, id);
        if (!released) {
            return -1;
        }
        Ledger::DayAccount *day = account(stored->hold.day);
        if (!day) {
            return -1;
        }
        Ledger::applyVoid(*day, stored->hold);
        m_changed.insert(day->day);
        ++voided;
        qCInfo(lcStore) << "voided hold" << id << "that no attempt will use";
    }
    return voided;
}

bool LedgerRows::finish()
{
    for (const QString &dayKey : std::as_const(m_changed)) {
        const Ledger::DayAccount &a = m_days[dayKey];
        QSqlQuery &q = m_writeDay;
        q.bindValue(0, a.day);
        q.bindValue(1, a.tokensPosted);
        q.bindValue(2, a.tokensPending);
        q.bindValue(3, a.emergencyPosted);
        q.bindValue(4, a.emergencyPending);
        q.bindValue(5, a.costPosted.micros);
        q.bindValue(6, a.costPending.micros);
        q.bindValue(7, a.overridePosted.micros);
        q.bindValue(8, a.overridePending.micros);
        q.bindValue(9, a.overrunTokens);
        q.bindValue(10, a.overrunCost.micros);
        q.bindValue(11, a.alertAt.isValid() ? QVariant(toStoredTime(a.alertAt))
                                            : QVariant(QMetaType(QMetaType::QString)));
        if (!run(q)) {
            return false;
        }
    }
    for (const LedgerAlert &alert : std::as_const(m_alerts)) {
        QSqlQuery &q = m_insertAlert;
        q.bindValue(0, alert.id);
        q.bindValue(1, alert.rule);
        q.bindValue(2, alert.message);
        q.bindValue(3, QString::fromUtf8(QJsonDocument(alert.data).toJson(QJsonDocument::Compact)));
        q.bindValue(4, toStoredTime(alert.raisedAt));
        q.bindValue(5, toStoredTime(alert.raisedAt));
        if (!run(q)) {
            return false;
        }
    }
    return true;
}

QList<Ledger::DayAccount> LedgerRows::changedDays() const
{
    QList<Ledger::DayAccount> days;
    for (const QString &day : m_changed) {
        days.append(m_days.value(day));
    }
    return days;
}

} // namespace Conductor
