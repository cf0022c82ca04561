#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Proves the Debian package complete: installs it into a clean Debian 12 root made with
# debootstrap (the build machine has every library already, so installing there would
# prove nothing), with apt resolving its dependencies and without recommended packages,
# then, as a new user of that root:
#   - the installed conductor says its version;
#   - it validates the shipped configuration and pipeline;
#   - "conductor run" takes an idea through the shipped pipeline to its end, with a report;
#   - the run is listed as completed;
#   - the desktop app starts (offscreen) on the default database and stays up, with no
#     plugin or driver missing, and closes cleanly on SIGTERM;
#   - the package removes and purges without leaving a file of its own.
#
#   install_test.sh BUILD_DIR | PACKAGE.deb
# BUILD_DIR is a configured build tree with the app built (CPack makes the package from
# it); or the package itself. Needs root (debootstrap, chroot) and Debian's mirror: $CONDUCTOR_DEBIAN_MIRROR, or
# the first one apt uses here, or deb.debian.org. CI runs it; it is not a ctest test.
set -uo pipefail

build_dir=${1:?usage: install_test.sh BUILD_DIR | PACKAGE.deb}
if ((EUID != 0)); then
    echo "install_test.sh: needs root (debootstrap and chroot)" >&2
    exit 2
fi
for tool in debootstrap cpack dpkg-deb; do
    if ! command -v "$tool" >/dev/null; then
        echo "install_test.sh: $tool is missing (scripts/install-deps.sh --test installs it)" >&2
        exit 2
    fi
done

mirror=${CONDUCTOR_DEBIAN_MIRROR:-}
if [[ -z "$mirror" ]]; then
    mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)\/*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
        head -n 1)
fi
mirror=${mirror:-http://deb.debian.org/debian}

# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

work=$(mktemp -d /var/tmp/conductor-install.XXXXXX)
root=$work/root
cleanup() {
    # Whatever still runs in the root (a check that failed half-way) goes with it.
    local link
    for link in /proc/[0-9]*/root; do
        if [[ "$(readlink "$link" 2>/dev/null)" == "$root" ]]; then
            kill -KILL "$(basename "$(dirname "$link")")" 2>/dev/null
        fi
    done
    umount -l "$root/proc" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# The package, from the build tree's own CPack configuration.
if [[ "$build_dir" == *.deb ]]; then
    mkdir -p "$work/package"
    cp "$build_dir" "$work/package/"
elif ! cpack -G DEB -B "$work/package" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb=$(find "$work/package" -maxdepth 1 -name '*.deb' | head -n 1)
version=$(dpkg-deb -f "$deb" Version)
echo "package: $(basename "$deb") ($version)"

# A clean Debian 12: the minimal base, nothing of the build machine's.
echo "debootstrap bookworm from $mirror"
started=$SECONDS
if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -n 30 "$work/debootstrap.log"
    echo "FAIL: debootstrap"
    exit 1
fi
echo "debootstrap took $((SECONDS - started)) s"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/conductor.deb"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
# As a user who never ran Conductor, in a bare environment: no display, no D-Bus session,
# no XDG variables, only what a login would set.
as_user() { chroot --userspec=alex:alex "$root" /usr/bin/env -i HOME=/home/alex \
    USER=alex PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

started=$SECONDS
if ! in_root sh -c 'apt-get update -q && apt-get install -y -q --no-install-recommends /tmp/conductor.deb' \
    >"$work/apt.log" 2>&1; then
    tail -n 40 "$work/apt.log"
    echo "FAIL: apt-get install the package into the clean root"
    exit 1
fi
echo "ok: apt-get installed the package and $(grep -c '^Setting up' "$work/apt.log") packages in all ($((SECONDS - started)) s)"
check "the package is installed" bash -c 'chroot "$1" dpkg-query -W -f="\${Status}" conductor | grep -qx "install ok installed"' _ "$root"
in_root useradd --create-home --user-group alex

output=$(as_user conductor --version 2>&1)
echo "conductor --version: $output"
check "the installed conductor says its version" grep -qx "conductor $version" <<<"$output"

output=$(as_user conductor validate /usr/share/conductor/conductor-agent.yml \
    /usr/share/conductor/pipelines/i2s.yml 2>&1)
status=$?
echo "$output"
check "conductor validate accepts the shipped configuration and pipeline" test "$status" -eq 0

output=$(as_user sh -c 'cd && exec conductor run --idea "A marketplace for used lab equipment" \
    --approve-gates --sim timeScale=0' 2>&1)
status=$?
echo "$output" | tail -n 3
check "conductor run ends with exit 0" test "$status" -eq 0
execution=$(grep -oE 'exec_[0-9a-f]+ completed' <<<"$output" | head -n 1 | cut -d' ' -f1)
check "conductor run says the execution completed" test -n "$execution"
check "the report is in the user's documents" \
    test -s "$root/home/alex/Documents/Conductor/$execution/report.md"
check "the database is in the user's data folder" \
    test -s "$root/home/alex/.local/share/I2S Studio/conductor/conductor.db"
check "the log is in the user's state folder" \
    test -s "$root/home/alex/.local/state/I2S Studio/conductor/logs/conductor.log"
output=$(as_user conductor executions --json 2>&1)
check "conductor executions lists it as completed" \
    grep -qE "\"id\": *\"$execution\".*\"status\": *\"completed\"|\"status\": *\"completed\".*\"id\": *\"$execution\"" \
    <<<"$(tr -d '\n' <<<"$output")"

# The desktop app, on the offscreen platform (the root has no display server): it opens
# the default database, finds its plugins and drivers, and stays up until told to stop.
# Started as a plain command (not through the as_user function, which would run in a subshell)
# so that $! is the app itself: chroot, env and sh each exec the next.
chroot --userspec=alex:alex "$root" /usr/bin/env -i HOME=/home/alex USER=alex PATH=/usr/bin:/bin \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen sh -c 'cd && exec conductor' >"$work/app.log" 2>&1 &
app=$!
sleep 8
check "the desktop app is still running after 8 s" kill -0 "$app"
kill -TERM "$app" 2>/dev/null
for _ in $(seq 1 40); do # 20 s to close, then it is killed and the check fails
    kill -0 "$app" 2>/dev/null || break
    sleep 0.5
done
kill -KILL "$app" 2>/dev/null
wait "$app" 2>/dev/null
status=$?
cat "$work/app.log"
check "the desktop app closes on SIGTERM with exit 0" test "$status" -eq 0
check "the desktop app says it closed on the signal" grep -q "closing on a signal" "$work/app.log"
check "the desktop app loaded every plugin and driver" \
    bash -c '! grep -qiE "could not (load|find)|cannot load|driver not loaded|no such plugin|failed to load" "$1"' \
    _ "$work/app.log"
check "the desktop app opened the default database" grep -q "store opened" "$work/app.log"

# Removal: every file the package put there goes with it.
in_root dpkg -L conductor >"$work/files"
if ! in_root dpkg --purge conductor >"$work/purge.log" 2>&1; then
    cat "$work/purge.log"
    fail "dpkg --purge conductor"
fi
left=$(while read -r path; do [[ -f "$root$path" ]] && echo "$path"; done <"$work/files")
check "purging leaves none of the package's files" test -z "$left"
[[ -n "$left" ]] && echo "$left"

finish "install test"
