// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who may do what: viewer < operator < approver < admin. Each role may do everything the
// roles below it may. Viewers read; operators start, resume and intervene; approvers
// decide gates (and start with gates skipped or approved); admins manage users.

#include <QString>
#include <QStringView>

#include <optional>

namespace Conductor {

enum class Role
{
    Viewer = 0,
    Operator = 1,
    Approver = 2,
    Admin = 3
};

[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(QStringView name);
// Whether `role` may do what `needed` may; an unknown needed role is never granted.
[[nodiscard]] bool roleAtLeast(Role role, QStringView needed);

// The operating-system account this process runs as, from the kernel's user id, not
// from the environment: the command line acts as that account.
[[nodiscard]] QString osAccountName();

} // namespace Conductor
