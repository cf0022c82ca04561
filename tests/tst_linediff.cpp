// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The line diff: the shortest script on texts with known answers (every line kept once,
// removals before additions), the unified form exactly as diff -u writes it, the count of
// changed lines, the cap on its length, and a pair too different to search.

#include "config/linediff.h"

#include <QtTest/QTest>

using namespace Conductor;

namespace {

// The diff written as one string: " a", "-b", "+c" joined by '|'.
QString signs(const QList<DiffLine> &diff)
{
    QStringList out;
    for (const DiffLine &l : diff) {
        out.append((l.kind == DiffLine::Kind::Same      ? QStringLiteral(" ")
                    : l.kind == DiffLine::Kind::Removed ? QStringLiteral("-")
                                                        : QStringLiteral("+")) +
                   l.text);
    }
    return out.join(u'|');
}

QStringList split(const char *text)
{
    return LineDiff::lines(QString::fromUtf8(text));
}

} // namespace

class TestLineDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortestScript_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("changed");
        QTest::newRow("same") << "a\nb\n"
                              << "a\nb\n"
                              << " a| b" << 0;
        QTest::newRow("one line edited") << "a\nb\nc\n"
                                         << "a\nB\nc\n"
                                         << " a|-b|+B| c" << 1;
        QTest::newRow("added at the start") << "b\nc\n"
                                            << "a\nb\nc\n"
                                            << "+a| b| c" << 1;
        QTest::newRow("removed at the end") << "a\nb\nc\n"
                                            << "a\nb\n"
                                            << " a| b|-c" << 1;
        QTest::newRow("from nothing") << ""
                                      << "a\nb\n"
                                      << "+a|+b" << 2;
        QTest::newRow("to nothing") << "a\n"
                                    << ""
                                    << "-a" << 1;
        // The classic example: ABCABBA -> CBABAC has an edit distance of 5.
        QTest::newRow("myers") << "A\nB\nC\nA\nB\nB\nA\n"
                               << "C\nB\nA\nB\nA\nC\n"
                               << "-A|-B| C|+B| A| B|-B| A|+C" << 5;
        QTest::newRow("two places") << "a\nb\nc\nd\ne\nf\n"
                                    << "a\nx\nc\nd\ne\nf\ny\n"
                                    << " a|-b|+x| c| d| e| f|+y" << 2;
        QTest::newRow("windows breaks") << "a\r\nb\r\n"
                                        << "a\nb\n"
                                        << " a| b" << 0;
    }

    void shortestScript()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QFETCH(int, changed);
        const QList<DiffLine> diff =
            LineDiff::compare(LineDiff::lines(before), LineDiff::lines(after));
        QCOMPARE(signs(diff), expected);
        QCOMPARE(LineDiff::changedLines(diff), changed);
        // Line numbers count each side's own lines.
        int oldLine = 0;
        int newLine = 0;
        for (const DiffLine &l : diff) {
            QCOMPARE(l.oldLine, l.kind == DiffLine::Kind::Added ? 0 : ++oldLine);
            QCOMPARE(l.newLine, l.kind == DiffLine::Kind::Removed ? 0 : ++newLine);
        }
    }

    void unifiedAsDiffWritesIt()
    {
        QStringList before;
        for (int i = 1; i <= 20; ++i) {
            before.append(QStringLiteral("line %1").arg(i));
        }
        QStringList after = before;
        after[1] = QStringLiteral("line two");
        after.insert(15, QStringLiteral("new"));
        const QList<DiffLine> diff = LineDiff::compare(before, after);
        QCOMPARE(LineDiff::count(diff, DiffLine::Kind::Removed), 1);
        QCOMPARE(LineDiff::count(diff, DiffLine::Kind::Added), 2);
        QCOMPARE(LineDiff::unified(diff, QStringLiteral("running"), QStringLiteral("edited")),
                 QStringLiteral("--- running\n+++ edited\n"
                                "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n"
                                " line 4\n line 5\n"
                                "@@ -13,6 +13,7 @@\n line 13\n line 14\n line 15\n+new\n"
                                " line 16\n line 17\n line 18\n"));
        // Close changes share a hunk; an empty side starts after the line before it.
        QCOMPARE(LineDiff::unified(LineDiff::compare(split("a\nb\nc\n"), split("a\nc\n")),
                                   QStringLiteral("x"), QStringLiteral("y"), 0),
                 QStringLiteral("--- x\n+++ y\n@@ -2,1 +1,0 @@\n-b\n"));
        QCOMPARE(LineDiff::unified(LineDiff::compare(split("a\n"), split("a\n")),
                                   QStringLiteral("x"), QStringLiteral("y")),
                 QString());
    }

    void cutAtALineEnd()
    {
        QStringList after;
        for (int i = 0; i < 1000; ++i) {
            after.append(QStringLiteral("added line %1").arg(i));
        }
        const QString text = LineDiff::unified(LineDiff::compare({}, after), QStringLiteral("a"),
                                               QStringLiteral("b"), 3, 2000);
        QVERIFY(text.size() <= 2000);
        QVERIFY(text.size() > 1800);
        QVERIFY(text.endsWith(
            QStringLiteral("\n(the diff is cut here: it is longer than 2000 characters)\n")));
        const QStringList lines = text.split(u'\n');
        QVERIFY(lines.at(lines.size() - 3).startsWith(QStringLiteral("+added line ")));
    }

    void tooDifferentToSearch()
    {
        // Nothing in common and more differences than the search allows: removed, then added.
        QStringList before;
        QStringList after;
        for (int i = 0; i < LineDiff::kMaxEdits; ++i) {
            before.append(QStringLiteral("old %1").arg(i));
            after.append(QStringLiteral("new %1").arg(i));
        }
        before.prepend(QStringLiteral("head"));
        after.prepend(QStringLiteral("head"));
        const QList<DiffLine> diff = LineDiff::compare(before, after);
        QCOMPARE(diff.size(), 1 + 2 * LineDiff::kMaxEdits);
        QCOMPARE(diff.at(0).kind, DiffLine::Kind::Same);
        QCOMPARE(diff.at(1).text, QStringLiteral("old 0"));
        QCOMPARE(diff.at(1 + LineDiff::kMaxEdits).text, QStringLiteral("new 0"));
        QCOMPARE(LineDiff::changedLines(diff), LineDiff::kMaxEdits);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
