// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the audit tests: a fabricated history with known answers, inserted as rows. Two
// executions and what people did to them, as the engine records it in events, and two
// configuration changes in the audit table; the times below are counted from a base
// (by default 2026-03-01 09:00 UTC, which is "09:00"):
//
//   09:00 started exec_a (alice)      09:40 retried research (bob)
//   09:05 config_changed (dave)       09:45 skipped ux (bob)
//   09:10 approved risk_review (bob)  09:50 strategy of research (alice)
//   09:20 started exec_b (carol)      09:55 agent of research (alice)
//   09:30 paused exec_b (alice)       10:00 budget_override (carol, reason "=SUM(A1)")
//   09:35 resumed exec_b (alice)      10:05 expired risk_review (timeout)
//                                     10:10 cancelled exec_b (carol, "Stop, please\nnow")
//                                     10:15 config_changed (dave, "+ alert at 60")
// plus events no person caused (execution_started, attempts) that the trail leaves out.

#include "engine/event.h"
#include "store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Conductor::Test {

using namespace Qt::StringLiterals;

inline QDateTime auditTime(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(hour, minute), Qt::UTC);
}

class AuditHistory final
{
public:
    explicit AuditHistory(Database &db, const QDateTime &base = auditTime(9, 0))
        : m_db(db)
        , m_base(base)
    {}

    // A time of the story ("09:00" is the base).
    [[nodiscard]] QDateTime at(int hour, int minute) const
    {
        return m_base.addSecs(((hour - 9) * 60 + minute) * 60);
    }

    bool execution(const QString &id, const QString &title)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO executions (id, pipeline_id, idea_title, status, priority,"
            " current_stage, tokens_used, cost_micros, created_at, updated_at, last_seq)"
            " VALUES (?, 'i2s', ?, 'running', 1, '', 0, 0, ?, ?, 0)"));
        q.addBindValue(id);
        q.addBindValue(title);
        q.addBindValue(toStoredTime(m_base));
        q.addBindValue(toStoredTime(m_base));
        return q.exec();
    }

    bool event(const QString &executionId, QLatin1String type, const QDateTime &at,
               const QJsonObject &data)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO events (execution_id, seq, type, time, data) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(executionId);
        q.addBindValue(++m_seq[executionId]);
        q.addBindValue(QString(type));
        q.addBindValue(toStoredTime(at));
        q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        return q.exec();
    }

    bool audit(qint64 id, const QDateTime &at, const QString &actor, const QString &subject,
               const QString &reason, const QJsonObject &detail)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO audit (id, at, actor, action, subject, reason,"
                                 " detail) VALUES (?, ?, ?, 'config_changed', ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(toStoredTime(at));
        q.addBindValue(actor);
        q.addBindValue(subject);
        q.addBindValue(reason);
        q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        return q.exec();
    }

    // The whole story above.
    bool fill()
    {
        using namespace EventType;
        const auto who = [](const QString &by, const QString &reason) {
            return QJsonObject{{QStringLiteral("by"), by}, {QStringLiteral("reason"), reason}};
        };
        const auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
            o.insert(key, value);
            return o;
        };
        const QJsonObject created{
            {QStringLiteral("idea"), QJsonObject{{QStringLiteral("title"), u"ignored"_s}}},
            {QStringLiteral("pipelineId"), u"i2s"_s},
            {QStringLiteral("priority"), u"normal"_s},
            {QStringLiteral("config"), u"budgets:\n  tokens: {daily: 100000}\n"_s},
            {QStringLiteral("pipeline"), u"id: i2s\nstages: []\n"_s},
            {QStringLiteral("requestedRole"), u"operator"_s}};
        return m_db.beginWrite() && execution(u"exec_a"_s, u"Lab marketplace"_s) &&
               execution(u"exec_b"_s, u"Bike sharing, \"fast\""_s) &&
               event(u"exec_a"_s, Created, at(9, 0), with(created, u"requestedBy"_s, u"alice"_s)) &&
               event(u"exec_a"_s, Started, at(9, 0).addSecs(1),
                     {{QStringLiteral("owner"), u"host:1"_s}}) &&
               audit(1, at(9, 5), u"dave"_s, u"conductor-agent.yml"_s, u"raise the daily budget"_s,
                     {{QStringLiteral("changes"),
                       QJsonArray{u"budgets.cost.dailyBudgetUSD: 50 -> 80"_s}}}) &&
               event(u"exec_a"_s, GateDecided, at(9, 10),
                     {{QStringLiteral("gateId"), u"gate_1"_s},
                      {QStringLiteral("gateType"), u"risk_review"_s},
                      {QStringLiteral("decision"), u"approved"_s},
                      {QStringLiteral("reviewer"), u"bob"_s},
                      {QStringLiteral("notes"), u"Looks fine"_s},
                      {QStringLiteral("conditions"), QJsonArray{u"watch costs"_s}},
                      {QStringLiteral("role"), u"reviewer"_s},
                      {QStringLiteral("secondFactor"), u"totp"_s}}) &&
               event(u"exec_b"_s, Created, at(9, 20),
                     with(created, u"requestedBy"_s, u"carol"_s)) &&
               event(u"exec_b"_s, AttemptStarted, at(9, 21),
                     {{QStringLiteral("stage"), u"research"_s}}) &&
               event(u"exec_b"_s, Paused, at(9, 30), who(u"alice"_s, u"Checking costs"_s)) &&
               event(u"exec_b"_s, Resumed, at(9, 35), who(u"alice"_s, QString())) &&
               event(u"exec_b"_s, StageReset, at(9, 40),
                     with(who(u"bob"_s, u"transient error"_s), u"stage"_s, u"research"_s)) &&
               event(u"exec_b"_s, StageSkipped, at(9, 45),
                     with(who(u"bob"_s, u"not needed"_s), u"stage"_s, u"ux"_s)) &&
               event(u"exec_b"_s, StrategyChanged, at(9, 50),
                     with(with(who(u"alice"_s, u"flaky"_s), u"stage"_s, u"research"_s),
                          u"strategy"_s, u"aggressive"_s)) &&
               event(u"exec_b"_s, StrategyChanged, at(9, 55),
                     with(with(who(u"alice"_s, u"better model"_s), u"stage"_s, u"research"_s),
                          u"agent"_s, u"gpt"_s)) &&
               event(u"exec_b"_s, BudgetOverridden, at(10, 0),
                     with(with(who(u"carol"_s, u"=SUM(A1)"_s), u"amountMicros"_s, 5000000),
                          u"tokens"_s, 1000)) &&
               event(u"exec_a"_s, GateDecided, at(10, 5),
                     {{QStringLiteral("gateId"), u"gate_2"_s},
                      {QStringLiteral("gateType"), u"risk_review"_s},
                      {QStringLiteral("decision"), u"expired"_s},
                      {QStringLiteral("reviewer"), u"timeout"_s},
                      {QStringLiteral("notes"), u"no decision within 1h"_s},
                      {QStringLiteral("conditions"), QJsonArray()},
                      {QStringLiteral("byTimeout"), true}}) &&
               event(u"exec_b"_s, Cancelled, at(10, 10), who(u"carol"_s, u"Stop, please\nnow"_s)) &&
               audit(2, at(10, 15), u"dave"_s, u"conductor-agent.yml"_s, u"+ alert at 60"_s, {}) &&
               m_db.commit();
    }

private:
    Database &m_db;
    QDateTime m_base;
    QHash<QString, qint64> m_seq;
};

} // namespace Conductor::Test
