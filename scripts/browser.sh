#!/usr/bin/env bash
# Debian's Chromium for the dashboard's browser tests (Playwright drives it through
# executable_path; Playwright's own browser download does not work offline).
#
#   scripts/browser.sh     install chromium with apt-get if it is missing, print its path
#
# JIRGA_CHROMIUM  use this executable instead (printed as is when it exists)
set -euo pipefail

die() { echo "browser.sh: $*" >&2; exit 1; }

find_chromium() {
    local c
    for c in "${JIRGA_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
        if [[ -n "$c" && -x "$c" ]]; then
            echo "$c"
            return 0
        fi
    done
    return 1
}

if path=$(find_chromium); then
    echo "$path"
    exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "browser.sh: chromium not found; installing it with apt-get" >&2
    # A fresh machine has no package lists yet: update once, then install.
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >&2; then
        DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 || die "apt-get update failed"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >&2 \
            || die "apt-get install chromium failed"
    fi
fi
path=$(find_chromium) || die "chromium not found; install Debian's chromium package (sudo apt-get install chromium) or set JIRGA_CHROMIUM"
echo "$path"
