# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the shell tests share: "check DESCRIPTION COMMAND..." runs the command and says ok or
# FAIL, counting failures; "fail MESSAGE" counts one; "finish NAME" ends the test with the
# count (exit 1 when any check failed).
# shellcheck shell=bash

failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

check() { # check DESCRIPTION COMMAND...
    local description=$1
    shift
    if "$@"; then
        echo "ok: $description"
    else
        fail "$description"
    fi
}

finish() { # finish NAME
    if ((failures > 0)); then
        echo "$1: $failures failed"
        exit 1
    fi
    echo "$1: every check passed"
}
