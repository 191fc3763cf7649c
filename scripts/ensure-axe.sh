#!/usr/bin/env bash
# Installs axe-core, pinned by package-lock.json, for the accessibility browser test:
#   ensure-axe.sh <folder with package.json and package-lock.json> <folder to install into>
# Installs Debian's nodejs and npm first when they are missing.
set -euo pipefail

source_dir="$1"
install_dir="$2"

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
    if [[ $(id -u) -eq 0 ]]; then
        sudo=""
    elif command -v sudo > /dev/null; then
        sudo="sudo"
    else
        echo "The accessibility test needs Debian's nodejs and npm: install them as root." >&2
        exit 1
    fi
    echo "Installing Debian's nodejs and npm for the accessibility test..."
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends nodejs npm > /dev/null
fi

mkdir -p "$install_dir"
# Install again only when the pinned versions changed.
if [[ -f "$install_dir/node_modules/axe-core/axe.min.js" ]] \
        && cmp -s "$source_dir/package-lock.json" "$install_dir/package-lock.json"; then
    exit 0
fi
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$install_dir/"
(cd "$install_dir" && npm ci --no-audit --no-fund --loglevel=error)
echo "axe-core $(node -p "require('$install_dir/node_modules/axe-core/package.json').version") installed in $install_dir"
