// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Conductor::Ids {

namespace {

QString make(QStringView prefix)
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return prefix + QString::number(value, 16).rightJustified(16, u'0');
}

} // namespace

QString newExecutionId()
{
    return make(u"exec_");
}

QString newGateId()
{
    return make(u"gate_");
}

QString newIdeaId()
{
    return make(u"idea_");
}

QString newOwnerId()
{
    return QSysInfo::machineHostName() + u':' +
           QString::number(QCoreApplication::applicationPid()) + u':' +
           QString::number(QRandomGenerator::system()->generate(), 16);
}

bool isDeadLocalOwner(const QString &owner)
{
    const QStringList parts = owner.split(u':');
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName()) {
        return false;
    }
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0) {
        return false;
    }
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    return false; // without a way to ask, wait for the lease to run out
#endif
}

bool isValid(const QString &id, QStringView prefix)
{
    if (!id.startsWith(prefix) || id.size() < prefix.size() + 16) {
        return false;
    }
    for (qsizetype i = prefix.size(); i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace Conductor::Ids
