// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access.h"

#include "commandline.h"
#include "security/userstore.h"
#include "store/storequeries.h"

#include <QCoreApplication>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::Access)
};

} // namespace

std::optional<Actor> actorWithRole(const CommandEnvironment &env, Role needed,
                                   const QString &action)
{
    const StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return std::nullopt;
    }
    const UserStore users(*queries.database());
    const std::optional<User> user = users.find(env.operatorName);
    if (!user) {
        printErr(users.error().isEmpty()
                     ? Text::tr("%1 is not a user of %2; an admin can add them: conductor users "
                                "add %1 --role %3")
                           .arg(env.operatorName, env.databasePath, roleName(needed))
                     : users.error());
        return std::nullopt;
    }
    if (static_cast<int>(user->role) < static_cast<int>(needed)) {
        printErr(Text::tr("%1 may not %2: that needs the role %3, and %1 is %4")
                     .arg(user->name, action, roleName(needed), roleName(user->role)));
        return std::nullopt;
    }
    return Actor{user->name, user->role};
}

} // namespace Conductor
