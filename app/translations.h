// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Installs Conductor's translation, and Qt's own, for a locale.

#include <QLocale>

namespace Conductor {

// Returns whether Conductor's own catalogue was found for the locale (English needs none).
bool installTranslations(const QLocale &locale);

} // namespace Conductor
