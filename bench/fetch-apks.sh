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
fetch() { # npm-spec apk-path-in-package target-name
  if [ -s "$out/$3" ]; then return; fi
  (cd "$tmp" && npm pack --silent "$1" >/dev/null)
  tgz=$(ls "$tmp"/*.tgz)
  tar xzf "$tgz" -C "$tmp" "package/$2"
  mv "$tmp/package/$2" "$out/$3"
  rm -rf "$tmp"/*
  echo "fetched $out/$3"
}
fetch io.appium.settings@8.0.10 apks/settings_apk-debug.apk settings_apk-debug.apk
fetch appium-uiautomator2-server@10.6.6 apks/appium-uiautomator2-server-v10.6.6.apk appium-uiautomator2-server-v10.6.6.apk
fetch android-apidemos@5.0.0 apks/ApiDemos-debug.apk ApiDemos-debug.apk
