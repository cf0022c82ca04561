// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roles.h"

#include <pwd.h>
#include <unistd.h>

#include <array>

namespace Conductor {

namespace {

constexpr std::array<QLatin1String, 4> kRoleNames{
    QLatin1String("viewer"), QLatin1String("operator"), QLatin1String("approver"),
    QLatin1String("admin")};

} // namespace

QString roleName(Role role)
{
    return kRoleNames.at(static_cast<std::size_t>(role));
}

std::optional<Role> roleFromName(QStringView name)
{
    for (std::size_t i = 0; i < kRoleNames.size(); ++i) {
        if (name == kRoleNames.at(i)) {
            return static_cast<Role>(i);
        }
    }
    return std::nullopt;
}

bool roleAtLeast(Role role, QStringView needed)
{
    const std::optional<Role> n = roleFromName(needed);
    return n && static_cast<int>(role) >= static_cast<int>(*n);
}

QString osAccountName()
{
    // getpwuid_r: another thread may be looking up accounts too.
    const uid_t uid = geteuid();
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(size > 0 ? static_cast<int>(size) : 16384, Qt::Uninitialized);
    passwd entry{};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), static_cast<std::size_t>(buffer.size()), &found) ==
            0 &&
        found && found->pw_name && *found->pw_name) {
        return QString::fromLocal8Bit(found->pw_name);
    }
    // An account without a name (a container's arbitrary uid): the number stands for it.
    return QStringLiteral("uid%1").arg(uid);
}

} // namespace Conductor
