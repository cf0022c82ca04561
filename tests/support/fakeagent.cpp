// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// A stand-in for an external agent program, for the command agent's tests. What it does
// is chosen on the command line:
//   --mode ok            answers with a result built from the request on stdin
//                        (--verdict V, --tokens N, --cost USD shape the answer)
//   --mode echo-request  answers with the request itself as the output
//   --mode env           answers with $CONDUCTOR_FAKE_VAR and its working directory
//   --mode garbage       writes text that is not JSON, exits 0
//   --mode no-output     writes a JSON answer without "output", exits 0
//   --mode error-status  answers {"status": "error", "errorClass": "API_LIMIT", ...}
//   --mode exit:N        writes two lines to stderr, exits with status N
//   --mode stderr-flood  writes about 1 MB of lines to stderr, exits with status 2
//   --mode sigkill       kills itself with SIGKILL
//   --mode huge          writes 100 MB to stdout
//   --mode hang          sleeps until killed (--ignore-term: SIGTERM does not stop it)
//   --mode grandchild    forks a child that sleeps too, then sleeps until killed
// --pidfile F writes "PID" (or "PID CHILDPID" for grandchild) to F once it runs.
// --fail-first F: when F does not exist yet, creates it and exits with 75 (EX_TEMPFAIL,
// a temporary failure) instead; the next run behaves as its mode says.

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace {

QByteArray readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    return in.readAll();
}

void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            std::_Exit(3);
        }
        done += n;
    }
}

void answer(const QJsonObject &object)
{
    writeAll(STDOUT_FILENO, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void writePidFile(const QString &path, const QByteArray &text)
{
    if (path.isEmpty()) {
        return;
    }
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        std::_Exit(4);
    }
    file.close();
    // Renamed into place, so a reader sees the whole line or nothing.
    if (::rename(QFile::encodeName(file.fileName()).constData(),
                 QFile::encodeName(path).constData()) != 0) {
        std::_Exit(4);
    }
}

[[noreturn]] void sleepForever()
{
    for (;;) {
        ::pause();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("behaviour"),
                                  QStringLiteral("mode"));
    const QCommandLineOption verdict(QStringLiteral("verdict"), QStringLiteral("verdict"),
                                     QStringLiteral("verdict"));
    const QCommandLineOption tokens(QStringLiteral("tokens"), QStringLiteral("tokens"),
                                    QStringLiteral("n"), QStringLiteral("1234"));
    const QCommandLineOption cost(QStringLiteral("cost"), QStringLiteral("cost"),
                                  QStringLiteral("usd"), QStringLiteral("0.0125"));
    const QCommandLineOption pidFile(QStringLiteral("pidfile"), QStringLiteral("pid file"),
                                     QStringLiteral("path"));
    const QCommandLineOption ignoreTerm(QStringLiteral("ignore-term"),
                                        QStringLiteral("ignore SIGTERM"));
    const QCommandLineOption failFirst(
        QStringLiteral("fail-first"), QStringLiteral("fail the first run"), QStringLiteral("path"));
    parser.addOptions({mode, verdict, tokens, cost, pidFile, ignoreTerm, failFirst});
    parser.process(app);
    const QString m = parser.value(mode);
    if (parser.isSet(failFirst)) {
        QFile marker(parser.value(failFirst));
        if (!marker.exists()) {
            marker.open(QIODevice::WriteOnly);
            std::fputs("not yet: try again\n", stderr);
            return 75;
        }
    }

    if (m == u"ok") {
        const QJsonObject request = QJsonDocument::fromJson(readStdin()).object();
        QStringList inputs;
        for (const QJsonValue &input : request.value(u"inputs").toArray()) {
            inputs.append(input.toObject().value(u"name").toString());
        }
        QJsonObject result{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("output"),
             QStringLiteral("# %1\n\nKey: %2\n\nRead: %3\n")
                 .arg(request.value(u"idea").toObject().value(u"title").toString(),
                      request.value(u"idempotencyKey").toString(),
                      inputs.join(QStringLiteral(", ")))},
            {QStringLiteral("usage"),
             QJsonObject{{QStringLiteral("tokens"), parser.value(tokens).toLongLong()},
                         {QStringLiteral("costUSD"), parser.value(cost).toDouble()}}},
        };
        if (parser.isSet(verdict)) {
            result.insert(QStringLiteral("verdict"), parser.value(verdict));
        }
        answer(result);
        return 0;
    }
    if (m == u"echo-request") {
        answer({{QStringLiteral("output"), QString::fromUtf8(readStdin())}});
        return 0;
    }
    if (m == u"env") {
        answer({{QStringLiteral("output"), QString(qEnvironmentVariable("CONDUCTOR_FAKE_VAR") +
                                                   u'\n' + QDir::currentPath())}});
        return 0;
    }
    if (m == u"garbage") {
        writeAll(STDOUT_FILENO, "Here is your report: {not json\n");
        return 0;
    }
    if (m == u"no-output") {
        answer({{QStringLiteral("status"), QStringLiteral("ok")},
                {QStringLiteral("usage"), QJsonObject{{QStringLiteral("tokens"), 10}}}});
        return 0;
    }
    if (m == u"error-status") {
        answer({{QStringLiteral("status"), QStringLiteral("error")},
                {QStringLiteral("errorClass"), QStringLiteral("API_LIMIT")},
                {QStringLiteral("message"), QStringLiteral("slow down")},
                {QStringLiteral("usage"), QJsonObject{{QStringLiteral("tokens"), 77}}}});
        return 0;
    }
    if (m.startsWith(u"exit:")) {
        writeAll(STDERR_FILENO, "fake agent: starting\nfake agent: things went wrong\n");
        return m.mid(5).toInt();
    }
    if (m == u"stderr-flood") {
        const QByteArray line(99, 'x');
        for (int i = 0; i < 10'000; ++i) {
            writeAll(STDERR_FILENO, line + '\n');
        }
        writeAll(STDERR_FILENO, "the final complaint\n");
        return 2;
    }
    if (m == u"sigkill") {
        ::raise(SIGKILL);
        return 0;
    }
    if (m == u"huge") {
        const QByteArray chunk(1024 * 1024, 'y');
        for (int i = 0; i < 100; ++i) {
            writeAll(STDOUT_FILENO, chunk);
        }
        return 0;
    }
    if (m == u"hang" || m == u"grandchild") {
        if (parser.isSet(ignoreTerm)) {
            std::signal(SIGTERM, SIG_IGN);
        }
        QByteArray pids = QByteArray::number(::getpid());
        if (m == u"grandchild") {
            const pid_t child = ::fork();
            if (child < 0) {
                return 5;
            }
            if (child == 0) {
                sleepForever();
            }
            pids += ' ' + QByteArray::number(child);
        }
        writePidFile(parser.value(pidFile), pids + '\n');
        sleepForever();
    }
    std::fprintf(stderr, "fake agent: unknown mode '%s'\n", qPrintable(m));
    return 64;
}
