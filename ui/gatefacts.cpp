// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatefacts.h"

#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "displayformat.h"
#include "engine/definitioncache.h"
#include "engine/resourceusage.h"
#include "security/roles.h"

#include <QLocale>

namespace Conductor {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// One row of a two-column table: a label and its value (already rich text).
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
        .arg(esc(label), value);
}

QString table(const QString &rows)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
}

QString tokens(qint64 n)
{
    if (n > INT_MAX) { // beyond what a plural form needs to tell apart
        return GateFacts::tr("%1 tokens").arg(QLocale().toString(n));
    }
    return GateFacts::tr("%Ln tokens", nullptr, static_cast<int>(n));
}

QString dollars(Money m)
{
    return DisplayFormat::money(m);
}

QString amounts(qint64 t, Money m)
{
    return GateFacts::tr("%1 · %2").arg(tokens(t), dollars(m));
}

// What a budget gate asks for: only the parts it asks for ("$0.03", "+5,000 tokens").
QString request(qint64 t, Money m)
{
    if (t > 0 && m.micros <= 0) {
        return tokens(t);
    }
    return t <= 0 && m.micros > 0 ? dollars(m) : amounts(t, m);
}

QString localTime(const QDateTime &time)
{
    return DisplayFormat::dateTime(time);
}

// The first line of a stage's output that says something (no heading, no verdict line),
// without Markdown emphasis: what the stage found, in one sentence.
QString headline(const QString &output)
{
    for (const QString &line : output.split(u'\n')) {
        QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'#') || t.startsWith(QStringLiteral("VERDICT:"))) {
            continue;
        }
        t.remove(QStringLiteral("**"));
        if (t.startsWith(QStringLiteral("- "))) {
            t.remove(0, 2);
        }
        return t.size() > 160 ? t.left(159) + u'…' : t;
    }
    return {};
}

QString verdictWord(const QString &verdict)
{
    if (verdict == u"flag") {
        return GateFacts::tr("⚑ FLAG");
    }
    if (verdict == u"fail") {
        return GateFacts::tr("✗ FAIL");
    }
    if (verdict == u"pass") {
        return GateFacts::tr("✓ PASS");
    }
    return verdict.toUpper();
}

bool isFinding(const QString &verdict)
{
    return verdict == u"flag" || verdict == u"fail";
}

QString nameOf(const GateFacts::Names &names, const QString &stageId)
{
    return names.stages.value(stageId, stageId);
}

} // namespace

GateFacts::Names GateFacts::namesOf(const ExecutionState &state)
{
    // Parsed once per definition in the process (the reader parses it when it reads the
    // history), not on the GUI thread for each view.
    Names names;
    if (state.configText.isEmpty() || state.pipelineText.isEmpty()) {
        return names;
    }
    const DefinitionCache::Result loaded =
        DefinitionCache::loadShared(state.configText.toUtf8(), state.pipelineText.toUtf8());
    if (!loaded.definition) {
        return names;
    }
    names.config = loaded.definition->config;
    for (const StageDefinition &s : loaded.definition->pipeline.stages) {
        names.stages.insert(s.id, s.name);
    }
    for (const CheckpointDefinition &c : loaded.definition->pipeline.checkpoints) {
        names.checkpoints.insert(c.id, c.name);
    }
    return names;
}

QString GateFacts::gateTypeText(const QString &type)
{
    if (type == budgetGateType()) {
        return tr("budget");
    }
    QString text = type;
    return text.replace(u'_', u' ');
}

QString GateFacts::spanText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s >= 86400) {
        return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    }
    if (s >= 3600) {
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    }
    if (s >= 60) {
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    }
    return tr("%1 s").arg(s);
}

QString GateFacts::timeoutOutcome(const GateRecord &gate, const Names &names)
{
    if (!names.config || !gate.deadline.isValid()) {
        return {};
    }
    const GateDefinition *d = names.config->gates.find(gate.type);
    const GateDefinition fallback;
    const GateDefinition &definition = d ? *d : fallback;
    // As ExecutionRun::gateTimedOut decides it.
    const std::optional<Role> current = roleFromName(gate.reviewerRole);
    const std::optional<Role> higher = roleFromName(definition.escalateTo);
    if (definition.onTimeout == TimeoutOutcome::Escalate && gate.escalations == 0 && current &&
        higher && *higher > *current) {
        return tr("it passes to the %1 role, with a new deadline").arg(definition.escalateTo);
    }
    if (definition.onTimeout == TimeoutOutcome::Approve && !gate.critical) {
        return tr("it is approved without a reviewer");
    }
    return tr("it expires and the execution fails");
}

QString GateFacts::deadlineText(const GateRecord &gate, const QDateTime &now)
{
    if (!gate.deadline.isValid()) {
        return tr("no deadline");
    }
    const qint64 left = now.msecsTo(gate.deadline);
    return left >= 0 ? tr("%1 (in %2)").arg(localTime(gate.deadline), spanText(left))
                     : tr("%1 (passed %2 ago)").arg(localTime(gate.deadline), spanText(-left));
}

QString GateFacts::decidedText(const GateRecord &gate)
{
    if (gate.status == u"pending") {
        return {};
    }
    const QString when = localTime(gate.decidedAt);
    if (gate.status == u"expired") {
        return tr("This gate expired at %1 without a decision.").arg(when);
    }
    if (gate.reviewer == u"timeout") {
        return tr("This gate was %1 by its timeout at %2.").arg(gate.status, when);
    }
    QString text =
        tr("This gate was already %1 by %2 at %3.").arg(gate.status, gate.reviewer, when);
    if (!gate.notes.isEmpty()) {
        text += u' ' + tr("Notes: %1").arg(gate.notes);
    }
    return text;
}

QString GateFacts::ideaHtml(const ExecutionState &state)
{
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(esc(state.idea.title));
    if (!state.idea.description.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(state.idea.description));
    }
    QString rows;
    for (auto it = state.idea.metadata.cbegin(); it != state.idea.metadata.cend(); ++it) {
        rows += row(it.key(), esc(it.value().toString()));
    }
    const QString who = state.startedByRole.isEmpty()
                            ? esc(state.startedBy)
                            : tr("%1 (%2)").arg(esc(state.startedBy), esc(state.startedByRole));
    rows += row(tr("Started by"), state.startedBy.isEmpty() ? esc(tr("unknown")) : who);
    rows += row(tr("Started"), esc(localTime(state.createdAt)));
    rows += row(tr("Priority"), esc(priorityName(state.priority)));
    rows += row(tr("Execution"), esc(state.id));
    return html + table(rows);
}

QString GateFacts::costsHtml(const ExecutionState &state, const Names &names, const QDateTime &now)
{
    const Configuration config = names.config.value_or(ConfigLoader::builtIn());
    const ResourceUsage u = ResourceUsage::forExecution(state, config, now);
    QString rows = row(tr("Used so far"), esc(amounts(u.tokens.used, u.cost.accrued)));
    if (u.tokens.held > 0 || u.cost.held.micros > 0) {
        rows += row(tr("Held by running attempts"), esc(amounts(u.tokens.held, u.cost.held)));
    }
    int left = 0;
    for (const QString &stageId : state.stageOrder) {
        const StageRun::Status s = state.stages.value(stageId).status;
        left += s == StageRun::Status::Completed || s == StageRun::Status::Skipped ? 0 : 1;
    }
    const bool known = !state.estimates.isEmpty();
    if (known && !isEnded(state.status)) {
        const qint64 moreTokens = u.tokens.estimated - u.tokens.used - u.tokens.held;
        const Money moreCost = u.cost.estimated - u.cost.accrued - u.cost.held;
        rows += row(tr("Still to run (estimate)"),
                    esc(tr("≈ %1 · stages left: %2").arg(amounts(moreTokens, moreCost)).arg(left)));
        rows += row(tr("Expected in all"),
                    QStringLiteral("<b>%1</b>")
                        .arg(esc(tr("≈ %1").arg(amounts(u.tokens.estimated, u.cost.estimated)))));
    } else if (!isEnded(state.status)) {
        rows += row(tr("Still to run"), esc(tr("stages left: %1, no estimate recorded").arg(left)));
    }
    if (state.options.maxCost) {
        QString limit = tr("%1 for this execution").arg(dollars(*state.options.maxCost));
        if (state.budgetOverride.micros > 0) {
            limit += u' ' + tr("+ %1 granted").arg(dollars(state.budgetOverride));
        }
        if (known && u.cost.estimated > u.cost.budget) {
            limit += u' ' + tr("(the expected cost is above it)");
        }
        rows += row(tr("Cost limit"), esc(limit));
    } else {
        rows += row(tr("Cost limit"), esc(tr("none of its own; today's budget is %1")
                                              .arg(dollars(config.budgets.cost.dailyBudget))));
    }
    QString tokenLimit = tokens(config.budgets.tokens.perPipeline);
    if (state.emergencyGranted > 0) {
        tokenLimit += u' ' + tr("+ %1 granted").arg(tokens(state.emergencyGranted));
    }
    rows += row(tr("Token budget"), esc(tokenLimit));
    return table(rows);
}

QString GateFacts::budgetGateHtml(const GateRecord &gate)
{
    const QJsonObject &c = gate.context;
    const qint64 needTokens = c.value(QStringLiteral("needTokens")).toInteger();
    const Money needCost = Money::fromMicros(c.value(QStringLiteral("needMicros")).toInteger());
    const qint64 grantTokens = c.value(QStringLiteral("grantTokens")).toInteger();
    const Money grantCost = Money::fromMicros(c.value(QStringLiteral("grantMicros")).toInteger());
    // The stages it holds back are in the dialog's header.
    QString rows =
        row(tr("Needed now"), QStringLiteral("<b>%1</b>").arg(esc(request(needTokens, needCost))));
    rows += row(
        tr("Default grant"),
        esc(tr("%1 (what finishing the execution takes)").arg(request(grantTokens, grantCost))));
    rows += row(tr("Budget that ran out"),
                esc(c.value(QStringLiteral("scope")).toString() == u"day"
                        ? tr("today's (%1)").arg(c.value(QStringLiteral("day")).toString())
                        : tr("this execution's")));
    if (needTokens > 0 || grantTokens > 0) {
        rows += row(tr("Emergency reserve left today"),
                    esc(tokens(c.value(QStringLiteral("emergencyLeft")).toInteger())));
    }
    return table(rows) +
           QStringLiteral("<p>%1</p>")
               .arg(esc(tr("Approving grants the amounts below: tokens come from today's "
                           "emergency reserve, dollars go beyond the budgets.")));
}

QString GateFacts::findingsHtml(const ExecutionState &state, const Names &names)
{
    QString findings;
    QStringList others;
    for (const QString &stageId : state.stageOrder) {
        const StageRun s = state.stages.value(stageId);
        if (s.verdict.isEmpty()) {
            continue;
        }
        if (isFinding(s.verdict)) {
            findings += QStringLiteral("<p><b>%1: %2</b><br>%3</p>")
                            .arg(esc(nameOf(names, stageId)), esc(verdictWord(s.verdict)),
                                 esc(headline(s.output)));
        } else {
            others.append(tr("%1 %2").arg(nameOf(names, stageId), verdictWord(s.verdict)));
        }
    }
    if (findings.isEmpty() && others.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(esc(tr("No stage has given a verdict yet.")));
    }
    if (findings.isEmpty()) {
        findings = QStringLiteral("<p>%1</p>").arg(esc(tr("No stage flagged or failed.")));
    }
    if (!others.isEmpty()) {
        findings += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Other verdicts: %1").arg(others.join(QStringLiteral(", ")))));
    }
    return findings;
}

QList<GateFacts::StageEntry> GateFacts::stageEntries(const ExecutionState &state,
                                                     const Names &names)
{
    QList<StageEntry> findings;
    QList<StageEntry> verdicts;
    QList<StageEntry> rest;
    for (const QString &stageId : state.stageOrder) {
        const StageRun s = state.stages.value(stageId);
        StageEntry e;
        e.id = stageId;
        e.finding = isFinding(s.verdict);
        const QString name = nameOf(names, stageId);
        switch (s.status) {
        case StageRun::Status::Completed:
            e.text = s.verdict.isEmpty() ? tr("%1 — done").arg(name)
                                         : tr("%1 — %2").arg(name, verdictWord(s.verdict));
            e.markdown = s.output.isEmpty() ? tr("*%1 gave no output.*").arg(name) : s.output;
            break;
        case StageRun::Status::Failed:
            e.text = tr("%1 — ✗ failed").arg(name);
            e.markdown = tr("**%1 failed** (%2): %3").arg(name, s.lastErrorClass, s.lastError);
            break;
        case StageRun::Status::Skipped:
            e.text = tr("%1 — skipped").arg(name);
            e.markdown = tr("*%1 was skipped.*").arg(name);
            break;
        case StageRun::Status::Running:
        case StageRun::Status::RetryWaiting:
            e.text = tr("%1 — running").arg(name);
            e.markdown = tr("*%1 is running (attempt %2).*").arg(name).arg(s.attempts);
            break;
        case StageRun::Status::Waiting:
            continue; // not run yet: nothing to read
        }
        (e.finding ? findings : s.verdict.isEmpty() ? rest : verdicts).append(e);
    }
    return findings + verdicts + rest;
}

} // namespace Conductor
