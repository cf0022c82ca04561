// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filevalidator.h"

#include "configloader.h"
#include "pipelineloader.h"
#include "yamlreader_p.h"
#include "yamlsafety_p.h"

namespace Conductor {

FileValidator::FileKind FileValidator::detectKind(const QString &path, Diagnostics &out)
{
    const std::optional<QByteArray> bytes = YamlSafety::readFile(path, path, out);
    if (!bytes) {
        return FileKind::Unknown;
    }
    const std::optional<YAML::Node> root = YamlSafety::parse(*bytes, path, out);
    if (!root) {
        return FileKind::Unknown;
    }
    if (!root->IsMap()) {
        YamlReader reader(path, &out);
        (void)reader.namedMapping(reader.root(*root)); // reports what the root is instead
        return FileKind::Unknown;
    }
    const QStringList pipelineKeys = PipelineLoader::topLevelKeys();
    const QStringList configKeys = ConfigLoader::topLevelKeys();
    int pipelineHits = 0;
    int configHits = 0;
    for (auto it = root->begin(); it != root->end(); ++it) {
        if (!it->first.IsScalar()) {
            continue;
        }
        const QString key = QString::fromStdString(it->first.Scalar());
        // "stages" and "pipeline" belong to pipelines alone and decide it.
        if (key == u"stages" || key == u"pipeline") {
            return FileKind::Pipeline;
        }
        pipelineHits += pipelineKeys.contains(key) ? 1 : 0;
        configHits += configKeys.contains(key) ? 1 : 0;
    }
    if (configHits > 0 || pipelineHits > 0) {
        return configHits >= pipelineHits ? FileKind::Configuration : FileKind::Pipeline;
    }
    out.append(Diagnostic{
        path, 1, 1,
        tr("cannot tell what this file is: a configuration has top-level keys such as %1; a "
           "pipeline has %2")
            .arg(ConfigLoader::topLevelKeys().join(QStringLiteral(", ")),
                 QStringLiteral("pipeline, stages")),
        Diagnostic::Severity::Error});
    return FileKind::Unknown;
}

QList<FileValidator::FileReport> FileValidator::validate(const QStringList &paths)
{
    QList<FileReport> reports;
    for (const QString &path : paths) {
        FileReport report;
        report.path = path;
        report.kind = detectKind(path, report.diagnostics);
        reports.append(report);
    }
    // Configurations first: the pipelines beside them are checked against them.
    Configuration config = ConfigLoader::builtIn();
    for (FileReport &report : reports) {
        if (report.kind != FileKind::Configuration) {
            continue;
        }
        LoadResult<Configuration> result = ConfigLoader::loadFile(report.path);
        report.diagnostics = result.diagnostics;
        if (result.value) {
            config = *result.value;
        }
    }
    for (FileReport &report : reports) {
        if (report.kind == FileKind::Pipeline) {
            report.diagnostics = PipelineLoader::loadFile(report.path, config).diagnostics;
        }
        sortDiagnostics(report.diagnostics);
    }
    return reports;
}

} // namespace Conductor
