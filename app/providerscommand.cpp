// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerscommand.h"

#include "agents/providermonitor.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "security/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ProvidersCommand)
};

QJsonObject toJson(const ProviderStatus &s)
{
    const ProviderHealth health = s.last.value_or(ProviderHealth());
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("baseUrl"), s.baseUrl},
        {QStringLiteral("up"), health.up},
        {QStringLiteral("latencyMs"), health.latencyMs},
        {QStringLiteral("httpStatus"), health.httpStatus},
        {QStringLiteral("models"), QJsonArray::fromStringList(health.models)},
        {QStringLiteral("message"), health.message},
        {QStringLiteral("checkedAt"), s.checkedAt.toString(Qt::ISODateWithMs)},
    };
}

QString modelsText(const ProviderHealth &health)
{
    const auto n = health.models.size();
    return n == 1 ? Text::tr("1 model") : Text::tr("%1 models").arg(n);
}

// One line per provider, in columns: id, up or down, latency, models or the reason, URL.
void printTable(const QList<ProviderStatus> &statuses)
{
    qsizetype idWidth = 0;
    qsizetype stateWidth = 0;
    qsizetype latencyWidth = 0;
    qsizetype detailWidth = 0;
    struct Row
    {
        QString id, state, latency, detail, url;
    };
    QList<Row> rows;
    for (const ProviderStatus &s : statuses) {
        const ProviderHealth health = s.last.value_or(ProviderHealth());
        Row row{s.id, health.up ? Text::tr("up") : Text::tr("down"),
                Text::tr("%1 ms").arg(health.latencyMs),
                health.up ? modelsText(health) : health.message, s.baseUrl};
        idWidth = std::max(idWidth, row.id.size());
        stateWidth = std::max(stateWidth, row.state.size());
        latencyWidth = std::max(latencyWidth, row.latency.size());
        detailWidth = std::max(detailWidth, row.detail.size());
        rows.append(row);
    }
    for (const Row &row : std::as_const(rows)) {
        printOut(row.id.leftJustified(idWidth) + u"  " + row.state.leftJustified(stateWidth) +
                 u"  " + row.latency.rightJustified(latencyWidth) + u"  " +
                 row.detail.leftJustified(detailWidth) + u"  " + row.url);
    }
}

} // namespace

int runProvidersCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Asks each provider of a pipeline for its models, once, and prints whether it "
                 "answered: up with the number of models, or down with the reason. Exits with "
                 "0 when every provider is up and 1 when any is down."));
    parser.addHelpOption();
    const QCommandLineOption pipeline = CommandEnvironment::pipelineOption();
    const QCommandLineOption config = CommandEnvironment::configOption();
    const QCommandLineOption secretsDir = CommandEnvironment::secretsDirOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print a JSON array, an object per provider."));
    parser.addOptions({pipeline, config, secretsDir, json});
    if (const int code = parseCommand(parser, arguments, false); code >= 0) {
        return code;
    }
    if (parser.isSet(secretsDir) && parser.value(secretsDir).isEmpty()) {
        return usageError(Text::tr("--secrets-dir needs a folder"));
    }

    Configuration configuration = ConfigLoader::builtIn();
    if (parser.isSet(config)) {
        const auto bytes = readCheckedFile(parser.value(config), false, Configuration());
        if (!bytes) {
            return ExitCode::Usage;
        }
        configuration = *ConfigLoader::loadBytes(*bytes, parser.value(config)).value;
    }
    const QString pipelinePath =
        parser.isSet(pipeline) ? parser.value(pipeline) : PipelineLoader::builtInPath();
    const auto bytes = readCheckedFile(pipelinePath, true, configuration);
    if (!bytes) {
        return parser.isSet(pipeline) ? ExitCode::Usage : ExitCode::Failure;
    }
    const QList<ProviderDefinition> providers =
        PipelineLoader::loadBytes(*bytes, pipelinePath, configuration).value->providers;
    if (providers.isEmpty()) {
        // With --json, stdout stays a JSON array for whoever reads it.
        if (parser.isSet(json)) {
            printOut(QStringLiteral("[]"));
            printErr(Text::tr("the pipeline defines no providers"));
        } else {
            printOut(Text::tr("the pipeline defines no providers"));
        }
        return ExitCode::Success;
    }

    const QString folder = parser.isSet(secretsDir)
                               ? QDir::current().absoluteFilePath(parser.value(secretsDir))
                               : QString();
    const std::unique_ptr<SecretStore> secrets = chooseSecretStore(folder);
    ProviderMonitor monitor(secrets.get());
    monitor.setProviders(providers);
    QEventLoop loop;
    QObject::connect(&monitor, &ProviderMonitor::statusChanged, &loop, [&monitor, &loop] {
        if (monitor.allChecked()) {
            loop.quit();
        }
    });
    monitor.checkNow(); // answers come later, from the event loop
    loop.exec();

    const QList<ProviderStatus> statuses = monitor.statuses();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ProviderStatus &s : statuses) {
            array.append(toJson(s));
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printTable(statuses);
    }
    return monitor.downCount() == 0 ? ExitCode::Success : ExitCode::Failure;
}

} // namespace Conductor
