// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A memory of the answers another SecretSource gave, so that every attempt of every
// agent and every provider check do not each go to the keychain over D-Bus — where a
// locked keyring may ask the person to unlock it again and again. A secret found is kept
// until invalidate() (when someone sets, replaces or deletes one); a secret missing or a
// keychain unavailable is believed for a short while, then asked again. Thread-safe:
// the engine's thread and the window's ask the same cache; each answer comes on the
// asker's context thread, never synchronously from fetch().

#include "secretsource.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>

#include <chrono>

namespace Conductor {

class CachedSecrets final : public SecretSource
{
public:
    // inner must outlive the cache.
    explicit CachedSecrets(SecretSource *inner,
                           std::chrono::milliseconds believeMissingFor = std::chrono::minutes(1));

    void fetch(const QString &name, QObject *context,
               std::function<void(const SecretLookup &)> done) override;
    // Forgets every answer: the next fetch of each name asks the inner source.
    void invalidate();

private:
    struct Entry
    {
        SecretLookup lookup;
        QDeadlineTimer fresh; // forever for a secret found
    };

    SecretSource *m_inner;
    std::chrono::milliseconds m_believeMissingFor;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    quint64 m_generation = 0; // invalidate() moves it on; older answers are not kept
};

} // namespace Conductor
