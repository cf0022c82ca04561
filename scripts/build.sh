#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Configures and builds Conductor in build/ (or $CONDUCTOR_BUILD_DIR), as
# $CONDUCTOR_BUILD_TYPE (RelWithDebInfo by default), with ccache when it is there. Extra
# arguments go to CMake.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CONDUCTOR_BUILD_DIR:-$root/build}

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so that another clone of it hits the same cache.
    export CCACHE_BASEDIR="$root"
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CONDUCTOR_BUILD_TYPE:-RelWithDebInfo}" \
    "${launcher[@]}" "$@"
cmake --build "$build" --parallel "$(nproc)"
