// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The only door through which YAML enters Conductor. yaml-cpp 0.7 can be made to hang
// (LoadAll on ","), to overflow the stack (deep nesting) or to build cyclic and
// exponentially shared node graphs (aliases); so bytes are checked for size and text,
// pre-scanned for nesting depth and alias count, and only then parsed with YAML::Load.
// Internal to core/config: yaml-cpp types never appear in public headers.

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace Conductor::YamlSafety {

inline constexpr qint64 kMaxFileBytes = 1024 * 1024;
inline constexpr int kMaxDepth = 64;
inline constexpr int kMaxAliases = 128;
// Schema walks stop after this many node visits, which bounds alias fan-out.
inline constexpr int kMaxNodeVisits = 200'000;

// Reads at most kMaxFileBytes + 1 bytes; reports a missing, unreadable or oversized file.
[[nodiscard]] std::optional<QByteArray> readFile(const QString &path, const QString &displayName,
                                                 Diagnostics &out);

// Checks that the bytes are non-empty UTF-8 text of bounded size, nesting and aliases,
// then parses them. Returns the root (never null or undefined) or reports why not.
[[nodiscard]] std::optional<YAML::Node> parse(const QByteArray &bytes, const QString &displayName,
                                              Diagnostics &out);

// The pre-scan alone, exposed for tests: the deepest nesting and the number of aliases,
// and where the first limit was crossed (1-based), if it was.
struct ScanResult
{
    int maxDepth = 0;
    int aliases = 0;
    int line = 0; // where a limit was first crossed, or 0
    int column = 0;
    bool depthExceeded = false;
    bool aliasesExceeded = false;
};
[[nodiscard]] ScanResult prescan(const QByteArray &utf8);

} // namespace Conductor::YamlSafety
