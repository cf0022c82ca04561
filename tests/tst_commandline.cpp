// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line contract, checked against the real conductor binary: what --version
// and --help print, the exit codes (0 valid, 1 invalid, 2 usage), that validate reports
// every problem as FILE:LINE:COLUMN: message on stderr and nothing else, in any language,
// and that the log goes to its file rather than to the terminal. Each run gets its own
// HOME and XDG folders and no display, since commands must not need one.

#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <algorithm>
#include <csignal>
#include <memory>

#ifndef CONDUCTOR_BINARY
#error "CONDUCTOR_BINARY must name the conductor executable"
#endif
#ifndef CONDUCTOR_PROJECT_VERSION
#error "CONDUCTOR_PROJECT_VERSION must carry CMake's PROJECT_VERSION"
#endif

using namespace Conductor;

namespace {

using Environment = QList<std::pair<QString, QString>>;

struct Run
{
    std::unique_ptr<QTemporaryDir> home;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QStringList outLines() const { return lines(out); }
    [[nodiscard]] QStringList errLines() const { return lines(err); }

    static QStringList lines(const QByteArray &bytes)
    {
        QString text = QString::fromUtf8(bytes);
        if (text.endsWith(u'\n')) {
            text.chop(1);
        }
        return text.isEmpty() ? QStringList() : text.split(u'\n');
    }
};

// The environment of a user whose home is `home` and who never ran conductor, with `extra`
// on top (a null value removes the variable).
QProcessEnvironment freshEnvironment(const QString &home, const Environment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Commands run without a display (the desktop app is given the offscreen platform).
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "QT_LOGGING_RULES",
          "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const auto &[name, value] : extra) {
        if (value.isNull()) {
            env.remove(name);
        } else {
            env.insert(name, value);
        }
    }
    return env;
}

// Runs conductor with the arguments in a fresh home. A run that hangs reports exit code
// -2 and one that crashes -3, so that no expected code can match them.
Run runConductor(const QStringList &arguments, const Environment &extra = {},
                 const QString &workingDirectory = {})
{
    Run run;
    run.home = std::make_unique<QTemporaryDir>();
    const QString home = run.home->path();
    const QProcessEnvironment env = freshEnvironment(home, extra);

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory.isEmpty() ? home : workingDirectory);
    process.start(QStringLiteral(CONDUCTOR_BINARY), arguments);
    if (!process.waitForStarted(10000)) {
        qFatal("cannot start %s: %s", CONDUCTOR_BINARY, qPrintable(process.errorString()));
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.exitCode = -2;
    } else if (process.exitStatus() == QProcess::CrashExit) {
        run.exitCode = -3;
    } else {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// "conductor.log" under the state folder a run's environment makes conductor use:
// $XDG_STATE_HOME/<organization>/<application>/logs.
QString expectedLogFile(const QString &stateHome)
{
    return stateHome + QStringLiteral("/I2S Studio/conductor/logs/conductor.log");
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

QByteArray brokenPipeline()
{
    return "pipeline:\n"
           "  id: x\n"
           "stages:\n"
           "  - id: a\n"
           "    agent: nope\n"
           "    bogus: 1\n";
}

QByteArray brokenConfiguration()
{
    return "agent:\n"
           "  name: conductor\n"
           "budgets:\n"
           "  tokens:\n"
           "    daily: lots\n"
           "    dayly: 5\n";
}

} // namespace

class Test_commandline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void version_data();
    void version();
    void help_data();
    void help();
    void usageError_data();
    void usageError();

    void validFiles_data();
    void validFiles();
    void invalidFiles_data();
    void invalidFiles();
    void relativePathKeepsItsName();
    void translatedRunKeepsTheFormat();
    void helpFollowsTheSystemLanguage_data();
    void helpFollowsTheSystemLanguage();

    void logFileIsInTheStateFolder_data();
    void logFileIsInTheStateFolder();
    void desktopAppClosesOnSigterm();

private:
    QTemporaryDir m_files;
    QString m_brokenPipeline;
    QString m_brokenConfiguration;
    QString m_syntaxError;
    QString m_unknownKind;
    QString m_empty;
    QString m_missing;
};

void Test_commandline::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CONDUCTOR_BINARY)).isExecutable(), CONDUCTOR_BINARY);
    QVERIFY(m_files.isValid());
    m_brokenPipeline =
        Test::writeFile(m_files, QStringLiteral("broken-pipeline.yml"), brokenPipeline());
    m_brokenConfiguration =
        Test::writeFile(m_files, QStringLiteral("broken-configuration.yml"), brokenConfiguration());
    m_syntaxError =
        Test::writeFile(m_files, QStringLiteral("syntax-error.yml"), "stages: [\n  - id: a\n");
    m_unknownKind = Test::writeFile(m_files, QStringLiteral("unknown-kind.yml"), "foo: 1\n");
    m_empty = Test::writeFile(m_files, QStringLiteral("empty.yml"), QByteArray());
    m_missing = m_files.filePath(QStringLiteral("does-not-exist.yml"));
}

void Test_commandline::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << QStringLiteral("--version");
    QTest::newRow("-v") << QStringLiteral("-v");
}

void Test_commandline::version()
{
    QFETCH(QString, option);
    const Run run = runConductor({option});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out, QByteArray("conductor " CONDUCTOR_PROJECT_VERSION "\n"));
    QCOMPARE(run.err, QByteArray());
}

void Test_commandline::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("validate");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("validate");
    QTest::newRow("validate --help")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--help")}
        << QStringLiteral("FILE");
    QTest::newRow("validate -h") << QStringList{QStringLiteral("validate"), QStringLiteral("-h")}
                                 << QStringLiteral("FILE");
}

void Test_commandline::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mustMention);
    const Run run = runConductor(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(QString::fromUtf8(run.out).contains(mustMention), qPrintable(describe(run)));
    QCOMPARE(run.err, QByteArray());
    if (arguments.first() == u"--help" || arguments.first() == u"-h") {
        // The command is listed as a command, with its summary, not merely mentioned.
        static const QRegularExpression commandLine(QStringLiteral("^\\s+validate\\s+\\S"),
                                                    QRegularExpression::MultilineOption);
        QVERIFY2(commandLine.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    }
}

void Test_commandline::usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString valid = Test::sourcePath(QStringLiteral("resources/conductor-agent.yml"));
    QTest::newRow("validate without a file") << QStringList{QStringLiteral("validate")};
    QTest::newRow("validate --quiet without a file")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--quiet")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown command with a file")
        << QStringList{QStringLiteral("frobnicate"), valid};
    QTest::newRow("unknown option of validate")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--frobnicate"), valid};
    QTest::newRow("unknown long option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("unknown short option") << QStringList{QStringLiteral("-x")};
}

void Test_commandline::usageError()
{
    QFETCH(QStringList, arguments);
    const Run run = runConductor(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    const QStringList err = run.errLines();
    QVERIFY2(err.size() >= 2, qPrintable(describe(run)));
    // What went wrong, then where to read how it is done.
    QVERIFY2(err.first().startsWith(u"conductor: "), qPrintable(describe(run)));
    QVERIFY2(err.last().contains(u"conductor --help"), qPrintable(describe(run)));
}

void Test_commandline::validFiles_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("kinds");
    const QString config = Test::sourcePath(QStringLiteral("resources/conductor-agent.yml"));
    const QString pipeline = Test::sourcePath(QStringLiteral("resources/pipelines/i2s.yml"));
    const QString design = Test::dataPath(QStringLiteral("config/design-document.yml"));
    const QString cfg = QStringLiteral("configuration");
    const QString pip = QStringLiteral("pipeline");
    QTest::newRow("shipped configuration") << QStringList{config} << QStringList{cfg};
    QTest::newRow("shipped pipeline") << QStringList{pipeline} << QStringList{pip};
    QTest::newRow("design document configuration") << QStringList{design} << QStringList{cfg};
    QTest::newRow("all three") << QStringList{config, pipeline, design}
                               << QStringList{cfg, pip, cfg};
}

void Test_commandline::validFiles()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, kinds);
    const Run run = runConductor(QStringList{QStringLiteral("validate")} + files);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    // Nothing on stderr: no diagnostics and no log lines.
    QVERIFY2(run.err.isEmpty(), qPrintable(describe(run)));
    QStringList expected;
    for (qsizetype i = 0; i < files.size(); ++i) {
        expected.append(files.at(i) + QStringLiteral(": valid ") + kinds.at(i));
    }
    QCOMPARE(run.outLines(), expected);

    const Run quiet =
        runConductor(QStringList{QStringLiteral("validate"), QStringLiteral("--quiet")} + files);
    QVERIFY2(quiet.exitCode == 0, qPrintable(describe(quiet)));
    QCOMPARE(quiet.out, QByteArray());
    QCOMPARE(quiet.err, QByteArray());
}

void Test_commandline::invalidFiles_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QStringList>("positions"); // LINE:COLUMN that must be reported
    const QString valid = Test::sourcePath(QStringLiteral("resources/conductor-agent.yml"));
    const QString validPipeline = Test::sourcePath(QStringLiteral("resources/pipelines/i2s.yml"));

    QTest::newRow("pipeline") << QStringList{m_brokenPipeline} << m_brokenPipeline
                              << QStringList{QStringLiteral("5:12"), QStringLiteral("6:5")};
    QTest::newRow("configuration") << QStringList{m_brokenConfiguration} << m_brokenConfiguration
                                   << QStringList{QStringLiteral("5:12"), QStringLiteral("6:5")};
    QTest::newRow("syntax error") << QStringList{m_syntaxError} << m_syntaxError << QStringList{};
    QTest::newRow("neither kind") << QStringList{m_unknownKind} << m_unknownKind
                                  << QStringList{QStringLiteral("1:1")};
    QTest::newRow("empty") << QStringList{m_empty} << m_empty << QStringList{QStringLiteral("1:1")};
    QTest::newRow("missing") << QStringList{m_missing} << m_missing
                             << QStringList{QStringLiteral("1:1")};
    QTest::newRow("valid then broken") << QStringList{valid, m_brokenPipeline} << m_brokenPipeline
                                       << QStringList{QStringLiteral("5:12")};
    QTest::newRow("broken then valid")
        << QStringList{m_brokenConfiguration, validPipeline} << m_brokenConfiguration
        << QStringList{QStringLiteral("6:5")};
    QTest::newRow("valid then missing")
        << QStringList{validPipeline, m_missing} << m_missing << QStringList{QStringLiteral("1:1")};
}

void Test_commandline::invalidFiles()
{
    QFETCH(QStringList, files);
    QFETCH(QString, broken);
    QFETCH(QStringList, positions);
    const Run run = runConductor(QStringList{QStringLiteral("validate")} + files);
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));

    const QRegularExpression diagnostic(u'^' + QRegularExpression::escape(broken) +
                                        QStringLiteral(":\\d+:\\d+: \\S"));
    const QStringList err = run.errLines();
    QVERIFY2(!err.isEmpty(), qPrintable(describe(run)));
    for (const QString &line : err) {
        QVERIFY2(diagnostic.match(line).hasMatch(), qPrintable(line));
    }
    for (const QString &position : positions) {
        const QString prefix = broken + u':' + position + QStringLiteral(": ");
        QVERIFY2(std::any_of(err.cbegin(), err.cend(),
                             [&](const QString &l) { return l.startsWith(prefix); }),
                 qPrintable(prefix + QStringLiteral(" missing in\n") + describe(run)));
    }

    // stdout names the valid files, and only them.
    QStringList expectedOut;
    for (const QString &file : files) {
        if (file != broken) {
            expectedOut.append(file);
        }
    }
    const QStringList out = run.outLines();
    QCOMPARE(out.size(), expectedOut.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        QVERIFY2(out.at(i).startsWith(expectedOut.at(i) + QStringLiteral(": valid ")),
                 qPrintable(out.at(i)));
    }
}

void Test_commandline::relativePathKeepsItsName()
{
    // The name reported is the one given, so an editor can jump to it from the output.
    const Run run = runConductor(
        {QStringLiteral("validate"), QFileInfo(m_brokenPipeline).fileName()}, {}, m_files.path());
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QStringList err = run.errLines();
    QVERIFY(!err.isEmpty());
    for (const QString &line : err) {
        QVERIFY2(line.startsWith(QStringLiteral("broken-pipeline.yml:")), qPrintable(line));
    }
}

void Test_commandline::translatedRunKeepsTheFormat()
{
    const Environment german{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                             {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")},
                             {QStringLiteral("LANGUAGE"), QStringLiteral("de")}};
    const QStringList files{m_brokenPipeline, m_brokenConfiguration, m_missing};
    const Run run = runConductor(QStringList{QStringLiteral("validate")} + files, german);
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));

    static const QRegularExpression diagnostic(QStringLiteral("^(.+):(\\d+):(\\d+): \\S"));
    const QStringList err = run.errLines();
    QSet<QString> reported;
    for (const QString &line : err) {
        const QRegularExpressionMatch m = diagnostic.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QVERIFY2(files.contains(m.captured(1)), qPrintable(line));
        reported.insert(m.captured(1));
    }
    QCOMPARE(reported, QSet<QString>(files.cbegin(), files.cend()));

    // The run really was a German one: conductor found its German catalogue.
    const QByteArray log =
        Test::readAll(expectedLogFile(run.home->path() + QStringLiteral("/state")));
    QVERIFY2(log.contains("conductor.app: translation"), log.constData());
}

void Test_commandline::helpFollowsTheSystemLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    const QStringList english{QStringLiteral("Usage: "), QStringLiteral("Commands:"),
                              QStringLiteral("Show the version")};
    QTest::newRow("LANGUAGE=fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fr")
                                 << QStringList{QStringLiteral("Utilisation : "),
                                                QStringLiteral("Commandes :"),
                                                QStringLiteral("Afficher la version")}
                                 << english;
    QTest::newRow("LANG=fr_FR only")
        << QStringLiteral("fr_FR.UTF-8") << QString()
        << QStringList{QStringLiteral("Commandes :"), QStringLiteral("Lister les exécutions")}
        << english;
    QTest::newRow("LANGUAGE=de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de")
                                 << QStringList{QStringLiteral("Befehle:")} << english;
    QTest::newRow("C") << QStringLiteral("C.UTF-8") << QString() << english
                       << QStringList{QStringLiteral("Commandes :")};
}

void Test_commandline::helpFollowsTheSystemLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    Environment env{{QStringLiteral("LANG"), lang}, {QStringLiteral("LC_ALL"), lang}};
    if (!language.isEmpty()) {
        env.append({QStringLiteral("LANGUAGE"), language});
    }
    const Run run = runConductor({QStringLiteral("--help")}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString out = QString::fromUtf8(run.out);
    for (const QString &text : expected) {
        QVERIFY2(out.contains(text), qPrintable(text + QStringLiteral(" in:\n") + out));
    }
    for (const QString &text : absent) {
        QVERIFY2(!out.contains(text), qPrintable(text + QStringLiteral(" in:\n") + out));
    }
}

void Test_commandline::logFileIsInTheStateFolder_data()
{
    QTest::addColumn<QString>("stateHome"); // XDG_STATE_HOME; null: unset
    QTest::addColumn<QString>("expected");  // under the run's home
    QTest::newRow("XDG_STATE_HOME") << QStringLiteral("/state") << QStringLiteral("/state");
    QTest::newRow("HOME only") << QString() << QStringLiteral("/.local/state");
    // The XDG Base Directory specification: a relative path is invalid and ignored.
    QTest::newRow("relative") << QStringLiteral("relative/state")
                              << QStringLiteral("/.local/state");
}

void Test_commandline::logFileIsInTheStateFolder()
{
    QFETCH(QString, stateHome);
    QFETCH(QString, expected);
    const QString file = Test::sourcePath(QStringLiteral("resources/pipelines/i2s.yml"));
    QTemporaryDir cwd; // where a relative XDG_STATE_HOME would land
    QVERIFY(cwd.isValid());
    Environment env{{QStringLiteral("XDG_STATE_HOME"), QString()}};
    if (stateHome.startsWith(u'/')) {
        env = Environment{}; // the run's own <home>/state
    } else if (!stateHome.isNull()) {
        env = Environment{{QStringLiteral("XDG_STATE_HOME"), stateHome}};
    }
    const Run run = runConductor({QStringLiteral("validate"), file}, env, cwd.path());
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.isEmpty(), qPrintable(describe(run)));

    const QString logFile = expectedLogFile(run.home->path() + expected);
    QVERIFY2(QFileInfo::exists(logFile), qPrintable(logFile));
    // Nothing under the data folder, nor where a relative path would have put it.
    QVERIFY(
        !QFileInfo::exists(run.home->path() + QStringLiteral("/data/I2S Studio/conductor/logs")));
    QVERIFY(!QFileInfo::exists(cwd.filePath(QStringLiteral("relative"))));
    // The info message validate logs reached the file, not stderr.
    const QByteArray log = Test::readAll(logFile);
    QVERIFY2(log.contains(" info conductor.config: "), log.constData());
    QVERIFY2(log.contains(file.toUtf8()), log.constData());
}

// The desktop app told to stop by the end of the desktop session, a service manager or
// Ctrl+C (SIGTERM, SIGINT) closes its window as if the person had: it exits with 0, not
// killed by the signal, and the window's layout is saved.
void Test_commandline::desktopAppClosesOnSigterm()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    process.setProcessEnvironment(freshEnvironment(
        home.path(), {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}));
    process.setWorkingDirectory(home.path());
    process.start(QStringLiteral(CONDUCTOR_BINARY), {});
    QVERIFY(process.waitForStarted(10000));
    // Up once its session has opened the database and taken over what was unfinished.
    const QString logFile = expectedLogFile(home.filePath(QStringLiteral("state")));
    const auto opened = [&logFile] {
        QFile log(logFile);
        return log.open(QIODevice::ReadOnly) && log.readAll().contains("claimed");
    };
    QTRY_VERIFY_WITH_TIMEOUT(opened(), 30000);
    const QString settings = home.filePath(QStringLiteral("config/I2S Studio/conductor.conf"));
    QVERIFY(!QFileInfo::exists(settings) ||
            !Test::readAll(settings).contains("mainWindow")); // nothing saved yet

    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGTERM), 0);
    QVERIFY2(process.waitForFinished(20000), "the app did not stop on SIGTERM");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(QFileInfo::exists(settings), qPrintable(settings));
    const QByteArray saved = Test::readAll(settings);
    QVERIFY2(saved.contains("geometry="), saved.constData());
}

QTEST_GUILESS_MAIN(Test_commandline)
#include "tst_commandline.moc"
