#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages Conductor needs that are missing, and nothing else.
#   scripts/install-deps.sh          to build and run the app
#   scripts/install-deps.sh --test   also what the tests, the fuzzer and CI need
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libyaml-cpp-dev libqrencode-dev
    qtkeychain-qt6-dev libsecret-1-0
    libsodium-dev
    qt6-httpserver-dev
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(
        clang clang-format libclang-rt-14-dev
        xvfb xauth x11-utils imagemagick xdotool
        dbus gnome-keyring
        openssl
        desktop-file-utils appstream groff-base man-db dpkg-dev file lintian
        debootstrap
    )
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
