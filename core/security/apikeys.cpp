// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeys.h"

#include "logging/logging.h"

#include <QDir>
#include <QPointer>

#include <sodium.h>

namespace Conductor {

QString ApiSigningKey::secretName()
{
    return QStringLiteral("conductor.api-signing-key");
}

QByteArray ApiSigningKey::generate()
{
    if (sodium_init() < 0) {
        return {};
    }
    QByteArray key(kKeySize, Qt::Uninitialized);
    randombytes_buf(key.data(), static_cast<size_t>(key.size()));
    return key;
}

QByteArray ApiSigningKey::encode(const QByteArray &key)
{
    return key.toHex();
}

std::optional<QByteArray> ApiSigningKey::decode(const QByteArray &stored)
{
    const QByteArray text = SecretStore::trimmedValue(stored);
    if (text.size() < 2 * kKeySize || text.size() % 2 != 0) {
        return std::nullopt;
    }
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return std::nullopt;
        }
    }
    return QByteArray::fromHex(text);
}

void ApiSigningKey::load(SecretStore &store, bool create, QObject *context, Callback done)
{
    SecretStore *where = &store;
    QPointer<QObject> guard(context);
    store.fetch(secretName(), context, [where, create, guard, done](const SecretLookup &lookup) {
        switch (lookup.status) {
        case SecretLookup::Status::Found: {
            const std::optional<QByteArray> key = decode(lookup.value);
            if (!key) {
                done(std::nullopt, tr("The API signing key %1 in %2 is not 64 or more hexadecimal "
                                      "digits (32 random bytes); make it with: openssl rand -hex "
                                      "32")
                                       .arg(secretName(), where->where()));
                return;
            }
            done(key, {});
            return;
        }
        case SecretLookup::Status::Unavailable:
            done(std::nullopt, lookup.message);
            return;
        case SecretLookup::Status::Missing:
            break;
        }
        if (!create) {
            done(std::nullopt,
                 tr("There is no API signing key %1 in %2.").arg(secretName(), where->where()));
            return;
        }
        if (const auto *folder = dynamic_cast<FolderSecrets *>(where)) {
            done(std::nullopt,
                 tr("There is no API signing key in %1, which Conductor cannot write to. Make "
                    "one there, readable by its owner only: openssl rand -hex 32 > %2")
                     .arg(where->where(), QDir(folder->folder()).filePath(secretName())));
            return;
        }
        const QByteArray key = generate();
        if (key.size() != kKeySize) {
            done(std::nullopt, tr("Cannot make an API signing key: libsodium did not start."));
            return;
        }
        if (!guard) {
            return;
        }
        where->store(secretName(), encode(key), guard,
                     [key, done, where](bool ok, const QString &message) {
                         if (!ok) {
                             done(std::nullopt, tr("Cannot keep the new API signing key in %1: %2")
                                                    .arg(where->where(), message));
                             return;
                         }
                         qCInfo(lcSecurity) << "made a new API signing key in" << where->where();
                         done(key, {});
                     });
    });
}

} // namespace Conductor
