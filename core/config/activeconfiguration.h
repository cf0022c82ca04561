// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The configuration the core runs on. Readers on any thread take a snapshot, which
// stays valid and unchanged for as long as they hold it; a valid reload replaces the
// whole configuration at once, and an invalid one changes nothing.

#include "configuration.h"
#include "diagnostic.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace Conductor {

using ConfigurationSnapshot = std::shared_ptr<const Configuration>;

class ActiveConfiguration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveConfiguration)

public:
    explicit ActiveConfiguration(Configuration initial, QObject *parent = nullptr);

    [[nodiscard]] ConfigurationSnapshot snapshot() const;
    // Loads the file; on success it becomes the configuration and changed() is emitted.
    // Returns what was found either way.
    Diagnostics reload(const QString &path);
    Diagnostics apply(const QByteArray &bytes, const QString &displayName);

Q_SIGNALS:
    void changed(Conductor::ConfigurationSnapshot snapshot);

private:
    Diagnostics replaceWith(LoadResult<Configuration> result);

    mutable QMutex m_mutex;
    ConfigurationSnapshot m_current;
};

} // namespace Conductor
