// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The secret stores without a keychain: the one in memory (answers come later, never
// right away, and never to a context that is gone; "unavailable" is not "missing"), an
// owner-only folder (group- or world-readable files and folders, symbolic links and names
// with path separators are refused; a missing file is Missing; the trailing newline is
// trimmed; it cannot be written), systemd's credentials (only world access is refused),
// and the choice of store for a process.

#include "security/cachedsecrets.h"
#include "security/secretstore.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <optional>
#include <sys/stat.h>

using namespace Conductor;

namespace {

SecretLookup fetchFrom(SecretSource &source, const QString &name)
{
    QObject context;
    std::optional<SecretLookup> result;
    source.fetch(name, &context, [&](const SecretLookup &l) { result = l; });
    if (result) {
        return SecretLookup{SecretLookup::Status::Found, "answered synchronously", {}};
    }
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return SecretLookup{SecretLookup::Status::Found, "never answered", {}};
    }
    return *result;
}

std::pair<bool, QString> storeIn(SecretStore &store, const QString &name, const QByteArray &v)
{
    QObject context;
    std::optional<std::pair<bool, QString>> result;
    store.store(name, v, &context, [&](bool ok, const QString &m) { result = {ok, m}; });
    if (result || !QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return {false, QStringLiteral("answered synchronously or never")};
    }
    return *result;
}

std::pair<bool, QString> removeFrom(SecretStore &store, const QString &name)
{
    QObject context;
    std::optional<std::pair<bool, QString>> result;
    store.remove(name, &context, [&](bool ok, const QString &m) { result = {ok, m}; });
    if (result || !QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return {false, QStringLiteral("answered synchronously or never")};
    }
    return *result;
}

struct Names
{
    bool ok = false;
    QStringList names;
    QString message;
};

Names listOf(SecretStore &store)
{
    QObject context;
    std::optional<Names> result;
    store.list(&context, [&](bool ok, const QStringList &n, const QString &m) {
        result = Names{ok, n, m};
    });
    if (result || !QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return {false, {}, QStringLiteral("answered synchronously or never")};
    }
    return *result;
}

void writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content), content.size());
    f.close();
    QVERIFY(f.setPermissions(permissions));
}

constexpr QFile::Permissions kOwnerRead = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

class TestSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void memoryStoresFetchesListsAndRemoves();
    void memoryUnavailableIsNotMissing();
    void noAnswerToAContextThatIsGone();
    void folderReadsOwnerOnlyFiles();
    void folderRefusesFilesOthersMayRead();
    void folderRefusesAnOpenFolder();
    void folderRefusesBadNamesAndLinks();
    void folderIsReadOnly();
    void systemdCredentialsRefuseOnlyWorldAccess();
    void chooserPrefersTheFolderThenSystemdThenTheKeychain();
    void cacheAsksOnceAndForgetsWhenTold();
};

void TestSecrets::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "OPENAI_API_KEY" << true;
    QTest::newRow("dots and dashes") << "anthropic.key-2" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("parent") << ".." << false;
    QTest::newRow("traversal") << "../etc/passwd" << false;
    QTest::newRow("hidden") << ".env" << false;
    QTest::newRow("space") << "my key" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("too long") << QString(129, u'k') << false;
    QTest::newRow("longest") << QString(128, u'k') << true;
}

void TestSecrets::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(SecretStore::isValidName(name), valid);
}

void TestSecrets::memoryStoresFetchesListsAndRemoves()
{
    MemorySecrets secrets;
    QCOMPARE(fetchFrom(secrets, QStringLiteral("KEY")).status, SecretLookup::Status::Missing);
    QVERIFY(storeIn(secrets, QStringLiteral("KEY"), "v1").first);
    QVERIFY(storeIn(secrets, QStringLiteral("B_KEY"), "v2").first);
    QVERIFY(storeIn(secrets, QStringLiteral("KEY"), "v3").first);
    const auto [emptyOk, emptyMessage] = storeIn(secrets, QStringLiteral("EMPTY"), {});
    QVERIFY(!emptyOk);
    QVERIFY(emptyMessage.contains(u"empty"));
    QVERIFY(!storeIn(secrets, QStringLiteral("../KEY"), "v").first);

    const SecretLookup found = fetchFrom(secrets, QStringLiteral("KEY"));
    QCOMPARE(found.status, SecretLookup::Status::Found);
    QCOMPARE(found.value, QByteArray("v3"));
    const Names names = listOf(secrets);
    QVERIFY(names.ok);
    QCOMPARE(names.names, (QStringList{QStringLiteral("B_KEY"), QStringLiteral("KEY")}));

    QVERIFY(removeFrom(secrets, QStringLiteral("KEY")).first);
    const auto [again, againMessage] = removeFrom(secrets, QStringLiteral("KEY"));
    QVERIFY(!again);
    QVERIFY(againMessage.contains(u"no secret named KEY"));
    const SecretLookup gone = fetchFrom(secrets, QStringLiteral("KEY"));
    QCOMPARE(gone.status, SecretLookup::Status::Missing);
    QVERIFY(gone.value.isEmpty());
    QCOMPARE(listOf(secrets).names, QStringList{QStringLiteral("B_KEY")});
}

void TestSecrets::memoryUnavailableIsNotMissing()
{
    MemorySecrets secrets;
    QVERIFY(storeIn(secrets, QStringLiteral("KEY"), "v1").first);
    secrets.setUnavailable(true, QStringLiteral("the keychain is locked; unlock it and try again"));
    const SecretLookup lookup = fetchFrom(secrets, QStringLiteral("KEY"));
    QCOMPARE(lookup.status, SecretLookup::Status::Unavailable);
    QVERIFY(lookup.value.isEmpty());
    QVERIFY(lookup.message.contains(u"locked"));
    QCOMPARE(fetchFrom(secrets, QStringLiteral("OTHER")).status, SecretLookup::Status::Unavailable);
    QVERIFY(!storeIn(secrets, QStringLiteral("KEY"), "v2").first);
    QVERIFY(!removeFrom(secrets, QStringLiteral("KEY")).first);
    const Names names = listOf(secrets);
    QVERIFY(!names.ok);
    QVERIFY(names.message.contains(u"locked"));

    secrets.setUnavailable(false);
    const SecretLookup back = fetchFrom(secrets, QStringLiteral("KEY"));
    QCOMPARE(back.status, SecretLookup::Status::Found);
    QCOMPARE(back.value, QByteArray("v1")); // the refused store changed nothing
}

void TestSecrets::noAnswerToAContextThatIsGone()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), kOwnerDir));
    writeFile(dir.filePath(QStringLiteral("KEY")), "v", kOwnerRead);
    MemorySecrets memory;
    FolderSecrets folder(dir.path());
    int calls = 0;
    {
        QObject context;
        memory.fetch(QStringLiteral("KEY"), &context, [&](const SecretLookup &) { ++calls; });
        folder.fetch(QStringLiteral("KEY"), &context, [&](const SecretLookup &) { ++calls; });
        memory.list(&context, [&](bool, const QStringList &, const QString &) { ++calls; });
        QCOMPARE(calls, 0);
    }
    // A second context shows the event loop ran long enough for the first ones' answers.
    QObject later;
    bool answered = false;
    folder.fetch(QStringLiteral("KEY"), &later, [&](const SecretLookup &) { answered = true; });
    QTRY_VERIFY(answered);
    QCOMPARE(calls, 0);
}

void TestSecrets::folderReadsOwnerOnlyFiles()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), kOwnerDir));
    writeFile(dir.filePath(QStringLiteral("OPENAI_API_KEY")), "sk-test-123\n", kOwnerRead);
    writeFile(dir.filePath(QStringLiteral("CRLF_KEY")), "abc\r\n", QFile::ReadOwner);
    writeFile(dir.filePath(QStringLiteral("EMPTY_KEY")), "\n", kOwnerRead);
    FolderSecrets folder(dir.path());

    const SecretLookup found = fetchFrom(folder, QStringLiteral("OPENAI_API_KEY"));
    QCOMPARE(found.status, SecretLookup::Status::Found);
    QCOMPARE(found.value, QByteArray("sk-test-123"));
    QCOMPARE(fetchFrom(folder, QStringLiteral("CRLF_KEY")).value, QByteArray("abc"));

    const SecretLookup missing = fetchFrom(folder, QStringLiteral("ANTHROPIC_API_KEY"));
    QCOMPARE(missing.status, SecretLookup::Status::Missing);
    QVERIFY(missing.message.contains(u"no secret named ANTHROPIC_API_KEY"));
    QCOMPARE(fetchFrom(folder, QStringLiteral("EMPTY_KEY")).status, SecretLookup::Status::Missing);

    const Names names = listOf(folder);
    QVERIFY(names.ok);
    QCOMPARE(names.names, (QStringList{QStringLiteral("CRLF_KEY"), QStringLiteral("EMPTY_KEY"),
                                       QStringLiteral("OPENAI_API_KEY")}));
}

void TestSecrets::folderRefusesFilesOthersMayRead()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), kOwnerDir));
    writeFile(dir.filePath(QStringLiteral("WORLD")), "v",
              kOwnerRead | QFile::ReadGroup | QFile::ReadOther);
    writeFile(dir.filePath(QStringLiteral("GROUP")), "v", kOwnerRead | QFile::ReadGroup);
    FolderSecrets folder(dir.path());
    for (const QString &name : {QStringLiteral("WORLD"), QStringLiteral("GROUP")}) {
        const SecretLookup l = fetchFrom(folder, name);
        QCOMPARE(l.status, SecretLookup::Status::Unavailable);
        QVERIFY(l.value.isEmpty());
        QVERIFY2(l.message.contains(u"other users") && l.message.contains(u"chmod 600"),
                 qPrintable(l.message));
    }
    QVERIFY(fetchFrom(folder, QStringLiteral("WORLD")).message.contains(u"0644"));
}

void TestSecrets::folderRefusesAnOpenFolder()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), kOwnerDir | QFile::ReadGroup | QFile::ExeGroup |
                                                  QFile::ReadOther | QFile::ExeOther));
    writeFile(dir.filePath(QStringLiteral("KEY")), "v", kOwnerRead);
    FolderSecrets folder(dir.path());
    const SecretLookup l = fetchFrom(folder, QStringLiteral("KEY"));
    QCOMPARE(l.status, SecretLookup::Status::Unavailable);
    QVERIFY2(l.message.contains(u"0755") && l.message.contains(u"chmod 700"),
             qPrintable(l.message));
    const Names names = listOf(folder);
    QVERIFY(!names.ok);
    QVERIFY(names.names.isEmpty());

    FolderSecrets nowhere(dir.filePath(QStringLiteral("absent")));
    const SecretLookup absent = fetchFrom(nowhere, QStringLiteral("KEY"));
    QCOMPARE(absent.status, SecretLookup::Status::Unavailable);
    QVERIFY(absent.message.contains(u"cannot be read"));
}

void TestSecrets::folderRefusesBadNamesAndLinks()
{
    QTemporaryDir outer;
    const QString inner = outer.filePath(QStringLiteral("secrets"));
    QVERIFY(QDir().mkdir(inner));
    QVERIFY(QFile::setPermissions(inner, kOwnerDir));
    writeFile(outer.filePath(QStringLiteral("outside")), "leak", kOwnerRead);
    writeFile(inner + QStringLiteral("/.hidden"), "v", kOwnerRead);
    QVERIFY(
        QFile::link(outer.filePath(QStringLiteral("outside")), inner + QStringLiteral("/LINK")));
    FolderSecrets folder(inner);
    for (const QString &name :
         {QStringLiteral("../outside"), QStringLiteral(".hidden"), QStringLiteral("a/b")}) {
        const SecretLookup l = fetchFrom(folder, name);
        QVERIFY2(l.status != SecretLookup::Status::Found, qPrintable(name));
        QVERIFY(l.value.isEmpty());
        QVERIFY2(l.message.contains(u"not a valid secret name"), qPrintable(l.message));
    }
    const SecretLookup link = fetchFrom(folder, QStringLiteral("LINK"));
    QCOMPARE(link.status, SecretLookup::Status::Unavailable);
    QVERIFY2(link.message.contains(u"symbolic link"), qPrintable(link.message));
    QVERIFY(link.value.isEmpty());
}

void TestSecrets::folderIsReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), kOwnerDir));
    writeFile(dir.filePath(QStringLiteral("KEY")), "v", kOwnerRead);
    FolderSecrets folder(dir.path());
    const auto [stored, storeMessage] = storeIn(folder, QStringLiteral("NEW"), "v");
    QVERIFY(!stored);
    QVERIFY(storeMessage.contains(u"read-only"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("NEW"))));
    QVERIFY(!removeFrom(folder, QStringLiteral("KEY")).first);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("KEY"))));
}

void TestSecrets::systemdCredentialsRefuseOnlyWorldAccess()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("GROUP_KEY")), "from-systemd\n",
              QFile::ReadOwner | QFile::ReadGroup);
    writeFile(dir.filePath(QStringLiteral("WORLD_KEY")), "v",
              QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    // As systemd makes it: r-x for the owner and the group (writable again at the end, so
    // that the folder can be removed).
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(dir.path(), kOwnerDir); });
    FolderSecrets credentials(dir.path(), FolderSecrets::Kind::SystemdCredentials);
    const SecretLookup ok = fetchFrom(credentials, QStringLiteral("GROUP_KEY"));
    QCOMPARE(ok.status, SecretLookup::Status::Found);
    QCOMPARE(ok.value, QByteArray("from-systemd"));
    const SecretLookup world = fetchFrom(credentials, QStringLiteral("WORLD_KEY"));
    QCOMPARE(world.status, SecretLookup::Status::Unavailable);
    QVERIFY2(world.message.contains(u"any user"), qPrintable(world.message));
    const auto [stored, message] = storeIn(credentials, QStringLiteral("NEW"), "v");
    QVERIFY(!stored);
    QVERIFY(message.contains(u"systemd"));

    // The same folder is too open for --secrets-dir (group access).
    FolderSecrets strict(dir.path());
    QCOMPARE(fetchFrom(strict, QStringLiteral("GROUP_KEY")).status,
             SecretLookup::Status::Unavailable);
}

void TestSecrets::chooserPrefersTheFolderThenSystemdThenTheKeychain()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), QStringLiteral("/run/credentials/x"));

    std::unique_ptr<SecretStore> s = chooseSecretStore(QStringLiteral("/srv/secrets"), env);
    auto *folder = dynamic_cast<FolderSecrets *>(s.get());
    QVERIFY(folder);
    QCOMPARE(folder->kind(), FolderSecrets::Kind::OwnerOnly);
    QCOMPARE(folder->folder(), QStringLiteral("/srv/secrets"));

    s = chooseSecretStore({}, env);
    folder = dynamic_cast<FolderSecrets *>(s.get());
    QVERIFY(folder);
    QCOMPARE(folder->kind(), FolderSecrets::Kind::SystemdCredentials);
    QCOMPARE(folder->folder(), QStringLiteral("/run/credentials/x"));

    s = chooseSecretStore({}, QProcessEnvironment());
    QVERIFY(dynamic_cast<KeychainSecrets *>(s.get()));
    QCOMPARE(s->where(), QStringLiteral("the system keychain"));
}

namespace {

// Counts what reaches the source behind a cache.
class CountingSecrets final : public SecretSource
{
public:
    MemorySecrets memory;
    int asked = 0;

    void fetch(const QString &name, QObject *context,
               std::function<void(const SecretLookup &)> done) override
    {
        ++asked;
        memory.fetch(name, context, std::move(done));
    }
};

} // namespace

void TestSecrets::cacheAsksOnceAndForgetsWhenTold()
{
    CountingSecrets inner;
    QCOMPARE(storeIn(inner.memory, QStringLiteral("KEY"), "v1").first, true);
    CachedSecrets cache(&inner, std::chrono::milliseconds(300));

    // Found: asked once, remembered; every answer comes later, never within fetch().
    for (int i = 0; i < 3; ++i) {
        QObject context;
        bool answered = false;
        SecretLookup got;
        cache.fetch(QStringLiteral("KEY"), &context, [&](const SecretLookup &l) {
            answered = true;
            got = l;
        });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        QCOMPARE(got.status, SecretLookup::Status::Found);
        QCOMPARE(got.value, QByteArray("v1"));
    }
    QCOMPARE(inner.asked, 1);

    // Replaced behind its back: still the old value until it is told to forget.
    QCOMPARE(storeIn(inner.memory, QStringLiteral("KEY"), "v2").first, true);
    QCOMPARE(fetchFrom(cache, QStringLiteral("KEY")).value, QByteArray("v1"));
    cache.invalidate();
    QCOMPARE(fetchFrom(cache, QStringLiteral("KEY")).value, QByteArray("v2"));
    QCOMPARE(inner.asked, 2);

    // Missing: believed for a while, then asked again (it may have been set meanwhile).
    QCOMPARE(fetchFrom(cache, QStringLiteral("OTHER")).status, SecretLookup::Status::Missing);
    QCOMPARE(fetchFrom(cache, QStringLiteral("OTHER")).status, SecretLookup::Status::Missing);
    QCOMPARE(inner.asked, 3);
    QCOMPARE(storeIn(inner.memory, QStringLiteral("OTHER"), "late").first, true);
    QTest::qWait(350);
    QCOMPARE(fetchFrom(cache, QStringLiteral("OTHER")).value, QByteArray("late"));
    QCOMPARE(inner.asked, 4);

    // A context gone before the answer gets none.
    bool answered = false;
    {
        QObject context;
        cache.fetch(QStringLiteral("KEY"), &context,
                    [&](const SecretLookup &) { answered = true; });
    }
    QTest::qWait(50);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
