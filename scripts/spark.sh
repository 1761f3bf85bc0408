#!/usr/bin/env bash
# Java for `jirga spark` (PySpark 4.3 needs Java 17 or later).
#
#   scripts/spark.sh     print the java found (last line), installing Debian's JRE if we are root
#
# Exit 1 when there is no java and it cannot be installed.
set -euo pipefail

die() { echo "spark.sh: $*" >&2; exit 1; }

version() {  # the major version of "$1", e.g. 17
    "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[[ -n "$JAVA" && -x "$JAVA" ]] || JAVA=$(command -v java || true)
if [[ -z "$JAVA" ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "spark.sh: java not found; installing default-jre-headless with apt-get" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q default-jre-headless >&2 \
            || die "apt-get install default-jre-headless failed"
        JAVA=$(command -v java || true)
    fi
    [[ -n "$JAVA" ]] || die "no java on PATH; install Java 17 (e.g. sudo apt-get install default-jre-headless)"
fi
V=$(version "$JAVA")
[[ -n "$V" && "$V" -ge 17 ]] || die "$JAVA is Java ${V:-?}; PySpark 4 needs Java 17 or later"
echo "$JAVA"
