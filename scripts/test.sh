#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need on a fresh machine —
# npm packages from the lock file, Debian's Chromium for Playwright and the Noto CJK fonts —
# then runs every check: lint, typecheck, unit tests, production build, browser tests, tiny
# benchmark run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test.sh: installing Debian's chromium (Playwright cannot download browsers here)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi

# Fonts for every script the data may hold (CJK names such as 李明 draw as empty boxes without
# them): Debian's Noto CJK, installed when fontconfig does not list it. No web fonts.
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  echo "test.sh: installing Debian's fonts-noto-cjk (CJK labels in the browser tests)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null
fi

npm ci --no-audit --no-fund
npm test
