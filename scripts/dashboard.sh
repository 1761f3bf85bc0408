#!/usr/bin/env bash
# Build the dashboard's vendored assets into jirga/serve/static/vendor/ (git-ignored):
# the Natural Earth country shapes of npm's world-atlas, converted for the map page.
# Our own scripts and styles need no build; without vendor/ the dashboard still works,
# its map showing event points without country shapes.
#
#   scripts/dashboard.sh     npm ci in dashboard/, then write static/vendor/countries.json
#
# Needs node and npm (the npm registry, at build time only; nothing is fetched at run time).
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "dashboard.sh: $*" >&2; exit 1; }
command -v node >/dev/null 2>&1 || die "node not found (install Debian's nodejs and npm)"
command -v npm >/dev/null 2>&1 || die "npm not found (install Debian's npm)"

PY=.venv/bin/python
[[ -x $PY ]] || PY=python3
VENDOR=jirga/serve/static/vendor
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

(cd dashboard && npm ci --no-audit --no-fund --loglevel=error) >&2 || die "npm ci failed in dashboard/"
# Events name countries by ISO alpha-3, Natural Earth by ISO numeric: pycountry maps them.
if ! "$PY" -c 'import json, pycountry; print(json.dumps({c.numeric: c.alpha_3 for c in pycountry.countries}))' \
        >"$TMP/codes.json" 2>/dev/null; then
    echo "dashboard.sh: pycountry not available; map countries will have no ISO codes" >&2
    echo '{}' >"$TMP/codes.json"
fi
mkdir -p "$VENDOR"
node dashboard/build.mjs "$VENDOR/countries.json" "$TMP/codes.json"
cp dashboard/node_modules/world-atlas/LICENSE "$VENDOR/world-atlas.LICENSE"
