// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An agent that is an external program, one process per attempt: whatever a team already
// has (a script, a CLI around a model, a container) becomes a stage. The program gets
// the request as one JSON object on stdin, which is then closed:
//   {"executionId", "stage": {"id", "name"}, "attempt", "idempotencyKey",
//    "idea": {"id", "title", "description", "domain", "metadata": {}},
//    "inputs": [{"stage", "name", "output"}], "maxTokens",
//    "verdict": "none" | "passFlag" | "passFail", "timeoutMs"}
// and answers with one JSON object on stdout:
//   {"status": "ok" | "error", "output": Markdown, "usage": {"tokens", "costUSD"},
//    "verdict": "pass" | "flag" | "fail", "errorClass", "message"}
// Every line it writes to stderr goes to the agents' log (conductor.agents), prefixed
// with the execution and the stage; the last 64 KiB are kept for the error message.
//
// How the way it ends becomes a result:
//   exit 0, a JSON answer          the answer ("status": "error" fails with its
//                                  errorClass, AGENT_ERROR when that is not a known class)
//   exit 0, anything else          INVALID_OUTPUT (not JSON, no "output", bad usage)
//   exit 64, 65 (usage, data)      INVALID_REQUEST
//   exit 69, 75 (unavailable,      TEMPORARY_FAILURE
//   temporary failure)
//   exit 124 (as timeout(1))       TIMEOUT
//   any other exit status          AGENT_ERROR, with the last lines of stderr
//   killed by a signal             TEMPORARY_FAILURE, naming the signal
//   no answer within the timeout   TIMEOUT (the whole process group is killed)
//   more stdout than allowed       INVALID_OUTPUT (the process group is killed)
//   the program cannot start       AGENT_ERROR ("cannot start '/x': ...")
// A stage that gives a verdict gets "flag" (pass/flag stages) or "fail" (pass/fail
// stages) when the answer has none or one it cannot give.
//
// The process is the leader of its own process group, so its helpers die with it: a
// timeout, cancel() or the run's destruction sends SIGTERM to the group, and SIGKILL
// two seconds later if it is still there; whatever is left in the group when the program
// exits is killed too. On Linux the program also gets SIGKILL when the thread that
// started it (the engine thread) ends, so a Conductor that crashes leaves no agent
// running. Nothing waits: the run follows the process through QProcess's signals only,
// and a process still running when its run is deleted is reaped in the background.
// Owned by whoever made it (the engine), one per agent definition; runs are owned by the
// parent passed to start().

#include "agents/agent.h"

#include <QCoreApplication>

namespace Conductor {

class CommandAgent final : public Agent
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::CommandAgent)

public:
    explicit CommandAgent(AgentDefinition definition);

    [[nodiscard]] AgentRun *start(const AgentRequest &request, QObject *parent) override;

    [[nodiscard]] const AgentDefinition &definition() const { return m_definition; }

    // The JSON object the program reads on stdin.
    [[nodiscard]] static QByteArray requestJson(const AgentRequest &request);

    // How long a process group has after SIGTERM before it gets SIGKILL.
    static constexpr std::chrono::milliseconds killGrace{2000};
    // How much of stderr is kept for the error message.
    static constexpr qsizetype stderrTailBytes = 64 * 1024;

private:
    AgentDefinition m_definition;
};

} // namespace Conductor
