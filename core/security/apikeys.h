// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The key that signs and checks API tokens: 32 random bytes kept with the app's other
// secrets under the name "conductor.api-signing-key", written as 64 hexadecimal digits.
// In the system keychain it is made the first time it is needed. A read-only store (a
// folder given with --secrets-dir, or systemd's credentials) cannot be written, so there
// the file must exist already; the message says how to make it.

#include "secretstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Conductor {

class ApiSigningKey final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ApiSigningKey)

public:
    static constexpr qsizetype kKeySize = 32;

    // key is set when the signing key could be had; otherwise message says why.
    using Callback =
        std::function<void(const std::optional<QByteArray> &key, const QString &message)>;

    [[nodiscard]] static QString secretName();
    // 32 fresh random bytes from libsodium.
    [[nodiscard]] static QByteArray generate();
    // The stored form (hex) and back; decode refuses anything but hex of at least 32 bytes.
    [[nodiscard]] static QByteArray encode(const QByteArray &key);
    [[nodiscard]] static std::optional<QByteArray> decode(const QByteArray &stored);

    // Fetches the key from store and calls done on context's thread. When it is missing
    // and create is set, a new one is made and stored first (a read-only store refuses,
    // with a message saying how to make the file); when it is missing and create is not
    // set, done gets no key.
    static void load(SecretStore &store, bool create, QObject *context, Callback done);
};

} // namespace Conductor
