#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: scripts/screenshot.sh [OUTDIR]
#
# Screenshots of each view of the main window on a demo database, taken on a virtual X
# server (OUTDIR defaults to screenshots): executions.png (the table with the newest
# execution's live graph), timeline.png, gates.png, gate-dialog.png (the approval
# dialog of the waiting gate), new-pipeline.png (the New pipeline dialog with its
# Budget Check), dashboard.png, budgets.png (with the usage charts), audit.png,
# configuration.png (the YAML editor), settings.png, pipeline.png, executions-de.png
# in German, and welcome.png and welcome-dark.png (the first run's welcome on an empty
# database, in the light and the dark theme) and demo-run.png (after Enter has started
# the demo run the welcome offers). ONLY="welcome welcome-dark" takes just the
# shots named. The demo database is made
# first with the command line: three completed runs, one failed, one left waiting at its
# risk gate, which the app's engine takes over. Builds nothing: CONDUCTOR_BIN names the
# conductor binary (default build/app/conductor). Each run gets a temporary HOME, so
# neither the user's settings nor their database change the picture.
#
# Needs xvfb-run (xvfb), xwininfo (x11-utils), import/identify (imagemagick) and xdotool.

set -euo pipefail

outdir=${1:-screenshots}
bin=${CONDUCTOR_BIN:-build/app/conductor}

for tool in xvfb-run xwininfo import identify xdotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "screenshot.sh: $tool is missing (apt-get install xvfb x11-utils imagemagick xdotool)" >&2
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
here=$(dirname "$(realpath "$0")")

# Runs inside xvfb-run: starts conductor, waits until its window is mapped and painted,
# lets it load, types the keys given after $2 (xdotool key names, one shot each), captures
# the screen to $1, and stops conductor again. Polling is all X offers here.
capture() {
    local png=$1 bin=$2
    shift 2
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
    # The execution's history and the gates load on the reader's thread: give them time.
    sleep 2
    # Without a window manager nothing has the focus: give it to the window, then type
    # (as a keyboard would, through XTEST).
    if (($#)); then
        xdotool windowfocus "$id" 2>/dev/null || true
        sleep 0.5
    fi
    for keys in "$@"; do
        # shellcheck disable=SC2086 # a sequence of key names, one word each
        xdotool key --clearmodifiers $keys 2>/dev/null
        sleep 1.5
    done
    # A dialog is a window of its own: capture the whole screen.
    import -window root "$png"
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

# shoot PNG PAGE [VAR=VALUE...] [-- KEYS...]: the window on view PAGE (0 Executions,
# 1 Gates, 2 Dashboard, 3 Budgets, 4 Alerts, 5 Audit, 6 Configuration, 7 Settings,
# 8 Pipeline), after the keys. CONFIG=FILE among the variables starts the app on that
# configuration file, EMPTY=1 on an empty database, THEME=dark in the dark theme.
shoot() {
    local png=$1 page=$2
    shift 2
    if [[ -n ${ONLY:-} && " $ONLY " != *" $(basename "$png" .png) "* ]]; then
        return 0
    fi
    local vars=() keys=() config= empty= theme=
    while (($#)); do
        if [[ $1 == -- ]]; then
            shift
            keys=("$@")
            break
        fi
        if [[ $1 == CONFIG=* ]]; then
            config=${1#CONFIG=}
        elif [[ $1 == EMPTY=* ]]; then
            empty=${1#EMPTY=}
        elif [[ $1 == THEME=* ]]; then
            theme=${1#THEME=}
        else
            vars+=("$1")
        fi
        shift
    done
    local home
    home=$(mktemp -d)
    mkdir -m 700 "$home/runtime"
    if [[ -z $empty ]]; then
        # The demo data is made for the first shot that shows it.
        if [[ ! -d $demo/.local ]]; then
            make_demo
        fi
        cp -a "$demo/.local" "$home/"
    fi
    mkdir -p "$home/.config/I2S Studio"
    printf '[mainWindow]\npage=%s\n' "$page" >"$home/.config/I2S Studio/conductor.conf"
    if [[ -n $theme ]]; then
        printf '[ui]\ntheme=%s\n' "$theme" >>"$home/.config/I2S Studio/conductor.conf"
    fi
    if [[ -n $config ]]; then
        mkdir -p "$home/.config/I2S Studio/conductor"
        cp "$config" "$home/.config/I2S Studio/conductor/conductor-agent.yml"
    fi
    env -u LC_ALL -u LANGUAGE -u QT_QPA_PLATFORM -u QT_LOGGING_RULES -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$home" \
        XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" \
        XDG_RUNTIME_DIR="$home/runtime" \
        QT_QPA_PLATFORM=xcb \
        LANG=en_US.UTF-8 \
        "${vars[@]}" \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        bash -c "$(declare -f capture); capture \"\$@\"" capture "$png" "$bin" "${keys[@]}" || {
        rm -rf "$home"
        return 1
    }
    rm -rf "$home"
}

shoot "$outdir/executions.png" 0
shoot "$outdir/timeline.png" 0 -- alt+i
shoot "$outdir/gates.png" 1
# The gates table takes the focus with a click on its first row; Return opens the gate.
shoot "$outdir/gate-dialog.png" 1 -- "Tab" "Down Up" "Return"
shoot "$outdir/new-pipeline.png" 0 -- ctrl+n "t e s t space i d e a"
shoot "$outdir/dashboard.png" 2
shoot "$outdir/budgets.png" 3
# Rules that hold at once on the demo (no duration for the error rate, any number of
# providers down), so the alerts page has alerts to show.
sed -e '/duration: 5m/d' -e 's/agent_down_count > 2/agent_down_count >= 0/' \
    "$here/../resources/conductor-agent.yml" >"$demo/alerting.yml"
shoot "$outdir/alerts.png" 4 CONFIG="$demo/alerting.yml"
shoot "$outdir/audit.png" 5
shoot "$outdir/configuration.png" 6
shoot "$outdir/settings.png" 7
shoot "$outdir/pipeline.png" 8
shoot "$outdir/executions-de.png" 0 LANGUAGE=de LANG=de_DE.UTF-8
shoot "$outdir/welcome.png" 0 EMPTY=1
shoot "$outdir/welcome-dark.png" 0 EMPTY=1 THEME=dark
shoot "$outdir/demo-run.png" 0 EMPTY=1 -- Return
