#!/usr/bin/env bash
# Re-check of 100,000 registered filings (issue 12): seeds a fresh embedded database and times the full
# re-check twice. Aim: under a minute. Usage: bench/recheck.sh [filings]
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=target/bench-classpath.txt
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" cn.eduapp.registry.bench.RecheckBench "${1:-100000}"
