#!/usr/bin/env bash
# Fetches the real APKs the inspection tests and benchmark read (true negatives: no advertising SDK) from
# npm into target/apk-fixtures/. Pinned versions: the tests assert their package names, versions and
# certificate fingerprints. Needs npm; without it the tests that need these files are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/apk-fixtures
mkdir -p "$out"
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: the npm APK fixtures are not fetched (their tests will be skipped)" >&2
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fetch() { # npm-spec, then pairs: apk-path-in-package target-name
  local spec=$1; shift
  local missing=0 args=("$@")
  for ((i = 1; i < ${#args[@]}; i += 2)); do [ -s "$out/${args[i]}" ] || missing=1; done
  [ "$missing" = 1 ] || return 0
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null)
  tar xzf "$tmp"/*.tgz -C "$tmp"
  while [ $# -gt 0 ]; do
    mv "$tmp/package/$1" "$out/$2"
    echo "fetched $out/$2"
    shift 2
  done
  rm -rf "${tmp:?}"/*
}
fetch io.appium.settings@8.0.10 apks/settings_apk-debug.apk settings_apk-debug.apk
fetch appium-uiautomator2-server@10.6.6 \
  apks/appium-uiautomator2-server-v10.6.6.apk appium-uiautomator2-server-v10.6.6.apk \
  apks/appium-uiautomator2-server-debug-androidTest.apk appium-uiautomator2-server-debug-androidTest.apk
fetch android-apidemos@5.0.0 apks/ApiDemos-debug.apk ApiDemos-debug.apk
