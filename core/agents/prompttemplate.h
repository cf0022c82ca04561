// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The messages a language model is sent for a stage, rendered from the agent's templates,
// and the verdict read back from its answer.
//   - Placeholders: {{idea.title}}, {{idea.description}}, {{idea.domain}} (the idea's
//     "domain" metadata), {{idea.metadata}} ("key: value" lines), {{inputs}} (each earlier
//     stage's output as a "## <name>" block), {{input.<stageId>}}, {{stage.name}} and
//     {{stage.id}}. Spaces inside the braces are allowed; a placeholder it does not know
//     is left as written, so a template can show braces of its own.
//   - Without a prompt template, the user message names the stage, says what the agent
//     does and gives the idea and the earlier outputs.
//   - A stage that gives a verdict has its prompt end with an instruction to close the
//     answer with "VERDICT: PASS" or "VERDICT: FLAG" (or FAIL); the last such line of the
//     answer decides, and a missing or out-of-place verdict counts against the idea.

#include "agents/agent.h"

#include <QString>

namespace Conductor {

// The template with every known placeholder replaced.
[[nodiscard]] QString renderPrompt(const QString &templateText, const AgentRequest &request);

// The user message for a stage whose agent has no prompt template.
[[nodiscard]] QString defaultUserPrompt(const AgentDefinition &agent, const AgentRequest &request);

// The user message sent: the agent's template (or the default) rendered, with the verdict
// instruction appended on verdict stages.
[[nodiscard]] QString userPrompt(const AgentDefinition &agent, const AgentRequest &request);

// The paragraph that asks for a verdict line; empty for VerdictKind::None.
[[nodiscard]] QString verdictInstruction(VerdictKind kind);

// The verdict an answer gives, in lower case: pass, flag or fail. The last line matching
// "VERDICT: PASS|FLAG|FAIL" (any case) counts; without one, or with a verdict the stage
// cannot give, it is flag (PassFlag) or fail (PassFail). Empty for VerdictKind::None.
[[nodiscard]] QString parseVerdict(const QString &answer, VerdictKind kind);

} // namespace Conductor
