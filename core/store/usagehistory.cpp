// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagehistory.h"

#include "database.h"
#include "logging/logging.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Conductor {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

// The digits at [at, at + count) as a number, or -1 when one is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Sums per stage or agent, in the order they first appear.
class Totals final
{
public:
    UsageTotal &operator[](const QString &name)
    {
        auto it = m_index.constFind(name);
        if (it == m_index.cend()) {
            it = m_index.insert(name, m_totals.size());
            m_totals.append(UsageTotal{name, 0, {}, 0});
        }
        return m_totals[*it];
    }

    // Most tokens first, then most dollars, then by name.
    [[nodiscard]] QList<UsageTotal> sorted() &&
    {
        std::sort(m_totals.begin(), m_totals.end(), [](const UsageTotal &a, const UsageTotal &b) {
            if (a.tokens != b.tokens) {
                return a.tokens > b.tokens;
            }
            if (a.cost != b.cost) {
                return a.cost > b.cost;
            }
            return a.name < b.name;
        });
        return std::move(m_totals);
    }

private:
    QHash<QString, qsizetype> m_index;
    QList<UsageTotal> m_totals;
};

} // namespace

UsageHistory::UsageHistory(Database &database)
    : m_database(database)
{}

qint64 UsageHistory::storedTimeMs(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ, as toStoredTime() writes it.
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const int year = digits(text, 0, 4);
        const int month = digits(text, 5, 2);
        const int day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        const int ms = digits(text, 20, 3);
        if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 &&
            hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && ms >= 0) {
            const qint64 days =
                daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
            return ((days * 24 + hour) * 60 + minute) * 60'000 + second * 1000 + ms;
        }
    }
    // Anything else a database may hold (another writer's format): the slow, general way.
    const QDateTime time = fromStoredTime(text.toString());
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

UsageSeries UsageHistory::series(const UsageQuery &query) const
{
    m_error.clear();
    UsageSeries s;
    s.from = query.from.toUTC();
    s.to = query.to.toUTC();
    s.executionId = query.executionId;
    s.bucketSeconds = std::max<qint64>(1, query.bucketSeconds);
    if (!s.from.isValid() || !s.to.isValid() || s.to <= s.from) {
        return s;
    }
    const qint64 fromMs = s.from.toMSecsSinceEpoch();
    const qint64 spanMs = s.to.toMSecsSinceEpoch() - fromMs;
    const qint64 spanSeconds = (spanMs + 999) / 1000;
    if (spanSeconds / s.bucketSeconds >= kMaxBuckets) {
        s.bucketSeconds = (spanSeconds + kMaxBuckets - 1) / kMaxBuckets;
    }
    if (query.maxBuckets > 0) {
        const qint64 asked = std::max<qint64>(1, query.bucketSeconds) * 1000;
        const qint64 widest = asked * query.maxBuckets;
        s.bucketSeconds =
            std::max(s.bucketSeconds, (spanMs + widest - 1) / widest * (asked / 1000));
    }
    const qint64 bucketMs = s.bucketSeconds * 1000;
    const auto buckets = static_cast<qsizetype>((spanMs + bucketMs - 1) / bucketMs);
    s.tokens = QList<qint64>(buckets, 0);
    s.costMicros = QList<qint64>(buckets, 0);

    // Stored times are fixed-width UTC text, so that their order is time's order and the
    // window is a range of the index on (status, resolved_at), or of the one on
    // (execution_id, status) for a single execution.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT resolved_at, used_tokens, used_cost, stage, agent"
                                 " FROM budget_holds WHERE status = 'posted'"
                                 " AND resolved_at >= ? AND resolved_at < ?");
    if (!query.executionId.isEmpty()) {
        sql += QStringLiteral(" AND execution_id = ?");
    }
    q.prepare(sql);
    q.addBindValue(toStoredTime(s.from));
    q.addBindValue(toStoredTime(s.to));
    if (!query.executionId.isEmpty()) {
        q.addBindValue(query.executionId);
    }
    if (!q.exec()) {
        m_error = queryError(q);
        qCWarning(lcStore).noquote() << "reading the usage over time:" << m_error;
        s.ok = false;
        return s;
    }
    Totals stages;
    Totals agents;
    qint64 *tokens = s.tokens.data();
    qint64 *cost = s.costMicros.data();
    while (q.next()) {
        const qint64 at = storedTimeMs(q.value(0).toString());
        if (at < fromMs) {
            continue; // unreadable
        }
        const auto bucket = static_cast<qsizetype>((at - fromMs) / bucketMs);
        if (bucket >= buckets) {
            continue;
        }
        const qint64 usedTokens = q.value(1).toLongLong();
        const qint64 usedCost = q.value(2).toLongLong();
        tokens[bucket] += usedTokens;
        cost[bucket] += usedCost;
        s.totalTokens += usedTokens;
        s.totalCost.micros += usedCost;
        ++s.attempts;
        for (auto [totals, column] : {std::pair{&stages, 3}, std::pair{&agents, 4}}) {
            UsageTotal &t = (*totals)[q.value(column).toString()];
            t.tokens += usedTokens;
            t.cost.micros += usedCost;
            ++t.attempts;
        }
    }
    s.stages = std::move(stages).sorted();
    s.agents = std::move(agents).sorted();
    return s;
}

} // namespace Conductor
