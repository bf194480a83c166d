#!/usr/bin/env bash
# Install Debian's Chromium and ChromeDriver for the browser tests (tests/test_publish_browser.py),
# plus a small CJK font so screenshots of the bilingual (中文/English) pages are legible.
# Installs only what is missing; non-interactive; needs root (or sudo) and Debian's mirror.
# The tests never let a tool download a browser of its own: they use /usr/bin/chromium and
# /usr/bin/chromedriver.
set -euo pipefail
wanted=(chromium chromium-driver fonts-wqy-microhei)
missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" != 0 ]; then
        SUDO="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
/usr/bin/chromium --version 2>/dev/null | grep -v 'unexpected operator' || true
/usr/bin/chromedriver --version
