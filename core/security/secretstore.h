// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The places that keep API keys, behind one interface: the system keychain (through
// QtKeychain), a read-only folder (an owner-only folder given with --secrets-dir, or the
// credentials systemd hands a service in $CREDENTIALS_DIRECTORY), and a store in memory
// for tests. Besides looking a secret up, a store can keep one, forget one and name the
// ones it holds. Every answer is asynchronous and arrives on the caller's context object;
// a store that cannot be reached says so plainly and never falls back to plaintext.
// Values are never logged; only names are.

#include "secretsource.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>

namespace Conductor {

class SecretStore : public SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::SecretStore)

public:
    static constexpr qsizetype kMaxValueSize = 64 * 1024;

    using DoneCallback = std::function<void(bool ok, const QString &message)>;
    using ListCallback =
        std::function<void(bool ok, const QStringList &names, const QString &message)>;

    // Keeps value under name, replacing an earlier one. done gets a message when !ok.
    virtual void store(const QString &name, const QByteArray &value, QObject *context,
                       DoneCallback done) = 0;
    // Forgets the secret; asking to forget one that does not exist fails with a message.
    virtual void remove(const QString &name, QObject *context, DoneCallback done) = 0;
    // The names of the secrets kept here, sorted; never their values.
    virtual void list(QObject *context, ListCallback done) = 0;
    // Where the secrets are kept, for messages ("the system keychain", "the folder /x").
    [[nodiscard]] virtual QString where() const = 0;

    // A name is 1 to 128 of A-Z a-z 0-9 _ . - and does not start with a dot, so it is
    // always a plain file name.
    [[nodiscard]] static bool isValidName(const QString &name);
    [[nodiscard]] static QString invalidNameMessage(const QString &name);
    // The value without its trailing line breaks (files and stdin usually end with one).
    [[nodiscard]] static QByteArray trimmedValue(QByteArray value);

protected:
    // Calls call on context's thread from its event loop, never right away; not at all
    // when context is gone.
    static void deliver(const QPointer<QObject> &context, std::function<void()> call);
};

// A store in memory, for tests; it can pretend the keychain is unavailable.
class MemorySecrets final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::MemorySecrets)

public:
    void fetch(const QString &name, QObject *context,
               std::function<void(const SecretLookup &)> done) override;
    void store(const QString &name, const QByteArray &value, QObject *context,
               DoneCallback done) override;
    void remove(const QString &name, QObject *context, DoneCallback done) override;
    void list(QObject *context, ListCallback done) override;
    [[nodiscard]] QString where() const override;

    // While set, every call fails as Unavailable with message.
    void setUnavailable(bool unavailable, const QString &message = {});
    [[nodiscard]] bool isUnavailable() const { return m_unavailable; }

private:
    QHash<QString, QByteArray> m_values;
    bool m_unavailable = false;
    QString m_unavailableMessage;
};

// Secrets as files named after them in one folder, read-only. OwnerOnly (--secrets-dir)
// accepts a folder and files owned by this process's user that no group or other user
// may access (mode & 077 == 0). SystemdCredentials ($CREDENTIALS_DIRECTORY) is a folder
// systemd creates and owns (files 0400 or 0440, owned by root or the service's user,
// readable through an ACL), so only access for other users (mode & 007) is refused
// there. Anything else is refused as Unavailable with a message saying how to fix it.
class FolderSecrets final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::FolderSecrets)

public:
    enum class Kind
    {
        OwnerOnly,
        SystemdCredentials,
    };
    explicit FolderSecrets(const QString &folder, Kind kind = Kind::OwnerOnly);

    void fetch(const QString &name, QObject *context,
               std::function<void(const SecretLookup &)> done) override;
    void store(const QString &name, const QByteArray &value, QObject *context,
               DoneCallback done) override;
    void remove(const QString &name, QObject *context, DoneCallback done) override;
    void list(QObject *context, ListCallback done) override;
    [[nodiscard]] QString where() const override;

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    // The lookup, done right away (the asynchronous fetch() wraps it).
    [[nodiscard]] SecretLookup read(const QString &name) const;

private:
    // An empty string when the folder may be used, else why not.
    [[nodiscard]] QString checkFolder() const;
    [[nodiscard]] QString refusedWrite() const;

    QString m_folder;
    Kind m_kind;
};

// The system keychain through QtKeychain, service "studio.i2s.Conductor", one entry per
// secret keyed by its name. QtKeychain cannot enumerate, so the names are kept as one more
// entry ("conductor.secret-names", a JSON array of names, never values) that store and
// remove update. A locked keyring answers a read with "not found", so a read that finds
// nothing is confirmed by writing a harmless probe entry ("conductor.keychain-probe"):
// a locked keyring refuses the write and the lookup is Unavailable ("locked"), never
// Missing; on a desktop the write lets the keyring ask the user to unlock it. No session
// bus, no keyring service and every other error are Unavailable with QtKeychain's words.
// Nothing is ever written in plaintext (QtKeychain's insecure fallback stays off).
// Operations run one at a time, in order, on the thread that created the object; the
// methods may be called from any thread.
class KeychainSecrets final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::KeychainSecrets)

public:
    static QString service();
    static QString namesKey();
    static QString probeKey();

    KeychainSecrets();
    ~KeychainSecrets() override;

    void fetch(const QString &name, QObject *context,
               std::function<void(const SecretLookup &)> done) override;
    void store(const QString &name, const QByteArray &value, QObject *context,
               DoneCallback done) override;
    void remove(const QString &name, QObject *context, DoneCallback done) override;
    void list(QObject *context, ListCallback done) override;
    [[nodiscard]] QString where() const override;

private:
    using Operation = std::function<void(std::function<void()> finished)>;
    void enqueue(Operation operation);
    void startNext();

    std::unique_ptr<QObject> m_guard; // lives on the owning thread; jobs answer to it
    std::deque<Operation> m_queue;
    bool m_busy = false;
};

// The store a process uses: the folder given with --secrets-dir, else systemd's
// credentials when $CREDENTIALS_DIRECTORY is set, else the system keychain.
[[nodiscard]] std::unique_ptr<SecretStore> chooseSecretStore(
    const QString &secretsDir,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace Conductor
