// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rule for every key of a configuration or pipeline file that names a secret (a
// provider's apiKey, a notifier's webhook url or routingKey): the file holds the name
// under which `conductor secrets set NAME` keeps the credential, never the credential
// itself. A value that cannot be such a name is refused, and so is one that reads like a
// credential (an address, a known token prefix, a long random-looking string) even if it
// could be a name, so that a pasted key or webhook URL is caught before the file is
// shared. Internal to core/config.

#include "yamlreader_p.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Conductor {

class SecretNameField final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::SecretNameField)

public:
    // A name the secrets can keep: 1 to 128 of A-Z a-z 0-9 _ . -, not starting with a dot
    // or a dash.
    [[nodiscard]] static bool isSecretName(const QString &name);
    // Whether the text reads like a credential rather than a name: it contains "://",
    // starts with a known token prefix (sk-, xoxb-, ghp_, glpat- and the like) followed by
    // at least 16 characters, or holds a run of letters and digits without separators
    // that is either at least 32 long with both letters and digits (a PagerDuty routing
    // key, a hex token) or at least 20 long with lower and upper case and three digits or
    // more (a random token).
    [[nodiscard]] static bool looksLikeCredential(const QString &text);
    // The field as a secret's name, or nothing after reporting why it is not one.
    [[nodiscard]] static std::optional<QString> read(YamlReader &r, const YamlField &field);
};

} // namespace Conductor
