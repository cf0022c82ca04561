// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <QCryptographicHash>

#include <cmath>

namespace Conductor {

std::chrono::milliseconds retryDelay(const RetryStrategy &strategy, int failures,
                                     const QString &jitterKey)
{
    const double initial = static_cast<double>(strategy.initialDelay.count());
    const int n = std::max(1, failures);
    double delay = initial;
    switch (strategy.backoffStrategy) {
    case RetryStrategy::Backoff::Fixed:
        break;
    case RetryStrategy::Backoff::Linear:
        delay = initial * n;
        break;
    case RetryStrategy::Backoff::Exponential:
        delay = initial * std::pow(2.0, std::min(n - 1, 40));
        break;
    }
    delay = std::min(delay, static_cast<double>(strategy.maxDelay.count()));
    if (strategy.jitter > 0.0 && delay > 0.0) {
        const QByteArray digest =
            QCryptographicHash::hash(jitterKey.toUtf8(), QCryptographicHash::Sha1);
        quint32 bits = 0;
        for (int i = 0; i < 4; ++i) {
            bits = (bits << 8) | static_cast<quint8>(digest.at(i));
        }
        const double unit = static_cast<double>(bits) / 4294967295.0; // 0..1
        delay *= 1.0 + strategy.jitter * (2.0 * unit - 1.0);
    }
    return std::chrono::milliseconds(std::llround(std::max(0.0, delay)));
}

bool mayRetry(const RetryStrategy &strategy, int failures, const QString &errorClass)
{
    // An attempt the process did not live to finish is always worth another, within the
    // same number of retries.
    const bool retryable =
        errorClass == u"INTERRUPTED" || strategy.retryableErrors.contains(errorClass);
    return retryable && failures <= strategy.maxRetries;
}

QStringList retryStrategyNames()
{
    return {QStringLiteral("default"), QStringLiteral("exponential"), QStringLiteral("linear"),
            QStringLiteral("fixed"),   QStringLiteral("persistent"),  QStringLiteral("none")};
}

std::optional<RetryStrategy> namedRetryStrategy(const RetryStrategy &base, QStringView name)
{
    RetryStrategy s = base;
    if (name == u"default") {
        return s;
    }
    if (name == u"exponential" || name == u"linear" || name == u"fixed") {
        s.backoffStrategy = name == u"exponential" ? RetryStrategy::Backoff::Exponential
                            : name == u"linear"    ? RetryStrategy::Backoff::Linear
                                                   : RetryStrategy::Backoff::Fixed;
        return s;
    }
    if (name == u"persistent") {
        s.maxRetries = std::max(6, base.maxRetries * 2);
        s.maxDelay = base.maxDelay * 4;
        s.escalationThreshold = std::max(base.escalationThreshold, s.maxRetries / 2);
        return s;
    }
    if (name == u"none") {
        s.maxRetries = 0;
        return s;
    }
    return std::nullopt;
}

} // namespace Conductor
