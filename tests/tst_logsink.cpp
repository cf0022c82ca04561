// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// LogSink: the line format with its category, the stderr threshold (which filters the
// terminal but never the file), rotation at maxFileBytes keeping keepFiles old files,
// whole lines from many threads at once, and no deadlock when the sink's own file
// operations log while the sink holds its lock. Standard error is captured by pointing
// file descriptor 2 at a temporary file around the logging calls.

#include "logging/logging.h"
#include "logging/logsink.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <QtTest/QTest>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Conductor;

Q_LOGGING_CATEGORY(lcSinkTest, "conductor.sinktest", QtDebugMsg)

namespace {

// Points file descriptor 2 at a temporary file until finish() or destruction.
class StderrCapture final
{
public:
    StderrCapture()
    {
        if (!m_file.open()) {
            qFatal("cannot create a file to capture stderr");
        }
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        if (m_saved < 0 || ::dup2(m_file.handle(), STDERR_FILENO) < 0) {
            qFatal("cannot redirect stderr");
        }
    }
    ~StderrCapture() { restore(); }
    Q_DISABLE_COPY_MOVE(StderrCapture)

    // Restores stderr and returns what was written to it.
    QByteArray finish()
    {
        restore();
        m_file.seek(0);
        return m_file.readAll();
    }

private:
    void restore()
    {
        if (m_saved < 0) {
            return;
        }
        std::fflush(stderr);
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
        m_saved = -1;
    }

    QTemporaryFile m_file;
    int m_saved = -1;
};

QStringList linesOf(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.endsWith(u'\n')) {
        text.chop(1);
    }
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

QStringList fileLines(const QString &path)
{
    return QFileInfo::exists(path) ? linesOf(Test::readAll(path)) : QStringList();
}

// "2026-01-01T12:00:00.000Z warning conductor.engine: text"
const QRegularExpression &lineFormat()
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z "
                       "(debug|info|warning|critical) ([\\w.]+): (.*)$"));
    return re;
}

QString rotated(const QString &dir, int index)
{
    const QString base = dir + QStringLiteral("/conductor.log");
    return index == 0 ? base : base + u'.' + QString::number(index);
}

// Runs work on its own thread. A deadlock there ends the test run at once rather than at
// ctest's timeout: the sink's lock is held for good, so nothing that logs can go on. The
// report goes to stdout, since stderr may be captured.
void runOrDie(const char *what, std::function<void()> work, int timeoutMs = 20000)
{
    const std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->start();
    if (!thread->wait(QDeadlineTimer(timeoutMs))) {
        std::printf("FAIL!  : %s did not finish within %d ms: the log sink deadlocked\n", what,
                    timeoutMs);
        std::fflush(stdout);
        std::abort();
    }
}

} // namespace

class Test_logsink final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void linesCarryLevelAndCategory();
    void stderrThreshold_data();
    void stderrThreshold();
    void rotation_data();
    void rotation();
    void appendsToAnExistingFile();
    void manyThreadsWriteWholeLines();
    void failingSinkDoesNotDeadlock_data();
    void failingSinkDoesNotDeadlock();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void Test_logsink::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void Test_logsink::cleanup()
{
    LogSink::uninstall();
    QVERIFY(LogSink::currentFile().isEmpty());
    m_dir.reset();
}

void Test_logsink::linesCarryLevelAndCategory()
{
    LogSink::install({m_dir->path(), 1024 * 1024, 2, false, QtInfoMsg});
    QCOMPARE(LogSink::currentFile(), rotated(m_dir->path(), 0));
    qCInfo(lcEngine) << "engine started";
    qCWarning(lcStore) << "store is slow";
    qCCritical(lcApi) << "api down";
    qCDebug(lcSinkTest) << "a detail";
    qWarning("no category");

    const QStringList lines = fileLines(LogSink::currentFile());
    const QList<std::tuple<QString, QString, QString>> expected{
        {QStringLiteral("info"), QStringLiteral("conductor.engine"),
         QStringLiteral("engine started")},
        {QStringLiteral("warning"), QStringLiteral("conductor.store"),
         QStringLiteral("store is slow")},
        {QStringLiteral("critical"), QStringLiteral("conductor.api"), QStringLiteral("api down")},
        {QStringLiteral("debug"), QStringLiteral("conductor.sinktest"), QStringLiteral("a detail")},
        {QStringLiteral("warning"), QStringLiteral("default"), QStringLiteral("no category")},
    };
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = lineFormat().match(lines.at(i));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
        QCOMPARE(m.captured(1), std::get<0>(expected.at(i)));
        QCOMPARE(m.captured(2), std::get<1>(expected.at(i)));
        QCOMPARE(m.captured(3), std::get<2>(expected.at(i)));
    }
}

void Test_logsink::stderrThreshold_data()
{
    QTest::addColumn<bool>("toStderr");
    QTest::addColumn<int>("threshold"); // a QtMsgType
    QTest::addColumn<QStringList>("onStderr");
    const QString d = QStringLiteral("debug");
    const QString i = QStringLiteral("info");
    const QString w = QStringLiteral("warning");
    const QString c = QStringLiteral("critical");
    QTest::newRow("debug") << true << int(QtDebugMsg) << QStringList{d, i, w, c};
    QTest::newRow("info") << true << int(QtInfoMsg) << QStringList{i, w, c};
    QTest::newRow("warning") << true << int(QtWarningMsg) << QStringList{w, c};
    QTest::newRow("critical") << true << int(QtCriticalMsg) << QStringList{c};
    QTest::newRow("no stderr") << false << int(QtDebugMsg) << QStringList{};
}

void Test_logsink::stderrThreshold()
{
    QFETCH(bool, toStderr);
    QFETCH(int, threshold);
    QFETCH(QStringList, onStderr);
    LogSink::install({m_dir->path(), 1024 * 1024, 2, toStderr, static_cast<QtMsgType>(threshold)});

    StderrCapture capture;
    qCDebug(lcSinkTest) << "debug";
    qCInfo(lcSinkTest) << "info";
    qCWarning(lcSinkTest) << "warning";
    qCCritical(lcSinkTest) << "critical";
    const QByteArray err = capture.finish();

    const auto messages = [](const QStringList &lines) {
        QStringList out;
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = lineFormat().match(line);
            out.append(m.hasMatch() ? QString(m.captured(1) + u'/' + m.captured(3))
                                    : QString(QStringLiteral("malformed: ") + line));
        }
        return out;
    };
    QStringList expectedOnStderr;
    for (const QString &level : onStderr) {
        expectedOnStderr.append(level + u'/' + level);
    }
    QCOMPARE(messages(linesOf(err)), expectedOnStderr);
    // The file has every level, whatever the terminal shows.
    QCOMPARE(messages(fileLines(LogSink::currentFile())),
             (QStringList{QStringLiteral("debug/debug"), QStringLiteral("info/info"),
                          QStringLiteral("warning/warning"), QStringLiteral("critical/critical")}));
}

void Test_logsink::rotation_data()
{
    QTest::addColumn<int>("keepFiles");
    QTest::addColumn<int>("expectedKept"); // keepFiles is at least 1
    QTest::newRow("keep 3") << 3 << 3;
    QTest::newRow("keep 1") << 1 << 1;
    QTest::newRow("keep 0 keeps 1") << 0 << 1;
}

void Test_logsink::rotation()
{
    QFETCH(int, keepFiles);
    QFETCH(int, expectedKept);
    constexpr qint64 maxBytes = 1000;
    constexpr int count = 200;
    const QString dir = m_dir->path();
    LogSink::install({dir, maxBytes, keepFiles, false, QtInfoMsg});
    for (int i = 0; i < count; ++i) {
        qCInfo(lcSinkTest, "message %04d", i);
    }

    // Oldest first: conductor.log.N ... conductor.log.1, then conductor.log.
    QList<int> sequence;
    for (int index = expectedKept; index >= 0; --index) {
        const QString path = rotated(dir, index);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        const qint64 size = QFileInfo(path).size();
        QVERIFY2(size <= maxBytes, qPrintable(path + QStringLiteral(": %1 bytes").arg(size)));
        const QStringList lines = fileLines(path);
        QVERIFY(!lines.isEmpty());
        if (index > 0) {
            // A file is rotated when the next line would not fit, not before.
            QVERIFY2(size + lines.first().size() + 1 > maxBytes, qPrintable(path));
        }
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = lineFormat().match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            sequence.append(m.captured(3).mid(8).toInt());
        }
    }
    QVERIFY2(!QFileInfo::exists(rotated(dir, expectedKept + 1)), "one rotated file too many");

    // The kept lines are the newest, whole and in order; the oldest were dropped.
    QCOMPARE(sequence.last(), count - 1);
    QVERIFY(sequence.first() > 0);
    for (qsizetype i = 1; i < sequence.size(); ++i) {
        QCOMPARE(sequence.at(i), sequence.at(i - 1) + 1);
    }
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), expectedKept + 1);
}

void Test_logsink::appendsToAnExistingFile()
{
    const QString path =
        Test::writeFile(*m_dir, QStringLiteral("conductor.log"), "from the last run\n");
    LogSink::install({m_dir->path(), 1024 * 1024, 2, false, QtInfoMsg});
    qCInfo(lcSinkTest) << "this run";
    const QStringList lines = fileLines(path);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), QStringLiteral("from the last run"));
    QVERIFY(lines.last().endsWith(u"conductor.sinktest: this run"));
}

void Test_logsink::manyThreadsWriteWholeLines()
{
    constexpr int threads = 8;
    constexpr int perThread = 400;
    const QString dir = m_dir->path();
    // Small files, so that rotation happens under contention too; enough of them to
    // keep every line.
    LogSink::install({dir, 64 * 1024, 64, true, QtWarningMsg});

    StderrCapture capture;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([t] {
            const QByteArray payload(200, static_cast<char>('a' + t));
            for (int i = 0; i < perThread; ++i) {
                // Every fourth message reaches stderr as well.
                if (i % 4 == 0) {
                    qCWarning(lcSinkTest, "thread %d message %d %s", t, i, payload.constData());
                } else {
                    qCInfo(lcSinkTest, "thread %d message %d %s", t, i, payload.constData());
                }
            }
        }));
    }
    for (auto &w : workers) {
        w->start();
    }
    for (auto &w : workers) {
        QVERIFY(w->wait(QDeadlineTimer(60000)));
    }
    const QByteArray err = capture.finish();

    static const QRegularExpression message(
        QStringLiteral("^thread (\\d) message (\\d+) ([a-z]{200})$"));
    const auto check = [](const QStringList &lines, int expectedPerThread) -> QString {
        std::vector<std::vector<bool>> seen(threads, std::vector<bool>(perThread, false));
        int total = 0;
        for (const QString &line : lines) {
            const QRegularExpressionMatch format = lineFormat().match(line);
            if (!format.hasMatch()) {
                return QStringLiteral("malformed line: ") + line;
            }
            const QRegularExpressionMatch m = message.match(format.captured(3));
            if (!m.hasMatch()) {
                return QStringLiteral("mixed line: ") + line;
            }
            const int t = m.captured(1).toInt();
            const int i = m.captured(2).toInt();
            if (t >= threads || i >= perThread || m.captured(3) != QString(200, QChar(u'a' + t)) ||
                seen[t][i]) {
                return QStringLiteral("wrong or repeated line: ") + line;
            }
            seen[t][i] = true;
            ++total;
        }
        if (total != threads * expectedPerThread) {
            return QStringLiteral("%1 lines instead of %2")
                .arg(total)
                .arg(threads * expectedPerThread);
        }
        return QString();
    };

    QStringList fileContent;
    for (int index = 64; index >= 0; --index) {
        fileContent += fileLines(rotated(dir, index));
    }
    QVERIFY2(QFileInfo::exists(rotated(dir, 1)), "expected the files to rotate");
    const QString fileProblem = check(fileContent, perThread);
    QVERIFY2(fileProblem.isEmpty(), qPrintable(fileProblem));
    const QString stderrProblem = check(linesOf(err), perThread / 4);
    QVERIFY2(stderrProblem.isEmpty(), qPrintable(stderrProblem));
}

void Test_logsink::failingSinkDoesNotDeadlock_data()
{
    QTest::addColumn<QString>("failure");
    // How Qt's warning about the file reaches stderr: not at all, through the sink, or
    // plain, from Qt's own guard against a message handler that logs.
    QTest::addColumn<QString>("fileWarning");
    // conductor.log is a device: opening it to append makes Qt warn, from inside the sink,
    // that a sequential device cannot seek; /dev/full also fails every write. The sink is
    // working first and a second install() moves it there, as its options may change.
    QTest::newRow("reinstalled onto /dev/null")
        << QStringLiteral("/dev/null") << QStringLiteral("formatted");
    QTest::newRow("reinstalled onto /dev/full")
        << QStringLiteral("/dev/full") << QStringLiteral("formatted");
    // The folder cannot be created: a file is in the way.
    QTest::newRow("reinstalled where no folder can be") << QStringLiteral("blocked") << QString();
    // Rotation cannot move the full file (a folder holds conductor.log.1) and reopens
    // conductor.log, which has become a device meanwhile: Qt warns from within the
    // handler, and prints that itself rather than call the handler again.
    QTest::newRow("rotation reopens a device")
        << QStringLiteral("rotation") << QStringLiteral("plain");
}

void Test_logsink::failingSinkDoesNotDeadlock()
{
    QFETCH(QString, failure);
    QFETCH(QString, fileWarning);
    const QString dir = m_dir->path();
    StderrCapture capture;
    if (failure == u"rotation") {
        QVERIFY(QDir(dir).mkpath(QStringLiteral("conductor.log.1/in-the-way")));
        runOrDie("install", [dir] { LogSink::install({dir, 200, 1, true, QtWarningMsg}); });
        qCInfo(lcSinkTest, "%s", QByteArray(150, 'x').constData());
        QVERIFY(QFile::remove(rotated(dir, 0)));
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), rotated(dir, 0)));
    } else {
        const QString first = m_dir->filePath(QStringLiteral("first"));
        runOrDie("install", [first] { LogSink::install({first, 4096, 2, true, QtWarningMsg}); });
        QString failing = m_dir->filePath(QStringLiteral("failing"));
        if (failure == u"blocked") {
            Test::writeFile(*m_dir, QStringLiteral("failing"), "a file, not a folder\n");
            failing += QStringLiteral("/logs");
        } else {
            QVERIFY(QDir(dir).mkpath(QStringLiteral("failing")));
            QVERIFY(QFile::link(failure, rotated(failing, 0)));
        }
        runOrDie("second install", [failing] {
            LogSink::install({failing, 4096, 2, true, QtWarningMsg});
        });
    }
    runOrDie("logging", [] {
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < 4; ++t) {
            workers.emplace_back(QThread::create([t] {
                for (int i = 0; i < 100; ++i) {
                    qCWarning(lcSinkTest, "thread %d message %d", t, i);
                    qCInfo(lcSinkTest, "thread %d detail %d", t, i);
                }
            }));
            workers.back()->start();
        }
        for (auto &w : workers) {
            w->wait();
        }
    });
    runOrDie("uninstall", [] { LogSink::uninstall(); });
    const QByteArray err = capture.finish();

    // The warnings still reached the terminal, whole, and the details did not. So did the
    // warning about the file, which proves the case took the path it means to.
    int warnings = 0;
    QStringList formatted;
    QStringList plain;
    for (const QString &line : linesOf(err)) {
        const QRegularExpressionMatch m = lineFormat().match(line);
        if (!m.hasMatch()) {
            plain.append(line);
            continue;
        }
        QVERIFY2(m.captured(1) == u"warning", qPrintable(line));
        if (m.captured(2) == u"conductor.sinktest") {
            QVERIFY2(m.captured(3).contains(u" message "), qPrintable(line));
            ++warnings;
        } else {
            formatted.append(line);
        }
    }
    QCOMPARE(warnings, 4 * 100);
    QVERIFY2(formatted.isEmpty() == (fileWarning != u"formatted"),
             qPrintable(formatted.join(u'\n')));
    QVERIFY2(plain.isEmpty() == (fileWarning != u"plain"), qPrintable(plain.join(u'\n')));
}

QTEST_GUILESS_MAIN(Test_logsink)
#include "tst_logsink.moc"
