// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where an agent gets a secret (an API key) by its name: the system keychain, systemd
// credentials or an owner-only folder. Lookups are asynchronous, since the keychain
// answers over D-Bus; a lookup says plainly whether the secret is missing or the place
// that keeps secrets cannot be reached (a locked or absent keychain is never "no key").
// Values never go to logs, the database or settings.

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Conductor {

struct SecretLookup
{
    enum class Status
    {
        Found,
        Missing,     // nothing by that name
        Unavailable, // the keychain (or folder) cannot be read now: locked, no D-Bus, ...
    };
    Status status = Status::Missing;
    QByteArray value; // when found
    QString message;  // when not: what the user should be told
};

class SecretSource
{
public:
    virtual ~SecretSource() = default;
    // Looks the secret up and calls done once, on context's thread, never synchronously
    // from fetch(); not at all when context is destroyed first.
    virtual void fetch(const QString &name, QObject *context,
                       std::function<void(const SecretLookup &)> done) = 0;
};

} // namespace Conductor
