// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the UI tests: an execution's state built the way the engine builds it, by applying
// its events one by one (execution_created with the pipeline's stage order, attempts,
// retries, gates, checkpoints), so that a test can check a widget after each event.

#include "config/pipeline.h"
#include "engine/executionstate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Conductor::Test {

using namespace Qt::StringLiterals;

// An execution told event by event, a second apart, as the engine would record it.
class ExecutionHistory
{
public:
    explicit ExecutionHistory(const PipelineDefinition &pipeline)
        : m_time(QDateTime::currentDateTimeUtc().addSecs(-600))
    {
        QJsonArray stages;
        for (const QString &id : pipeline.topologicalOrder()) {
            if (pipeline.stage(id)) {
                stages.append(id);
            }
        }
        QJsonObject created;
        created.insert(u"idea"_s, QJsonObject{{u"title"_s, u"Lab gear"_s}});
        created.insert(u"pipelineId"_s, pipeline.id);
        created.insert(u"priority"_s, u"normal"_s);
        created.insert(u"stages"_s, stages);
        add(EventType::Created, created);
        add(EventType::Started, {{QStringLiteral("owner"), u"test"_s}});
    }

    ExecutionState state;

    void add(QLatin1String type, const QJsonObject &data, qint64 afterMs = 1000)
    {
        m_time = m_time.addMSecs(afterMs);
        state.apply(ExecutionEvent{u"exe_1"_s, ++m_seq, QString(type), data, m_time});
    }
    void start(const QString &stage, int attempt, qint64 afterMs = 1000)
    {
        add(EventType::AttemptStarted,
            {{QStringLiteral("stage"), stage},
             {QStringLiteral("attempt"), attempt},
             {QStringLiteral("idempotencyKey"), QString(stage + u"-k")}},
            afterMs);
    }
    void succeed(const QString &stage, int attempt, const QString &verdict = {},
                 const QString &output = {})
    {
        add(EventType::AttemptSucceeded,
            {{QStringLiteral("stage"), stage},
             {QStringLiteral("attempt"), attempt},
             {QStringLiteral("tokens"), 4000},
             {QStringLiteral("costMicros"), 120'000},
             {QStringLiteral("durationMs"), 2500},
             {QStringLiteral("verdict"), verdict},
             {QStringLiteral("output"), output.isEmpty() ? u"# Report\n\nDone."_s : output}});
        add(EventType::StageCompleted,
            {{QStringLiteral("stage"), stage}, {QStringLiteral("verdict"), verdict}});
    }
    void fail(const QString &stage, int attempt, const QString &errorClass, const QString &message,
              qint64 tokens = 0)
    {
        add(EventType::AttemptFailed, {{QStringLiteral("stage"), stage},
                                       {QStringLiteral("attempt"), attempt},
                                       {QStringLiteral("errorClass"), errorClass},
                                       {QStringLiteral("message"), message},
                                       {QStringLiteral("tokens"), tokens},
                                       {QStringLiteral("costMicros"), tokens * 30}});
    }
    void retry(const QString &stage, int nextAttempt, qint64 delayMs)
    {
        add(EventType::RetryScheduled, {{QStringLiteral("stage"), stage},
                                        {QStringLiteral("attempt"), nextAttempt},
                                        {QStringLiteral("delayMs"), delayMs}});
    }
    void run(const QString &stage, const QString &verdict = {})
    {
        start(stage, 1);
        succeed(stage, 1, verdict);
    }
    void openGate(const QString &gateId, const QString &checkpoint, const QString &type,
                  bool critical = false)
    {
        add(EventType::GateOpened, {{QStringLiteral("gateId"), gateId},
                                    {QStringLiteral("checkpoint"), checkpoint},
                                    {QStringLiteral("gateType"), type},
                                    {QStringLiteral("required"), true},
                                    {QStringLiteral("critical"), critical},
                                    {QStringLiteral("reason"), u"opens at every run"_s},
                                    {QStringLiteral("timeoutSeconds"), 3600}});
    }
    void decide(const QString &gateId, const QString &decision)
    {
        add(EventType::GateDecided, {{QStringLiteral("gateId"), gateId},
                                     {QStringLiteral("decision"), decision},
                                     {QStringLiteral("reviewer"), u"ana"_s},
                                     {QStringLiteral("notes"), u"looks fine"_s},
                                     {QStringLiteral("conditions"), QJsonArray{u"watch costs"_s}}});
    }
    void pass(const QString &checkpoint)
    {
        add(EventType::CheckpointPassed, {{QStringLiteral("checkpoint"), checkpoint}});
    }

    // The shipped I2S pipeline mid-run: the risk gate passed, the UX stage done, Scaffold
    // on its second attempt and APIs still waiting.
    [[nodiscard]] static ExecutionState i2sMidRun(const PipelineDefinition &p)
    {
        ExecutionHistory h(p);
        for (const char *id : {"normalize", "research", "feasibility", "market_moat"}) {
            h.run(QString::fromLatin1(id));
        }
        h.start(u"risk"_s, 1);
        h.succeed(u"risk"_s, 1, u"flag"_s,
                  u"# Risk review\n\n## Legal\n\n- Resale of regulated equipment needs a "
                  u"licence in some states.\n- See [the FDA guidance](https://www.fda.gov).\n\n"
                  u"## Verdict\n\n**flag**: a person should look at the legal risks."_s);
        h.openGate(u"g1"_s, u"risk_gate"_s, u"risk_review"_s);
        h.openGate(u"g2"_s, u"risk_gate"_s, u"human_approval"_s, true);
        h.decide(u"g1"_s, u"approved"_s);
        h.decide(u"g2"_s, u"approved"_s);
        h.pass(u"risk_gate"_s);
        h.run(u"ux"_s);
        h.start(u"scaffold"_s, 1);
        h.fail(u"scaffold"_s, 1, u"TIMEOUT"_s, u"no answer in 60 s"_s);
        h.retry(u"scaffold"_s, 2, 2000);
        h.start(u"scaffold"_s, 2, 2000);
        return h.state;
    }

private:
    QDateTime m_time;
    qint64 m_seq = 0;
};

} // namespace Conductor::Test
