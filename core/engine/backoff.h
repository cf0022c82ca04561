// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How long to wait before the next attempt of a stage: fixed, linear or exponential in
// the number of failures so far, capped at maxDelay, then spread by up to ±jitter so that
// many executions failing together do not retry together. The jitter is drawn from a
// deterministic hash of what names the attempt, so a replay computes the same delay.

#include "config/pipeline.h"

#include <QString>

#include <chrono>
#include <optional>

namespace Conductor {

// failures counts the failed attempts so far (1 after the first failure).
[[nodiscard]] std::chrono::milliseconds retryDelay(const RetryStrategy &strategy, int failures,
                                                   const QString &jitterKey);
// Whether the strategy allows another attempt after this many failures of this class.
[[nodiscard]] bool mayRetry(const RetryStrategy &strategy, int failures, const QString &errorClass);

// The strategies an operator may switch a stage to (`intervene --strategy STAGE=NAME`),
// each derived from the stage's own: "default" (the stage's own), "exponential", "linear"
// and "fixed" (its limits with another backoff), "persistent" (twice the retries, at least
// six, with a delay cap four times as long), "none" (no retry).
[[nodiscard]] QStringList retryStrategyNames();
[[nodiscard]] std::optional<RetryStrategy> namedRetryStrategy(const RetryStrategy &base,
                                                              QStringView name);

} // namespace Conductor
