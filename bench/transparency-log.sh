#!/usr/bin/env bash
# The transparency log at scale (issue 24): 1,000,000 leaves appended in transactions of 1,000 on a fresh
# embedded database, then inclusion and consistency proofs at random points (read from the stored subtrees,
# verified as a client would), single-leaf appends on the full tree, and a signed checkpoint.
# Usage: bench/transparency-log.sh [leaves] [proofs]
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=target/bench-classpath.txt
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" cn.eduapp.registry.bench.TransparencyLogBench \
  "${1:-1000000}" "${2:-10000}"
