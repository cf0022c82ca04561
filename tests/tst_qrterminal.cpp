// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// QR codes on the terminal: the symbol libqrencode makes and its drawing with half blocks.

#include "qrterminal.h"

#include <QtTest/QTest>

using namespace Conductor;

using Modules = QList<QList<bool>>;

namespace {

// Whether a finder pattern, a 7×7 dark ring around a light ring around a 3×3 dark core,
// has its top-left corner at (row, column).
bool finderAt(const Modules &modules, qsizetype row, qsizetype column)
{
    for (qsizetype r = 0; r < 7; ++r) {
        for (qsizetype c = 0; c < 7; ++c) {
            const bool ring = r == 0 || r == 6 || c == 0 || c == 6;
            const bool core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
            if (modules.at(row + r).at(column + c) != (ring || core)) {
                return false;
            }
        }
    }
    return true;
}

// The version of a symbol of that size, or 0 when no version has it.
int versionOf(qsizetype size)
{
    if (size < 21 || (size - 17) % 4 != 0) {
        return 0;
    }
    return int((size - 17) / 4);
}

} // namespace

class TestQrTerminal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symbol_data();
    void symbol();
    void tooLong();
    void refused_data();
    void refused();
    void render_data();
    void render();
    void renderSizes_data();
    void renderSizes();
    void renderNothing();
    void forTerminal();
};

void TestQrTerminal::symbol_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("maxVersion");
    QTest::newRow("short") << QByteArrayLiteral("hello") << 1;
    QTest::newRow("otpauth URI") << QByteArrayLiteral(
                                        "otpauth://totp/I2S%20Studio:anna%40example.com?secret="
                                        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=I2S%20Studio&"
                                        "algorithm=SHA1&digits=6&period=30")
                                 << 40;
}

void TestQrTerminal::symbol()
{
    QFETCH(QByteArray, text);
    QFETCH(int, maxVersion);
    const Modules modules = qrModules(text);
    const qsizetype size = modules.size();
    const int version = versionOf(size);
    QVERIFY2(version >= 1 && version <= maxVersion, qPrintable(QString::number(size)));
    QCOMPARE(size, 17 + 4 * version);
    for (const QList<bool> &row : modules) {
        QCOMPARE(row.size(), size);
    }
    QVERIFY(finderAt(modules, 0, 0));
    QVERIFY(finderAt(modules, 0, size - 7));
    QVERIFY(finderAt(modules, size - 7, 0));
    QVERIFY(!finderAt(modules, size - 7, size - 7));
}

void TestQrTerminal::tooLong()
{
    // Version 40 at level M holds 2331 bytes.
    QVERIFY(qrModules(QByteArray(5000, 'x')).isEmpty());
    QVERIFY(qrForTerminal(QByteArray(5000, 'x')).isEmpty());
    QVERIFY(!qrModules(QByteArray(2000, 'x')).isEmpty());
}

void TestQrTerminal::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("NUL byte") << QByteArray("ab\0cd", 5);
}

void TestQrTerminal::refused()
{
    QFETCH(QByteArray, text);
    QVERIFY(qrModules(text).isEmpty());
    QVERIFY(qrForTerminal(text).isEmpty());
}

void TestQrTerminal::render_data()
{
    QTest::addColumn<Modules>("modules");
    QTest::addColumn<int>("quietZone");
    QTest::addColumn<QString>("expected");
    // Blocks are light modules and quiet zone, spaces dark modules.
    const Modules diagonal{{true, false}, {false, true}};
    QTest::newRow("2x2, no quiet zone") << diagonal << 0 << QStringLiteral("▄▀\n");
    QTest::newRow("2x2, quiet zone 1") << diagonal << 1 << QStringLiteral("█▀██\n██▄█\n");
    const Modules three{{true, false, true}, {false, true, false}, {true, true, true}};
    QTest::newRow("3x3, no quiet zone") << three << 0 << QStringLiteral("▄▀▄\n   \n");
    QTest::newRow("3x3, quiet zone 1") << three << 1 << QStringLiteral("█▀█▀█\n█▀ ▀█\n▀▀▀▀▀\n");
    QTest::newRow("all dark, quiet zone 2")
        << Modules{{true, true}, {true, true}} << 2 << QStringLiteral("██████\n██  ██\n██████\n");
}

void TestQrTerminal::render()
{
    QFETCH(Modules, modules);
    QFETCH(int, quietZone);
    QFETCH(QString, expected);
    QCOMPARE(renderModules(modules, quietZone), expected);
}

void TestQrTerminal::renderSizes_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("quietZone");
    QTest::newRow("2x2, quiet 2") << 2 << 2 << 2;
    QTest::newRow("3x3, quiet 2") << 3 << 3 << 2;
    QTest::newRow("3x3, quiet 0") << 3 << 3 << 0;
    QTest::newRow("21x21, quiet 2") << 21 << 21 << 2;
    QTest::newRow("4x5, quiet 3") << 4 << 5 << 3;
}

void TestQrTerminal::renderSizes()
{
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(int, quietZone);
    const Modules modules(rows, QList<bool>(columns, false));
    const QString text = renderModules(modules, quietZone);
    QVERIFY(text.endsWith(u'\n'));
    const QStringList lines = text.chopped(1).split(u'\n');
    QCOMPARE(lines.size(), (rows + 2 * quietZone + 1) / 2);
    for (const QString &line : lines) {
        QCOMPARE(line.size(), columns + 2 * quietZone);
    }
}

void TestQrTerminal::renderNothing()
{
    QVERIFY(renderModules({}).isEmpty());
}

void TestQrTerminal::forTerminal()
{
    const QByteArray text = QByteArrayLiteral("hello");
    const Modules modules = qrModules(text);
    const QString drawn = qrForTerminal(text);
    QCOMPARE(drawn, renderModules(modules, 2));
    const QStringList lines = drawn.chopped(1).split(u'\n');
    const qsizetype size = modules.size();
    QCOMPARE(lines.size(), (size + 4 + 1) / 2);
    // The quiet zone's first two rows are light: one line of full blocks.
    QCOMPARE(lines.first(), QString(size + 4, u'\u2588'));
    // The second line draws the symbol's first two rows: the top-left finder's dark top
    // edge over its dark sides and light ring, after two columns of quiet zone.
    QCOMPARE(lines.at(1).first(2), QString(2, u'\u2588'));
    QCOMPARE(lines.at(1).sliced(2, 7), QStringLiteral(" ▄▄▄▄▄ "));
}

QTEST_GUILESS_MAIN(TestQrTerminal)

#include "tst_qrterminal.moc"
