// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/logging.h"
#include "secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <qt6keychain/keychain.h>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::KeychainSecrets)
};

struct Answer
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
    QString told; // a failure already put in the user's words
};
using AnswerCallback = std::function<void(const Answer &)>;
using Outcome = std::function<void(bool ok, const QString &message)>;

QString lockedMessage()
{
    return Text::tr("the keychain is locked; unlock it and try again");
}

// What the user is told when a keychain call failed for another reason than "not found".
QString describe(const Answer &a)
{
    if (!a.told.isEmpty()) {
        return a.told;
    }
    switch (a.error) {
    case QKeychain::AccessDenied:
        return lockedMessage();
    case QKeychain::AccessDeniedByUser:
        return Text::tr("access to the keychain was refused; allow it and try again");
    default:
        return Text::tr("the system keychain is unavailable: %1")
            .arg(a.errorString.isEmpty() ? Text::tr("error %1").arg(int(a.error)) : a.errorString);
    }
}

void runJob(QKeychain::Job *job, QObject *guard, AnswerCallback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    QObject::connect(job, &QKeychain::Job::finished, guard,
                     [done = std::move(done)](QKeychain::Job *j) {
                         Answer a{j->error(), j->errorString(), {}, {}};
                         if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j);
                             read && a.error == QKeychain::NoError) {
                             a.data = read->binaryData();
                         }
                         done(a);
                     });
    job->start();
}

void readEntry(QObject *guard, const QString &key, AnswerCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(KeychainSecrets::service());
    job->setKey(key);
    runJob(job, guard, std::move(done));
}

void writeEntry(QObject *guard, const QString &key, const QByteArray &data, AnswerCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(KeychainSecrets::service());
    job->setKey(key);
    job->setBinaryData(data);
    runJob(job, guard, std::move(done));
}

void deleteEntry(QObject *guard, const QString &key, AnswerCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(KeychainSecrets::service());
    job->setKey(key);
    runJob(job, guard, std::move(done));
}

// A locked keyring reads as empty; writing the probe entry tells the two apart (and lets a
// desktop keyring ask the user to unlock).
void confirmUnlocked(QObject *guard, Outcome done)
{
    writeEntry(guard, KeychainSecrets::probeKey(), QByteArrayLiteral("1"),
               [done = std::move(done)](const Answer &a) {
                   done(a.error == QKeychain::NoError,
                        a.error == QKeychain::NoError ? QString() : describe(a));
               });
}

// Reads a key; "not found" is believed only once the keyring has shown it is unlocked.
void readConfirmed(QObject *guard, const QString &key, AnswerCallback done)
{
    readEntry(guard, key, [guard, key, done = std::move(done)](const Answer &first) {
        if (first.error != QKeychain::EntryNotFound) {
            done(first);
            return;
        }
        confirmUnlocked(guard, [guard, key, done](bool unlocked, const QString &message) {
            if (!unlocked) {
                done(Answer{QKeychain::AccessDenied, {}, {}, message});
                return;
            }
            readEntry(guard, key, done);
        });
    });
}

void readNames(QObject *guard, std::function<void(bool, const QStringList &, const QString &)> done)
{
    readConfirmed(guard, KeychainSecrets::namesKey(), [done = std::move(done)](const Answer &a) {
        if (a.error == QKeychain::EntryNotFound) {
            done(true, {}, {});
            return;
        }
        if (a.error != QKeychain::NoError) {
            done(false, {}, describe(a));
            return;
        }
        QStringList names;
        for (const QJsonValue &v : QJsonDocument::fromJson(a.data).array()) {
            if (SecretStore::isValidName(v.toString())) {
                names.append(v.toString());
            }
        }
        names.sort();
        names.removeDuplicates();
        done(true, names, {});
    });
}

void writeNames(QObject *guard, const QStringList &names, Outcome done)
{
    const QByteArray json =
        QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact);
    writeEntry(guard, KeychainSecrets::namesKey(), json, [done = std::move(done)](const Answer &a) {
        done(a.error == QKeychain::NoError,
             a.error == QKeychain::NoError ? QString() : describe(a));
    });
}

// Adds or takes away one name in the list of names.
void updateNames(QObject *guard, const QString &name, bool add, Outcome done)
{
    readNames(guard, [guard, name, add, done = std::move(done)](bool ok, QStringList names,
                                                                const QString &message) {
        if (!ok) {
            done(false, message);
            return;
        }
        if (add == names.contains(name)) {
            done(true, {});
            return;
        }
        if (add) {
            names.append(name);
            names.sort();
        } else {
            names.removeAll(name);
        }
        writeNames(guard, names, done);
    });
}

} // namespace

QString KeychainSecrets::service()
{
    return QStringLiteral(CONDUCTOR_APP_ID);
}

QString KeychainSecrets::namesKey()
{
    return QStringLiteral("conductor.secret-names");
}

QString KeychainSecrets::probeKey()
{
    return QStringLiteral("conductor.keychain-probe");
}

KeychainSecrets::KeychainSecrets()
    : m_guard(std::make_unique<QObject>())
{}

KeychainSecrets::~KeychainSecrets() = default;

QString KeychainSecrets::where() const
{
    return tr("the system keychain");
}

void KeychainSecrets::enqueue(Operation operation)
{
    // Queued even on the owning thread, so that no answer comes before the call returns.
    QMetaObject::invokeMethod(
        m_guard.get(),
        [this, operation = std::move(operation)]() mutable {
            m_queue.push_back(std::move(operation));
            startNext();
        },
        Qt::QueuedConnection);
}

void KeychainSecrets::startNext()
{
    if (m_busy || m_queue.empty()) {
        return;
    }
    m_busy = true;
    Operation operation = std::move(m_queue.front());
    m_queue.pop_front();
    operation([this] {
        m_busy = false;
        startNext();
    });
}

void KeychainSecrets::fetch(const QString &name, QObject *context,
                            std::function<void(const SecretLookup &)> done)
{
    QPointer<QObject> ctx(context);
    if (!isValidName(name) || name == namesKey() || name == probeKey()) {
        SecretLookup lookup;
        lookup.message = invalidNameMessage(name);
        deliver(ctx, [done = std::move(done), lookup] { done(lookup); });
        return;
    }
    QObject *guard = m_guard.get();
    enqueue([guard, name, ctx, done = std::move(done)](std::function<void()> finished) {
        readConfirmed(guard, name, [name, ctx, done, finished](const Answer &a) {
            SecretLookup lookup;
            if (a.error == QKeychain::NoError) {
                lookup.status = SecretLookup::Status::Found;
                lookup.value = a.data;
            } else if (a.error == QKeychain::EntryNotFound) {
                lookup.message =
                    Text::tr("there is no secret named %1 in the system keychain").arg(name);
            } else {
                lookup.status = SecretLookup::Status::Unavailable;
                lookup.message = describe(a);
                qCInfo(lcSecurity).noquote()
                    << "secret" << name << "could not be read:" << lookup.message;
            }
            deliver(ctx, [done, lookup] { done(lookup); });
            finished();
        });
    });
}

void KeychainSecrets::store(const QString &name, const QByteArray &value, QObject *context,
                            DoneCallback done)
{
    QPointer<QObject> ctx(context);
    QString refusal;
    if (!isValidName(name) || name == namesKey() || name == probeKey()) {
        refusal = invalidNameMessage(name);
    } else if (value.isEmpty()) {
        refusal = tr("a secret cannot be empty");
    } else if (value.size() > kMaxValueSize) {
        refusal = tr("a secret is at most %1 bytes").arg(kMaxValueSize);
    }
    if (!refusal.isEmpty()) {
        deliver(ctx, [done = std::move(done), refusal] { done(false, refusal); });
        return;
    }
    QObject *guard = m_guard.get();
    enqueue([guard, name, value, ctx, done = std::move(done)](std::function<void()> finished) {
        const auto answer = [ctx, done, finished](bool ok, const QString &message) {
            deliver(ctx, [done, ok, message] { done(ok, message); });
            finished();
        };
        writeEntry(guard, name, value, [guard, name, answer](const Answer &a) {
            if (a.error != QKeychain::NoError) {
                qCInfo(lcSecurity).noquote()
                    << "secret" << name << "could not be stored:" << describe(a);
                answer(false, describe(a));
                return;
            }
            qCInfo(lcSecurity).noquote() << "secret" << name << "stored in the keychain";
            updateNames(guard, name, true, [name, answer](bool ok, const QString &message) {
                answer(ok, ok ? QString()
                              : Text::tr("%1 was stored, but the list of names could not be "
                                         "updated: %2")
                                    .arg(name, message));
            });
        });
    });
}

void KeychainSecrets::remove(const QString &name, QObject *context, DoneCallback done)
{
    QPointer<QObject> ctx(context);
    if (!isValidName(name) || name == namesKey() || name == probeKey()) {
        deliver(ctx, [done = std::move(done), m = invalidNameMessage(name)] { done(false, m); });
        return;
    }
    QObject *guard = m_guard.get();
    enqueue([guard, name, ctx, done = std::move(done)](std::function<void()> finished) {
        const auto answer = [ctx, done, finished](bool ok, const QString &message) {
            deliver(ctx, [done, ok, message] { done(ok, message); });
            finished();
        };
        // Read first: deleting from a locked keyring "succeeds" without deleting anything.
        readConfirmed(guard, name, [guard, name, answer](const Answer &a) {
            if (a.error == QKeychain::EntryNotFound) {
                const QString missing =
                    Text::tr("there is no secret named %1 in the system keychain").arg(name);
                updateNames(guard, name, false,
                            [answer, missing](bool, const QString &) { answer(false, missing); });
                return;
            }
            if (a.error != QKeychain::NoError) {
                answer(false, describe(a));
                return;
            }
            deleteEntry(guard, name, [guard, name, answer](const Answer &d) {
                if (d.error != QKeychain::NoError) {
                    answer(false, describe(d));
                    return;
                }
                qCInfo(lcSecurity).noquote() << "secret" << name << "deleted from the keychain";
                updateNames(guard, name, false, [name, answer](bool ok, const QString &message) {
                    answer(ok, ok ? QString()
                                  : Text::tr("%1 was deleted, but the list of names could not "
                                             "be updated: %2")
                                        .arg(name, message));
                });
            });
        });
    });
}

void KeychainSecrets::list(QObject *context, ListCallback done)
{
    QPointer<QObject> ctx(context);
    QObject *guard = m_guard.get();
    enqueue([guard, ctx, done = std::move(done)](std::function<void()> finished) {
        readNames(guard,
                  [ctx, done, finished](bool ok, const QStringList &names, const QString &message) {
                      deliver(ctx, [done, ok, names, message] { done(ok, names, message); });
                      finished();
                  });
    });
}

} // namespace Conductor
