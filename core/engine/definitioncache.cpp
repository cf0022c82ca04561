// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "definitioncache.h"

#include "agents/simoverrides.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"

#include <QCryptographicHash>
#include <QMutex>

namespace Conductor {

namespace {

QString errorsOf(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError()) {
            lines.append(d.toString());
        }
    }
    return lines.join(u'\n');
}

} // namespace

DefinitionCache::Result DefinitionCache::loadShared(const QByteArray &configText,
                                                    const QByteArray &pipelineText)
{
    static QMutex mutex;
    static DefinitionCache cache;
    const QMutexLocker lock(&mutex);
    return cache.load(configText, pipelineText, {}, 0);
}

DefinitionCache::Result DefinitionCache::load(const QByteArray &configText,
                                              const QByteArray &pipelineText,
                                              const QStringList &simOverrides, quint64 seed)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(configText);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(pipelineText);
    for (const QString &o : simOverrides) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(o.toUtf8());
    }
    hash.addData(QByteArray::number(seed));
    const QByteArray key = hash.result();
    if (const auto it = m_entries.constFind(key); it != m_entries.cend()) {
        return {*it, {}};
    }

    const LoadResult<Configuration> config =
        ConfigLoader::loadBytes(configText, tr("configuration"));
    if (!config.ok()) {
        return {nullptr, errorsOf(config.diagnostics)};
    }
    LoadResult<PipelineDefinition> pipeline =
        PipelineLoader::loadBytes(pipelineText, tr("pipeline"), *config.value);
    if (!pipeline.ok()) {
        return {nullptr, errorsOf(pipeline.diagnostics)};
    }
    const Diagnostics overrides = applySimOverrides(*pipeline.value, simOverrides);
    if (hasErrors(overrides)) {
        return {nullptr, errorsOf(overrides)};
    }
    if (seed != 0) {
        pipeline.value->simulation.seed = seed;
    }
    auto definition = std::make_shared<const ExecutionDefinition>(
        ExecutionDefinition{std::move(*config.value), std::move(*pipeline.value)});
    if (m_entries.size() >= kCapacity) {
        m_entries.clear(); // rare: many different files at once; start over
    }
    m_entries.insert(key, definition);
    return {definition, {}};
}

} // namespace Conductor
