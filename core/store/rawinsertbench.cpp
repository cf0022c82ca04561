// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawinsertbench.h"

#include "database.h"
#include "engine/ids.h"
#include "eventwriter.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>

namespace Conductor {

namespace {

// An attempt_succeeded-like payload whose compact JSON is payloadBytes long (or the
// smallest such object, if payloadBytes is smaller).
QJsonObject payloadOf(int payloadBytes)
{
    QJsonObject data{{QStringLiteral("stage"), QStringLiteral("research")},
                     {QStringLiteral("attempt"), 1},
                     {QStringLiteral("tokens"), 1200},
                     {QStringLiteral("costMicros"), 3600},
                     {QStringLiteral("output"), QString()}};
    const qsizetype base = QJsonDocument(data).toJson(QJsonDocument::Compact).size();
    data.insert(QStringLiteral("output"),
                QString(std::max<qsizetype>(0, payloadBytes - base), u'x'));
    return data;
}

} // namespace

RawInsertFigures measureRawInserts(const QString &dbPath, int executions, int eventsPerExecution,
                                   int batchSize, int payloadBytes)
{
    RawInsertFigures figures;
    if (executions <= 0 || eventsPerExecution <= 0 || batchSize <= 0) {
        return figures;
    }
    Database db(dbPath, u"bench");
    if (!db.open()) {
        return figures;
    }
    EventWriter writer(db);
    if (!writer.prepare()) {
        return figures;
    }

    const QString owner = Ids::newOwnerId();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QList<ExecutionSummary> summaries;
    summaries.reserve(executions);
    if (!db.beginWrite()) {
        return figures;
    }
    for (int i = 0; i < executions; ++i) {
        ExecutionSummary s;
        s.id = Ids::newExecutionId();
        s.pipelineId = QStringLiteral("i2s");
        s.ideaTitle = QStringLiteral("benchmark idea %1").arg(i);
        s.status = ExecutionStatus::Running;
        s.currentStage = QStringLiteral("research");
        s.createdAt = start;
        s.updatedAt = start;
        if (writer.insertExecution(s, owner, start.toMSecsSinceEpoch() + 60'000) !=
            EventWriter::Result::Done) {
            db.rollback();
            return figures;
        }
        summaries.append(s);
    }
    if (!db.commit()) {
        db.rollback();
        return figures;
    }

    const QJsonObject data = payloadOf(payloadBytes);
    const qint64 total = qint64(executions) * eventsPerExecution;
    QList<ExecutionEvent> batch;
    QList<int> touched;
    QList<bool> inBatch(executions, false);
    QElapsedTimer timer;
    timer.start();
    for (qint64 k = 0; k < total;) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        batch.clear();
        touched.clear();
        for (; k < total && batch.size() < batchSize; ++k) {
            const int e = int(k % executions);
            ExecutionEvent event;
            event.executionId = summaries[e].id;
            event.seq = k / executions + 1;
            event.type = QStringLiteral("attempt_succeeded");
            event.data = data;
            event.time = now;
            ExecutionSummary &s = summaries[e];
            s.lastSeq = event.seq;
            s.tokensUsed += 1200;
            s.cost = s.cost + Money::fromMicros(3600);
            s.updatedAt = now;
            if (!inBatch[e]) {
                inBatch[e] = true;
                touched.append(e);
            }
            batch.append(std::move(event));
        }
        if (!db.beginWrite()) {
            return figures;
        }
        bool ok = true;
        for (int e : std::as_const(touched)) {
            inBatch[e] = false;
            ok = ok && writer.fence(summaries[e], owner) == EventWriter::Result::Done;
        }
        for (const ExecutionEvent &event : std::as_const(batch)) {
            ok = ok && writer.insertEvent(event) == EventWriter::Result::Done;
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return figures;
        }
        figures.rows += batch.size();
        ++figures.commits;
    }
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    figures.rowsPerSecond = figures.seconds > 0 ? double(figures.rows) / figures.seconds : 0;
    return figures;
}

} // namespace Conductor
