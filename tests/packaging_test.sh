#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the desktop integration and the Debian package:
#   packaging_test.sh SOURCE_DIR BUILD_DIR APP_ID
# The .desktop file and the metainfo pass their validators with no warning and agree on
# the app id; the man page renders without warnings; "cpack -G DEB" makes a package that
# holds the binary, the desktop file, the metainfo, every icon size, the man page and the
# systemd user unit, whose Depends names what the app loads at run time, whose binary
# runs, and whose main window (under Xvfb) has the desktop file's WM class and an icon;
# lintian finds no error or warning in it. The package is made from the build tree's own CPack configuration; CPack strips
# the binary, so even a Debug build packs in seconds.
set -uo pipefail

source_dir=$1
build_dir=$2
app_id=$3
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

desktop=$source_dir/packaging/$app_id.desktop
metainfo=$source_dir/packaging/$app_id.metainfo.xml
manpage=$source_dir/packaging/conductor.1

# The desktop file: valid, no hints, and naming the app id as its icon.
output=$(desktop-file-validate "$desktop" 2>&1)
status=$?
check "desktop-file-validate exits 0" test "$status" -eq 0
check "desktop-file-validate says nothing" test -z "$output"
[[ -n "$output" ]] && echo "$output"
check "the desktop file's icon is the app id" grep -qx "Icon=$app_id" "$desktop"

# The metainfo: valid with neither errors nor warnings, for this app id and the launchable
# desktop file. The one info allowed is cid-maybe-not-rdns: appstream 0.16 does not know the
# top-level domain "studio" of the app id. Others (a missing content rating, say) fail.
output=$(appstreamcli validate --no-net "$metainfo" 2>&1)
status=$?
echo "$output"
check "appstreamcli validate exits 0" test "$status" -eq 0
check "appstreamcli reports no error or warning" bash -c '! grep -qE "^[EW]:" <<<"$1"' _ "$output"
check "appstreamcli reports no info but cid-maybe-not-rdns" \
    bash -c '! grep -E "^I:" <<<"$1" | grep -qv "cid-maybe-not-rdns"' _ "$output"
check "the metainfo's id is the app id" grep -q "<id>$app_id</id>" "$metainfo"
check "the metainfo launches the desktop file" \
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"

# The man page: renders with every warning on and says nothing.
output=$(groff -man -ww -z "$manpage" 2>&1)
status=$?
check "groff renders the man page" test "$status" -eq 0
check "groff has no warnings for the man page" test -z "$output"
[[ -n "$output" ]] && echo "$output"
output=$(MANWIDTH=80 man --warnings -l "$manpage" 2>&1 >/dev/null)
check "man -l has no warnings" test -z "$output"

# The package.
if ! cpack -G DEB -B "$work/package" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB"
    finish "packaging"
fi
deb=$(find "$work/package" -maxdepth 1 -name '*.deb' | head -n 1)
check "cpack made a .deb" test -n "$deb"
if [[ -n "$deb" ]]; then
    dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
    expected=(
        /usr/bin/conductor
        "/usr/share/applications/$app_id.desktop"
        "/usr/share/metainfo/$app_id.metainfo.xml"
        "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
        /usr/share/man/man1/conductor.1.gz
        /usr/share/doc/conductor/copyright
        /usr/share/doc/conductor/changelog.gz
        /usr/lib/systemd/user/conductor-headless.service
        /usr/share/conductor/conductor-agent.yml
        /usr/share/conductor/pipelines/i2s.yml
    )
    for size in 16 22 24 32 48 64 128 256; do
        expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    for path in "${expected[@]}"; do
        check "the package holds $path" grep -qxF "$path" "$work/contents"
    done

    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    for package in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libsecret-1-0 \
        libqt6core6 libqt6keychain1; do
        check "Depends names $package" grep -qE "(^|, )$package( |,|$)" <<<"$depends"
    done
    check "Recommends names gnome-keyring" grep -q gnome-keyring <<<"$(dpkg-deb -f "$deb" Recommends)"
    check "the section is utils" test "$(dpkg-deb -f "$deb" Section)" = utils
    check "the package has a homepage" test -n "$(dpkg-deb -f "$deb" Homepage)"

    # Debian's own checks: lintian finds no error and no warning. (Its informational tags
    # about hardening depend on the build type: a Debug build is not fortified.)
    output=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges")
    echo "$output"
    check "lintian reports no error or warning" bash -c '! grep -qE "^[EW]: " <<<"$1"' _ "$output"
    changelog_version=$(dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/doc/conductor/changelog.gz |
        gzip -dc | sed -n '1s/^conductor (\([^)]*\)).*/\1/p')
    check "the changelog's newest entry is the package's version" \
        test "$changelog_version" = "$(dpkg-deb -f "$deb" Version)"

    dpkg-deb -x "$deb" "$work/root"
    version=$(HOME=$work QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/conductor" --version 2>&1)
    echo "packaged conductor --version: $version"
    check "the packaged binary runs and says its version" grep -q "$(dpkg-deb -f "$deb" Version)" <<<"$version"
    check "the packaged binary is stripped" bash -c '! file -b "$1" | grep -q "not stripped"' _ \
        "$work/root/usr/bin/conductor"

    # The packaged app's main window on a virtual X display: its WM_CLASS is the desktop
    # file's StartupWMClass, and it carries an icon (Qt sets none unless the app does).
    cat >"$work/window.sh" <<'SCRIPT'
# On this display, whatever platform the tests around it use (often offscreen).
env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb HOME=$1 "$2" >"$1/app.log" 2>&1 &
app=$!
window=
for _ in $(seq 1 60); do
    window=$(xdotool search --onlyvisible --name Conductor 2>/dev/null | head -n 1)
    [[ -n "$window" ]] && break
    sleep 0.5
done
sleep 1
[[ -n "$window" ]] && xprop -id "$window" WM_CLASS _NET_WM_ICON | head -n 3
kill "$app"
wait "$app" 2>/dev/null
SCRIPT
    mkdir -p "$work/home"
    properties=$(timeout 90 xvfb-run -a bash "$work/window.sh" "$work/home" \
        "$work/root/usr/bin/conductor" 2>&1)
    echo "$properties"
    wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
    check "the window's WM_CLASS is the desktop file's StartupWMClass ($wm_class)" \
        grep -q "^WM_CLASS(STRING) = \"$wm_class\"" <<<"$properties"
    check "the window has an icon" grep -q "^_NET_WM_ICON(CARDINAL) = .*Icon (" <<<"$properties"
fi

finish "packaging"
