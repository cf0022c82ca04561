// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedsecrets.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace Conductor {

CachedSecrets::CachedSecrets(SecretSource *inner, std::chrono::milliseconds believeMissingFor)
    : m_inner(inner)
    , m_believeMissingFor(believeMissingFor)
{}

void CachedSecrets::fetch(const QString &name, QObject *context,
                          std::function<void(const SecretLookup &)> done)
{
    quint64 generation = 0;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(name);
        if (it != m_entries.cend() && !it->fresh.hasExpired()) {
            // Queued to the context: never from within fetch(), never to a context gone.
            QMetaObject::invokeMethod(
                context, [done = std::move(done), lookup = it->lookup] { done(lookup); },
                Qt::QueuedConnection);
            return;
        }
        generation = m_generation;
    }
    m_inner->fetch(name, context,
                   [this, name, generation, done = std::move(done)](const SecretLookup &lookup) {
                       {
                           const QMutexLocker lock(&m_mutex);
                           if (generation == m_generation) {
                               m_entries.insert(
                                   name, Entry{lookup, lookup.status == SecretLookup::Status::Found
                                                           ? QDeadlineTimer(QDeadlineTimer::Forever)
                                                           : QDeadlineTimer(m_believeMissingFor)});
                           }
                       }
                       done(lookup);
                   });
}

void CachedSecrets::invalidate()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
    ++m_generation;
}

} // namespace Conductor
