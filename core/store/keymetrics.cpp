// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keymetrics.h"

#include "database.h"
#include "engine/event.h"
#include "engine/executionstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::KeyMetrics)
};

// The events that end an execution. An execution that failed may be retried and end
// again; it counts once, by its last end.
constexpr QLatin1String
    kEndTypes("('execution_completed', 'execution_failed', 'execution_cancelled')");

std::optional<double> ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

// Milliseconds since the epoch of a stored time. The store writes one form,
// "2026-03-10T12:00:00.000Z", read here without QDateTime's general parser (a 30-day
// window has tens of thousands); any other form goes through it.
qint64 storedMsecs(const QString &text)
{
    const auto digits = [&text](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const int parts[] = {digits(0, 4),  digits(5, 2),  digits(8, 2), digits(11, 2),
                             digits(14, 2), digits(17, 2), digits(20, 3)};
        const QDate date(parts[0], parts[1], parts[2]);
        if (std::none_of(std::begin(parts), std::end(parts), [](int p) { return p < 0; }) &&
            date.isValid()) {
            return (date.toJulianDay() - 2'440'588) * 86'400'000 +
                   ((qint64(parts[3]) * 60 + parts[4]) * 60 + parts[5]) * 1000 + parts[6];
        }
    }
    const QDateTime time = fromStoredTime(text);
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

QJsonObject payload(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// A failed or interrupted attempt in the window.
struct UnsuccessfulAttempt
{
    QString prefix; // "execution:stage:"
    int attempt = 0;
    QString stage;
    bool failed = false; // attempt_failed (else attempt_interrupted)
    bool recovered = false;
    QString agent;

    [[nodiscard]] QString key() const { return prefix + QString::number(attempt); }
};

// What the dashboard needs of a budget hold.
struct HoldRow
{
    QString stage;
    QString agent;
    QString status;
    QString resolvedAt;
    qint64 durationMs = 0;
};

// Sums of one stage and agent.
struct Tally
{
    int attempts = 0;
    int failed = 0;
    int recovered = 0;
    int succeeded = 0;
    qint64 successMs = 0;
    qint64 tokens = 0;
    qint64 costMicros = 0;

    void add(const Tally &o)
    {
        attempts += o.attempts;
        failed += o.failed;
        recovered += o.recovered;
        succeeded += o.succeeded;
        successMs += o.successMs;
        tokens += o.tokens;
        costMicros += o.costMicros;
    }
};

KeyMetrics::Breakdown breakdown(const QString &name, const Tally &t)
{
    KeyMetrics::Breakdown b;
    b.name = name;
    b.attempts = t.attempts;
    b.failed = t.failed;
    b.recovered = t.recovered;
    b.succeeded = t.succeeded;
    b.recoveryRate = ratio(t.recovered, t.failed);
    if (t.succeeded > 0) {
        b.meanSuccessSeconds = double(t.successMs) / 1000.0 / t.succeeded;
    }
    b.tokens = t.tokens;
    b.cost = Money::fromMicros(t.costMicros);
    return b;
}

// One reading of the metrics: the window as stored text (ISO-8601 UTC with milliseconds
// sorts as the times do), and the first error met.
class Reading final
{
public:
    Reading(Database &database, const QDateTime &from, const QDateTime &to)
        : m_db(database)
        , m_from(toStoredTime(from))
        , m_to(toStoredTime(to))
    {}

    bool endedExecutions(KeyMetrics &m);
    bool gates(KeyMetrics &m);
    bool attempts(KeyMetrics &m);

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    // Prepares and runs a read, binding values in order; false with the error kept.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values);
    // With statusOnly, only the status is read.
    bool readHolds(const QStringList &ids, QHash<QString, HoldRow> &holds, bool statusOnly = false);
    bool recover(QList<UnsuccessfulAttempt> &failed, const QSet<QString> &unsuccessful);
    bool tallyHolds(QMap<std::pair<QString, QString>, Tally> &tallies);

    Database &m_db;
    QString m_from;
    QString m_to;
    QString m_error;
};

bool Reading::run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q = QSqlQuery(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = queryError(q);
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    if (!q.exec()) {
        m_error = queryError(q);
        return false;
    }
    return true;
}

// The end events in the window (events_by_type), each joined to its execution's row by
// key; an end followed by another (a failed execution retried) is not the execution's
// end. The start is the row's created_at, which is the execution_created event's time
// (summaryFromCreated() writes it, nothing changes it), so no second event is read. The
// row's status and updated_at are not used for the end: updated_at is the time of the
// execution's last event, the end's only for as long as no event follows an end, which
// nothing enforces; the events say it without that assumption.
bool Reading::endedExecutions(KeyMetrics &m)
{
    QSqlQuery q;
    if (!run(q,
             QStringLiteral("SELECT e.type, e.time, x.created_at, x.tokens_used, x.cost_micros"
                            " FROM events e JOIN executions x ON x.id = e.execution_id"
                            " WHERE e.type IN ") +
                 kEndTypes +
                 QStringLiteral(" AND e.time >= ? AND e.time < ?"
                                " AND NOT EXISTS (SELECT 1 FROM events l"
                                " WHERE l.execution_id = e.execution_id AND l.seq > e.seq"
                                " AND l.type IN ") +
                 kEndTypes + u')',
             {m_from, m_to})) {
        return false;
    }
    QList<double> seconds;
    qint64 tokens = 0;
    qint64 micros = 0;
    while (q.next()) {
        const QString type = q.value(0).toString();
        if (type == EventType::Cancelled) {
            ++m.cancelled;
            continue;
        }
        if (type == EventType::Completed) {
            ++m.completed;
            tokens += q.value(3).toLongLong();
            micros += q.value(4).toLongLong();
        } else {
            ++m.failed;
        }
        const qint64 end = storedMsecs(q.value(1).toString());
        const qint64 start = storedMsecs(q.value(2).toString());
        if (end >= 0 && start >= 0) {
            seconds.append(double(std::max<qint64>(0, end - start)) / 1000.0);
        }
    }
    m.successRate = ratio(m.completed, m.completed + m.failed);
    if (!seconds.isEmpty()) {
        std::sort(seconds.begin(), seconds.end());
        double sum = 0;
        for (const double s : std::as_const(seconds)) {
            sum += s;
        }
        m.meanSeconds = sum / double(seconds.size());
        m.p50Seconds = nearestRank(seconds, 0.5);
        m.p95Seconds = nearestRank(seconds, 0.95);
    }
    m.completedTokens = tokens;
    m.completedCost = Money::fromMicros(micros);
    if (m.completed > 0) {
        m.tokensPerCompleted = double(tokens) / m.completed;
        m.costPerCompleted = Money::fromMicros(
            static_cast<qint64>(std::llround(double(micros) / double(m.completed))));
    }
    return true;
}

// The executions with a gate decided in the window (gate_decided events, by type and
// time), then all their decided gates (gates_by_execution): a group's first decision may
// lie before the window.
bool Reading::gates(KeyMetrics &m)
{
    QSqlQuery q;
    if (!run(q,
             QStringLiteral("SELECT g.execution_id, g.checkpoint, g.type, g.status, g.decided_at,"
                            " g.id FROM gates g WHERE g.decided_at IS NOT NULL"
                            " AND g.execution_id IN (SELECT execution_id FROM events"
                            " WHERE type = 'gate_decided' AND time >= ? AND time < ?)"),
             {m_from, m_to})) {
        return false;
    }
    struct Group
    {
        QString firstAt;
        QString firstId;
        bool firstApproved = false;
        bool inWindow = false;
    };
    QHash<QString, Group> groups;
    while (q.next()) {
        const QString key = q.value(0).toString() + u'\x1f' + q.value(1).toString() + u'\x1f' +
                            q.value(2).toString();
        const QString at = q.value(4).toString();
        const QString id = q.value(5).toString();
        Group &g = groups[key];
        if (g.firstAt.isEmpty() || at < g.firstAt || (at == g.firstAt && id < g.firstId)) {
            g.firstAt = at;
            g.firstId = id;
            g.firstApproved = q.value(3).toString() == u"approved";
        }
        g.inWindow = g.inWindow || (at >= m_from && at < m_to);
    }
    for (const Group &g : std::as_const(groups)) {
        if (g.inWindow) {
            ++m.gateGroupsDecided;
            m.gateGroupsFirstApproved += g.firstApproved ? 1 : 0;
        }
    }
    m.firstApprovalRate = ratio(m.gateGroupsFirstApproved, m.gateGroupsDecided);
    return true;
}

// The holds with these ids (the primary key), a few hundred per query.
bool Reading::readHolds(const QStringList &ids, QHash<QString, HoldRow> &holds, bool statusOnly)
{
    constexpr qsizetype kChunk = 500;
    QSqlQuery q;
    for (qsizetype at = 0; at < ids.size(); at += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - at);
        QString sql = statusOnly
                          ? QStringLiteral("SELECT id, status FROM budget_holds WHERE id IN (?")
                          : QStringLiteral("SELECT id, stage, agent, status, resolved_at,"
                                           " COALESCE(duration_ms, 0) FROM budget_holds"
                                           " WHERE id IN (?");
        QVariantList values{ids.at(at)};
        for (qsizetype i = 1; i < n; ++i) {
            sql += QStringLiteral(", ?");
            values.append(ids.at(at + i));
        }
        if (!run(q, sql + u')', values)) {
            return false;
        }
        while (q.next()) {
            if (statusOnly) {
                holds.insert(q.value(0).toString(), HoldRow{{}, {}, q.value(1).toString(), {}, 0});
                continue;
            }
            holds.insert(q.value(0).toString(),
                         HoldRow{q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(),
                                 q.value(5).toLongLong()});
        }
    }
    return true;
}

// Whether a later attempt of each failed one's stage succeeded. The attempts of a stage
// are numbered on, each under a hold whose id is its key, posted when the attempt ended
// in success or failure; so attempt k + 1's hold is looked up, and when it was posted
// and that attempt neither failed nor was interrupted (it would be among `unsuccessful`,
// which holds all since the window's start), it succeeded: an attempt_succeeded exists
// for it. Failed again: k + 2, and so on. A hold missing, voided or still pending: not
// recovered (yet). Executions recorded before the ledger existed have no holds and count
// as not recovered.
bool Reading::recover(QList<UnsuccessfulAttempt> &failed, const QSet<QString> &unsuccessful)
{
    QList<std::pair<qsizetype, int>> open; // index in failed, the attempt to look at
    for (qsizetype i = 0; i < failed.size(); ++i) {
        open.append({i, failed.at(i).attempt + 1});
    }
    while (!open.isEmpty()) {
        QStringList ids;
        for (const auto &[index, attempt] : std::as_const(open)) {
            ids.append(failed.at(index).prefix + QString::number(attempt));
        }
        QHash<QString, HoldRow> holds;
        if (!readHolds(ids, holds, true)) {
            return false;
        }
        QList<std::pair<qsizetype, int>> next;
        for (qsizetype i = 0; i < open.size(); ++i) {
            const auto it = holds.constFind(ids.at(i));
            if (it == holds.cend() || it->status != u"posted") {
                continue;
            }
            if (unsuccessful.contains(ids.at(i))) {
                next.append({open.at(i).first, open.at(i).second + 1});
            } else {
                failed[open.at(i).first].recovered = true;
            }
        }
        open = std::move(next);
    }
    return true;
}

// Posted holds resolved in the window, per stage and agent, through the index
// budget_holds_history (stage, agent, status, resolved_at): its (stage, agent) pairs are
// found by skipping from one to the next, then each pair's window is one range. (A
// single GROUP BY over status and resolved_at would scan the whole index: SQLite skips
// leading columns only with ANALYZE statistics, which no one gathers here.)
bool Reading::tallyHolds(QMap<std::pair<QString, QString>, Tally> &tallies)
{
    QSqlQuery nextStage;
    QSqlQuery nextAgent;
    QSqlQuery sums;
    const QString stageSql =
        QStringLiteral("SELECT stage FROM budget_holds WHERE stage > ? ORDER BY stage LIMIT 1");
    const QString agentSql = QStringLiteral("SELECT agent FROM budget_holds WHERE stage = ?"
                                            " AND agent > ? ORDER BY agent LIMIT 1");
    const QString sumSql = QStringLiteral(
        "SELECT COUNT(*), SUM(used_tokens), SUM(used_cost), SUM(duration_ms) FROM budget_holds"
        " WHERE stage = ? AND agent = ? AND status = 'posted' AND resolved_at >= ?"
        " AND resolved_at < ?");
    QString stage = QStringLiteral("");
    while (run(nextStage, stageSql, {stage}) && nextStage.next()) {
        stage = nextStage.value(0).toString();
        QString agent = QStringLiteral("");
        while (run(nextAgent, agentSql, {stage, agent}) && nextAgent.next()) {
            agent = nextAgent.value(0).toString();
            if (!run(sums, sumSql, {stage, agent, m_from, m_to}) || !sums.next()) {
                return false;
            }
            const int count = sums.value(0).toInt();
            if (count == 0) {
                continue;
            }
            Tally &t = tallies[{stage, agent}];
            t.attempts = count;
            t.succeeded = count;
            t.tokens = sums.value(1).toLongLong();
            t.costMicros = sums.value(2).toLongLong();
            t.successMs = sums.value(3).toLongLong();
        }
        if (!m_error.isEmpty()) {
            return false;
        }
    }
    return m_error.isEmpty();
}

// Failed and interrupted attempts (by type and time, from the window's start on: a
// retry after the window may have failed too); those in the window are counted, and
// taken out of the successes among the attempts their holds count.
bool Reading::attempts(KeyMetrics &m)
{
    QList<UnsuccessfulAttempt> inWindow;
    QSet<QString> unsuccessful; // keys, since the window's start
    {
        QSqlQuery q;
        if (!run(q,
                 QStringLiteral("SELECT execution_id, type, time, data FROM events"
                                " WHERE type IN ('attempt_failed', 'attempt_interrupted')"
                                " AND time >= ?"),
                 {m_from})) {
            return false;
        }
        while (q.next()) {
            const QJsonObject d = payload(q.value(3));
            UnsuccessfulAttempt a;
            a.stage = d.value(QLatin1String("stage")).toString();
            a.prefix = q.value(0).toString() + u':' + a.stage + u':';
            a.attempt = d.value(QLatin1String("attempt")).toInt();
            a.failed = q.value(1).toString() == EventType::AttemptFailed;
            unsuccessful.insert(a.key());
            if (q.value(2).toString() < m_to) {
                inWindow.append(std::move(a));
            }
        }
    }
    QMap<std::pair<QString, QString>, Tally> tallies;
    if (!tallyHolds(tallies)) {
        return false;
    }
    QStringList keys;
    for (const UnsuccessfulAttempt &a : std::as_const(inWindow)) {
        keys.append(a.key());
    }
    QHash<QString, HoldRow> holds;
    if (!readHolds(keys, holds)) {
        return false;
    }
    QList<UnsuccessfulAttempt> failed;
    for (UnsuccessfulAttempt &a : inWindow) {
        const HoldRow hold = holds.value(a.key());
        a.agent = hold.agent;
        if (hold.status == u"posted" && hold.resolvedAt >= m_from && hold.resolvedAt < m_to) {
            Tally &t = tallies[{hold.stage, hold.agent}];
            --t.succeeded;
            t.successMs -= hold.durationMs;
        }
        if (a.failed) {
            failed.append(std::move(a));
        }
    }
    if (!recover(failed, unsuccessful)) {
        return false;
    }
    for (const UnsuccessfulAttempt &a : std::as_const(failed)) {
        ++m.failedAttempts;
        m.recoveredAttempts += a.recovered ? 1 : 0;
        Tally &t = tallies[{a.stage, a.agent}];
        ++t.failed;
        t.recovered += a.recovered ? 1 : 0;
    }
    m.recoveryRate = ratio(m.recoveredAttempts, m.failedAttempts);

    QMap<QString, Tally> stages;
    QMap<QString, Tally> agents;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        stages[it.key().first].add(it.value());
        agents[it.key().second].add(it.value());
    }
    for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
        m.stages.append(breakdown(it.key(), it.value()));
    }
    for (auto it = agents.cbegin(); it != agents.cend(); ++it) {
        m.agents.append(breakdown(it.key(), it.value()));
    }
    return true;
}

} // namespace

double nearestRank(const QList<double> &ascending, double p)
{
    if (ascending.isEmpty()) {
        return 0;
    }
    const auto rank = static_cast<qsizetype>(std::ceil(p * double(ascending.size())));
    return ascending.at(std::clamp<qsizetype>(rank, 1, ascending.size()) - 1);
}

KeyMetrics readKeyMetrics(Database &database, const QDateTime &from, const QDateTime &to)
{
    KeyMetrics m;
    m.from = from;
    m.to = to;
    Reading reading(database, from, to);
    // One read transaction: the figures are of one moment, even while the engine writes.
    const bool inTransaction = database.connection().transaction();
    m.ok = reading.endedExecutions(m) && reading.gates(m) && reading.attempts(m);
    if (inTransaction) {
        database.connection().commit();
    }
    if (!m.ok) {
        m.error = Text::tr("The key metrics could not be read: %1").arg(reading.error());
    }
    return m;
}

ActiveExecutions readActiveExecutions(Database &database)
{
    ActiveExecutions a;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // executions_by_status: only the unfinished rows are read.
    if (!q.exec(
            QStringLiteral("SELECT status, CASE WHEN waiting_gate = '' THEN 0 ELSE 1 END,"
                           " COUNT(*) FROM executions"
                           " WHERE status IN ('pending', 'running', 'paused')"
                           " GROUP BY status, CASE WHEN waiting_gate = '' THEN 0 ELSE 1 END"))) {
        a.ok = false;
        return a;
    }
    while (q.next()) {
        const std::optional<ExecutionStatus> status = statusFromName(q.value(0).toString());
        const int count = q.value(2).toInt();
        if (status == ExecutionStatus::Pending) {
            a.queued += count;
        } else if (status == ExecutionStatus::Paused) {
            a.paused += count;
        } else if (q.value(1).toInt() != 0) {
            a.waitingAtGate += count;
        } else {
            a.running += count;
        }
    }
    return a;
}

} // namespace Conductor
