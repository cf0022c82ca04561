// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The dashboard's key metrics over a large history: a database of N executions spread
// over D days is fabricated row by row (events, executions, gates and ledger holds as the
// engine writes them: S stages each, one attempt in ten failing first and most of those
// recovered by a retry, a risk gate decided in each, outputs of a few hundred bytes), then
// the metrics of the last hour, day, week and 30 days are read, on a fresh connection
// first and again warm.
//
//   bench_metrics [--executions N] [--days D] [--stages S] [--db FILE] [--runs R]
//
// With --db, an existing file is read as it is (fabricate once, measure often).

#include "engine/event.h"
#include "store/database.h"
#include "store/keymetrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct Writer
{
    explicit Writer(Database &db)
        : event(db.connection())
        , execution(db.connection())
        , hold(db.connection())
        , gate(db.connection())
    {
        event.prepare(QStringLiteral(
            "INSERT INTO events (execution_id, seq, type, time, data) VALUES (?, ?, ?, ?, ?)"));
        execution.prepare(QStringLiteral(
            "INSERT INTO executions (id, pipeline_id, idea_title, status, priority,"
            " current_stage, tokens_used, cost_micros, created_at, updated_at, last_seq,"
            " waiting_gate) VALUES (?, 'i2s', ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)"));
        hold.prepare(QStringLiteral(
            "INSERT INTO budget_holds (id, execution_id, owner, day, stage, agent, tokens,"
            " emergency, cost, override, status, recorded, used_tokens, used_cost, duration_ms,"
            " estimated, alert_threshold, held_at, resolved_at) VALUES (?, ?, 'bench', ?, ?,"
            " ?, ?, 0, ?, 0, 'posted', 1, ?, ?, ?, 0, 0, ?, ?)"));
        gate.prepare(QStringLiteral(
            "INSERT INTO gates (id, execution_id, type, checkpoint, status, critical,"
            " reviewer_role, reason, summary, opened_at, decided_at, reviewer)"
            " VALUES (?, ?, 'risk_review', 'risk_gate', ?, 0, 'approver', 'every run', '{}', ?,"
            " ?, 'ana')"));
    }

    void addEvent(const QString &id, qint64 seq, QLatin1String type, const QDateTime &at,
                  const QJsonObject &data)
    {
        event.bindValue(0, id);
        event.bindValue(1, seq);
        event.bindValue(2, QString(type));
        event.bindValue(3, toStoredTime(at));
        event.bindValue(4, compact(data));
        if (!event.exec()) {
            std::fprintf(stderr, "insert: %s\n", qPrintable(queryError(event)));
            std::exit(1);
        }
    }

    QSqlQuery event;
    QSqlQuery execution;
    QSqlQuery hold;
    QSqlQuery gate;
};

// Fabricates the history; returns the time its newest execution was created.
QDateTime fabricate(Database &db, int executions, int days, int stages)
{
    QRandomGenerator random(42);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime begin = end.addDays(-days);
    const double spacingMs = double(days) * 86'400'000.0 / executions;
    const QString output(300, u'x');
    Writer w(db);
    QElapsedTimer timer;
    timer.start();
    // An execution's row is written after its events, with its totals.
    db.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    if (!db.beginWrite()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        std::exit(1);
    }
    for (int i = 0; i < executions; ++i) {
        const QString id = QStringLiteral("exe_%1").arg(i, 7, 10, QLatin1Char('0'));
        const QDateTime created = begin.addMSecs(static_cast<qint64>(i * spacingMs));
        QDateTime t = created;
        qint64 seq = 0;
        w.addEvent(id, ++seq, EventType::Created, t,
                   {{QStringLiteral("pipelineId"), QStringLiteral("i2s")},
                    {QStringLiteral("idea"), QJsonObject{{QStringLiteral("title"), id}}}});
        w.addEvent(id, ++seq, EventType::Started, t, {{QStringLiteral("owner"), u"bench"_s}});
        // The newest fifty still run.
        const bool running = i >= executions - 50;
        const int roll = static_cast<int>(random.bounded(100));
        const bool cancelled = !running && roll < 5;
        const bool failedRun = !running && roll >= 5 && roll < 20;
        const int lastStage = cancelled || failedRun ? stages / 2 : (running ? 2 : stages);
        qint64 tokens = 0;
        qint64 micros = 0;
        for (int s = 0; s < lastStage; ++s) {
            const QString stage = QStringLiteral("stage_%1").arg(s, 2, 10, QLatin1Char('0'));
            const QString agent = QStringLiteral("agent_%1").arg(s % 4);
            const bool failsFirst = random.bounded(10) == 0;
            const bool failsForGood = failedRun && s == lastStage - 1;
            const int tries = failsForGood ? 1 : (failsFirst ? 2 : 1);
            for (int attempt = 1; attempt <= tries; ++attempt) {
                const bool fails = failsForGood || (failsFirst && attempt == 1);
                const QString key = id + u':' + stage + u':' + QString::number(attempt);
                w.addEvent(id, ++seq, EventType::AttemptStarted, t,
                           {{QStringLiteral("stage"), stage},
                            {QStringLiteral("attempt"), attempt},
                            {QStringLiteral("idempotencyKey"), key},
                            {QStringLiteral("agent"), agent}});
                const QDateTime heldAt = t;
                const qint64 ms = 5'000 + random.bounded(60'000);
                t = t.addMSecs(ms);
                const qint64 used = 2'000 + random.bounded(6'000);
                tokens += used;
                micros += used * 30;
                w.hold.bindValue(0, key);
                w.hold.bindValue(1, id);
                w.hold.bindValue(2, heldAt.date().toString(Qt::ISODate));
                w.hold.bindValue(3, stage);
                w.hold.bindValue(4, agent);
                w.hold.bindValue(5, 10'000);
                w.hold.bindValue(6, 300'000);
                w.hold.bindValue(7, used);
                w.hold.bindValue(8, used * 30);
                w.hold.bindValue(9, ms);
                w.hold.bindValue(10, toStoredTime(heldAt));
                w.hold.bindValue(11, toStoredTime(t));
                if (!w.hold.exec()) {
                    std::fprintf(stderr, "hold: %s\n", qPrintable(queryError(w.hold)));
                    std::exit(1);
                }
                w.addEvent(id, ++seq, EventType::BudgetPosted, t,
                           {{QStringLiteral("reservation"), key},
                            {QStringLiteral("stage"), stage},
                            {QStringLiteral("agent"), agent},
                            {QStringLiteral("usedTokens"), used},
                            {QStringLiteral("usedCostMicros"), used * 30},
                            {QStringLiteral("durationMs"), ms}});
                if (fails) {
                    w.addEvent(id, ++seq, EventType::AttemptFailed, t,
                               {{QStringLiteral("stage"), stage},
                                {QStringLiteral("attempt"), attempt},
                                {QStringLiteral("errorClass"), u"TIMEOUT"_s},
                                {QStringLiteral("durationMs"), ms}});
                } else {
                    w.addEvent(id, ++seq, EventType::AttemptSucceeded, t,
                               {{QStringLiteral("stage"), stage},
                                {QStringLiteral("attempt"), attempt},
                                {QStringLiteral("tokens"), used},
                                {QStringLiteral("durationMs"), ms},
                                {QStringLiteral("output"), output}});
                    w.addEvent(id, ++seq, EventType::StageCompleted, t,
                               {{QStringLiteral("stage"), stage}});
                }
            }
            if (s == stages / 2 - 1 && !failsForGood) {
                const QString gateId = id + u":risk";
                const bool approved = random.bounded(10) < 8;
                const QDateTime decided = t.addSecs(30 + random.bounded(600));
                w.addEvent(id, ++seq, EventType::GateOpened, t,
                           {{QStringLiteral("gateId"), gateId},
                            {QStringLiteral("checkpoint"), u"risk_gate"_s}});
                w.addEvent(
                    id, ++seq, EventType::GateDecided, decided,
                    {{QStringLiteral("gateId"), gateId},
                     {QStringLiteral("decision"), approved ? u"approved"_s : u"rejected"_s}});
                w.gate.bindValue(0, gateId);
                w.gate.bindValue(1, id);
                w.gate.bindValue(2, approved ? u"approved"_s : u"rejected"_s);
                w.gate.bindValue(3, toStoredTime(t));
                w.gate.bindValue(4, toStoredTime(decided));
                if (!w.gate.exec()) {
                    std::fprintf(stderr, "gate: %s\n", qPrintable(queryError(w.gate)));
                    std::exit(1);
                }
                t = decided;
            }
        }
        QString status = QStringLiteral("running");
        if (!running) {
            const QLatin1String type = cancelled   ? EventType::Cancelled
                                       : failedRun ? EventType::Failed
                                                   : EventType::Completed;
            status = cancelled ? u"cancelled"_s : failedRun ? u"failed"_s : u"completed"_s;
            w.addEvent(id, ++seq, type, t, {});
        }
        w.execution.bindValue(0, id);
        w.execution.bindValue(1, id);
        w.execution.bindValue(2, status);
        w.execution.bindValue(3, QStringLiteral("stage_00"));
        w.execution.bindValue(4, tokens);
        w.execution.bindValue(5, micros);
        w.execution.bindValue(6, toStoredTime(created));
        w.execution.bindValue(7, toStoredTime(t));
        w.execution.bindValue(8, seq);
        w.execution.bindValue(9, storedText(QString()));
        if (!w.execution.exec()) {
            std::fprintf(stderr, "execution: %s\n", qPrintable(queryError(w.execution)));
            std::exit(1);
        }
        if (i % 10'000 == 9'999) {
            if (!db.commit() || !db.beginWrite()) {
                std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
                std::exit(1);
            }
            std::printf("fabricated %d executions (%.1f s)\n", i + 1, timer.elapsed() / 1000.0);
            std::fflush(stdout);
        }
    }
    if (!db.commit()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        std::exit(1);
    }
    return end;
}

QDateTime newestCreation(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT MAX(updated_at) FROM executions")) || !q.next()) {
        return QDateTime::currentDateTimeUtc();
    }
    return fromStoredTime(q.value(0).toString());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption executionsOption(u"executions"_s, u"Executions."_s, u"N"_s,
                                              u"100000"_s);
    const QCommandLineOption daysOption(u"days"_s, u"Days they span."_s, u"D"_s, u"100"_s);
    const QCommandLineOption stagesOption(u"stages"_s, u"Stages each."_s, u"S"_s, u"10"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Database file (kept)."_s, u"FILE"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Warm reads per window."_s, u"R"_s, u"5"_s);
    parser.addOptions({executionsOption, daysOption, stagesOption, dbOption, runsOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : dir.filePath(QStringLiteral("metrics.db"));
    const bool exists = QFileInfo::exists(path);
    QDateTime now;
    {
        Database db(path, u"bench");
        if (!db.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        if (!exists) {
            QElapsedTimer t;
            t.start();
            now = fabricate(db, parser.value(executionsOption).toInt(),
                            parser.value(daysOption).toInt(), parser.value(stagesOption).toInt());
            std::printf("fabricated in %.1f s: %s\n", t.elapsed() / 1000.0, qPrintable(path));
        }
        now = newestCreation(db).addSecs(60);
    }

    const struct
    {
        const char *name;
        qint64 seconds;
    } windows[] = {{"last hour", 3600},
                   {"last 24 hours", 86'400},
                   {"last 7 days", 7 * 86'400},
                   {"last 30 days", 30 * 86'400}};
    const int runs = std::max(1, parser.value(runsOption).toInt());
    for (const auto &window : windows) {
        // A fresh connection, as the reader thread's first read after start-up.
        Database db(path, u"bench-read");
        if (!db.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        const QDateTime from = now.addSecs(-window.seconds);
        QElapsedTimer t;
        t.start();
        KeyMetrics m = readKeyMetrics(db, from, now);
        const double first = double(t.nsecsElapsed()) / 1e6;
        std::vector<double> warm;
        for (int r = 0; r < runs; ++r) {
            t.restart();
            m = readKeyMetrics(db, from, now);
            warm.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(warm.begin(), warm.end());
        if (!m.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(m.error));
            return 1;
        }
        std::printf("%-14s first %7.1f ms, warm median %7.1f ms | ended %d/%d/%d, success %.3f,"
                    " mean %.0f s, p95 %.0f s, gates %d (first-approved %.3f),"
                    " failed attempts %d (recovered %.3f), stages %lld, agents %lld\n",
                    window.name, first, warm.at(warm.size() / 2), m.completed, m.failed,
                    m.cancelled, m.successRate.value_or(-1), m.meanSeconds.value_or(-1),
                    m.p95Seconds.value_or(-1), m.gateGroupsDecided,
                    m.firstApprovalRate.value_or(-1), m.failedAttempts, m.recoveryRate.value_or(-1),
                    static_cast<long long>(m.stages.size()),
                    static_cast<long long>(m.agents.size()));
    }
    Database db(path, u"bench-active");
    if (db.open()) {
        QElapsedTimer t;
        t.start();
        const ActiveExecutions a = readActiveExecutions(db);
        std::printf("active executions: running %d, at a gate %d, paused %d, queued %d"
                    " (%.2f ms)\n",
                    a.running, a.waitingAtGate, a.paused, a.queued, double(t.nsecsElapsed()) / 1e6);
    }
    return 0;
}
