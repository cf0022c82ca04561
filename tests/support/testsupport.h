// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests: where the test data and the sources are, and temporary files.

#include "config/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Conductor::Test {

// tests/data in the source tree (from CONDUCTOR_TEST_DATA, set by conductor_add_test).
[[nodiscard]] QString dataPath(const QString &relative);
// A path in the source tree (from CONDUCTOR_SOURCE_DIR).
[[nodiscard]] QString sourcePath(const QString &relative);
[[nodiscard]] QByteArray readAll(const QString &path);

// The problems a test file says it must produce: its lines "# expect: LINE:COLUMN: message".
[[nodiscard]] QStringList expectedProblems(const QString &path);
// Compares what a loader found in a test file with its "# expect:" lines: the same number
// of problems, each starting with the expected text. Empty when they agree, else why not.
[[nodiscard]] QString mismatchWithExpected(const QString &path, const Diagnostics &found);
// Every .yml file in a folder of tests/data, sorted, as paths.
[[nodiscard]] QStringList dataFiles(const QString &relativeFolder);

// Writes bytes to a file in the directory and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

} // namespace Conductor::Test
