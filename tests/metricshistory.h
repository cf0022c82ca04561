// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the key metrics' tests: a history written row by row as the store writes it
// (executions, their events, gates and ledger holds), with answers worked out by hand
// for the day before an anchor time T (the window [T - 24 h, T)), its last hour and its
// last 7 days. What each row is for, and the answers, are written beside it.

#include "engine/event.h"
#include "store/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Conductor::Test {

using namespace Qt::StringLiterals;

class MetricsHistory final
{
public:
    explicit MetricsHistory(Database &db, const QDateTime &anchor)
        : m_db(db)
        , m_t(anchor)
    {}

    // Writes it all; false (with the database's error in error()) when a row is refused.
    [[nodiscard]] bool write()
    {
        if (!m_db.beginWrite()) {
            m_error = m_db.lastError();
            return false;
        }
        const QDateTime from = m_t.addDays(-1);
        // Ended in the window: e01..e07 and e10 completed, e08 and e09 failed, with
        // durations 10 s, 20 s, ... 100 s: success 8 / 10, mean 55 s, p50 50 s, p95 100 s;
        // tokens 36,000 and $3.60 over 8 completed: 4,500 tokens and $0.45 each.
        const int hours[] = {20, 19, 18, 17, 16, 15, 0, 14, 13};
        for (int i = 1; i <= 9; ++i) {
            const bool completed = i <= 7;
            const QDateTime end =
                i == 7 ? m_t.addSecs(-30 * 60) : m_t.addSecs(-3600 * hours[i - 1]);
            ended(id(i), completed ? EventType::Completed : EventType::Failed, end, i * 10,
                  completed ? i * 1000 : 500, completed ? i * 100'000 : 50'000);
        }
        ended(id(10), EventType::Completed, from, 100, 8000, 800'000); // at from: in
        ended(id(11), EventType::Completed, m_t, 30, 1000, 10'000);    // at to: out
        // Just before the window: in the last 7 days only (200 s, 9,000 tokens, $0.90).
        ended(id(12), EventType::Completed, from.addMSecs(-1), 200, 9000, 900'000);
        ended(id(13), EventType::Cancelled, m_t.addSecs(-12 * 3600), 5, 0, 0);
        // Failed in the window, retried and completed after it: its end is after the
        // window, in none of the windows that end at T.
        execution(id(14), u"completed"_s, m_t.addSecs(-11 * 3600 - 60), m_t.addSecs(3600), 0, 0);
        event(id(14), EventType::Failed, m_t.addSecs(-11 * 3600));
        event(id(14), EventType::StageReset, m_t.addSecs(-11 * 3600 + 60));
        event(id(14), EventType::Completed, m_t.addSecs(3600));
        // Active now: running at a gate, paused, queued, running.
        execution(id(15), u"running"_s, m_t.addSecs(-3600), m_t, 0, 0, u"risk_review"_s);
        execution(id(16), u"paused"_s, m_t.addSecs(-3 * 3600), m_t, 0, 0);
        execution(id(17), u"pending"_s, m_t.addSecs(-60), m_t.addSecs(-60), 0, 0);
        execution(id(18), u"running"_s, m_t.addSecs(-120), m_t, 0, 0);

        // Gate groups decided in the window: 5, of which 2 approved at their first
        // decision (0.4): e01's risk gate (approved) and deploy gate (approved at from),
        // e02's (rejected, then approved), e03's (expired), e04's (rejected two days
        // before, approved in the window). e05's was decided at T: out. Two wait.
        gate(u"g01"_s, id(1), u"risk_gate"_s, u"approved"_s, m_t.addSecs(-20 * 3600 - 1800));
        gate(u"g07"_s, id(1), u"deploy_gate"_s, u"approved"_s, from);
        gate(u"g02a"_s, id(2), u"risk_gate"_s, u"rejected"_s, m_t.addSecs(-19 * 3600 - 1800));
        gate(u"g02b"_s, id(2), u"risk_gate"_s, u"approved"_s, m_t.addSecs(-19 * 3600 - 900));
        gate(u"g03"_s, id(3), u"risk_gate"_s, u"expired"_s, m_t.addSecs(-18 * 3600 - 1800));
        gate(u"g04a"_s, id(4), u"risk_gate"_s, u"rejected"_s, m_t.addDays(-2));
        gate(u"g04b"_s, id(4), u"risk_gate"_s, u"approved"_s, m_t.addSecs(-17 * 3600 - 1800));
        gate(u"g05"_s, id(5), u"risk_gate"_s, u"approved"_s, m_t);
        gate(u"g15"_s, id(15), u"risk_gate"_s, u"pending"_s, QDateTime(), m_t.addSecs(-10 * 60));
        gate(u"g16"_s, id(16), u"deploy_gate"_s, u"pending"_s, QDateTime(), m_t.addSecs(-2 * 3600));

        // Attempts, each under a hold posted when it ended, 30 micro-dollars a token.
        // research (agent researcher): 6 in the window, 4 failed, 3 of them recovered
        // (e01's first by its second; e02's first and second by its third, after the
        // window), e03's not; 2 succeeded, 2 s and 4 s: 3 s; 1,300 tokens, $0.039.
        attempt(id(1), u"research"_s, 1, Failed, m_t.addSecs(-20 * 3600 - 600), 3000, 100);
        attempt(id(1), u"research"_s, 2, Succeeded, m_t.addSecs(-20 * 3600 - 540), 2000, 400);
        attempt(id(2), u"research"_s, 1, Failed, m_t.addSecs(-19 * 3600 - 2400), 1000, 100);
        attempt(id(2), u"research"_s, 2, Failed, m_t.addSecs(-19 * 3600 - 2340), 1000, 100);
        attempt(id(2), u"research"_s, 3, Succeeded, m_t.addSecs(1800), 5000, 300);
        attempt(id(3), u"research"_s, 1, Failed, m_t.addSecs(-18 * 3600 - 2400), 1000, 100);
        attempt(id(4), u"research"_s, 1, Succeeded, m_t.addSecs(-17 * 3600 - 2400), 4000, 500);
        // ux (agent designer): 3, 1 failed and not recovered (its retry's hold voided),
        // 1 interrupted (charged in full), 1 succeeded in 6 s; 1,800 tokens, $0.054.
        attempt(id(5), u"ux"_s, 1, Interrupted, m_t.addSecs(-16 * 3600 - 1800), 0, 1000,
                u"designer"_s);
        attempt(id(5), u"ux"_s, 2, Succeeded, m_t.addSecs(-16 * 3600 - 1200), 6000, 600,
                u"designer"_s);
        attempt(id(6), u"ux"_s, 1, Failed, m_t.addSecs(-15 * 3600 - 1800), 1000, 200,
                u"designer"_s);
        hold(id(6), u"ux"_s, 2, u"designer"_s, u"voided"_s, m_t.addSecs(-15 * 3600 - 1740), 0, 0);
        // apis (agent researcher): 1 in the window (the last hour), 8 s, 1,000 tokens; one
        // before it (in the last 7 days: 9 s), one still held.
        attempt(id(7), u"apis"_s, 1, Succeeded, m_t.addSecs(-40 * 60), 8000, 1000);
        attempt(id(12), u"apis"_s, 1, Succeeded, from.addSecs(-3600), 9000, 900);
        hold(id(15), u"apis"_s, 1, u"researcher"_s, u"pending"_s, QDateTime(), 0, 0);
        if (!m_error.isEmpty()) {
            m_db.rollback();
            return false;
        }
        if (!m_db.commit()) {
            m_error = m_db.lastError();
            return false;
        }
        return true;
    }

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    enum Outcome
    {
        Succeeded,
        Failed,
        Interrupted
    };

    static QString id(int n) { return QStringLiteral("e%1").arg(n, 2, 10, QLatin1Char('0')); }

    void exec(QSqlQuery &q)
    {
        if (!q.exec() && m_error.isEmpty()) {
            m_error = queryError(q);
        }
    }

    void execution(const QString &id, const QString &status, const QDateTime &created,
                   const QDateTime &updated, qint64 tokens, qint64 micros,
                   const QString &waitingGate = QStringLiteral(""))
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO executions (id, pipeline_id, idea_title, status, priority,"
            " current_stage, tokens_used, cost_micros, created_at, updated_at, last_seq,"
            " waiting_gate) VALUES (?, 'i2s', ?, ?, 1, 'research', ?, ?, ?, ?, 0, ?)"));
        q.addBindValue(id);
        q.addBindValue(QString(u"Idea " + id));
        q.addBindValue(status);
        q.addBindValue(tokens);
        q.addBindValue(micros);
        q.addBindValue(toStoredTime(created));
        q.addBindValue(toStoredTime(updated));
        q.addBindValue(waitingGate);
        exec(q);
        event(id, EventType::Created, created);
    }

    void ended(const QString &id, QLatin1String type, const QDateTime &end, int seconds,
               qint64 tokens, qint64 micros)
    {
        const QString status = type == EventType::Completed ? QStringLiteral("completed")
                               : type == EventType::Failed  ? QStringLiteral("failed")
                                                            : QStringLiteral("cancelled");
        execution(id, status, end.addSecs(-seconds), end, tokens, micros);
        event(id, type, end);
    }

    void event(const QString &id, QLatin1String type, const QDateTime &at,
               const QJsonObject &data = {})
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO events (execution_id, seq, type, time, data) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(++m_seq[id]);
        q.addBindValue(QString(type));
        q.addBindValue(toStoredTime(at));
        q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        exec(q);
    }

    void gate(const QString &gateId, const QString &executionId, const QString &checkpoint,
              const QString &status, const QDateTime &decided, const QDateTime &opened = {})
    {
        const QString type = checkpoint == u"risk_gate" ? QStringLiteral("risk_review")
                                                        : QStringLiteral("deploy_review");
        const QDateTime openedAt = opened.isValid() ? opened : decided.addSecs(-600);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO gates (id, execution_id, type, checkpoint, status, critical,"
            " reviewer_role, reason, summary, opened_at, decided_at)"
            " VALUES (?, ?, ?, ?, ?, 0, 'approver', 'opens at every run', '{}', ?, ?)"));
        q.addBindValue(gateId);
        q.addBindValue(executionId);
        q.addBindValue(type);
        q.addBindValue(checkpoint);
        q.addBindValue(status);
        q.addBindValue(toStoredTime(openedAt));
        q.addBindValue(decided.isValid() ? QVariant(toStoredTime(decided))
                                         : QVariant(QMetaType(QMetaType::QString)));
        exec(q);
        event(executionId, EventType::GateOpened, openedAt,
              {{QStringLiteral("gateId"), gateId}, {QStringLiteral("checkpoint"), checkpoint}});
        if (decided.isValid()) {
            event(executionId, EventType::GateDecided, decided,
                  {{QStringLiteral("gateId"), gateId}, {QStringLiteral("decision"), status}});
        }
    }

    void hold(const QString &executionId, const QString &stage, int attempt, const QString &agent,
              const QString &status, const QDateTime &resolved, qint64 durationMs, qint64 tokens)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO budget_holds (id, execution_id, owner, day, stage, agent, tokens,"
            " emergency, cost, override, status, recorded, used_tokens, used_cost, duration_ms,"
            " estimated, alert_threshold, held_at, resolved_at) VALUES (?, ?, 'test', ?, ?, ?,"
            " 1000, 0, 30000, 0, ?, 1, ?, ?, ?, 0, 0, ?, ?)"));
        const QDateTime heldAt =
            resolved.isValid() ? resolved.addMSecs(-durationMs) : m_t.addSecs(-600);
        q.addBindValue(QString(executionId + u':' + stage + u':' + QString::number(attempt)));
        q.addBindValue(executionId);
        q.addBindValue(heldAt.date().toString(Qt::ISODate));
        q.addBindValue(stage);
        q.addBindValue(agent);
        q.addBindValue(status);
        const bool posted = status == u"posted";
        q.addBindValue(posted ? QVariant(tokens) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(posted ? QVariant(tokens * 30) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(posted ? QVariant(durationMs) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(toStoredTime(heldAt));
        q.addBindValue(resolved.isValid() ? QVariant(toStoredTime(resolved))
                                          : QVariant(QMetaType(QMetaType::QString)));
        exec(q);
    }

    // The attempt's start, its hold posted at its end, and the event of its outcome then.
    void attempt(const QString &executionId, const QString &stage, int n, Outcome outcome,
                 const QDateTime &end, qint64 durationMs, qint64 tokens,
                 const QString &agent = QStringLiteral("researcher"))
    {
        const QJsonObject which{{QStringLiteral("stage"), stage}, {QStringLiteral("attempt"), n}};
        QJsonObject started = which;
        started.insert(QStringLiteral("agent"), agent);
        event(executionId, EventType::AttemptStarted, end.addMSecs(-durationMs), started);
        hold(executionId, stage, n, agent, QStringLiteral("posted"), end, durationMs, tokens);
        switch (outcome) {
        case Succeeded:
            event(executionId, EventType::AttemptSucceeded, end, which);
            event(executionId, EventType::StageCompleted, end, {{QStringLiteral("stage"), stage}});
            break;
        case Failed:
            event(executionId, EventType::AttemptFailed, end, which);
            break;
        case Interrupted:
            event(executionId, EventType::AttemptInterrupted, end, which);
            break;
        }
    }

    Database &m_db;
    QDateTime m_t;
    QHash<QString, qint64> m_seq;
    QString m_error;
};

} // namespace Conductor::Test
