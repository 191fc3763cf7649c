#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests when they are missing.
set -euo pipefail

if command -v chromium > /dev/null && command -v chromedriver > /dev/null; then
    exit 0
fi
if [[ $(id -u) -eq 0 ]]; then
    sudo=""
elif command -v sudo > /dev/null; then
    sudo="sudo"
else
    echo "The browser tests need Debian's chromium and chromium-driver: install them as root." >&2
    exit 1
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver > /dev/null
chromium --version
