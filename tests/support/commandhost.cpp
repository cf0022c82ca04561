// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// A small Conductor for the command agent's tests: it runs one CommandAgent attempt of
// "conductor_fakeagent --mode hang --pidfile FILE" and waits, so that a test can kill it
// the way a crash would and see whether the agent program outlives it.
// Usage: conductor_commandhost FAKEAGENT PIDFILE

#include "agents/commandagent.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: conductor_commandhost FAKEAGENT PIDFILE\n");
        return 64;
    }
    Conductor::AgentDefinition definition;
    definition.id = QStringLiteral("host");
    definition.kind = Conductor::AgentDefinition::Kind::Command;
    definition.command.command = {args.at(1), QStringLiteral("--mode"), QStringLiteral("hang"),
                                  QStringLiteral("--pidfile"), args.at(2)};
    Conductor::CommandAgent agent(definition);
    Conductor::AgentRequest request;
    request.executionId = QStringLiteral("exec_host");
    request.stageId = QStringLiteral("hang");
    Conductor::AgentRun *run = agent.start(request, &app);
    QObject::connect(run, &Conductor::AgentRun::finished, &app, [](const auto &result) {
        std::fprintf(stderr, "the agent finished: %s\n", qPrintable(result.message));
        QCoreApplication::exit(1);
    });
    return QCoreApplication::exec();
}
