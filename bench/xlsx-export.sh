#!/usr/bin/env bash
# Issue 23: the streamed .xlsx export, 100,000 rows in a 32 MB heap; prints the heap every 10,000 rows
# and whether it stayed flat. The over-HTTP export of the white list (.xlsx twin of the CSV) is timed
# with its heap growth by bench/public-load.sh.
#   bench/xlsx-export.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=target/bench-classpath.txt
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
java -Xmx32m -cp "$CP" cn.eduapp.registry.bench.XlsxExportBench "${1:-100000}"
