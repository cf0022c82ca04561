// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// conductor secrets as real processes against a real keyring: each command runs in a
// D-Bus session of its own with gnome-keyring unlocked on a keyring file in a temporary
// HOME, so what one command stores the next one finds. A key set, listed and deleted
// round-trips through the keychain (read back by this program itself through the same
// KeychainSecrets, asked from another thread, as the engine asks); a locked keyring is reported as
// locked, never as a missing key; with no D-Bus at all the keychain is reported unavailable; a
// sentinel value is found nowhere under HOME afterwards (settings, logs, the keyring file).
// --secrets-dir reads an owner-only folder and refuses to write it; usage errors exit 2.

#include "clirunner.h"
#include "security/secretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <cstdio>

using namespace Conductor;

namespace {

const QString kUnlocked = QStringLiteral(
    "echo -n testpass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
    "exec \"$@\"");
// The keyring file exists from an earlier session, but nobody unlocks it.
const QString kLocked =
    QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null; exec \"$@\"");

// This program, run as `tst_secretscommand --fetch-secret NAME`, looks a secret up through
// KeychainSecrets as the engine does, from a thread of its own, and prints "found VALUE",
// "missing MESSAGE" or "unavailable MESSAGE" (or "wrong thread" when the answer did not
// come on the asking thread).
int fetchSecretMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KeychainSecrets keychain;
    QThread asking;
    asking.start();
    QObject context;
    context.moveToThread(&asking);
    const QString name = QString::fromLocal8Bit(argv[2]);
    QMetaObject::invokeMethod(&context, [&] {
        keychain.fetch(name, &context, [&](const SecretLookup &l) {
            QByteArray line;
            switch (l.status) {
            case SecretLookup::Status::Found:
                line = "found " + l.value;
                break;
            case SecretLookup::Status::Missing:
                line = "missing " + l.message.toUtf8();
                break;
            case SecretLookup::Status::Unavailable:
                line = "unavailable " + l.message.toUtf8();
                break;
            }
            if (QThread::currentThread() != &asking) {
                line = "wrong thread";
            }
            std::fputs(line.append('\n').constData(), stdout);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
    const int code = QCoreApplication::exec();
    asking.quit();
    asking.wait();
    return code;
}

class KeyringHome
{
public:
    KeyringHome()
    {
        m_env = m_cli.environment();
        for (const char *name :
             {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "CREDENTIALS_DIRECTORY",
              "XDG_CURRENT_DESKTOP", "KDE_SESSION_VERSION", "GNOME_KEYRING_CONTROL"}) {
            m_env.remove(QString::fromLatin1(name));
        }
        // No systemd user bus or earlier keyring socket to fall back on.
        const QString runtime = m_cli.path(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }

    [[nodiscard]] QString home() const { return m_cli.path(QString()); }
    [[nodiscard]] QString path(const QString &name) const { return m_cli.path(name); }

    // Runs program with arguments, inside a fresh D-Bus session started with script
    // (kUnlocked or kLocked), or with no session at all when script is empty.
    Test::CliResult run(const QString &script, const QString &program, const QStringList &arguments,
                        const QByteArray &input = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        if (script.isEmpty()) {
            p.start(program, arguments);
        } else {
            p.start(QStringLiteral("dbus-run-session"),
                    QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                script, QStringLiteral("sh"), program} +
                        arguments);
        }
        Test::CliResult r;
        if (!p.waitForStarted(10'000)) {
            r.err = "did not start: " + p.errorString().toUtf8();
            return r;
        }
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out: " + arguments.join(u' ').toUtf8();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Test::CliResult conductor(const QString &script, const QStringList &arguments,
                              const QByteArray &input = {}) const
    {
        return run(script, QStringLiteral(CONDUCTOR_BINARY),
                   QStringList{QStringLiteral("secrets")} + arguments, input);
    }

    Test::CliResult fetch(const QString &script, const QString &name) const
    {
        return run(script, QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--fetch-secret"), name});
    }

    // The files under HOME that hold needle, with the number of files searched.
    [[nodiscard]] std::pair<QStringList, int> filesHolding(const QByteArray &needle) const
    {
        QStringList holding;
        int searched = 0;
        QDirIterator it(home(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                ++searched;
                if (f.readAll().contains(needle)) {
                    holding.append(f.fileName());
                }
            }
        }
        return {holding, searched};
    }

private:
    Test::Cli m_cli;
    QProcessEnvironment m_env;
};

QByteArray sentinel()
{
    return "sk-sentinel-" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

QString tell(const Test::CliResult &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class TestSecretsCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainRoundTripAndLockedKeyring();
    void noSessionBusMeansUnavailable();
    void secretsFolder();
    void usageErrors();
};

void TestSecretsCommand::initTestCase()
{
    // CI installs these; without them the keychain is untested, which is a failure.
    for (const char *tool : {"dbus-run-session", "gnome-keyring-daemon"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing (scripts/install-deps.sh --test)")
                                .arg(QString::fromLatin1(tool))));
    }
}

void TestSecretsCommand::keychainRoundTripAndLockedKeyring()
{
    KeyringHome h;
    const QByteArray value = sentinel();
    const QByteArray other = sentinel();

    Test::CliResult r =
        h.conductor(kUnlocked, {QStringLiteral("set"), QStringLiteral("OPENAI_KEY")}, value + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(tell(r)));
    QVERIFY(r.out.contains("OPENAI_KEY stored in the system keychain"));
    QVERIFY(!r.out.contains(value) && !r.err.contains(value));
    r = h.conductor(kUnlocked, {QStringLiteral("set"), QStringLiteral("ANTHROPIC_KEY")}, other);
    QVERIFY2(r.exitCode == 0, qPrintable(tell(r)));
    QVERIFY(QFile::exists(h.path(QStringLiteral("data/keyrings/login.keyring"))));

    // Another session, another daemon: the keyring file holds both, and the names.
    r = h.conductor(kUnlocked, {QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(tell(r)));
    QCOMPARE(r.out, QByteArray("ANTHROPIC_KEY\nOPENAI_KEY\n"));
    r = h.fetch(kUnlocked, QStringLiteral("OPENAI_KEY"));
    QCOMPARE(r.out, "found " + value + '\n'); // the newline from stdin is not part of it
    r = h.fetch(kUnlocked, QStringLiteral("NOBODY_KEY"));
    QVERIFY2(r.out.startsWith("missing there is no secret named NOBODY_KEY"), qPrintable(tell(r)));

    // Replacing a value keeps one name.
    r = h.conductor(kUnlocked, {QStringLiteral("set"), QStringLiteral("ANTHROPIC_KEY")},
                    other + "-2");
    QVERIFY2(r.exitCode == 0, qPrintable(tell(r)));
    QCOMPARE(h.fetch(kUnlocked, QStringLiteral("ANTHROPIC_KEY")).out, "found " + other + "-2\n");

    // Locked: a read that finds nothing is not "no key", and nothing can be written.
    r = h.fetch(kLocked, QStringLiteral("OPENAI_KEY"));
    QVERIFY2(r.out.startsWith("unavailable the keychain is locked; unlock it and try again"),
             qPrintable(tell(r)));
    r = h.fetch(kLocked, QStringLiteral("NOBODY_KEY"));
    QVERIFY2(r.out.startsWith("unavailable the keychain is locked"), qPrintable(tell(r)));
    r = h.conductor(kLocked, {QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("the keychain is locked; unlock it and try again"),
             qPrintable(tell(r)));
    QVERIFY(r.out.isEmpty());
    r = h.conductor(kLocked, {QStringLiteral("set"), QStringLiteral("THIRD_KEY")}, "third");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("locked"), qPrintable(tell(r)));
    r = h.conductor(kLocked, {QStringLiteral("delete"), QStringLiteral("OPENAI_KEY")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("locked") && !r.err.contains("no secret"), qPrintable(tell(r)));

    // Unlocked again: the locked attempts changed nothing.
    r = h.conductor(kUnlocked, {QStringLiteral("list")});
    QCOMPARE(r.out, QByteArray("ANTHROPIC_KEY\nOPENAI_KEY\n"));
    r = h.conductor(kUnlocked, {QStringLiteral("delete"), QStringLiteral("OPENAI_KEY")});
    QVERIFY2(r.exitCode == 0, qPrintable(tell(r)));
    QVERIFY(r.out.contains("OPENAI_KEY deleted"));
    r = h.conductor(kUnlocked, {QStringLiteral("delete"), QStringLiteral("OPENAI_KEY")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("there is no secret named OPENAI_KEY"), qPrintable(tell(r)));
    r = h.conductor(kUnlocked, {QStringLiteral("list")});
    QCOMPARE(r.out, QByteArray("ANTHROPIC_KEY\n"));
    QVERIFY(h.fetch(kUnlocked, QStringLiteral("OPENAI_KEY")).out.startsWith("missing "));

    // An empty value is refused before the keychain is asked.
    r = h.conductor(kUnlocked, {QStringLiteral("set"), QStringLiteral("EMPTY_KEY")}, "\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nothing was stored"));

    const auto [holding, searched] = h.filesHolding(value);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u' ')));
    QVERIFY(h.filesHolding(other).first.isEmpty());
    QVERIFY(searched >= 2); // the keyring file and the log at least
}

void TestSecretsCommand::noSessionBusMeansUnavailable()
{
    KeyringHome h;
    const QByteArray value = sentinel();
    Test::CliResult r =
        h.conductor({}, {QStringLiteral("set"), QStringLiteral("OPENAI_KEY")}, value + '\n');
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("the system keychain is unavailable: "), qPrintable(tell(r)));
    QVERIFY(!r.err.contains("no secret") && !r.err.contains(value));
    QCOMPARE(r.err.count('\n'), 1);
    r = h.conductor({}, {QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("the system keychain is unavailable: "), qPrintable(tell(r)));
    r = h.fetch({}, QStringLiteral("OPENAI_KEY"));
    QVERIFY2(r.out.startsWith("unavailable the system keychain is unavailable: "),
             qPrintable(tell(r)));
    const auto [holding, searched] = h.filesHolding(value);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u' ')));
    QVERIFY(searched >= 1); // the log
}

void TestSecretsCommand::secretsFolder()
{
    KeyringHome h;
    const QString dir = h.path(QStringLiteral("secrets"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile key(dir + QStringLiteral("/OPENAI_KEY"));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("sk-folder\n");
    key.close();
    QVERIFY(key.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    Test::CliResult r =
        h.conductor({}, {QStringLiteral("list"), QStringLiteral("--secrets-dir"), dir});
    QVERIFY2(r.exitCode == 0, qPrintable(tell(r)));
    QCOMPARE(r.out, QByteArray("OPENAI_KEY\n"));
    r = h.conductor(
        {},
        {QStringLiteral("set"), QStringLiteral("NEW_KEY"), QStringLiteral("--secrets-dir"), dir},
        "v");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("read-only"), qPrintable(tell(r)));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/NEW_KEY")));
    r = h.conductor({}, {QStringLiteral("delete"), QStringLiteral("OPENAI_KEY"),
                         QStringLiteral("--secrets-dir"), dir});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QFile::exists(key.fileName()));

    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadOther | QFile::ExeOther));
    r = h.conductor({}, {QStringLiteral("list"), QStringLiteral("--secrets-dir"), dir});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("0705") && r.err.contains("chmod 700"), qPrintable(tell(r)));
}

void TestSecretsCommand::usageErrors()
{
    KeyringHome h;
    for (const QStringList &args :
         {QStringList{}, QStringList{QStringLiteral("set")},
          QStringList{QStringLiteral("set"), QStringLiteral("../KEY")},
          QStringList{QStringLiteral("list"), QStringLiteral("extra")},
          QStringList{QStringLiteral("frob")}, QStringList{QStringLiteral("--nonsense")}}) {
        const Test::CliResult r = h.conductor({}, args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u'\n' + tell(r)));
    }
    const Test::CliResult help = h.conductor({}, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("secrets set NAME"));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--fetch-secret") == 0) {
        return fetchSecretMain(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestSecretsCommand test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretscommand.moc"
