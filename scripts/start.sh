#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The first of README's two commands: installs what is missing, builds, and starts the
# desktop app on its embedded defaults. Arguments go to the app.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DCONDUCTOR_BUILD_TESTS=OFF
exec "${CONDUCTOR_BUILD_DIR:-$root/build}/app/conductor" "$@"
