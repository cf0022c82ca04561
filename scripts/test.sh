#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The second of README's two commands: installs what is missing, builds, and runs every
# test, then the configuration loader's fuzzer for a short while
# ($CONDUCTOR_FUZZ_SECONDS, 60 by default; 0 skips it).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Tests build apart from the app, unoptimised: they compile much faster so.
export CONDUCTOR_BUILD_DIR=${CONDUCTOR_BUILD_DIR:-$root/build-tests}
export CONDUCTOR_BUILD_TYPE=${CONDUCTOR_BUILD_TYPE:-Debug}
build=$CONDUCTOR_BUILD_DIR
"$root/scripts/install-deps.sh" --test
"$root/scripts/build.sh" -DCONDUCTOR_BUILD_TESTS=ON
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 300

fuzz_seconds=${CONDUCTOR_FUZZ_SECONDS:-60}
if ((fuzz_seconds > 0)); then
    "$root/scripts/fuzz.sh" "$fuzz_seconds"
fi
