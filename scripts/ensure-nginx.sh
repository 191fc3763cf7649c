#!/usr/bin/env bash
# Installs Debian's nginx for the cluster's load balancer when it is missing. Only the package is
# installed: the cluster script runs its own nginx with a configuration in its run directory.
set -euo pipefail

if command -v nginx > /dev/null || [[ -x /usr/sbin/nginx ]]; then
    exit 0
fi
if [[ $(id -u) -eq 0 ]]; then
    sudo=""
elif command -v sudo > /dev/null; then
    sudo="sudo"
else
    echo "The cluster's load balancer needs Debian's nginx: install it as root." >&2
    exit 1
fi
echo "Installing Debian's nginx for the cluster's load balancer..."
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends nginx > /dev/null
# Where a package installation started the system-wide service, stop it: the cluster runs its own.
if command -v systemctl > /dev/null && systemctl is-active --quiet nginx 2> /dev/null; then
    $sudo systemctl stop nginx
    $sudo systemctl disable nginx > /dev/null 2>&1 || true
elif [[ -f /run/nginx.pid ]]; then
    $sudo /usr/sbin/nginx -s stop 2> /dev/null || true
fi
/usr/sbin/nginx -v
