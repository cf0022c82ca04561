// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "commandline.h"
#include "config/filevalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ValidateCommand)
};

} // namespace

int runValidateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Checks configuration and pipeline files and reports "
                                              "every problem as FILE:LINE:COLUMN: message."));
    parser.addHelpOption();
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                                   Text::tr("Print nothing for valid files."));
    parser.addOption(quiet);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 Text::tr("Configuration or pipeline files."),
                                 QStringLiteral("FILE..."));
    if (const int code = parseCommand(parser, arguments, true); code >= 0) {
        return code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usageError(Text::tr("validate needs at least one file"));
    }

    bool valid = true;
    for (const FileValidator::FileReport &report : FileValidator::validate(files)) {
        for (const Diagnostic &d : report.diagnostics) {
            printErr(d.toString());
        }
        if (hasErrors(report.diagnostics)) {
            valid = false;
        } else if (!parser.isSet(quiet)) {
            printOut(report.kind == FileValidator::FileKind::Pipeline
                         ? Text::tr("%1: valid pipeline").arg(report.path)
                         : Text::tr("%1: valid configuration").arg(report.path));
        }
    }
    return valid ? ExitCode::Success : ExitCode::Failure;
}

} // namespace Conductor
