// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Secrets by name for tests of what asks for them (agents, provider checks), answered on
// the next turn of the event loop as a keychain would; can play a locked keychain and
// counts what it was asked.

#include "security/secretsource.h"

#include <QHash>
#include <QTimer>

namespace Conductor::Test {

class FakeSecrets final : public SecretSource
{
public:
    void fetch(const QString &name, QObject *context,
               std::function<void(const SecretLookup &)> done) override
    {
        ++fetches;
        SecretLookup lookup;
        if (unavailable) {
            lookup.status = SecretLookup::Status::Unavailable;
            lookup.message = QStringLiteral("the keychain is locked");
        } else if (values.contains(name)) {
            lookup.status = SecretLookup::Status::Found;
            lookup.value = values.value(name);
        }
        QTimer::singleShot(0, context, [done = std::move(done), lookup] { done(lookup); });
    }

    QHash<QString, QByteArray> values;
    bool unavailable = false;
    int fetches = 0;
};

} // namespace Conductor::Test
