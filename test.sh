#!/usr/bin/env bash
# Install (if needed) and run the whole test suite. Extra arguments go to pytest,
# e.g. ./test.sh -m "not slow" for the quick local run.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --no-demo
scripts/browser.sh >/dev/null || echo "test: warning: no Chromium (scripts/browser.sh); the dashboard browser tests will fail" >&2
scripts/spark.sh >/dev/null || echo "test: warning: no Java 17 (scripts/spark.sh); the Spark tests will fail" >&2
exec .venv/bin/python -m pytest "$@"
