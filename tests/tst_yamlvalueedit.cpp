// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Editing one value of a YAML document in place: in the shipped conductor-agent.yml, only
// the lines of the changed values differ afterwards; comments after a value, quotes and
// the text's other bytes survive; a missing key is reported, or added at its siblings'
// indentation when asked; list items are appended and removed in the list's own style;
// what cannot be edited safely (blocks of text, aliases, values over several lines) is
// refused with a reason. Every expected document is written out whole.

#include "config/configloader.h"
#include "config/yamlvalueedit.h"
#include "testsupport.h"

#include <QtTest/QTest>

using namespace Conductor;
using namespace std::chrono_literals;

namespace {

QByteArray shipped()
{
    return Test::readAll(Test::sourcePath(QStringLiteral("resources/conductor-agent.yml")));
}

// The document after setting one value, or a message saying why not.
QByteArray set(const QByteArray &doc, const QString &path, const QString &value,
               YamlValueEdit::Quoting quoting = YamlValueEdit::Quoting::Preserve,
               YamlValueEdit::Missing missing = YamlValueEdit::Missing::Report)
{
    const YamlEditResult r = YamlValueEdit(doc).setValue(path, value, quoting, missing);
    return r.ok() ? YamlValueEdit::applied(doc, *r.edit) : "refused: " + r.error.toUtf8();
}

QByteArray append(const QByteArray &doc, const QString &path, const QString &value)
{
    const YamlEditResult r = YamlValueEdit(doc).appendItem(path, value);
    return r.ok() ? YamlValueEdit::applied(doc, *r.edit) : "refused: " + r.error.toUtf8();
}

QByteArray remove(const QByteArray &doc, const QString &path)
{
    const YamlEditResult r = YamlValueEdit(doc).remove(path);
    return r.ok() ? YamlValueEdit::applied(doc, *r.edit) : "refused: " + r.error.toUtf8();
}

// The numbers (1-based) of the lines that differ between two texts of as many lines.
QList<int> changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    if (la.size() != lb.size()) {
        return {-1};
    }
    QList<int> changed;
    for (qsizetype i = 0; i < la.size(); ++i) {
        if (la.at(i) != lb.at(i)) {
            changed.append(static_cast<int>(i) + 1);
        }
    }
    return changed;
}

} // namespace

class TestYamlValueEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalValuesOfTheShippedFile()
    {
        const QByteArray original = shipped();
        QByteArray doc = original;
        doc = set(doc, QStringLiteral("budgets.tokens.daily"), QStringLiteral("2000000"));
        doc = set(doc, QStringLiteral("budgets.cost.dailyBudgetUSD"), QStringLiteral("650"));
        doc = set(doc, QStringLiteral("agent.priority"), QStringLiteral("3"));
        doc = set(doc, QStringLiteral("orchestration.defaultTimeout"), QStringLiteral("600s"));
        doc = set(doc, QStringLiteral("gates.optional[1]"), QStringLiteral("human_approval"));
        doc = set(doc, QStringLiteral("alerts.budgetExceeded.condition"),
                  QStringLiteral("daily_cost > budget * 0.9"));
        QCOMPARE(changedLines(original, doc), (QList<int>{5, 9, 14, 21, 31, 45}));
        const QList<QByteArray> lines = doc.split('\n');
        QCOMPARE(lines.at(4), QByteArray("  priority: 3  # Highest priority"));
        QCOMPARE(lines.at(8), QByteArray("  defaultTimeout: 600s  # 15 minutes"));
        QCOMPARE(lines.at(13), QByteArray("    daily: 2000000"));
        QCOMPARE(lines.at(20), QByteArray("    dailyBudgetUSD: 650"));
        QCOMPARE(lines.at(30), QByteArray("    - human_approval    # For enterprise accounts"));
        QCOMPARE(lines.at(44), QByteArray("    condition: daily_cost > budget * 0.9"));
    }

    void theEditedFileLoads()
    {
        QByteArray doc = shipped();
        doc = set(doc, QStringLiteral("budgets.tokens.daily"), QStringLiteral("2000000"));
        doc = set(doc, QStringLiteral("budgets.cost.dailyBudgetUSD"), QStringLiteral("650"));
        const LoadResult<Configuration> loaded =
            ConfigLoader::loadBytes(doc, QStringLiteral("edited.yml"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value->budgets.tokens.daily, 2'000'000);
        QCOMPARE(loaded.value->budgets.cost.dailyBudget, Money::fromMicros(650'000'000));
    }

    void valuesFollowedByComments_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("comment after spaces") << QByteArray("a: 1   # one\nb: 2\n") << "a"
                                              << "10" << QByteArray("a: 10   # one\nb: 2\n");
        QTest::newRow("comment after a tab") << QByteArray("a: x\t# tab\n") << "a"
                                             << "y" << QByteArray("a: y\t# tab\n");
        QTest::newRow("hash inside the value") << QByteArray("a: b#c  # real\n") << "a"
                                               << "d#e" << QByteArray("a: d#e  # real\n");
        QTest::newRow("list item with comment")
            << QByteArray("l:\n  - one   # first\n  - two # second\n") << "l[1]"
            << "three" << QByteArray("l:\n  - one   # first\n  - three # second\n");
        QTest::newRow("flow list item") << QByteArray("l: [one, two, three]  # c\n") << "l[1]"
                                        << "deux" << QByteArray("l: [one, deux, three]  # c\n");
        QTest::newRow("flow mapping value") << QByteArray("m: {a: 1, b: 2}\n") << "m.b"
                                            << "20" << QByteArray("m: {a: 1, b: 20}\n");
        QTest::newRow("key without value, with comment")
            << QByteArray("a:   # nothing yet\nb: 1\n") << "a"
            << "5" << QByteArray("a: 5   # nothing yet\nb: 1\n");
        QTest::newRow("explicit null") << QByteArray("a: ~ # none\n") << "a"
                                       << "5" << QByteArray("a: 5 # none\n");
        QTest::newRow("anchored value") << QByteArray("a: &x 1 # c\n") << "a"
                                        << "2" << QByteArray("a: &x 2 # c\n");
        QTest::newRow("no final line break") << QByteArray("a: 1\nb: 2") << "b"
                                             << "3" << QByteArray("a: 1\nb: 3");
        QTest::newRow("windows line breaks") << QByteArray("a: 1 # c\r\nb: 2\r\n") << "a"
                                             << "9" << QByteArray("a: 9 # c\r\nb: 2\r\n");
    }

    void valuesFollowedByComments()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(set(doc, path, value), expected);
    }

    void quotedValues_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("quoting");
        QTest::addColumn<QByteArray>("expected");
        const int preserve = static_cast<int>(YamlValueEdit::Quoting::Preserve);
        const int minimal = static_cast<int>(YamlValueEdit::Quoting::Minimal);
        QTest::newRow("double stays double") << QByteArray("z: \"Europe/Berlin\" # zone\n") << "UTC"
                                             << preserve << QByteArray("z: \"UTC\" # zone\n");
        QTest::newRow("double with escapes")
            << QByteArray("z: \"a\"\n") << "say \"hi\"\\" << preserve
            << QByteArray("z: \"say \\\"hi\\\"\\\\\"\n");
        QTest::newRow("single stays single") << QByteArray("z: 'it''s' # c\n") << "it's not"
                                             << preserve << QByteArray("z: 'it''s not' # c\n");
        QTest::newRow("quoted with a hash inside")
            << QByteArray("z: \"a # b\"  # real\n") << "c # d" << preserve
            << QByteArray("z: \"c # d\"  # real\n");
        QTest::newRow("minimal drops quotes from a number")
            << QByteArray("n: \"10\"\n") << "12" << minimal << QByteArray("n: 12\n");
        QTest::newRow("plain that needs quotes")
            << QByteArray("s: x\n") << "a: b" << preserve << QByteArray("s: \"a: b\"\n");
        QTest::newRow("leading hash")
            << QByteArray("s: x\n") << "#1" << preserve << QByteArray("s: \"#1\"\n");
        QTest::newRow("empty") << QByteArray("s: x\n") << "" << preserve << QByteArray("s: \"\"\n");
        QTest::newRow("null word stays text")
            << QByteArray("s: x\n") << "null" << preserve << QByteArray("s: \"null\"\n");
        QTest::newRow("comma in a flow list")
            << QByteArray("l: [x]\n") << "a, b" << preserve << QByteArray("l: [\"a, b\"]\n");
    }

    void quotedValues()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, value);
        QFETCH(int, quoting);
        QFETCH(QByteArray, expected);
        const QString path =
            doc.startsWith("l:") ? QStringLiteral("l[0]") : QString::fromUtf8(doc.left(1));
        QCOMPARE(set(doc, path, value, static_cast<YamlValueEdit::Quoting>(quoting)), expected);
        // And it reads back as the value that was set.
        const YamlSpanResult back = YamlValueEdit(expected).find(path);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.span->value, value);
    }

    void findGivesTheSpan()
    {
        // A two-byte letter before the value: bytes and UTF-16 positions differ.
        const QByteArray doc = "# Zürich\nbudgets:\n  timeZone: \"Europe/Zurich\"  # ü\n";
        const YamlSpanResult r = YamlValueEdit(doc).find(u"budgets.timeZone");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.span->line, 3);
        QCOMPARE(r.span->column, 13);
        QCOMPARE(r.span->written, QStringLiteral("\"Europe/Zurich\""));
        QCOMPARE(r.span->value, QStringLiteral("Europe/Zurich"));
        QCOMPARE(doc.mid(r.span->byteStart, r.span->byteEnd - r.span->byteStart),
                 QByteArray("\"Europe/Zurich\""));
        const QString text = QString::fromUtf8(doc);
        QCOMPARE(r.span->start, r.span->byteStart - 1);
        QCOMPARE(text.mid(r.span->start, r.span->end - r.span->start), r.span->written);

        // An edit's UTF-16 span, applied to the QString, gives the same text as the bytes.
        const YamlEditResult e =
            YamlValueEdit(doc).setValue(u"budgets.timeZone", QStringLiteral("UTC"));
        QVERIFY(e.ok());
        QString edited = text;
        edited.replace(e.edit->start, e.edit->end - e.edit->start, e.edit->replacement);
        QCOMPARE(edited.toUtf8(), YamlValueEdit::applied(doc, *e.edit));
    }

    void itemsOfLists()
    {
        const YamlValueEdit doc(shipped());
        QCOMPARE(doc.items(u"gates.required"),
                 (QStringList{QStringLiteral("risk_review"), QStringLiteral("security_check"),
                              QStringLiteral("human_approval")}));
        QCOMPARE(YamlValueEdit("optional:\n").items(u"optional"), QStringList());
        QVERIFY(!doc.items(u"budgets").has_value());
        QVERIFY(!doc.items(u"gates.definitions").has_value());
        QCOMPARE(doc.keys(u"budgets"),
                 (QStringList{QStringLiteral("tokens"), QStringLiteral("time"),
                              QStringLiteral("cost")}));
        QCOMPARE(YamlValueEdit("a:\n").keys(u"a"), QStringList());
        QVERIFY(!doc.keys(u"gates.required").has_value());
        QVERIFY(doc.contains(u"gates.optional[1]"));
        QVERIFY(!doc.contains(u"gates.optional[2]"));
    }

    void missingKeyIsReported()
    {
        const QByteArray doc = shipped();
        const YamlEditResult r =
            YamlValueEdit(doc).setValue(u"budgets.timeZone", QStringLiteral("UTC"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error, QStringLiteral("budgets.timeZone is not in the document"));
        QVERIFY(!YamlValueEdit(doc).find(u"gates.required[3]").ok());
        QVERIFY(!YamlValueEdit(doc).setValue(u"nope", QStringLiteral("1")).ok());
    }

    void missingKeyIsAddedAtItsSiblingsIndentation()
    {
        const QByteArray doc = shipped();
        QByteArray zone = set(doc, QStringLiteral("budgets.timeZone"), QStringLiteral("UTC"),
                              YamlValueEdit::Quoting::Preserve, YamlValueEdit::Missing::Add);
        QByteArray expected = doc;
        expected.replace("    alertThresholdUSD: 400\n",
                         "    alertThresholdUSD: 400\n  timeZone: UTC\n");
        QCOMPARE(zone, expected);

        // Two levels that do not exist yet, under a list written at the key's column.
        const QByteArray gates = "gates:\n  required:\n  - risk_review  # c\n\nmonitoring:\n"
                                 "  alertingEnabled: true\n";
        QCOMPARE(set(gates, QStringLiteral("gates.definitions.risk_review.timeout"),
                     QStringLiteral("12h"), YamlValueEdit::Quoting::Minimal,
                     YamlValueEdit::Missing::Add),
                 QByteArray("gates:\n  required:\n  - risk_review  # c\n  definitions:\n"
                            "    risk_review:\n      timeout: 12h\n\nmonitoring:\n"
                            "  alertingEnabled: true\n"));

        // Under a key with no value yet, after its comment; four-space documents keep four.
        QCOMPARE(set("a:\n    b:  # later\nc: 1\n", QStringLiteral("a.b.x"), QStringLiteral("5"),
                     YamlValueEdit::Quoting::Preserve, YamlValueEdit::Missing::Add),
                 QByteArray("a:\n    b:  # later\n        x: 5\nc: 1\n"));
        QCOMPARE(set("a:\n    b: 1\n", QStringLiteral("a.c.d"), QStringLiteral("2"),
                     YamlValueEdit::Quoting::Preserve, YamlValueEdit::Missing::Add),
                 QByteArray("a:\n    b: 1\n    c:\n        d: 2\n"));
        // At the top level, at the end of a file without a final line break.
        QCOMPARE(set("a: 1", QStringLiteral("b"), QStringLiteral("2"),
                     YamlValueEdit::Quoting::Preserve, YamlValueEdit::Missing::Add),
                 QByteArray("a: 1\nb: 2\n"));

        // The shipped file with a gate's timeout added loads with that timeout.
        const QByteArray timeout =
            set(doc, QStringLiteral("gates.definitions.risk_review.timeout"), QStringLiteral("12h"),
                YamlValueEdit::Quoting::Minimal, YamlValueEdit::Missing::Add);
        const LoadResult<Configuration> loaded =
            ConfigLoader::loadBytes(timeout, QStringLiteral("t.yml"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value->gates.find(u"risk_review")->timeout, Duration(12h));
        QCOMPARE(changedLines(doc, timeout), QList<int>{-1}); // lines were added
        QVERIFY(timeout.contains("    - compliance_check    # For enterprise accounts\n"
                                 "  definitions:\n    risk_review:\n      timeout: 12h\n    \n"
                                 "monitoring:"));

        // Not into a flow mapping, not into a list.
        QVERIFY(set("a: {b: 1}\n", QStringLiteral("a.c"), QStringLiteral("2"),
                    YamlValueEdit::Quoting::Preserve, YamlValueEdit::Missing::Add)
                    .startsWith("refused: a.c cannot be added"));
        QVERIFY(set("a: [1]\n", QStringLiteral("a[1]"), QStringLiteral("2"),
                    YamlValueEdit::Quoting::Preserve, YamlValueEdit::Missing::Add)
                    .startsWith("refused"));
    }

    void listItemsAppendedAndRemoved()
    {
        const QByteArray doc = shipped();
        QByteArray expected = doc;
        expected.replace("    - compliance_check    # For enterprise accounts\n",
                         "    - compliance_check    # For enterprise accounts\n"
                         "    - legal_review\n");
        QCOMPARE(append(doc, QStringLiteral("gates.optional"), QStringLiteral("legal_review")),
                 expected);

        expected = doc;
        expected.replace("    - security_check      # Before deployment\n", "");
        QCOMPARE(remove(doc, QStringLiteral("gates.required[1]")), expected);

        // The whole block of a key goes with it, comments on its lines too.
        expected = doc;
        expected.replace("  time:\n    maxPipelineMinutes: 15\n    maxAgentMinutes: 5\n", "");
        QCOMPARE(remove(doc, QStringLiteral("budgets.time")), expected);
        expected = doc;
        expected.replace("  priority: 1  # Highest priority\n", "");
        QCOMPARE(remove(doc, QStringLiteral("agent.priority")), expected);

        // Flow lists keep their commas right.
        QCOMPARE(remove("l: [a, b, c]\n", QStringLiteral("l[1]")), QByteArray("l: [a, c]\n"));
        QCOMPARE(remove("l: [a, b, c]\n", QStringLiteral("l[2]")), QByteArray("l: [a, b]\n"));
        QCOMPARE(remove("l: [a, b, c]\n", QStringLiteral("l[0]")), QByteArray("l: [b, c]\n"));
        QCOMPARE(remove("l: [a]\n", QStringLiteral("l[0]")), QByteArray("l: []\n"));
        QCOMPARE(append("l: []\n", QStringLiteral("l"), QStringLiteral("x")),
                 QByteArray("l: [x]\n"));
        QCOMPARE(append("l: [a, 'b']  # c\n", QStringLiteral("l"), QStringLiteral("x")),
                 QByteArray("l: [a, 'b', x]  # c\n"));

        // A key with no value becomes a list; the last item's removal leaves it so again.
        QCOMPARE(append("g:\n  optional:  # none\n  other: 1\n", QStringLiteral("g.optional"),
                        QStringLiteral("x")),
                 QByteArray("g:\n  optional:  # none\n    - x\n  other: 1\n"));
        QCOMPARE(remove("g:\n  optional:\n    - x\n  other: 1\n", QStringLiteral("g.optional[0]")),
                 QByteArray("g:\n  optional:\n  other: 1\n"));
        // Items that are mappings go with all their lines.
        QCOMPARE(remove("l:\n- a: 1\n  b: 2\n- a: 3\n", QStringLiteral("l[0]")),
                 QByteArray("l:\n- a: 3\n"));
    }

    void refusesWhatItCannotEditSafely_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::newRow("block of text") << QByteArray("a: |\n  text\n") << "a"
                                       << "a is a block of text (| or >); edit it in the text";
        QTest::newRow("alias") << QByteArray("a: &x 1\nb: *x\n") << "b"
                               << "b is an alias of another value; change the value it refers to";
        QTest::newRow("plain over two lines") << QByteArray("a: one\n  two\n") << "a"
                                              << "a spans several lines; edit it in the text";
        QTest::newRow("mapping") << QByteArray("a:\n  b: 1\n") << "a"
                                 << "a is a mapping, not a single value";
        QTest::newRow("list") << QByteArray("a: [1]\n") << "a"
                              << "a is a list, not a single value";
        QTest::newRow("bad path") << QByteArray("a: 1\n") << "a[x"
                                  << "'a[x' does not name a value";
        QTest::newRow("syntax error") << QByteArray("a: [1\n") << "a"
                                      << "the document cannot be read: ";
    }

    void refusesWhatItCannotEditSafely()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, path);
        QFETCH(QString, error);
        const YamlEditResult r = YamlValueEdit(doc).setValue(path, QStringLiteral("2"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestYamlValueEdit)
#include "tst_yamlvalueedit.moc"
