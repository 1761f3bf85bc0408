#!/usr/bin/env bash
# Install (if needed) and run the whole test suite. Extra arguments go to pytest,
# e.g. ./test.sh -m "not slow" for the quick local run.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --no-demo
exec .venv/bin/python -m pytest "$@"
