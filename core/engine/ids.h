// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Identifiers: a prefix and 16 random hex digits (exec_3f9a…, gate_…, idea_…), from the
// system's random source, so that processes sharing a database never collide.

#include <QString>

namespace Conductor::Ids {

[[nodiscard]] QString newExecutionId();
[[nodiscard]] QString newGateId();
[[nodiscard]] QString newIdeaId();
// One per running process: host:pid:random, so that a process on the same host can tell
// that an owner died (its pid is gone) without waiting for its lease to run out.
[[nodiscard]] QString newOwnerId();
// Whether owner names a process on this host that no longer exists.
[[nodiscard]] bool isDeadLocalOwner(const QString &owner);
// Whether text is prefix_ followed by at least 16 lowercase hex digits.
[[nodiscard]] bool isValid(const QString &id, QStringView prefix);

} // namespace Conductor::Ids
