// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activeconfiguration.h"

#include "configloader.h"
#include "logging/logging.h"

namespace Conductor {

ActiveConfiguration::ActiveConfiguration(Configuration initial, QObject *parent)
    : QObject(parent)
    , m_current(std::make_shared<const Configuration>(std::move(initial)))
{}

ConfigurationSnapshot ActiveConfiguration::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

Diagnostics ActiveConfiguration::reload(const QString &path)
{
    return replaceWith(ConfigLoader::loadFile(path));
}

Diagnostics ActiveConfiguration::apply(const QByteArray &bytes, const QString &displayName)
{
    return replaceWith(ConfigLoader::loadBytes(bytes, displayName));
}

Diagnostics ActiveConfiguration::replaceWith(LoadResult<Configuration> result)
{
    if (!result.value) {
        qCWarning(lcConfig) << "configuration not replaced:" << result.diagnostics.size()
                            << "problem(s)";
        return result.diagnostics;
    }
    auto next = std::make_shared<const Configuration>(std::move(*result.value));
    {
        QMutexLocker lock(&m_mutex);
        m_current = next;
    }
    Q_EMIT changed(next);
    return result.diagnostics;
}

} // namespace Conductor
