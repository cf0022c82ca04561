// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Conductor's entry point: a command runs under QCoreApplication and needs no display;
// no command opens the desktop app.

#include "appsettings.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "conductor/version.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "displayformat.h"
#include "engine/session.h"
#include "headlesscommand.h"
#include "logging/logging.h"
#include "logging/logsink.h"
#include "mainwindow.h"
#include "security/roles.h"
#include "terminationsignals.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIcon>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("I2S Studio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("i2s.studio"));
    QCoreApplication::setApplicationName(QStringLiteral("conductor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONDUCTOR_VERSION));
}

// The icon theme's icon of the app id when it is installed, else the same icon's PNG sizes
// built into the executable.
QIcon windowIcon()
{
    QIcon builtIn;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        builtIn.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png")
                            .arg(size)
                            .arg(QStringLiteral(CONDUCTOR_APP_ID)),
                        QSize(size, size));
    }
    return QIcon::fromTheme(QStringLiteral(CONDUCTOR_APP_ID), builtIn);
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace Conductor;
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }

    describeApplication();
    if (needsNoWindow(arguments)) {
        QCoreApplication app(argc, argv);
        // Commands keep stderr for what they report; the log file gets the details.
        if (isHeadless(arguments)) {
            // A server's log says what it does; its answers and messages stay English.
            LogSink::install({LogSink::defaultDirectory(), 5 * 1024 * 1024, 5, true, QtInfoMsg});
            return runHeadless(arguments);
        }
        LogSink::install({LogSink::defaultDirectory(), 5 * 1024 * 1024, 5, true, QtWarningMsg});
        installTranslations(QLocale());
        if (commandOf(arguments).isEmpty()) {
            return handleGlobalOptions(arguments);
        }
        return runCommand(arguments);
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(CONDUCTOR_APP_ID));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Conductor"));
    QApplication::setWindowIcon(windowIcon());
    LogSink::install({LogSink::defaultDirectory(), 5 * 1024 * 1024, 5, true, QtInfoMsg});
    const AppSettings settings;
    // The chosen language also decides how numbers, dollars and dates read in every view;
    // with the system's language, the system's locale (LANG, LC_ALL) does.
    const QLocale locale = DisplayFormat::localeFor(settings.language(), QLocale::system());
    QLocale::setDefault(locale);
    installTranslations(locale);
    applyTheme(settings.theme());
    // QApplication has taken its own options (-platform, -style ...) out of its arguments.
    if (const int code = handleGlobalOptions(QCoreApplication::arguments()); code >= 0) {
        return code;
    }
    qCInfo(lcApp) << "Conductor" << CONDUCTOR_VERSION << "starting; log file"
                  << LogSink::currentFile();

    // The user's configuration when there is one and it is valid (the editor shows what is
    // wrong with one that is not), else the built-in one.
    Session::Options options;
    Configuration config = ConfigLoader::builtIn();
    if (QFile file(AppSettings::configurationFile()); file.open(QIODevice::ReadOnly)) {
        const QByteArray text = file.readAll();
        if (const LoadResult<Configuration> loaded = ConfigLoader::loadBytes(text, file.fileName());
            loaded.ok()) {
            options.configText = text;
            options.configPath = file.fileName();
            config = *loaded.value;
            config.sourcePath = QFileInfo(file.fileName()).absoluteFilePath();
        } else {
            qCWarning(lcApp).noquote() << file.fileName()
                                       << "is not a valid configuration; running on the "
                                          "built-in one";
        }
    }
    const QString pipelineFile = settings.defaultPipelineFile().isEmpty()
                                     ? PipelineLoader::builtInPath()
                                     : settings.defaultPipelineFile();
    LoadResult<PipelineDefinition> pipeline = PipelineLoader::loadFile(pipelineFile, config);
    // The store, the engine and the window's reads each on a thread of their own, never on
    // this one.
    options.databasePath =
        settings.chosenDatabasePath().value_or(CommandEnvironment::defaultDatabasePath());
    options.operatorName = osAccountName();
    options.maxConcurrentPipelines = config.orchestration.maxConcurrentPipelines;
    if (pipeline.value) {
        options.providers = pipeline.value->providers;
    }
    Session session(options);
    MainWindow window(pipeline.value, &session, CommandEnvironment::defaultDatabasePath());
    window.show();
    // Told to stop (the desktop session ends, a service manager, Ctrl+C in a terminal): close
    // the window as the person would, so its layout is saved and the engine stops in order.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &window, [&window](int signal) {
        qCInfo(lcApp) << "closing on a signal:" << signal;
        window.close();
        QApplication::quit();
    });
    session.open();
    return QApplication::exec();
}
