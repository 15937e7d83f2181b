#!/usr/bin/env bash
# Inspection speed: one full inspection of the largest real package (appium-uiautomator2-server, 18 MB,
# 16 dex files), cold and warm, in CPU and wall time; then, as the reference, Debian's aapt (manifest) and
# dexdump (every dex file) on the same file when they are installed (apt-get install -y aapt dexdump).
set -euo pipefail
cd "$(dirname "$0")/.."
bench/fetch-apks.sh
apk=${1:-target/apk-fixtures/appium-uiautomator2-server-v10.6.6.apk}
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  cn.eduapp.registry.inspection.internal.apk.InspectBench "$apk" "${RUNS:-10}"
echo "reference:"
if command -v aapt >/dev/null 2>&1; then
  /usr/bin/time -f "  aapt dump badging:   cpu %U s user + %S s sys, wall %e s, max RSS %M KB" aapt dump badging "$apk" >/dev/null
else
  echo "  aapt not installed (apt-get install -y aapt)"
fi
if command -v dexdump >/dev/null 2>&1; then
  /usr/bin/time -f "  dexdump (all dex):   cpu %U s user + %S s sys, wall %e s, max RSS %M KB" dexdump "$apk" >/dev/null
else
  echo "  dexdump not installed (apt-get install -y dexdump)"
fi
