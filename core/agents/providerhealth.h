// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether a provider answers: GET {baseUrl}/models with its key, as a health check or a
// "test connection" button would ask. Up when it answers 2xx with a model list; down with
// the reason otherwise (no key, refused, the provider's own error message); how long the
// answer took either way. One shot, asynchronous, on the calling thread.

#include "config/pipeline.h"

#include <QStringList>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace Conductor {

class SecretSource;

struct ProviderHealth
{
    bool up = false;
    QString message; // why it is down; empty when up
    qint64 latencyMs = 0;
    int httpStatus = 0; // 0 when nothing answered
    QStringList models; // the ids it lists
};

// Checks the provider and calls done once, on context's thread, never synchronously from
// the call; not at all when context is destroyed first. secrets may be null when the
// provider needs no key. The check gives up after the provider's timeout, at most 30 s.
void checkProvider(const ProviderDefinition &provider, SecretSource *secrets,
                   QNetworkAccessManager *network, QObject *context,
                   std::function<void(const ProviderHealth &)> done);

} // namespace Conductor
