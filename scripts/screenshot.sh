#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: scripts/screenshot.sh [OUTDIR]
#
# Screenshots of each view of the main window on a demo database, taken on a virtual X
# server: OUTDIR/executions.png, gates.png and pipeline.png, and executions-de.png in
# German (OUTDIR defaults to screenshots). The demo database is made first with the
# command line: three completed runs, one failed, one left waiting at its risk gate.
# Builds nothing: CONDUCTOR_BIN names the conductor binary (default build/app/conductor).
# Each run gets a temporary HOME, so neither the user's settings nor their database
# change the picture.
#
# Needs xvfb-run (xvfb), xwininfo (x11-utils) and import/identify (imagemagick).

set -euo pipefail

outdir=${1:-screenshots}
bin=${CONDUCTOR_BIN:-build/app/conductor}

for tool in xvfb-run xwininfo import identify; do
    if ! command -v "$tool" >/dev/null; then
        echo "screenshot.sh: $tool is missing (apt-get install xvfb x11-utils imagemagick)" >&2
        exit 1
    fi
done
if [[ ! -x $bin ]]; then
    echo "screenshot.sh: no conductor binary at '$bin'; build it or set CONDUCTOR_BIN" >&2
    exit 1
fi
bin=$(realpath "$bin")
mkdir -p "$outdir"
outdir=$(realpath "$outdir")

# Runs inside xvfb-run: starts conductor, waits until its window is mapped and painted,
# captures the screen to $1, and stops conductor again. Polling is all X offers here.
capture() {
    local png=$1 bin=$2
    "$bin" >"$HOME/conductor.out" 2>&1 &
    local pid=$!
    # The X tools need no translation, and warn when the app's locale is not installed.
    export LC_ALL=C
    trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

    local id="" tries=0
    while :; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "screenshot.sh: conductor exited before showing its window:" >&2
            cat "$HOME/conductor.out" >&2
            return 1
        fi
        # Top-level windows of the app, by their class: the title may carry a count and
        # characters the C locale of the X tools cannot show.
        for candidate in $(xwininfo -root -tree | awk '/\("conductor" "conductor"\)/ { print $1 }'); do
            if xwininfo -id "$candidate" | grep -q 'Map State: IsViewable'; then
                id=$candidate
                break
            fi
        done
        if [[ -n $id ]]; then
            # Mapped is not yet painted: wait until the screen holds more than a
            # background's few colours.
            import -window root "$png"
            if (($(identify -format '%k' "$png") > 16)); then
                break
            fi
        fi
        if ((++tries > 300)); then
            echo "screenshot.sh: no painted Conductor window after 30 s" >&2
            xwininfo -root -tree >&2
            return 1
        fi
        sleep 0.1
    done
    echo "$png: window $id"
}

# The demo data, made once and copied into each shot's home.
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
make_demo() {
    local data=$demo/.local/share
    local run=(env -u DISPLAY HOME="$demo" XDG_DATA_HOME="$data" XDG_CONFIG_HOME="$demo/.config"
        QT_QPA_PLATFORM=offscreen "$bin" run --sim timeScale=0)
    for idea in "A marketplace for used lab equipment" "Bike sharing for campuses" \
        "Tutoring by the hour"; do
        "${run[@]}" --idea "$idea" --approve-gates >/dev/null 2>&1
    done
    "${run[@]}" --idea "Same-day furniture repair" --approve-gates --sim ux.failureRate=1 \
        --sim ux.failureClass=INVALID_REQUEST >/dev/null 2>&1 || true
    # Without --approve-gates and without a terminal it waits at the risk gate for good:
    # stopped there, it leaves the gate pending.
    timeout 10 "${run[@]}" --idea "Drone deliveries for pharmacies" </dev/null >/dev/null 2>&1 || true
}

# shoot PNG PAGE [VAR=VALUE...]: the window on view PAGE (0 Executions, 1 Gates, 2 Pipeline).
shoot() {
    local png=$1 page=$2
    shift 2
    local home
    home=$(mktemp -d)
    mkdir -m 700 "$home/runtime"
    cp -a "$demo/.local" "$home/"
    mkdir -p "$home/.config/I2S Studio"
    printf '[mainWindow]\npage=%s\n' "$page" >"$home/.config/I2S Studio/conductor.conf"
    env -u LC_ALL -u LANGUAGE -u QT_QPA_PLATFORM -u QT_LOGGING_RULES -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$home" \
        XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" \
        XDG_RUNTIME_DIR="$home/runtime" \
        QT_QPA_PLATFORM=xcb \
        LANG=en_US.UTF-8 \
        "$@" \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        bash -c "$(declare -f capture); capture \"\$@\"" capture "$png" "$bin" || {
        rm -rf "$home"
        return 1
    }
    rm -rf "$home"
}

make_demo
shoot "$outdir/executions.png" 0
shoot "$outdir/gates.png" 1
shoot "$outdir/pipeline.png" 2
shoot "$outdir/executions-de.png" 0 LANGUAGE=de LANG=de_DE.UTF-8
