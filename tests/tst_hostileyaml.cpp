// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile input gets an error in well under a second, never a hang or a crash. Every file
// of the corpus goes through the configuration loader, the pipeline loader and what
// `conductor validate` runs; each must refuse it, put its first error where the row says,
// and finish within the time limit. Small files live in tests/data/hostile/; large ones
// are made here. Around the corpus: the limits at their exact edges, and valid YAML that
// looks hostile to a pre-scan but must still load.

#include "config/configloader.h"
#include "config/filevalidator.h"
#include "config/pipelineloader.h"
#include "config/yamlsafety_p.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest/QTest>

#include <ctime>

#include <algorithm>
#include <optional>

using namespace Conductor;

namespace {

// Generous on purpose: it tells a hang or a blow-up from an answer, in debug and sanitizer
// builds. It is a correctness guard, not a benchmark; it counts the processor time of the
// test's thread, so a busy machine (other builds, other tests) does not move it.
constexpr qint64 kTimeLimitMs = 1000;

// The processor time this thread has used, in milliseconds.
class CpuTimer
{
public:
    void start() { m_start = now(); }
    [[nodiscard]] qint64 elapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1'000'000;
    }
    qint64 m_start = 0;
};

// Where the first error must stand and a part of what it must say.
struct Expected
{
    int line = 0;
    int column = 0;
    QString message;
};

const QString kName = QStringLiteral("hostile.yml");

QByteArray hostile(const char *file)
{
    return Test::readAll(Test::dataPath(QStringLiteral("hostile/") + QLatin1StringView(file)));
}

QByteArray repeated(const QByteArray &piece, int times)
{
    QByteArray bytes;
    bytes.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i) {
        bytes.append(piece);
    }
    return bytes;
}

// Text followed by comment lines up to exactly `size` bytes.
QByteArray paddedTo(QByteArray text, qsizetype size)
{
    const QByteArray comment = "# " + QByteArray(76, 'x') + '\n';
    while (text.size() + comment.size() <= size) {
        text.append(comment);
    }
    const qsizetype rest = size - text.size();
    if (rest > 0) {
        text.append('#');
        text.append(QByteArray(rest - 1, 'x'));
    }
    return text;
}

// A mapping key on each line, each indented one more space: `levels` mappings deep.
QByteArray blockNesting(int levels, QByteArrayView lineEnd)
{
    QByteArray bytes;
    for (int i = 0; i < levels; ++i) {
        bytes.append(QByteArray(i, ' ') + 'k' + QByteArray::number(i) + ':' + lineEnd);
    }
    return bytes;
}

// Gate definitions and as many gates listed that name none of them, up to the value limit:
// every listed gate is an error that looks for a suggestion among all the definitions.
QByteArray gatesNamingUnknownGates()
{
    QByteArray bytes = "gates:\n  definitions:\n";
    for (int i = 0; i < 990; ++i) {
        bytes.append("    g" + QByteArray::number(1000 + i) + ": {}\n");
    }
    bytes.append("  required:\n");
    for (int i = 0; i < 990; ++i) {
        bytes.append("    - h" + QByteArray::number(1000 + i) + '\n');
    }
    return bytes;
}

// Agents with 64-character names and as many stages naming agents that do not exist.
QByteArray stagesNamingUnknownAgents()
{
    const auto name = [](char first, int i) -> QByteArray {
        return first + repeated(QByteArray::number(1000 + i), 15) + "abc";
    };
    QByteArray bytes = "pipeline: {id: p}\nagents:\n";
    for (int i = 0; i < 330; ++i) {
        bytes.append("  " + name('a', i) + ": {kind: simulated}\n");
    }
    bytes.append("stages:\n");
    for (int i = 0; i < 330; ++i) {
        bytes.append("  - {id: s" + QByteArray::number(1000 + i) + ", agent: " + name('b', i) +
                     "}\n");
    }
    return bytes;
}

// Stages that each need the one before: a dependency chain as long as the limit allows.
QByteArray dependencyChain()
{
    QByteArray bytes =
        "pipeline: {id: p}\nagents:\n  a: {kind: simulated}\nstages:\n  - {id: s1000, agent: a}\n";
    for (int i = 1; i < 370; ++i) {
        bytes.append("  - {id: s" + QByteArray::number(1000 + i) + ", agent: a, needs: [s" +
                     QByteArray::number(999 + i) + "]}\n");
    }
    return bytes;
}

QString listed(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        lines.append(QStringLiteral("    ") + d.toString().left(300));
    }
    return lines.isEmpty() ? QStringLiteral("    (none)") : lines.join(u'\n');
}

// What is wrong with the diagnostics whatever the outcome, or nothing.
QString malformed(bool accepted, const Diagnostics &diagnostics, const QString &file,
                  qint64 elapsedMs)
{
    if (elapsedMs >= kTimeLimitMs) {
        return QStringLiteral("took %1 ms, the limit is %2 ms").arg(elapsedMs).arg(kTimeLimitMs);
    }
    for (const Diagnostic &d : diagnostics) {
        if (d.line < 1 || d.column < 1 || d.file != file || d.message.isEmpty()) {
            return QStringLiteral(
                       "a diagnostic without a 1-based position, the file or a message:\n") +
                   listed(diagnostics);
        }
    }
    if (accepted == hasErrors(diagnostics)) {
        return (accepted ? QStringLiteral("accepted with errors:\n")
                         : QStringLiteral("refused without an error:\n")) +
               listed(diagnostics);
    }
    return {};
}

// What is wrong with a refusal, or nothing when it is the expected one.
QString refusalProblem(bool accepted, const Diagnostics &diagnostics, const QString &file,
                       const Expected &expected, qint64 elapsedMs)
{
    if (const QString problem = malformed(accepted, diagnostics, file, elapsedMs);
        !problem.isEmpty()) {
        return problem;
    }
    if (accepted) {
        return QStringLiteral("accepted; it must be refused");
    }
    const auto first = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.isError(); });
    if (first->line != expected.line || first->column != expected.column ||
        !first->message.contains(expected.message)) {
        return QStringLiteral("the first error should be at %1:%2 and say \"%3\"; got:\n%4")
            .arg(expected.line)
            .arg(expected.column)
            .arg(expected.message, listed(diagnostics));
    }
    return {};
}

struct Timed
{
    bool accepted = false;
    Diagnostics diagnostics;
    QString file;
    qint64 elapsedMs = 0;
};

Timed loadConfiguration(const QByteArray &bytes)
{
    CpuTimer timer;
    timer.start();
    const LoadResult<Configuration> result = ConfigLoader::loadBytes(bytes, kName);
    return {result.ok(), result.diagnostics, kName, timer.elapsed()};
}

Timed loadPipeline(const QByteArray &bytes)
{
    const Configuration config = ConfigLoader::builtIn();
    CpuTimer timer;
    timer.start();
    const LoadResult<PipelineDefinition> result = PipelineLoader::loadBytes(bytes, kName, config);
    return {result.ok(), result.diagnostics, kName, timer.elapsed()};
}

Timed validateFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = Test::writeFile(dir, kName, bytes);
    CpuTimer timer;
    timer.start();
    const QList<FileValidator::FileReport> reports = FileValidator::validate({path});
    const qint64 elapsed = timer.elapsed();
    const Diagnostics diagnostics =
        reports.size() == 1 ? reports.first().diagnostics : Diagnostics();
    return {reports.size() == 1 && !hasErrors(diagnostics), diagnostics, path, elapsed};
}

void addRefused(const char *name, const QByteArray &bytes, const Expected &everywhere)
{
    QTest::newRow(name) << bytes << everywhere << everywhere << everywhere;
}

// A configuration's problem: the pipeline loader stops at its first top-level key, and
// `conductor validate` reads the file as the configuration it is.
void addRefusedConfiguration(const char *name, const QByteArray &bytes, const Expected &config)
{
    const Expected notAPipeline{1, 1, QStringLiteral("unknown key")};
    QTest::newRow(name) << bytes << config << notAPipeline << config;
}

// A pipeline's problem, the other way round.
void addRefusedPipeline(const char *name, const QByteArray &bytes, const Expected &pipeline)
{
    const Expected notAConfiguration{1, 1, QStringLiteral("unknown key 'pipeline'")};
    QTest::newRow(name) << bytes << notAConfiguration << pipeline << pipeline;
}

} // namespace

Q_DECLARE_METATYPE(Expected)

class Test_hostileyaml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void nestingLimit_data();
    void nestingLimit();
    void aliasLimit();
    void sizeLimitIsInclusive();
    void boundedEitherWay_data();
    void boundedEitherWay();
    void loadsValidYamlThatLooksHostile_data();
    void loadsValidYamlThatLooksHostile();
};

void Test_hostileyaml::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Expected>("config");
    QTest::addColumn<Expected>("pipeline");
    QTest::addColumn<Expected>("validate");

    const QString comma = QStringLiteral("unexpected ','");
    const QString tooDeep = QStringLiteral("nesting is deeper than 64 levels");
    const QString cycle = QStringLiteral("refers back to it");
    const QString fanOut = QStringLiteral("expand the document to more than 3000 values");
    const QString notText = QStringLiteral("not a text file");
    const QString unclosed = QStringLiteral("never closed");

    // yaml-cpp 0.7's LoadAll loops for ever on a ',' outside brackets; Load silently
    // stops there and drops the rest of the file.
    addRefused("lone comma", hostile("comma.yml"), {1, 1, comma});
    addRefused("comma before a document", hostile("comma-before-document.yml"), {1, 1, comma});
    addRefused("comma after a flow mapping", hostile("comma-after-flow-mapping.yml"),
               {1, 27, comma});
    addRefused("comma between list items", hostile("comma-between-items.yml"), {4, 5, comma});
    addRefused("a comma on every line of 1 MiB", repeated(",\n", 524'288), {1, 1, comma});

    // Nesting: yaml-cpp recurses once per level and overflows a small stack near 500.
    addRefused("flow sequences 10,000 deep", repeated("[", 10'000), {1, 65, tooDeep});
    addRefused("flow mappings 10,000 deep", repeated("{a: ", 10'000), {1, 257, tooDeep});
    addRefused("block mappings 200 deep", blockNesting(200, "\n"), {65, 65, tooDeep});
    addRefused("block mappings 200 deep, CR line ends", blockNesting(200, "\r"), {65, 65, tooDeep});
    addRefused("compact sequences 200 deep", hostile("deep-compact-sequences.yml"),
               {1, 129, tooDeep});
    addRefused("sequences of mappings 80 deep", hostile("deep-sequences-of-mappings.yml"),
               {33, 65, tooDeep});
    // The quote inside plain text opens nothing, so the brackets after it still count.
    addRefused("nesting after a quote in plain text",
               hostile("nesting-after-quote-in-plain-text.yml"), {3, 73, tooDeep});

    // Aliases: a cycle no walk leaves, and nine levels of nine (a billion values).
    addRefused("alias cycle in gates", hostile("alias-cycle-gates.yml"), {1, 8, cycle});
    addRefused("alias cycle in alerts", hostile("alias-cycle-alerts.yml"), {1, 9, cycle});
    addRefused("alias cycle in a condition", hostile("alias-cycle-condition.yml"), {4, 13, cycle});
    addRefused("alias fan-out in a condition", hostile("alias-fanout-condition.yml"),
               {9, 24, fanOut});
    addRefused("alias fan-out in an unknown key", hostile("alias-fanout-unknown-key.yml"),
               {3, 10, fanOut});
    addRefused("129 aliases", hostile("aliases-129.yml"),
               {2, 1036, QStringLiteral("more than 128 aliases")});

    // Not UTF-8 text.
    addRefused("NUL byte", hostile("nul.yml"), {1, 1, notText});
    addRefused("invalid UTF-8", hostile("invalid-utf8.yml"), {1, 1, notText});
    addRefused("PNG image", hostile("image.png"), {1, 1, notText});
    addRefused("UTF-16 with a byte order mark", hostile("utf16le-bom.yml"),
               {1, 1, QStringLiteral("UTF-16")});
    addRefused("UTF-16 big-endian with a byte order mark", hostile("utf16be-bom.yml"),
               {1, 1, QStringLiteral("UTF-16")});

    // Size and emptiness.
    addRefused("one byte over 1 MiB",
               paddedTo(ConfigLoader::builtInText(), YamlSafety::kMaxFileBytes + 1),
               {1, 1, QStringLiteral("larger than 1024 KiB")});
    // Exactly at the size limit, a file is read: these comments are refused for what they are.
    addRefused("exactly 1 MiB of comments", paddedTo(QByteArray(), YamlSafety::kMaxFileBytes),
               {1, 1, QStringLiteral("the file is empty")});
    addRefused("empty file", hostile("empty.yml"), {1, 1, QStringLiteral("the file is empty")});
    addRefused("only comments", hostile("comments-only.yml"),
               {1, 1, QStringLiteral("the file is empty")});
    addRefused("1 MiB flat list", repeated("- a\n", 262'144),
               {3000, 3, QStringLiteral("more than 3000 values")});
    addRefused("very long single line", "agent: {name: " + QByteArray(1'000'000, 'x') + "]\n",
               {1, 1'000'015, QStringLiteral("illegal flow end")});
    // YAML allows implicit keys of at most 1024 characters.
    addRefused("key longer than YAML allows", QByteArray(1'000'000, 'x') + ": 1\n",
               {1, 1'000'001, QStringLiteral("illegal map value")});
    // The message quotes the start of an unknown key, not all of it.
    const Expected longKey{1, 1,
                           QStringLiteral("unknown key '") + QString(37, u'x') +
                               QStringLiteral("...' at the top level")};
    QTest::newRow("long unknown key")
        << QByteArray(QByteArray(1000, 'x') + ": 1\n") << longKey << longKey
        << Expected{1, 1, QStringLiteral("cannot tell what this file is")};

    // Syntax that yaml-cpp reports poorly or not at all.
    addRefused("tab indentation", hostile("tab-indentation.yml"),
               {2, 1, QStringLiteral("a tab indents this line")});
    addRefused("unterminated double quote", hostile("unterminated-double-quote.yml"),
               {2, 9, unclosed});
    addRefused("unterminated single quote", hostile("unterminated-single-quote.yml"),
               {2, 9, unclosed});
    addRefused("unterminated quote in a flow", hostile("unterminated-quote-in-flow.yml"),
               {1, 20, unclosed});
    addRefused("unterminated flow sequence", hostile("unterminated-flow-sequence.yml"),
               {2, 13, QStringLiteral("this [ is never closed")});
    addRefused("unterminated flow mapping", hostile("unterminated-flow-mapping.yml"),
               {1, 8, QStringLiteral("this { is never closed")});
    addRefused("second document", hostile("second-document.yml"),
               {2, 1, QStringLiteral("second YAML document")});
    addRefused("text after the end of the document", hostile("after-document-end.yml"),
               {3, 1, QStringLiteral("after the end of the document")});

    // YAML features a configuration has no use for.
    addRefusedConfiguration("!!binary tag", hostile("binary-tag.yml"),
                            {2, 9, QStringLiteral("tags such as !!binary")});
    addRefusedConfiguration("custom tag on a mapping", hostile("custom-tag.yml"),
                            {1, 8, QStringLiteral("tags such as !custom")});
    addRefusedPipeline("custom tag in a pipeline", hostile("tag-in-pipeline.yml"),
                       {2, 7, QStringLiteral("tags such as !custom")});
    addRefusedConfiguration("merge key", hostile("merge-key.yml"),
                            {3, 3, QStringLiteral("merge keys (<<)")});
    addRefusedConfiguration("duplicate key", hostile("duplicate-key.yml"),
                            {3, 3, QStringLiteral("duplicate key 'name'")});

    // Many names that each ask for a suggestion among many others.
    addRefusedConfiguration("gates naming unknown gates", gatesNamingUnknownGates(),
                            {994, 7, QStringLiteral("unknown gate 'h1000'")});
    addRefusedPipeline("stages naming unknown agents", stagesNamingUnknownAgents(),
                       {334, 24, QStringLiteral("unknown agent 'b1000")});
}

void Test_hostileyaml::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Expected, config);
    QFETCH(Expected, pipeline);
    QFETCH(Expected, validate);

    const Timed c = loadConfiguration(bytes);
    const QString configProblem =
        refusalProblem(c.accepted, c.diagnostics, c.file, config, c.elapsedMs);
    QVERIFY2(configProblem.isEmpty(), qPrintable(QStringLiteral("ConfigLoader: ") + configProblem));

    const Timed p = loadPipeline(bytes);
    const QString pipelineProblem =
        refusalProblem(p.accepted, p.diagnostics, p.file, pipeline, p.elapsedMs);
    QVERIFY2(pipelineProblem.isEmpty(),
             qPrintable(QStringLiteral("PipelineLoader: ") + pipelineProblem));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Timed v = validateFile(dir, bytes);
    const QString validateProblem =
        refusalProblem(v.accepted, v.diagnostics, v.file, validate, v.elapsedMs);
    QVERIFY2(validateProblem.isEmpty(),
             qPrintable(QStringLiteral("FileValidator: ") + validateProblem));
}

void Test_hostileyaml::nestingLimit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("line"); // where the limit is crossed, 0 when it is not
    QTest::addColumn<int>("column");

    QTest::newRow("64 flow sequences")
        << QByteArray(repeated("[", 64) + repeated("]", 64)) << 64 << 0 << 0;
    QTest::newRow("65 flow sequences")
        << QByteArray(repeated("[", 65) + repeated("]", 65)) << 65 << 1 << 65;
    QTest::newRow("64 flow mappings")
        << QByteArray(repeated("{a: ", 64) + 'x' + repeated("}", 64)) << 64 << 0 << 0;
    QTest::newRow("65 flow mappings")
        << QByteArray(repeated("{a: ", 65) + 'x' + repeated("}", 65)) << 65 << 1 << 257;
    QTest::newRow("64 block mappings") << blockNesting(64, "\n") << 64 << 0 << 0;
    QTest::newRow("65 block mappings") << blockNesting(65, "\n") << 65 << 65 << 65;
    QTest::newRow("64 compact sequences") << QByteArray(repeated("- ", 64) + 'x') << 64 << 0 << 0;
    QTest::newRow("65 compact sequences") << QByteArray(repeated("- ", 65) + 'x') << 65 << 1 << 129;
    QByteArray sequences;
    for (int i = 0; i < 65; ++i) {
        sequences.append(QByteArray(2 * i, ' ') + "-\n");
    }
    QTest::newRow("64 indented sequences")
        << sequences.left(sequences.lastIndexOf('-')) << 64 << 0 << 0;
    QTest::newRow("65 indented sequences") << sequences << 65 << 65 << 129;
    const QByteArray mixed = hostile("deep-sequences-of-mappings.yml");
    QTest::newRow("32 sequences of 32 mappings")
        << mixed.left(mixed.indexOf("- k32:")) << 64 << 0 << 0;
    QTest::newRow("33 sequences of 32 mappings")
        << mixed.left(mixed.indexOf("k32:")) << 65 << 33 << 65;
    QTest::newRow("a mapping of 63 flow sequences")
        << QByteArray("a: " + repeated("[", 63) + repeated("]", 63)) << 64 << 0 << 0;
    QTest::newRow("a mapping of 64 flow sequences")
        << QByteArray("a: " + repeated("[", 64) + repeated("]", 64)) << 65 << 1 << 67;
}

void Test_hostileyaml::nestingLimit()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, depth);
    QFETCH(int, line);
    QFETCH(int, column);

    CpuTimer timer;
    timer.start();
    const YamlSafety::ScanResult scan = YamlSafety::prescan(bytes);
    QVERIFY(timer.elapsed() < kTimeLimitMs);
    QCOMPARE(scan.maxDepth, depth);
    QCOMPARE(scan.depthExceeded, line > 0);
    QCOMPARE(scan.aliasesExceeded, false);
    QCOMPARE(scan.line, line);
    QCOMPARE(scan.column, column);

    // The parser agrees: at the limit yaml-cpp builds the tree, past it nothing is parsed.
    Diagnostics diagnostics;
    const std::optional<YAML::Node> root = YamlSafety::parse(bytes, kName, diagnostics);
    QCOMPARE(root.has_value(), line == 0);
    if (line > 0) {
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().line, line);
        QCOMPARE(diagnostics.first().column, column);
    }
}

void Test_hostileyaml::aliasLimit()
{
    const auto aliases = [](int count) -> QByteArray {
        QStringList names;
        for (int i = 0; i < count; ++i) {
            names.append(QStringLiteral("*a"));
        }
        return "a: &a 1\nb: [" + names.join(QStringLiteral(", ")).toUtf8() + "]\n";
    };

    const YamlSafety::ScanResult atLimit = YamlSafety::prescan(aliases(128));
    QCOMPARE(atLimit.aliases, 128);
    QVERIFY(!atLimit.aliasesExceeded);
    QCOMPARE(atLimit.line, 0);

    const YamlSafety::ScanResult over = YamlSafety::prescan(aliases(129));
    QCOMPARE(over.aliases, 129);
    QVERIFY(over.aliasesExceeded);
    QVERIFY(!over.depthExceeded);
    // "b: [" then 128 times "*a, ": the 129th alias starts at column 5 + 128 * 4.
    QCOMPARE(over.line, 2);
    QCOMPARE(over.column, 5 + 128 * 4);
}

void Test_hostileyaml::sizeLimitIsInclusive()
{
    // A file of exactly the limit is read; what is in it decides.
    const QByteArray config = paddedTo(ConfigLoader::builtInText(), YamlSafety::kMaxFileBytes);
    QCOMPARE(config.size(), YamlSafety::kMaxFileBytes);
    const Timed c = loadConfiguration(config);
    QVERIFY2(c.accepted, qPrintable(listed(c.diagnostics)));
    QVERIFY2(malformed(c.accepted, c.diagnostics, c.file, c.elapsedMs).isEmpty(),
             qPrintable(malformed(c.accepted, c.diagnostics, c.file, c.elapsedMs)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Timed v = validateFile(dir, config);
    QVERIFY2(v.accepted, qPrintable(listed(v.diagnostics)));
    QVERIFY(v.elapsedMs < kTimeLimitMs);

    const QByteArray pipeline =
        paddedTo(Test::readAll(Test::sourcePath(QStringLiteral("resources/pipelines/i2s.yml"))),
                 YamlSafety::kMaxFileBytes);
    QCOMPARE(pipeline.size(), YamlSafety::kMaxFileBytes);
    const Timed p = loadPipeline(pipeline);
    QVERIFY2(p.accepted, qPrintable(listed(p.diagnostics)));
    QVERIFY(p.elapsedMs < kTimeLimitMs);
}

void Test_hostileyaml::boundedEitherWay_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray text(60, 'x');
    QTest::newRow("1 MiB name on one line")
        << QByteArray("agent:\n  name: " + QByteArray(1'000'000, 'x') + '\n');
    QTest::newRow("1 MiB literal block")
        << QByteArray("agent:\n  name: |\n" + repeated("    " + text + '\n', 16'000));
    QTest::newRow("1 MiB plain scalar")
        << QByteArray("agent:\n  name: x\n" + repeated("    " + text + '\n', 16'000));
    QTest::newRow("1 MiB quoted scalar")
        << QByteArray("agent:\n  name: \"" + repeated(text + "\\\n", 16'000) + "\"\n");
    QTest::newRow("1,400 unknown keys") << [] {
        QByteArray bytes = "agent:\n";
        for (int i = 0; i < 1400; ++i) {
            bytes.append("  key" + QByteArray::number(i) + ": 1\n");
        }
        return bytes;
    }();
    QTest::newRow("dependency chain of 370 stages") << dependencyChain();
    QTest::newRow("alias fan-out just under the limit") << [] {
        // Four levels of four aliases: about 1,800 values, under the limit of 3,000.
        QByteArray bytes = "x-base: &l0 [a, b, c, d]\n";
        for (int i = 1; i <= 4; ++i) {
            bytes.append("x-l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [");
            for (int j = 0; j < 4; ++j) {
                bytes.append((j > 0 ? ", *l" : "*l") + QByteArray::number(i - 1));
            }
            bytes.append("]\n");
        }
        return bytes;
    }();
}

void Test_hostileyaml::boundedEitherWay()
{
    // Accepted or refused, the answer comes in time and every diagnostic is well formed.
    QFETCH(QByteArray, bytes);

    const Timed c = loadConfiguration(bytes);
    QString problem = malformed(c.accepted, c.diagnostics, c.file, c.elapsedMs);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("ConfigLoader: ") + problem));

    const Timed p = loadPipeline(bytes);
    problem = malformed(p.accepted, p.diagnostics, p.file, p.elapsedMs);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("PipelineLoader: ") + problem));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Timed v = validateFile(dir, bytes);
    problem = malformed(v.accepted, v.diagnostics, v.file, v.elapsedMs);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("FileValidator: ") + problem));
}

void Test_hostileyaml::loadsValidYamlThatLooksHostile_data()
{
    // Each is a valid configuration: the pre-scan must not mistake it for an attack.
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("plain scalar over two lines")
        << QByteArray("agent:\n  name: conductor\n    the great\n");
    QTest::newRow("quotes inside plain text")
        << QByteArray("agent:\n  name: Bob's 'best' [draft\n  version: x \"y\n");
    QTest::newRow("continuation line that starts with a quote")
        << QByteArray("agent:\n  name: first\n    'second\n");
    QTest::newRow("colons and hashes in values")
        << QByteArray("agent:\n  name: http://example.com:8080/a#b\n  version: C#\n");
    QTest::newRow("commas in plain values")
        << QByteArray("agent:\n  name: a, b, c\n  version: x,\n");
    QTest::newRow("comments everywhere")
        << QByteArray("# top\nagent: # c\n  name: x # c\n  # c\n  version: y\n# end\n");
    QTest::newRow("flow over several lines")
        << QByteArray("gates:\n  required: [\n    risk_review,\n    security_check\n  ]\n"
                      "  optional: [performance_review,\n             compliance_check]\n");
    QTest::newRow("JSON") << QByteArray("{\"agent\": {\"name\":\"x\", \"version\":'1'}}\n");
    QTest::newRow("document markers")
        << QByteArray("---\nagent: {name: x}\n...\n# trailing comment\n");
    QTest::newRow("comment after the document start")
        << QByteArray("--- # start\nagent: {name: x}\n");
    QTest::newRow("directive") << QByteArray("%YAML 1.2\n---\nagent: {name: x}\n");
    QTest::newRow("anchor and alias")
        << QByteArray("alerts:\n  one: &rule\n    condition: error_rate > 5%\n    action: "
                      "log_only\n  two: *rule\n");
    QTest::newRow("brackets and quotes in block scalars")
        << QByteArray("agent:\n  name: |\n    it's \"open\n    [[[[ {{{ ,,, *x &y !z\n  version: "
                      ">-\n    'also\n");
    QTest::newRow("block scalar in a nested mapping")
        << QByteArray("gates:\n  definitions:\n    g:\n      description: |\n        don't [\n     "
                      " critical: true\n"
                      "  required: [g]\n");
    QTest::newRow("sequences at the indentation of their key")
        << QByteArray("gates:\n  required:\n  - risk_review\n  optional:\n  - compliance_check\n");
    QTest::newRow("CRLF line ends") << QByteArray("agent:\r\n  name: x\r\n  version: y\r\n");
    QTest::newRow("tabs after indicators")
        << QByteArray("agent:\n  name:\tx\ngates:\n  required:\n    -\trisk_review\n");
    QTest::newRow("explicit key") << QByteArray("? agent\n: name: x\n");
    QTest::newRow("stars, ampersands and bangs inside plain text")
        << QByteArray("agent:\n  name: 2*3 & more!\n");
    QTest::newRow("quoted keys") << QByteArray("\"agent\":\n  'name': x\n");
    QTest::newRow("UTF-8 byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                         "agent:\n  name: x\n");
    QTest::newRow("non-ASCII text")
        << QByteArray("agent:\n  name: \"caf\xC3\xA9 \xE2\x80\x93 \xC3\xBC"
                      "ber\"\n");
}

void Test_hostileyaml::loadsValidYamlThatLooksHostile()
{
    QFETCH(QByteArray, bytes);

    const Timed c = loadConfiguration(bytes);
    QVERIFY2(c.accepted, qPrintable(listed(c.diagnostics)));
    QVERIFY2(!hasErrors(c.diagnostics), qPrintable(listed(c.diagnostics)));
    QVERIFY(c.elapsedMs < kTimeLimitMs);
}

QTEST_GUILESS_MAIN(Test_hostileyaml)
#include "tst_hostileyaml.moc"
