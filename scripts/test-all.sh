#!/usr/bin/env bash
# The whole test suite on a fresh machine: what the tests need from the system, a clean install
# from the lockfile, then every test. On Debian (as root) it installs Chromium itself; elsewhere
# point CHROMIUM_PATH at a Chrome, Chromium or Edge binary first.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
  else
    echo "The browser test needs Chromium: install it (Debian/Ubuntu: apt-get install chromium)," >&2
    echo "or set CHROMIUM_PATH to a Chrome/Chromium/Edge executable." >&2
    exit 1
  fi
fi

npm ci
npm test
