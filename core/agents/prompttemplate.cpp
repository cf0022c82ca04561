// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompttemplate.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Conductor {

// The text here goes to the model, not to the person at the screen: it stays in English
// whatever the interface's language, so that answers and verdict lines read the same.

namespace {

QString metadataLines(const Idea &idea)
{
    QStringList keys = idea.metadata.keys();
    std::sort(keys.begin(), keys.end());
    QStringList lines;
    lines.reserve(keys.size());
    for (const QString &key : keys) {
        lines.append(key + u": " + idea.metadata.value(key).toString());
    }
    return lines.join(u'\n');
}

QString inputBlocks(const AgentRequest &request)
{
    QStringList blocks;
    blocks.reserve(request.inputs.size());
    for (const AgentInput &input : request.inputs) {
        const QString name = input.stageName.isEmpty() ? input.stageId : input.stageName;
        blocks.append(u"## " + name + u"\n\n" + input.output.trimmed());
    }
    return blocks.join(u"\n\n");
}

std::optional<QString> placeholderValue(QStringView name, const AgentRequest &request)
{
    if (name == u"idea.title") {
        return request.idea.title;
    }
    if (name == u"idea.description") {
        return request.idea.description;
    }
    if (name == u"idea.domain") {
        return request.idea.metadata.value(QStringLiteral("domain")).toString();
    }
    if (name == u"idea.metadata") {
        return metadataLines(request.idea);
    }
    if (name == u"inputs") {
        return inputBlocks(request);
    }
    if (name == u"stage.name") {
        return request.stageName;
    }
    if (name == u"stage.id") {
        return request.stageId;
    }
    if (name.startsWith(u"input.")) {
        const QStringView stageId = name.mid(6);
        for (const AgentInput &input : request.inputs) {
            if (input.stageId == stageId) {
                return input.output;
            }
        }
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QString renderPrompt(const QString &templateText, const AgentRequest &request)
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\{\{\s*([A-Za-z0-9_.\-]+)\s*\}\})"));
    QString rendered;
    rendered.reserve(templateText.size());
    qsizetype from = 0;
    auto matches = placeholder.globalMatch(templateText);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        rendered.append(QStringView(templateText).mid(from, match.capturedStart() - from));
        const std::optional<QString> value = placeholderValue(match.capturedView(1), request);
        rendered.append(value ? *value : match.captured(0));
        from = match.capturedEnd();
    }
    rendered.append(QStringView(templateText).mid(from));
    return rendered;
}

QString defaultUserPrompt(const AgentDefinition &agent, const AgentRequest &request)
{
    QString prompt =
        u"# " + (request.stageName.isEmpty() ? request.stageId : request.stageName) + u"\n\n";
    if (!agent.description.isEmpty()) {
        prompt += agent.description.trimmed() + u"\n\n";
    }
    prompt +=
        u"## Idea: " + request.idea.title + u"\n\n" + request.idea.description.trimmed() + u"\n";
    const QString metadata = metadataLines(request.idea);
    if (!metadata.isEmpty()) {
        prompt += u"\n" + metadata + u"\n";
    }
    if (!request.inputs.isEmpty()) {
        prompt += u"\n# Earlier stages\n\n" + inputBlocks(request) + u"\n";
    }
    return prompt;
}

QString verdictInstruction(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::None:
        return {};
    case VerdictKind::PassFlag:
        return QStringLiteral("End your answer with a line of its own that reads exactly "
                              "\"VERDICT: PASS\" or \"VERDICT: FLAG\".");
    case VerdictKind::PassFail:
        return QStringLiteral("End your answer with a line of its own that reads exactly "
                              "\"VERDICT: PASS\" or \"VERDICT: FAIL\".");
    }
    return {};
}

QString userPrompt(const AgentDefinition &agent, const AgentRequest &request)
{
    QString prompt = agent.llm.prompt.trimmed().isEmpty() ? defaultUserPrompt(agent, request)
                                                          : renderPrompt(agent.llm.prompt, request);
    const QString instruction = verdictInstruction(request.verdict);
    if (!instruction.isEmpty()) {
        if (!prompt.endsWith(u'\n')) {
            prompt += u'\n';
        }
        prompt += u'\n' + instruction;
    }
    return prompt;
}

QString parseVerdict(const QString &answer, VerdictKind kind)
{
    if (kind == VerdictKind::None) {
        return {};
    }
    static const QRegularExpression line(
        QStringLiteral(R"(^[\s*_#>`]*VERDICT\s*:\s*[*_`]*\s*(PASS|FLAG|FAIL)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QString found;
    auto matches = line.globalMatch(answer);
    while (matches.hasNext()) {
        found = matches.next().captured(1).toLower();
    }
    const QString negative =
        kind == VerdictKind::PassFlag ? QStringLiteral("flag") : QStringLiteral("fail");
    if (found == u"pass" || found == negative) {
        return found;
    }
    return negative;
}

} // namespace Conductor
