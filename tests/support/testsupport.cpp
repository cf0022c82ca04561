// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QtTest/QTest>

namespace Conductor::Test {

QString dataPath(const QString &relative)
{
    const QString root = qEnvironmentVariable("CONDUCTOR_TEST_DATA");
    if (root.isEmpty()) {
        qFatal("CONDUCTOR_TEST_DATA is not set; run the tests through ctest");
    }
    return root + u'/' + relative;
}

QString sourcePath(const QString &relative)
{
    const QString root = qEnvironmentVariable("CONDUCTOR_SOURCE_DIR");
    if (root.isEmpty()) {
        qFatal("CONDUCTOR_SOURCE_DIR is not set; run the tests through ctest");
    }
    return root + u'/' + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

QStringList expectedProblems(const QString &path)
{
    QStringList expected;
    const QString text = QString::fromUtf8(readAll(path));
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(QStringLiteral("# expect: "))) {
            expected.append(line.mid(10));
        }
    }
    return expected;
}

QString mismatchWithExpected(const QString &path, const Diagnostics &found)
{
    const QStringList expected = expectedProblems(path);
    if (expected.isEmpty()) {
        return QStringLiteral("the file names no expected problem");
    }
    QStringList actual;
    for (const Diagnostic &d : found) {
        actual.append(d.toString().mid(path.size() + 1));
    }
    if (actual.size() != expected.size()) {
        return QStringLiteral("expected %1 problem(s), got %2:\n%3")
            .arg(expected.size())
            .arg(actual.size())
            .arg(actual.join(u'\n'));
    }
    for (int i = 0; i < expected.size(); ++i) {
        if (!actual[i].startsWith(expected[i])) {
            return QStringLiteral("expected \"%1\"\n got \"%2\"").arg(expected[i], actual[i]);
        }
    }
    return {};
}

QStringList dataFiles(const QString &relativeFolder)
{
    const QDir dir(dataPath(relativeFolder));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name)) {
        files.append(dir.filePath(name));
    }
    if (files.isEmpty()) {
        qFatal("no test files in %s", qPrintable(dir.path()));
    }
    return files;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace Conductor::Test
