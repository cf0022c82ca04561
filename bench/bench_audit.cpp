// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit trail on a large history: N executions (100,000 by default) over the last 60
// days, each with its execution_created event (carrying the shipped configuration and
// pipeline as text, as the engine records it), the events no person caused (start,
// attempts, completion) and, for some, a gate decision, a pause and resume, a retry, a
// budget override or a cancellation; and 1,000 configuration changes in the audit table.
// Then the reads the Audit view makes, each timed over several runs (median and worst):
// the default view, the time windows, an actor, a rare search (which scans every row),
// an action; and the CSV export of everything.
//
//   bench_audit [--executions N] [--db PATH] [--runs R]
//
// With --db, an existing database is reused (filled first when it is new).

#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "engine/event.h"
#include "store/audittrail.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Conductor;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool fill(Database &db, int executions)
{
    QFile pipelineFile(PipelineLoader::builtInPath());
    if (!pipelineFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QString pipelineText = QString::fromUtf8(pipelineFile.readAll());
    const QString configText = QString::fromUtf8(ConfigLoader::builtInText());
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const qint64 spanMs = qint64(60) * 24 * 3600 * 1000;
    if (!db.beginWrite()) {
        return false;
    }
    QSqlQuery exec(db.connection());
    exec.prepare(QStringLiteral(
        "INSERT INTO executions (id, pipeline_id, idea_title, status, priority, current_stage,"
        " tokens_used, cost_micros, created_at, updated_at, last_seq)"
        " VALUES (?, 'i2s', ?, 'completed', 1, '', 1000, 30000, ?, ?, ?)"));
    QSqlQuery event(db.connection());
    event.prepare(QStringLiteral(
        "INSERT INTO events (execution_id, seq, type, time, data) VALUES (?, ?, ?, ?, ?)"));
    const QStringList people{QStringLiteral("alice"), QStringLiteral("bob"),
                             QStringLiteral("carol"), QStringLiteral("dave")};
    for (int i = 0; i < executions; ++i) {
        const QString id = QStringLiteral("exec_%1").arg(i, 6, 10, QLatin1Char('0'));
        QDateTime t = end.addMSecs(-spanMs + spanMs * i / executions);
        qint64 seq = 0;
        // The row first: events refer to it.
        exec.bindValue(0, id);
        exec.bindValue(1, QStringLiteral("Idea %1").arg(i));
        exec.bindValue(2, toStoredTime(t));
        exec.bindValue(3, toStoredTime(t));
        exec.bindValue(4, 0);
        if (!exec.exec()) {
            return false;
        }
        const auto add = [&](QLatin1String type, const QJsonObject &data) {
            t = t.addSecs(5);
            event.bindValue(0, id);
            event.bindValue(1, ++seq);
            event.bindValue(2, QString(type));
            event.bindValue(3, toStoredTime(t));
            event.bindValue(4, compact(data));
            return event.exec();
        };
        const QString person = people.at(i % people.size());
        const QString reviewer = people.at((i + 1) % people.size());
        const QJsonObject who{
            {QStringLiteral("by"), person},
            {QStringLiteral("reason"), QStringLiteral("routine check %1").arg(i)}};
        bool ok = add(EventType::Created,
                      {{QStringLiteral("idea"),
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("Idea %1").arg(i)}}},
                       {QStringLiteral("pipelineId"), QStringLiteral("i2s")},
                       {QStringLiteral("priority"), QStringLiteral("normal")},
                       {QStringLiteral("config"), configText},
                       {QStringLiteral("pipeline"), pipelineText},
                       {QStringLiteral("requestedBy"), person},
                       {QStringLiteral("requestedRole"), QStringLiteral("operator")}}) &&
                  add(EventType::Started, {{QStringLiteral("owner"), QStringLiteral("host:1")}}) &&
                  add(EventType::AttemptStarted,
                      {{QStringLiteral("stage"), QStringLiteral("research")}}) &&
                  add(EventType::AttemptSucceeded,
                      {{QStringLiteral("stage"), QStringLiteral("research")}});
        if (i % 2 == 0) {
            ok = ok && add(EventType::GateDecided,
                           {{QStringLiteral("gateId"), QStringLiteral("gate_%1").arg(i)},
                            {QStringLiteral("gateType"), QStringLiteral("risk_review")},
                            {QStringLiteral("decision"),
                             i % 10 == 0 ? QStringLiteral("rejected") : QStringLiteral("approved")},
                            {QStringLiteral("reviewer"), reviewer},
                            {QStringLiteral("notes"), QStringLiteral("looked at it")},
                            {QStringLiteral("conditions"), QJsonArray()},
                            {QStringLiteral("secondFactor"), QStringLiteral("totp")}});
        }
        if (i % 20 == 0) {
            ok = ok && add(EventType::Paused, who) && add(EventType::Resumed, who);
        }
        if (i % 25 == 0) {
            QJsonObject reset = who;
            reset.insert(QStringLiteral("stage"), QStringLiteral("research"));
            ok = ok && add(EventType::StageReset, reset);
        }
        if (i % 100 == 0) {
            QJsonObject grant = who;
            grant.insert(QStringLiteral("amountMicros"), 5'000'000);
            grant.insert(QStringLiteral("tokens"), 1000);
            ok = ok && add(EventType::BudgetOverridden, grant);
        }
        ok = ok && (i % 50 == 0 ? add(EventType::Cancelled, who)
                                : add(EventType::Completed, {{QStringLiteral("bundle"), id}}));
        if (!ok) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(queryError(event)));
            return false;
        }
    }
    QSqlQuery audit(db.connection());
    audit.prepare(QStringLiteral("INSERT INTO audit (id, at, actor, action, subject, reason,"
                                 " detail) VALUES (?, ?, ?, 'config_changed', ?, ?, '{}')"));
    for (int i = 1; i <= 1000; ++i) {
        audit.bindValue(0, i);
        audit.bindValue(1, toStoredTime(end.addMSecs(-spanMs + spanMs * i / 1000)));
        audit.bindValue(2, people.at(i % people.size()));
        audit.bindValue(3, QStringLiteral("conductor-agent.yml"));
        audit.bindValue(4, QStringLiteral("tuning %1").arg(i));
        if (!audit.exec()) {
            return false;
        }
    }
    return db.commit();
}

struct Figures
{
    double medianMs = 0;
    double worstMs = 0;
    qsizetype entries = 0;
};

Figures time(Database &db, const AuditQuery &query, int runs)
{
    std::vector<double> ms;
    Figures f;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer clock;
        clock.start();
        AuditTrail trail(db);
        const std::optional<QList<AuditEntry>> entries = trail.read(query);
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        f.entries = entries ? entries->size() : -1;
    }
    std::sort(ms.begin(), ms.end());
    f.medianMs = ms.at(ms.size() / 2);
    f.worstMs = ms.back();
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("conductor.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("executions"), QStringLiteral("How many."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("A database to reuse."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per read."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.process(app);
    const int executions = parser.value(QStringLiteral("executions")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db"))
                             ? parser.value(QStringLiteral("db"))
                             : dir.filePath(QStringLiteral("audit.db"));
    const bool fresh = !QFileInfo::exists(path);
    Database db(path, u"bench");
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    if (fresh) {
        QElapsedTimer clock;
        clock.start();
        if (!fill(db, executions)) {
            std::fprintf(stderr, "filling failed: %s\n", qPrintable(db.lastError()));
            return 1;
        }
        std::printf("filled %d executions in %.1f s\n", executions, double(clock.elapsed()) / 1e3);
    }
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*), SUM(LENGTH(data)) FROM events"));
        q.next();
        std::printf("events: %lld rows, %.0f MB of payload; database %.0f MB\n",
                    q.value(0).toLongLong(), q.value(1).toDouble() / 1e6,
                    double(QFileInfo(path).size()) / 1e6);
        q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT e.execution_id FROM events e LEFT JOIN"
                              " executions x ON x.id = e.execution_id WHERE e.type ="
                              " 'execution_created' AND e.time >= '2026' ORDER BY e.time DESC"
                              " LIMIT 5000"));
        while (q.next()) {
            std::printf("plan: %s\n", qPrintable(q.value(3).toString()));
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Case
    {
        const char *name;
        AuditQuery query;
    };
    std::vector<Case> cases;
    cases.push_back({"all time, newest 5000 (the default view)", {}});
    AuditQuery day;
    day.from = now.addDays(-1);
    cases.push_back({"last 24 hours", day});
    AuditQuery week;
    week.from = now.addDays(-7);
    cases.push_back({"last 7 days", week});
    AuditQuery actor;
    actor.actor = QStringLiteral("caro");
    cases.push_back({"actor 'caro', all time", actor});
    AuditQuery rare;
    rare.search = QStringLiteral("Idea 4242");
    cases.push_back({"search 'Idea 4242' (scans all), all time", rare});
    AuditQuery rejected;
    rejected.actions = {QStringLiteral("rejected")};
    cases.push_back({"action rejected, all time", rejected});
    AuditQuery config;
    config.actions = {QStringLiteral("config_changed")};
    cases.push_back({"action config_changed, all time", config});
    for (const Case &c : cases) {
        const Figures f = time(db, c.query, runs);
        std::printf("%-45s %7.1f ms median, %7.1f ms worst, %lld entries\n", c.name, f.medianMs,
                    f.worstMs, static_cast<long long>(f.entries));
    }

    // The export: every entry, written as the reader writes it.
    QElapsedTimer clock;
    clock.start();
    AuditQuery all;
    all.limit = 0;
    AuditTrail trail(db);
    const std::optional<QList<AuditEntry>> entries = trail.read(all);
    const double readMs = double(clock.nsecsElapsed()) / 1e6;
    QSaveFile file(dir.filePath(QStringLiteral("audit.csv")));
    if (!entries || !file.open(QIODevice::WriteOnly)) {
        return 1;
    }
    file.write(AuditCsv::header());
    for (const AuditEntry &e : *entries) {
        file.write(AuditCsv::row(e));
    }
    const qint64 size = file.size();
    file.commit();
    std::printf("export of all %lld entries: read %.0f ms, total %.0f ms, %.1f MB of CSV\n",
                static_cast<long long>(entries->size()), readMs, double(clock.nsecsElapsed()) / 1e6,
                double(size) / 1e6);
    return 0;
}
