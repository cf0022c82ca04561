// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlesscommand.h"

#include "api/apiserver.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "engine/reportbundle.h"
#include "engine/session.h"
#include "logging/logging.h"
#include "security/apikeys.h"
#include "security/roles.h"
#include "security/secretstore.h"
#include "terminationsignals.h"

#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::HeadlessCommand)
};

} // namespace

bool isHeadless(const QStringList &arguments)
{
    return arguments.mid(1).contains(QStringLiteral("--headless"));
}

int runHeadless(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Runs Conductor without a window and serves its REST API."));
    parser.addHelpOption();
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      Text::tr("Run without a window, serving the REST API."));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        Text::tr("The address and port to listen on (default 127.0.0.1:8080; port 0 picks a "
                 "free one). Addresses other than loopback need TLS."),
        Text::tr("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     Text::tr("The server's certificate (PEM)."), Text::tr("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    Text::tr("The certificate's private key (PEM, unencrypted)."),
                                    Text::tr("FILE"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    Text::tr("Where executions write their report bundles."),
                                    Text::tr("DIR"));
    parser.addOptions({headless, listen, tlsCert, tlsKey, output,
                       CommandEnvironment::databaseOption(), CommandEnvironment::configOption(),
                       CommandEnvironment::pipelineOption(),
                       CommandEnvironment::secretsDirOption()});
    QStringList named = arguments;
    named[0] = QCoreApplication::applicationName();
    if (const int code = parseCommand(parser, named, false); code >= 0) {
        return code;
    }
    const std::optional<ListenAddress> listenAddress = parseListenAddress(parser.value(listen));
    if (!listenAddress) {
        return usageError(Text::tr("--listen needs HOST:PORT, such as 127.0.0.1:8080, not '%1'")
                              .arg(parser.value(listen)));
    }
    const QHostAddress address = listenAddress->address;
    const quint16 port = listenAddress->port;
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        return usageError(Text::tr("--tls-cert and --tls-key go together"));
    }
    if (!parser.isSet(tlsCert) && !ApiServer::isLoopback(address)) {
        return usageError(Text::tr("refusing to listen on %1 without TLS: give --tls-cert and "
                                   "--tls-key, or listen on 127.0.0.1")
                              .arg(address.toString()));
    }
    const CommandEnvironment env = CommandEnvironment::from(parser);

    QByteArray configText;
    Configuration configuration = ConfigLoader::builtIn();
    if (const QCommandLineOption config = CommandEnvironment::configOption();
        parser.isSet(config)) {
        const auto bytes = readCheckedFile(parser.value(config), false, Configuration());
        if (!bytes) {
            return ExitCode::Usage;
        }
        configText = *bytes;
        configuration = *ConfigLoader::loadBytes(*bytes, parser.value(config)).value;
    }
    const QCommandLineOption pipelineOption = CommandEnvironment::pipelineOption();
    const QString pipelinePath =
        parser.isSet(pipelineOption) ? parser.value(pipelineOption) : PipelineLoader::builtInPath();
    const auto pipelineText = readCheckedFile(pipelinePath, true, configuration);
    if (!pipelineText) {
        return ExitCode::Usage;
    }
    const PipelineDefinition pipeline =
        *PipelineLoader::loadBytes(*pipelineText, pipelinePath, configuration).value;

    TerminationSignals signals;
    if (!signals.isWatching()) {
        printErr(Text::tr("cannot watch for signals"));
        return ExitCode::Failure;
    }

    Session::Options sessionOptions;
    sessionOptions.databasePath = env.databasePath;
    sessionOptions.operatorName = env.operatorName;
    sessionOptions.maxConcurrentPipelines = configuration.orchestration.maxConcurrentPipelines;
    sessionOptions.configText = configText;
    sessionOptions.configPath = parser.value(CommandEnvironment::configOption());
    sessionOptions.providers = pipeline.providers;
    sessionOptions.secretsDirectory = env.secretsDir;

    ApiServer::Options apiOptions;
    apiOptions.address = address;
    apiOptions.port = port;
    apiOptions.tlsCertificate = parser.value(tlsCert);
    apiOptions.tlsKey = parser.value(tlsKey);
    apiOptions.databasePath = env.databasePath;
    apiOptions.pipelineText = *pipelineText;
    apiOptions.outputDir =
        parser.isSet(output) ? parser.value(output) : ReportBundle::defaultOutputDir();

    // The session goes after the server (which uses it) and before the key's store.
    std::unique_ptr<SecretStore> keyStore = chooseSecretStore(env.secretsDir);
    std::unique_ptr<Session> session;
    std::unique_ptr<ApiServer> server;
    int exitCode = ExitCode::Success;
    const auto fail = [&exitCode](const QString &message) {
        printErr(message);
        exitCode = ExitCode::Failure;
        QCoreApplication::exit(exitCode);
    };
    QObject::connect(&signals, &TerminationSignals::received, [&](int signalNumber) {
        qCInfo(lcApp) << "stopping on a signal:" << signalNumber;
        QCoreApplication::exit(ExitCode::Success);
    });

    QObject context;
    ApiSigningKey::load(
        *keyStore, true, &context,
        [&](const std::optional<QByteArray> &key, const QString &message) {
            if (!key) {
                fail(Text::tr("The API cannot check tokens without its signing key: %1")
                         .arg(message));
                return;
            }
            session = std::make_unique<Session>(sessionOptions);
            QObject::connect(
                session.get(), &Session::stateChanged, &context,
                [&, signingKey = *key](Session::State state) {
                    if (state == Session::State::Failed) {
                        fail(session->error());
                        return;
                    }
                    if (state != Session::State::Ready || server) {
                        return;
                    }
                    server = std::make_unique<ApiServer>(session.get(), signingKey, apiOptions);
                    if (!server->listen()) {
                        fail(server->error());
                        return;
                    }
                    // Scripts wait for this line: it is not translated.
                    printOut(QStringLiteral("listening on ") + server->url().toString());
                });
            QObject::connect(session.get(), &Session::storageFailed, &context,
                             [&](const QString &problem) { fail(problem); });
            session->open();
        });
    const int code = QCoreApplication::exec();
    // Stop taking requests, then stop the engine: what is queued is committed, executions
    // waiting on a person are handed back, running attempts are resumed by whoever takes
    // them over.
    server.reset();
    session.reset();
    return code != ExitCode::Success ? code : exitCode;
}

} // namespace Conductor
