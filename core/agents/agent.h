// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What runs a stage: an agent takes a request (the idea, the outputs of earlier stages,
// an idempotency key that names this attempt) and, some time later, finishes with a
// result: the output as Markdown, the tokens and dollars it used, and a verdict for the
// stages that give one; or an error class that decides whether the engine retries.
// Runs live on the engine thread; they must never block it.

#include "config/money.h"
#include "config/pipeline.h"
#include "engine/executionstate.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace Conductor {

struct AgentInput
{
    QString stageId;
    QString stageName;
    QString output; // Markdown
};

struct AgentRequest
{
    QString executionId;
    QString stageId;
    QString stageName;
    int attempt = 1;
    QString idempotencyKey; // the same for a reconnect of this attempt, new for a retry
    Idea idea;
    QList<AgentInput> inputs; // completed stages this one depends on, transitively, in order
    std::chrono::milliseconds timeout{0};
    // The most tokens it may ask for (a model's max_tokens): what its budget hold covers;
    // 0 without a ledger. A reply may still report a little more (the prompt).
    qint64 maxTokens = 0;
    VerdictKind verdict = VerdictKind::None;
    QString bundleDir; // OUTPUT/<executionId>, for agents that publish it
};

struct AgentResult
{
    bool ok = false;
    QString errorClass; // TIMEOUT, API_LIMIT, TEMPORARY_FAILURE, ... when !ok
    QString message;
    qint64 tokens = 0;
    Money cost;
    QString output;
    QString verdict; // pass, flag or fail, or empty
    qint64 durationMs = 0;
    // The usage is an estimate (a stream broke before the provider reported its usage).
    bool usageEstimated = false;
    // How long the provider asked to be left alone before another try (429 Retry-After);
    // a retry waits at least this long.
    std::chrono::milliseconds retryAfter{0};
};

class AgentRun : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Stops the run; finished() is not emitted afterwards.
    virtual void cancel() = 0;

Q_SIGNALS:
    // Emitted once, never synchronously from start().
    void finished(const Conductor::AgentResult &result);
    // While it runs, for agents that know (a streamed answer): the tokens used so far and
    // what they cost, estimates until the provider's usage comes with the result.
    void progress(qint64 tokensSoFar, Conductor::Money costSoFar);
};

class Agent
{
public:
    virtual ~Agent() = default;
    // Starts a run owned by parent.
    [[nodiscard]] virtual AgentRun *start(const AgentRequest &request, QObject *parent) = 0;
};

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::AgentResult)
