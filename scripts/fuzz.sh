#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: scripts/fuzz.sh [SECONDS]
# Builds the loaders' fuzz target with clang, ASan and UBSan in a build directory of its
# own (build-fuzz/, or $CONDUCTOR_FUZZ_BUILD_DIR) and runs it for SECONDS (default 60) on
# a copy of the seed corpus, so the corpus in the tree stays as it is. Exits non-zero when
# the fuzzer finds a crash, a sanitizer report, a leak, a hang or runaway memory; the
# input that did it is kept in the build directory under fuzz-artifacts/.
set -euo pipefail

seconds="${1:-60}"
if [[ ! "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS]" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CONDUCTOR_FUZZ_BUILD_DIR:-$root/build-fuzz}"

compiler="${CONDUCTOR_FUZZ_CXX:-}"
if [[ -z "$compiler" ]]; then
    for candidate in clang++ clang++-16 clang++-15 clang++-14; do
        if command -v "$candidate" >/dev/null 2>&1; then
            compiler="$candidate"
            break
        fi
    done
fi
if [[ -z "$compiler" ]]; then
    echo "fuzz.sh: clang++ is needed (libFuzzer comes with clang)" >&2
    exit 2
fi

configure=(-S "$root" -B "$build"
    -DCMAKE_CXX_COMPILER="$compiler"
    -DCMAKE_BUILD_TYPE=Debug
    -DCMAKE_CXX_FLAGS=-O1
    -DCONDUCTOR_FUZZ=ON
    -DCONDUCTOR_BUILD_UI=OFF
    "-DCONDUCTOR_SANITIZE=address,undefined")
# The generator of an existing build directory cannot change.
if [[ ! -f "$build/CMakeCache.txt" ]] && command -v ninja >/dev/null 2>&1; then
    configure+=(-G Ninja)
fi
if command -v ccache >/dev/null 2>&1; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$root"
fi
cmake "${configure[@]}"
cmake --build "$build" --target fuzz_config

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$build/fuzz-artifacts"
# The seeds, the shipped files as they are today and the hostile corpus of the tests.
cp "$root"/tests/fuzz/corpus/* "$work/corpus/"
cp "$root/resources/conductor-agent.yml" "$work/corpus/shipped-conductor-agent.yml"
cp "$root/resources/pipelines/i2s.yml" "$work/corpus/shipped-i2s.yml"
cp "$root"/tests/data/hostile/* "$work/corpus/"

# libFuzzer's exit status is non-zero for a crash, a timeout, a leak or an out-of-memory.
# Its progress lines go to a log; the end of it is shown, which holds the report of
# whatever it found and the final figures.
log="$build/fuzz.log"
status=0
"$build/tests/fuzz/fuzz_config" \
    -max_total_time="$seconds" \
    -rss_limit_mb=2048 \
    -timeout=5 \
    -dict="$root/tests/fuzz/yaml.dict" \
    -artifact_prefix="$build/fuzz-artifacts/" \
    -print_final_stats=1 \
    "$work/corpus" >"$log" 2>&1 || status=$?
tail -n 60 "$log"
if ((status != 0)); then
    echo "fuzz.sh: the fuzzer failed (exit $status); the input is in $build/fuzz-artifacts/" >&2
fi
exit "$status"
