// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The committed catalogues in translations/ against the sources: lupdate runs over the
// same sources, include folders and options as the build's conductor_lupdate target, into
// temporary copies of every .ts file, and the check fails when a source string is missing
// from a committed catalogue, when an entry is unfinished, or when a translation's
// placeholders (%1 to %99, %n, with or without L) differ from its source's. Every failure
// names the catalogue, the context and the source text. The check also proves that it
// can fail: a source with a string no catalogue holds is reported, and so is a catalogue
// whose translation drops a placeholder.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest/QTest>
#include <QXmlStreamReader>

namespace {

// One message of a catalogue, as lupdate wrote it.
struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

struct Catalogue
{
    QList<Entry> entries;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = path + QStringLiteral(": ") + file.errorString();
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message") {
                result.entries.append(entry);
            }
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = Entry{context, {}, {}, false};
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            entry.unfinished = !type.isEmpty(); // unfinished, vanished or obsolete
            // A plural message holds its forms in <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                    entry.translations.append(xml.readElementText());
                } else if (xml.isEndElement() && xml.name() == u"translation") {
                    break;
                }
            }
            if (entry.translations.isEmpty()) {
                entry.translations.append(text);
            }
        }
    }
    if (xml.hasError()) {
        result.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return result;
}

QString describe(const QString &catalogue, const Entry &entry)
{
    return QStringLiteral("%1: [%2] \"%3\"").arg(catalogue, entry.context, entry.source);
}

// %1 and %L1 are the same argument, %n and %Ln the same count; the order does not matter.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text)) {
        found.insert(QLatin1Char('%') + m.captured(1));
    }
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u' ');
}

// Every problem of one catalogue's entries: unfinished, empty, or with other placeholders.
QStringList problemsOf(const QString &name, const QList<Entry> &entries)
{
    QStringList problems;
    for (const Entry &entry : entries) {
        if (entry.unfinished) {
            problems.append(QStringLiteral("unfinished or missing: ") + describe(name, entry));
            continue;
        }
        const QSet<QString> expected = placeholders(entry.source);
        for (const QString &translation : entry.translations) {
            if (translation.isEmpty() && !entry.source.isEmpty()) {
                problems.append(QStringLiteral("empty translation: ") + describe(name, entry));
                continue;
            }
            const QSet<QString> got = placeholders(translation);
            if (got != expected) {
                problems.append(
                    QStringLiteral("placeholders %1 instead of %2 in \"%3\": %4")
                        .arg(sorted(got), sorted(expected), translation, describe(name, entry)));
            }
        }
    }
    return problems;
}

struct LupdateRun
{
    bool ok = false;
    QString output;
};

// lupdate as conductor_lupdate runs it, over the listed sources plus any extra ones, into
// the catalogues given.
LupdateRun runLupdate(const QStringList &catalogues, const QStringList &extraSources = {})
{
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"),
                          QLatin1Char('@') + QStringLiteral(CONDUCTOR_LUPDATE_SOURCES)};
    arguments += extraSources;
    arguments += QStringLiteral("-ts");
    arguments += catalogues;
    lupdate.start(QStringLiteral(CONDUCTOR_LUPDATE), arguments);
    const bool finished = lupdate.waitForFinished(120000);
    LupdateRun run;
    run.output = QString::fromLocal8Bit(lupdate.readAll());
    run.ok = finished && lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
    return run;
}

QStringList committedCatalogues()
{
    const QDir dir(QStringLiteral(CONDUCTOR_TRANSLATIONS_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name)) {
        paths.append(dir.filePath(name));
    }
    return paths;
}

// Copies the catalogues into dir, runs lupdate on the copies, and returns every problem.
QStringList checkAgainstSources(const QStringList &catalogues, const QString &dir,
                                const QStringList &extraSources = {})
{
    QStringList copies;
    for (const QString &path : catalogues) {
        const QString copy = QDir(dir).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        if (!QFile::copy(path, copy)) {
            return {QStringLiteral("cannot copy ") + path};
        }
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        copies.append(copy);
    }
    const LupdateRun run = runLupdate(copies, extraSources);
    if (!run.ok) {
        return {QStringLiteral("lupdate failed:\n") + run.output};
    }
    QStringList problems;
    for (const QString &copy : copies) {
        const Catalogue catalogue = readCatalogue(copy);
        if (!catalogue.error.isEmpty()) {
            problems.append(catalogue.error);
            continue;
        }
        problems += problemsOf(QFileInfo(copy).fileName(), catalogue.entries);
    }
    return problems;
}

} // namespace

class Test_translations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cataloguesHoldEverySourceString();
    void committedCataloguesAreComplete();
    void frenchHasEveryPluralForm();
    void aNewSourceStringIsReported();
    void aDroppedPlaceholderIsReported();

private:
    QStringList m_catalogues;
};

void Test_translations::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(CONDUCTOR_LUPDATE)), CONDUCTOR_LUPDATE);
    QVERIFY2(QFileInfo::exists(QStringLiteral(CONDUCTOR_LUPDATE_SOURCES)),
             CONDUCTOR_LUPDATE_SOURCES);
    m_catalogues = committedCatalogues();
    const QStringList names = [this] {
        QStringList n;
        for (const QString &path : m_catalogues) {
            n.append(QFileInfo(path).fileName());
        }
        return n;
    }();
    QVERIFY2(names.contains(QStringLiteral("conductor_de.ts")), qPrintable(names.join(u' ')));
    QVERIFY2(names.contains(QStringLiteral("conductor_fr.ts")), qPrintable(names.join(u' ')));
}

void Test_translations::cataloguesHoldEverySourceString()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList problems = checkAgainstSources(m_catalogues, dir.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // And lupdate found strings at all: the sources were really read.
    const Catalogue french = readCatalogue(dir.filePath(QStringLiteral("conductor_fr.ts")));
    QVERIFY2(french.entries.size() > 1000, qPrintable(QString::number(french.entries.size())));
}

void Test_translations::committedCataloguesAreComplete()
{
    for (const QString &path : std::as_const(m_catalogues)) {
        const Catalogue catalogue = readCatalogue(path);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY2(!catalogue.entries.isEmpty(), qPrintable(path));
        const QStringList problems = problemsOf(QFileInfo(path).fileName(), catalogue.entries);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}

void Test_translations::frenchHasEveryPluralForm()
{
    // French has two plural forms in Qt's rules: one for 0 and 1, one for the rest.
    const Catalogue french = readCatalogue(QDir(QStringLiteral(CONDUCTOR_TRANSLATIONS_DIR))
                                               .filePath(QStringLiteral("conductor_fr.ts")));
    QVERIFY2(french.error.isEmpty(), qPrintable(french.error));
    int plurals = 0;
    for (const Entry &entry : french.entries) {
        if (entry.source.contains(QStringLiteral("%n")) ||
            entry.source.contains(QStringLiteral("%Ln"))) {
            ++plurals;
            QVERIFY2(entry.translations.size() == 2,
                     qPrintable(describe(QStringLiteral("fr"), entry)));
            QVERIFY2(entry.translations.at(0) != entry.translations.at(1),
                     qPrintable(describe(QStringLiteral("fr"), entry)));
        }
    }
    QVERIFY(plurals > 0);
}

void Test_translations::aNewSourceStringIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("extra.cpp"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#include <QCoreApplication>\n"
               "namespace Conductor {\n"
               "struct Extra { Q_DECLARE_TR_FUNCTIONS(Conductor::Extra) };\n"
               "QString extra() { return Extra::tr(\"A sentence no catalogue holds\"); }\n"
               "}\n");
    file.close();

    QStringList problems = checkAgainstSources(m_catalogues, dir.path(), {source});
    problems.removeIf([](const QString &p) { return !p.contains(u"Conductor::Extra"); });
    // Once per catalogue.
    QCOMPARE(problems.size(), m_catalogues.size());
    for (const QString &problem : problems) {
        QVERIFY2(problem.contains(QStringLiteral("unfinished or missing")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("[Conductor::Extra] \"A sentence no "
                                                 "catalogue holds\"")),
                 qPrintable(problem));
    }
}

void Test_translations::aDroppedPlaceholderIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("conductor_xx.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Conductor::Sample</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 sur %1 terminées</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message numerus="yes">
        <source>%n must pass</source>
        <translation>
            <numerusform>%n doit réussir</numerusform>
            <numerusform>doivent réussir</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
)");
    file.close();
    const Catalogue catalogue = readCatalogue(path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QCOMPARE(catalogue.entries.size(), 4);
    const QStringList problems = problemsOf(QStringLiteral("conductor_xx.ts"), catalogue.entries);
    // The swapped order is fine; the dropped %2, the plural form without %n and the
    // unfinished entry are not.
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).contains(QStringLiteral("placeholders %1 instead of %1 %2")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QStringLiteral("placeholders  instead of %n")),
             qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains(QStringLiteral("unfinished or missing: conductor_xx.ts: "
                                                    "[Conductor::Sample] \"Ready\"")),
             qPrintable(problems.at(2)));
}

QTEST_GUILESS_MAIN(Test_translations)
#include "tst_translations.moc"
