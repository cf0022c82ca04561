// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbundle.h"

#include "logging/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>
#include <vector>

// report.md is a document, like the stage outputs it gathers: it stays in English (as do
// the JSON keys), so a bundle reads the same wherever it is opened. Only the messages
// returned to the caller are translated.

namespace Conductor {

namespace {

QString stageName(const PipelineDefinition &pipeline, const QString &id)
{
    const StageDefinition *s = pipeline.stage(id);
    return s && !s->name.isEmpty() ? s->name : id;
}

QString nodeName(const PipelineDefinition &pipeline, const QString &id)
{
    if (const GroupDefinition *g = pipeline.group(id)) {
        return g->name;
    }
    if (const CheckpointDefinition *c = pipeline.checkpoint(id)) {
        return c->name;
    }
    return stageName(pipeline, id);
}

QStringList stageOrderOf(const ExecutionState &state, const PipelineDefinition &pipeline)
{
    if (!state.stageOrder.isEmpty()) {
        return state.stageOrder;
    }
    QStringList order;
    for (const QString &id : pipeline.topologicalOrder()) {
        if (pipeline.stage(id)) {
            order.append(id);
        }
    }
    return order;
}

QString seconds(qint64 ms)
{
    if (ms < 60'000) {
        return QString::number(static_cast<double>(ms) / 1000.0, 'f', 1) + u" s";
    }
    const qint64 s = ms / 1000;
    if (s < 3600) {
        return QString::number(s / 60) + u" min " + QString::number(s % 60) + u" s";
    }
    return QString::number(s / 3600) + u" h " + QString::number((s % 3600) / 60) + u" min";
}

QString usd(Money money)
{
    return u'$' + money.toString();
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QStringLiteral("—");
}

// A table cell: one line, with the column separator escaped.
QString cell(const QString &text)
{
    QString t = text.simplified();
    t.replace(u'|', QLatin1String("\\|"));
    return t.isEmpty() ? QStringLiteral("—") : t;
}

// A stage's output under a heading of the report: its own top heading dropped (the report
// gives one) and the rest moved two levels down, fences left alone.
QString embedded(const QString &markdown)
{
    QStringList lines = markdown.trimmed().split(u'\n');
    if (!lines.isEmpty() && lines.first().startsWith(QLatin1String("# "))) {
        lines.removeFirst();
    }
    bool inFence = false;
    for (QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inFence = !inFence;
        } else if (!inFence && line.startsWith(u'#')) {
            line.prepend(QLatin1String("##"));
        }
    }
    return lines.join(u'\n').trimmed();
}

// Where a failed execution stopped: the failed stage, else a blocked group, else the
// stage of the last error.
QString failedAt(const ExecutionState &state, const PipelineDefinition &pipeline,
                 const QStringList &order)
{
    for (const QString &id : order) {
        if (state.stages.value(id).status == StageRun::Status::Failed) {
            return stageName(pipeline, id) + u" (`" + id + u"`)";
        }
    }
    for (auto it = state.groupResults.cbegin(); it != state.groupResults.cend(); ++it) {
        if (!it.value()) {
            return nodeName(pipeline, it.key()) + u" (`" + it.key() + u"`)";
        }
    }
    if (!state.errors.isEmpty()) {
        const QString &id = state.errors.last().stage;
        return stageName(pipeline, id) + u" (`" + id + u"`)";
    }
    return {};
}

void writeHeader(QStringList &out, const ExecutionState &state, const PipelineDefinition &pipeline,
                 const QStringList &order, const QDateTime &now)
{
    const QString title = state.idea.title.simplified().isEmpty() ? QStringLiteral("Untitled idea")
                                                                  : state.idea.title.simplified();
    out << u"# " + title + u" — Conductor report" << QString();
    switch (state.status) {
    case ExecutionStatus::Completed:
        out << u"**Completed** on " + when(state.updatedAt) + u": every stage ran to its end.";
        break;
    case ExecutionStatus::Failed: {
        const QString where = failedAt(state, pipeline, order);
        out << u"**Failed**" + (where.isEmpty() ? QString() : QString(u" at " + where)) + u": " +
                   (state.failureClass.isEmpty() ? QStringLiteral("UNKNOWN") : state.failureClass) +
                   u" — " +
                   (state.failureMessage.isEmpty() ? QStringLiteral("no message")
                                                   : state.failureMessage.simplified());
        break;
    }
    case ExecutionStatus::Cancelled: {
        const int current = state.currentStageIndex();
        out << u"**Cancelled**" +
                   (state.endedBy.isEmpty() ? QString() : QString(u" by " + state.endedBy)) +
                   (current < order.size()
                        ? QString(u" during " + stageName(pipeline, order.at(current)))
                        : QString()) +
                   (state.endReason.isEmpty() ? QStringLiteral(".")
                                              : QString(u": " + state.endReason.simplified()));
        break;
    }
    default:
        out << u"**" + statusName(state.status) +
                   u"**: the execution has not ended; this report is a snapshot.";
        break;
    }
    out << QString();
    out << u"- **Execution:** `" + state.id + u'`';
    out << u"- **Pipeline:** " + (pipeline.name.isEmpty() ? state.pipelineId : pipeline.name) +
               u" (`" + (state.pipelineId.isEmpty() ? pipeline.id : state.pipelineId) +
               u"`, version " + QString::number(pipeline.version) + u')';
    out << u"- **Status:** " + statusName(state.status) + u", priority " +
               priorityName(state.priority);
    out << u"- **Created:** " + when(state.createdAt) + u"; **updated:** " + when(state.updatedAt);
    out << u"- **Tokens:** " + QString::number(state.tokensUsed) + u"; **cost:** " +
               usd(state.costAccrued) +
               (state.options.maxCost ? QString(u" of " + usd(*state.options.maxCost) + u" allowed")
                                      : QString()) +
               u"; **running time:** " + seconds(state.elapsedMs(now));
    out << u"- **Simulation seed:** " + QString::number(state.options.seed) +
               (state.simOverrides.isEmpty()
                    ? QString()
                    : QString(u"; **overrides:** `--sim " +
                              state.simOverrides.join(QLatin1String("` `--sim ")) + u'`'));
    out << QString();
}

void writeIdea(QStringList &out, const Idea &idea)
{
    out << QStringLiteral("## The idea") << QString();
    if (!idea.title.simplified().isEmpty()) {
        out << u"**" + idea.title.simplified() + u"**" << QString();
    }
    if (!idea.description.trimmed().isEmpty()) {
        out << idea.description.trimmed() << QString();
    }
    QStringList keys = idea.metadata.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        out << u"- " + key + u": " + idea.metadata.value(key).toString();
    }
    if (!keys.isEmpty()) {
        out << QString();
    }
}

void writeStages(QStringList &out, const ExecutionState &state, const PipelineDefinition &pipeline,
                 const QStringList &order)
{
    out << QStringLiteral("## Stages") << QString();
    out << QStringLiteral("| # | Stage | Status | Attempts | Tokens | Cost | Duration | Verdict |");
    out << QStringLiteral("|---:|---|---|---:|---:|---:|---:|---|");
    for (int i = 0; i < order.size(); ++i) {
        const StageRun s = state.stages.value(order.at(i));
        out << u"| " + QString::number(i + 1).rightJustified(2, u'0') + u" | " +
                   cell(stageName(pipeline, order.at(i))) + u" | " + stageStatusName(s.status) +
                   u" | " + QString::number(s.attempts) + u" | " + QString::number(s.tokens) +
                   u" | " + usd(s.cost) + u" | " +
                   (s.durationMs > 0 ? seconds(s.durationMs) : QStringLiteral("—")) + u" | " +
                   (s.verdict.isEmpty() ? QStringLiteral("—") : s.verdict.toUpper()) + u" |";
    }
    out << QString();
    for (const GroupDefinition &g : pipeline.groups) {
        if (!state.groupResults.contains(g.id)) {
            continue;
        }
        QStringList verdicts;
        for (const QString &member : g.stages) {
            const QString v = state.stages.value(member).verdict;
            verdicts << stageName(pipeline, member) + u' ' +
                            (v.isEmpty() ? QStringLiteral("—") : v.toUpper());
        }
        out << u"**" + g.name + u":** " +
                   (state.groupResults.value(g.id) ? QStringLiteral("passed")
                                                   : QString(u"blocked (" + g.failureCode + u')')) +
                   u" — " + verdicts.join(QStringLiteral(", ")) + u'.';
        out << QString();
    }
}

void writeGates(QStringList &out, const ExecutionState &state, const PipelineDefinition &pipeline)
{
    out << QStringLiteral("## Gates") << QString();
    if (state.gates.isEmpty()) {
        out << QStringLiteral("No gate opened.") << QString();
        return;
    }
    out << QStringLiteral("| Gate | Checkpoint | Decision | Reviewer | Notes | Conditions |");
    out << QStringLiteral("|---|---|---|---|---|---|");
    for (const GateRecord &g : state.gates) {
        out << u"| " + cell(g.type) + (g.required ? QString() : QStringLiteral(" (optional)")) +
                   u" | " + cell(nodeName(pipeline, g.checkpoint)) + u" | " + cell(g.status) +
                   u" | " + cell(g.reviewer) + u" | " + cell(g.notes) + u" | " +
                   cell(g.conditions.join(QStringLiteral("; "))) + u" |";
    }
    out << QString();
}

void writeErrors(QStringList &out, const ExecutionState &state, const PipelineDefinition &pipeline)
{
    out << QStringLiteral("## Errors") << QString();
    if (state.errors.isEmpty()) {
        out << QStringLiteral("No errors.") << QString();
        return;
    }
    out << QStringLiteral("| Time | Stage | Attempt | Class | Message |");
    out << QStringLiteral("|---|---|---:|---|---|");
    for (const ErrorLog &e : state.errors) {
        out << u"| " + when(e.time) + u" | " + cell(stageName(pipeline, e.stage)) + u" | " +
                   QString::number(e.attempt) + u" | " + cell(e.errorClass) + u" | " +
                   cell(e.message) + u" |";
    }
    out << QString();
}

void writeOutputs(QStringList &out, const ExecutionState &state, const PipelineDefinition &pipeline,
                  const QStringList &order)
{
    out << QStringLiteral("## Stage outputs") << QString();
    for (int i = 0; i < order.size(); ++i) {
        const StageRun s = state.stages.value(order.at(i));
        const QString heading = u"### " + QString::number(i + 1).rightJustified(2, u'0') + u" · " +
                                stageName(pipeline, order.at(i));
        if (s.status == StageRun::Status::Completed) {
            out << heading << QString() << embedded(s.output) << QString();
        } else if (s.status == StageRun::Status::Failed) {
            out << heading << QString()
                << u"_Failed after " + QString::number(s.attempts) +
                       (s.attempts == 1 ? QStringLiteral(" attempt: ")
                                        : QStringLiteral(" attempts: ")) +
                       s.lastErrorClass + u" — " + s.lastError.simplified() + u"_"
                << QString();
        } else if (s.status == StageRun::Status::Skipped) {
            out << heading << QString() << QStringLiteral("_Skipped._") << QString();
        }
    }
}

bool fail(QString *error, const QString &message)
{
    qCWarning(lcEngine).noquote() << message;
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

QString ReportBundle::defaultOutputDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty()) {
        base = QDir::homePath();
    }
    return QDir(base).filePath(QStringLiteral("Conductor"));
}

QString ReportBundle::directoryFor(const QString &outputDir, const QString &executionId)
{
    return QDir::cleanPath(QDir(outputDir).filePath(executionId));
}

QString ReportBundle::stageFileName(int index, const QString &stageId)
{
    return QString::number(index + 1).rightJustified(2, u'0') + u'-' + stageId + u".md";
}

bool ReportBundle::writeStage(const QString &bundleDir, int index, const QString &stageId,
                              const QString &markdown, QString *error)
{
    if (bundleDir.isEmpty() || stageId.isEmpty() || index < 0) {
        return fail(error, tr("cannot write a stage file: no bundle folder or stage given"));
    }
    const QString dir = QDir(bundleDir).filePath(QStringLiteral("stages"));
    if (!QDir().mkpath(dir)) {
        return fail(error, tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
    }
    const QString path = QDir(dir).filePath(stageFileName(index, stageId));
    QSaveFile file(path);
    QByteArray bytes = markdown.toUtf8();
    if (!bytes.endsWith('\n')) {
        bytes.append('\n');
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(
            error,
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return true;
}

QString ReportBundle::renderReport(const ExecutionState &state, const PipelineDefinition &pipeline,
                                   const QDateTime &now)
{
    const QStringList order = stageOrderOf(state, pipeline);
    QStringList out;
    writeHeader(out, state, pipeline, order, now);
    writeIdea(out, state.idea);
    writeStages(out, state, pipeline, order);
    writeGates(out, state, pipeline);
    writeErrors(out, state, pipeline);
    writeOutputs(out, state, pipeline, order);
    out << u"_Written by Conductor on " + when(now) + u"._";
    return out.join(u'\n') + u'\n';
}

bool ReportBundle::writeAll(const ExecutionState &state, const PipelineDefinition &pipeline,
                            const QString &bundleDir, const QDateTime &now, QString *error)
{
    if (bundleDir.isEmpty()) {
        return fail(error, tr("cannot write the report bundle: no folder given"));
    }
    const QDir bundle(bundleDir);
    const QString stagesDir = bundle.filePath(QStringLiteral("stages"));
    if (!QDir().mkpath(stagesDir)) {
        return fail(error,
                    tr("cannot create the folder %1").arg(QDir::toNativeSeparators(stagesDir)));
    }
    const QStringList order = stageOrderOf(state, pipeline);
    QList<std::pair<QString, QByteArray>> files;
    QStringList stale;
    for (int i = 0; i < order.size(); ++i) {
        const StageRun s = state.stages.value(order.at(i));
        const QString path = QDir(stagesDir).filePath(stageFileName(i, order.at(i)));
        if (s.status == StageRun::Status::Completed) {
            QByteArray bytes = s.output.toUtf8();
            if (!bytes.endsWith('\n')) {
                bytes.append('\n');
            }
            files.append({path, bytes});
        } else if (QFileInfo::exists(path)) {
            stale.append(path); // a stage reset since it was written
        }
    }
    files.append({bundle.filePath(QStringLiteral("report.md")),
                  renderReport(state, pipeline, now).toUtf8()});
    files.append({bundle.filePath(QStringLiteral("execution.json")),
                  QJsonDocument(state.toJson(now)).toJson(QJsonDocument::Indented)});

    // Open and fill every file before committing any, so a file that cannot be written
    // leaves the previous bundle whole; uncommitted QSaveFiles discard their temporaries.
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (const auto &[path, bytes] : std::as_const(files)) {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size()) {
            return fail(
                error,
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString()));
        }
        pending.push_back(std::move(file));
    }
    for (const auto &file : pending) {
        if (!file->commit()) {
            return fail(error,
                        tr("cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(file->fileName()), file->errorString()));
        }
    }
    for (const QString &path : std::as_const(stale)) {
        QFile::remove(path);
    }
    return true;
}

} // namespace Conductor
