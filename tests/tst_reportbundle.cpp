// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The report bundle: its folders and file names, report.md for a completed, a failed and
// a cancelled execution, execution.json as the design document's ExecutionState, and
// writes that fail cleanly. States are built the way the engine builds them: by applying
// events.

#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "engine/reportbundle.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;

namespace {

const QString kExec = QStringLiteral("exec_0123456789abcdef");

PipelineDefinition i2s()
{
    const auto result =
        PipelineLoader::loadFile(PipelineLoader::builtInPath(), ConfigLoader::builtIn());
    if (!result.ok()) {
        qFatal("the built-in pipeline does not load");
    }
    return *result.value;
}

QStringList stageOrder(const PipelineDefinition &p)
{
    QStringList order;
    for (const QString &id : p.topologicalOrder()) {
        if (p.stage(id)) {
            order.append(id);
        }
    }
    return order;
}

// Applies events as the engine would: numbered, a second apart.
class History
{
public:
    explicit History(const PipelineDefinition &p)
        : m_time(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)
    {
        const QJsonObject idea{
            {QStringLiteral("id"), QStringLiteral("idea_00000000000000aa")},
            {QStringLiteral("title"), QStringLiteral("LabLoop")},
            {QStringLiteral("description"),
             QStringLiteral("A marketplace for used lab equipment.")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("domain"), QStringLiteral("science")}}}};
        add(EventType::Created,
            {{QStringLiteral("idea"), idea},
             {QStringLiteral("pipelineId"), p.id},
             {QStringLiteral("priority"), QStringLiteral("high")},
             {QStringLiteral("options"),
              QJsonObject{{QStringLiteral("seed"), QStringLiteral("7")}}},
             {QStringLiteral("simOverrides"), QJsonArray{QStringLiteral("timeScale=0")}},
             {QStringLiteral("stages"), QJsonArray::fromStringList(stageOrder(p))}});
        add(EventType::Started, {{QStringLiteral("owner"), QStringLiteral("proc_1")}});
    }

    void add(const QString &type, const QJsonObject &data)
    {
        m_time = m_time.addSecs(1);
        state.apply(ExecutionEvent{kExec, ++m_seq, type, data, m_time});
    }

    void succeed(const QString &stage, const QString &verdict = {}, int attempt = 1)
    {
        add(EventType::AttemptStarted,
            {{QStringLiteral("stage"), stage}, {QStringLiteral("attempt"), attempt}});
        add(EventType::AttemptSucceeded, {{QStringLiteral("stage"), stage},
                                          {QStringLiteral("attempt"), attempt},
                                          {QStringLiteral("tokens"), 1000},
                                          {QStringLiteral("costMicros"), 30'000},
                                          {QStringLiteral("durationMs"), 2500},
                                          {QStringLiteral("verdict"), verdict},
                                          {QStringLiteral("output"), outputOf(stage)}});
        add(EventType::StageCompleted,
            {{QStringLiteral("stage"), stage}, {QStringLiteral("verdict"), verdict}});
    }

    void fail(const QString &stage, int attempt, const QString &message)
    {
        add(EventType::AttemptStarted,
            {{QStringLiteral("stage"), stage}, {QStringLiteral("attempt"), attempt}});
        add(EventType::AttemptFailed,
            {{QStringLiteral("stage"), stage},
             {QStringLiteral("attempt"), attempt},
             {QStringLiteral("errorClass"), QStringLiteral("TEMPORARY_FAILURE")},
             {QStringLiteral("message"), message},
             {QStringLiteral("tokens"), 300},
             {QStringLiteral("costMicros"), 9'000}});
    }

    void gate(const QString &id, const QString &checkpoint, const QString &type,
              const QString &decision)
    {
        add(EventType::GateOpened, {{QStringLiteral("gateId"), id},
                                    {QStringLiteral("checkpoint"), checkpoint},
                                    {QStringLiteral("gateType"), type},
                                    {QStringLiteral("required"), true}});
        add(EventType::GateDecided,
            {{QStringLiteral("gateId"), id},
             {QStringLiteral("decision"), decision},
             {QStringLiteral("reviewer"), QStringLiteral("alice")},
             {QStringLiteral("notes"), QStringLiteral("looks | fine")},
             {QStringLiteral("conditions"), QJsonArray{QStringLiteral("legal sign-off")}}});
        add(EventType::CheckpointPassed, {{QStringLiteral("checkpoint"), checkpoint}});
    }

    static QString outputOf(const QString &stage)
    {
        return u"# " + stage + u"\n\nThe " + stage + u" finding.\n\n## Details\n- one\n- two\n";
    }

    QDateTime now() const { return m_time.addSecs(5); }

    ExecutionState state;

private:
    QDateTime m_time;
    qint64 m_seq = 0;
};

ExecutionState completed(const PipelineDefinition &p)
{
    History h(p);
    for (const QString &id : stageOrder(p)) {
        const StageDefinition *s = p.stage(id);
        h.succeed(id, s->verdict == VerdictKind::None ? QString() : QStringLiteral("pass"));
        if (id == u"risk") {
            h.gate(QStringLiteral("gate_00000000000000a1"), QStringLiteral("risk_gate"),
                   QStringLiteral("risk_review"), QStringLiteral("approved"));
        }
        if (id == u"architecture") {
            h.add(EventType::GroupAggregated,
                  {{QStringLiteral("group"), QStringLiteral("deployment_checks")},
                   {QStringLiteral("passed"), true}});
        }
    }
    h.add(EventType::Completed, {{QStringLiteral("bundle"), QString(u"/out/" + kExec)}});
    return h.state;
}

// Normalize completes; Research fails twice and the execution fails.
ExecutionState failed(const PipelineDefinition &p)
{
    History h(p);
    h.succeed(QStringLiteral("normalize"));
    h.fail(QStringLiteral("research"), 1,
           QStringLiteral("simulated TEMPORARY_FAILURE: upstream returned 503"));
    h.add(EventType::RetryScheduled, {{QStringLiteral("stage"), QStringLiteral("research")},
                                      {QStringLiteral("attempt"), 2},
                                      {QStringLiteral("delayMs"), 2000}});
    h.fail(QStringLiteral("research"), 2,
           QStringLiteral("simulated TEMPORARY_FAILURE: connection reset by peer"));
    h.add(EventType::StageFailed,
          {{QStringLiteral("stage"), QStringLiteral("research")},
           {QStringLiteral("errorClass"), QStringLiteral("TEMPORARY_FAILURE")}});
    h.add(EventType::Failed,
          {{QStringLiteral("errorClass"), QStringLiteral("TEMPORARY_FAILURE")},
           {QStringLiteral("message"), QStringLiteral("research failed after 2 attempts")},
           {QStringLiteral("stage"), QStringLiteral("research")}});
    return h.state;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDir root(dir);
    const QFileInfoList entries =
        root.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (info.isDir()) {
            const QStringList children = filesUnder(info.filePath());
            if (children.isEmpty()) {
                files.append(info.fileName() + u'/'); // an empty folder shows too
            }
            for (const QString &child : children) {
                files.append(info.fileName() + u'/' + child);
            }
        } else {
            files.append(info.fileName());
        }
    }
    return files;
}

QString readText(const QString &path)
{
    return QString::fromUtf8(Test::readAll(path));
}

} // namespace

class TestReportBundle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folders();
    void stageFileNames();
    void writeStageWritesOneFile();
    void completedBundle();
    void completedReport();
    void executionJson();
    void failedBundle();
    void cancelledReport();
    void resetStageLosesItsFile();
    void unwritableFolderFails();
    void failedWriteLeavesTheOldBundleWhole();
    void writeStageIntoAFileFails();
};

void TestReportBundle::folders()
{
    QCOMPARE(ReportBundle::directoryFor(QStringLiteral("/out"), kExec), u"/out/" + kExec);
    QCOMPARE(ReportBundle::directoryFor(QStringLiteral("/out/"), kExec), u"/out/" + kExec);
    const QString def = ReportBundle::defaultOutputDir();
    QVERIFY2(def.endsWith(QStringLiteral("/Conductor")), qPrintable(def));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(def, (docs.isEmpty() ? QDir::homePath() : docs) + u"/Conductor");
}

void TestReportBundle::stageFileNames()
{
    QCOMPARE(ReportBundle::stageFileName(0, QStringLiteral("normalize")),
             QStringLiteral("01-normalize.md"));
    QCOMPARE(ReportBundle::stageFileName(9, QStringLiteral("security")),
             QStringLiteral("10-security.md"));
    QCOMPARE(ReportBundle::stageFileName(14, QStringLiteral("deploy")),
             QStringLiteral("15-deploy.md"));
}

void TestReportBundle::writeStageWritesOneFile()
{
    QTemporaryDir dir;
    const QString bundle = ReportBundle::directoryFor(dir.path(), kExec);
    QString error;
    QVERIFY2(ReportBundle::writeStage(bundle, 1, QStringLiteral("research"),
                                      QStringLiteral("# Research\n\nfound"), &error),
             qPrintable(error));
    QCOMPARE(filesUnder(bundle), QStringList{QStringLiteral("stages/02-research.md")});
    QCOMPARE(readText(bundle + u"/stages/02-research.md"), QStringLiteral("# Research\n\nfound\n"));
}

void TestReportBundle::completedBundle()
{
    const PipelineDefinition p = i2s();
    const ExecutionState state = completed(p);
    QTemporaryDir dir;
    const QString bundle = ReportBundle::directoryFor(dir.path(), kExec);
    QString error;
    QVERIFY2(ReportBundle::writeAll(state, p, bundle, QDateTime::currentDateTimeUtc(), &error),
             qPrintable(error));
    QStringList expected{QStringLiteral("execution.json"), QStringLiteral("report.md")};
    const QStringList order = stageOrder(p);
    for (int i = 0; i < order.size(); ++i) {
        expected.append(u"stages/" + ReportBundle::stageFileName(i, order.at(i)));
    }
    QCOMPARE(filesUnder(bundle), expected);
    QCOMPARE(expected.at(2), QStringLiteral("stages/01-normalize.md"));
    QCOMPARE(expected.last(), QStringLiteral("stages/15-deploy.md"));
    QCOMPARE(readText(bundle + u"/stages/05-risk.md"), History::outputOf(QStringLiteral("risk")));
}

void TestReportBundle::completedReport()
{
    const PipelineDefinition p = i2s();
    const ExecutionState state = completed(p);
    const QString report = ReportBundle::renderReport(state, p, state.updatedAt);
    const QStringList lines = report.split(u'\n');
    QCOMPARE(lines.first(), QStringLiteral("# LabLoop — Conductor report"));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("**Completed** on 2026-03-02 10:")),
             qPrintable(lines.at(2)));
    QVERIFY(report.contains(u"- **Execution:** `" + kExec + u'`'));
    QVERIFY(report.contains(QStringLiteral("- **Pipeline:** Idea to Ship (`i2s`, version 1)")));
    QVERIFY(report.contains(QStringLiteral("- **Status:** completed, priority high")));
    QVERIFY(report.contains(QStringLiteral("- **Tokens:** 15000; **cost:** $0.45")));
    QVERIFY(report.contains(QStringLiteral("**overrides:** `--sim timeScale=0`")));
    // The idea.
    QVERIFY(report.contains(
        QStringLiteral("## The idea\n\n**LabLoop**\n\nA marketplace for used lab equipment.\n\n"
                       "- domain: science")));
    // The summary table: one row per stage, in order, with verdicts.
    QVERIFY(report.contains(
        QStringLiteral("| # | Stage | Status | Attempts | Tokens | Cost | Duration | Verdict |")));
    QVERIFY(report.contains(
        QStringLiteral("| 01 | Normalize | completed | 1 | 1000 | $0.03 | 2.5 s | — |")));
    QVERIFY(report.contains(
        QStringLiteral("| 04 | Market & Moat | completed | 1 | 1000 | $0.03 | 2.5 s | — |")));
    QVERIFY(report.contains(
        QStringLiteral("| 05 | Risk | completed | 1 | 1000 | $0.03 | 2.5 s | PASS |")));
    QVERIFY(report.contains(
        QStringLiteral("| 10 | Security | completed | 1 | 1000 | $0.03 | 2.5 s | PASS |")));
    QVERIFY(report.contains(
        QStringLiteral("**Results Aggregation:** passed — Security PASS, Performance PASS")));
    // Gates, with the separator in the notes escaped.
    QVERIFY2(
        report.contains(QStringLiteral(
            "| risk_review | Risk Gate | approved | alice | looks \\| fine | legal sign-off |")),
        qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("## Errors\n\nNo errors.")));
    // Every output, in order, under its own heading, its headings moved down.
    qsizetype last = -1;
    const QStringList order = stageOrder(p);
    for (int i = 0; i < order.size(); ++i) {
        const QString heading = u"### " + QString::number(i + 1).rightJustified(2, u'0') + u" · " +
                                p.stage(order.at(i))->name + u"\n\nThe " + order.at(i) +
                                u" finding.";
        const qsizetype at = report.indexOf(heading);
        QVERIFY2(at > last, qPrintable(heading));
        last = at;
    }
    QVERIFY(report.contains(QStringLiteral("#### Details")));
    QVERIFY(!report.contains(QStringLiteral("\n# normalize")));
    QVERIFY(!report.contains(QStringLiteral("Failed")));
}

void TestReportBundle::executionJson()
{
    const PipelineDefinition p = i2s();
    const ExecutionState state = completed(p);
    QTemporaryDir dir;
    QString error;
    const QDateTime now = state.updatedAt.addSecs(60);
    QVERIFY2(ReportBundle::writeAll(state, p, dir.path(), now, &error), qPrintable(error));
    QJsonParseError parse;
    const QByteArray bytes = Test::readAll(dir.filePath(QStringLiteral("execution.json")));
    const QJsonObject o = QJsonDocument::fromJson(bytes, &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QVERIFY(bytes.contains("\n    \"")); // indented for people
    QCOMPARE(o.value(QStringLiteral("id")).toString(), kExec);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const QJsonObject pipeline = o.value(QStringLiteral("pipeline")).toObject();
    QCOMPARE(pipeline.value(QStringLiteral("id")).toString(), QStringLiteral("i2s"));
    QCOMPARE(pipeline.value(QStringLiteral("completedStages")).toArray().size(), 15);
    QCOMPARE(pipeline.value(QStringLiteral("completedStages")).toArray().first().toString(),
             QStringLiteral("normalize"));
    const QJsonObject resources = o.value(QStringLiteral("resources")).toObject();
    QCOMPARE(resources.value(QStringLiteral("tokensUsed")).toInteger(), 15000);
    QCOMPARE(resources.value(QStringLiteral("costAccrued")).toDouble(), 0.45);
    QVERIFY(resources.value(QStringLiteral("timeElapsed")).toDouble() > 0.0);
    const QJsonObject gates = o.value(QStringLiteral("gates")).toObject();
    QCOMPARE(gates.value(QStringLiteral("pending")).toArray().size(), 0);
    const QJsonArray completedGates = gates.value(QStringLiteral("completed")).toArray();
    QCOMPARE(completedGates.size(), 1);
    QCOMPARE(completedGates.first().toObject().value(QStringLiteral("decision")).toString(),
             QStringLiteral("approved"));
    QCOMPARE(completedGates.first().toObject().value(QStringLiteral("reviewer")).toString(),
             QStringLiteral("alice"));
    QVERIFY(o.value(QStringLiteral("errors")).isArray());
    QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 0);
    const QJsonObject metadata = o.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2026-03-02T10:00:01.000Z"));
    QCOMPARE(metadata.value(QStringLiteral("priority")).toInt(), 2);
}

void TestReportBundle::failedBundle()
{
    const PipelineDefinition p = i2s();
    const ExecutionState state = failed(p);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(ReportBundle::writeAll(state, p, dir.path(), state.updatedAt, &error),
             qPrintable(error));
    QCOMPARE(filesUnder(dir.path()),
             (QStringList{QStringLiteral("execution.json"), QStringLiteral("report.md"),
                          QStringLiteral("stages/01-normalize.md")}));
    const QString report = readText(dir.filePath(QStringLiteral("report.md")));
    const QStringList lines = report.split(u'\n');
    QCOMPARE(
        lines.at(2),
        QStringLiteral("**Failed** at Research (`research`): TEMPORARY_FAILURE — research failed "
                       "after 2 attempts"));
    QVERIFY(
        report.contains(QStringLiteral("| 02 | Research | failed | 2 | 600 | $0.018 | — | — |")));
    QVERIFY(
        report.contains(QStringLiteral("| 03 | Feasibility | waiting | 0 | 0 | $0.00 | — | — |")));
    QVERIFY(report.contains(
        QStringLiteral("| 2026-03-02 10:00:07 UTC | Research | 1 | TEMPORARY_FAILURE | simulated "
                       "TEMPORARY_FAILURE: upstream returned 503 |")));
    QVERIFY(report.contains(
        QStringLiteral("| Research | 2 | TEMPORARY_FAILURE | simulated TEMPORARY_FAILURE: "
                       "connection reset by peer |")));
    QVERIFY(report.contains(
        QStringLiteral("### 02 · Research\n\n_Failed after 2 attempts: TEMPORARY_FAILURE — "
                       "simulated TEMPORARY_FAILURE: connection reset by peer_")));
    QVERIFY(report.contains(QStringLiteral("No gate opened.")));
    QVERIFY(!report.contains(QStringLiteral("### 03")));

    const QJsonObject o =
        QJsonDocument::fromJson(Test::readAll(dir.filePath(QStringLiteral("execution.json"))))
            .object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("failure"))
                 .toObject()
                 .value(QStringLiteral("errorClass"))
                 .toString(),
             QStringLiteral("TEMPORARY_FAILURE"));
}

void TestReportBundle::cancelledReport()
{
    const PipelineDefinition p = i2s();
    History h(p);
    h.succeed(QStringLiteral("normalize"));
    h.add(EventType::AttemptStarted,
          {{QStringLiteral("stage"), QStringLiteral("research")}, {QStringLiteral("attempt"), 1}});
    h.add(EventType::Cancelled, {{QStringLiteral("by"), QStringLiteral("bob")},
                                 {QStringLiteral("reason"), QStringLiteral("wrong idea")}});
    const QString report = ReportBundle::renderReport(h.state, p, h.now());
    QCOMPARE(report.split(u'\n').at(2),
             QStringLiteral("**Cancelled** by bob during Research: wrong idea"));
}

void TestReportBundle::resetStageLosesItsFile()
{
    const PipelineDefinition p = i2s();
    History h(p);
    h.succeed(QStringLiteral("normalize"));
    h.succeed(QStringLiteral("research"));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(ReportBundle::writeAll(h.state, p, dir.path(), h.now(), &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("stages/02-research.md"))));
    h.add(EventType::StageReset, {{QStringLiteral("stage"), QStringLiteral("research")},
                                  {QStringLiteral("by"), QStringLiteral("bob")}});
    QVERIFY2(ReportBundle::writeAll(h.state, p, dir.path(), h.now(), &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("stages/01-normalize.md"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("stages/02-research.md"))));
}

void TestReportBundle::unwritableFolderFails()
{
    // A file where a folder must go refuses every writer, root included.
    QTemporaryDir dir;
    const QString blocker = Test::writeFile(dir, QStringLiteral("blocker"), "not a folder\n");
    const QString bundle = ReportBundle::directoryFor(blocker, kExec);
    const PipelineDefinition p = i2s();
    QString error;
    QVERIFY(
        !ReportBundle::writeAll(completed(p), p, bundle, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY2(error.contains(blocker), qPrintable(error));
    QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("blocker")});
    // A null error pointer is allowed.
    QVERIFY(
        !ReportBundle::writeAll(completed(p), p, bundle, QDateTime::currentDateTimeUtc(), nullptr));
    QVERIFY(!ReportBundle::writeAll(completed(p), p, QString(), QDateTime::currentDateTimeUtc(),
                                    &error));
    QVERIFY(!error.isEmpty());
}

void TestReportBundle::failedWriteLeavesTheOldBundleWhole()
{
    const PipelineDefinition p = i2s();
    QTemporaryDir dir;
    QString error;
    const ExecutionState first = completed(p);
    QVERIFY2(ReportBundle::writeAll(first, p, dir.path(), first.updatedAt, &error),
             qPrintable(error));
    const QString report = readText(dir.filePath(QStringLiteral("report.md")));
    const QStringList before = filesUnder(dir.path());
    QVERIFY(before.contains(QStringLiteral("execution.json")));

    // execution.json cannot be replaced: nothing else may change either.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("execution.json"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("execution.json")));
    const ExecutionState second = failed(p);
    QVERIFY(!ReportBundle::writeAll(second, p, dir.path(), second.updatedAt, &error));
    QVERIFY2(error.contains(QStringLiteral("execution.json")), qPrintable(error));
    QCOMPARE(readText(dir.filePath(QStringLiteral("report.md"))), report);
    QCOMPARE(readText(dir.filePath(QStringLiteral("stages/02-research.md"))),
             History::outputOf(QStringLiteral("research")));
    QStringList expected = before;
    expected.replace(expected.indexOf(QStringLiteral("execution.json")),
                     QStringLiteral("execution.json/"));
    QCOMPARE(filesUnder(dir.path()), expected); // and no temporary file left behind
}

void TestReportBundle::writeStageIntoAFileFails()
{
    QTemporaryDir dir;
    const QString blocker = Test::writeFile(dir, QStringLiteral("bundle"), "a file\n");
    QString error;
    QVERIFY(!ReportBundle::writeStage(blocker, 0, QStringLiteral("normalize"),
                                      QStringLiteral("# N"), &error));
    QVERIFY2(error.contains(QStringLiteral("bundle")), qPrintable(error));
    QVERIFY(!ReportBundle::writeStage(blocker, 0, QStringLiteral("normalize"),
                                      QStringLiteral("# N"), nullptr));
    QCOMPARE(readText(blocker), QStringLiteral("a file\n"));
}

QTEST_GUILESS_MAIN(TestReportBundle)
#include "tst_reportbundle.moc"
