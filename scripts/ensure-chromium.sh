#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when it is missing and we may (root);
# otherwise say in one line what to install. Never downloads a browser of its own.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $chromium: installing Debian's chromium package…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium" ] && exit 0
fi
echo "Chromium not found at $chromium: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
