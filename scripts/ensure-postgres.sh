#!/usr/bin/env bash
# Makes a local PostgreSQL server ready for the tests and the cluster script:
#   scripts/ensure-postgres.sh [DATABASE...]
# Installs Debian's postgresql package when missing, starts its cluster (listening on loopback
# only, Debian's default), makes sure the login role exists and creates each DATABASE afresh
# (dropped first if it exists). Test databases named <prefix>_<yyyyMMddHHmmss> left behind by
# earlier runs are dropped once they are more than three hours old.
# Settings: HARBOUR_PG_USER (harbour), HARBOUR_PG_PASSWORD (harbour: a throw-away test account).
set -euo pipefail

user="${HARBOUR_PG_USER:-harbour}"
password="${HARBOUR_PG_PASSWORD:-harbour}"

if [[ $(id -u) -eq 0 ]]; then
    sudo=""
elif command -v sudo > /dev/null; then
    sudo="sudo"
else
    echo "PostgreSQL is managed as root (or through sudo)." >&2
    exit 1
fi

if ! command -v pg_lsclusters > /dev/null; then
    echo "Installing Debian's postgresql..."
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends postgresql > /dev/null
fi

# The first cluster Debian created (normally "<version> main" on port 5432).
read -r version name port status _ < <(pg_lsclusters --no-header | head -1) || true
if [[ -z "${version:-}" ]]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    $sudo pg_createcluster "$version" main > /dev/null
    read -r version name port status _ < <(pg_lsclusters --no-header | head -1)
fi
if [[ "$status" != online* ]]; then
    $sudo pg_ctlcluster "$version" "$name" start
fi

export PGOPTIONS="-c client_min_messages=warning"
psql_admin() {
    # The postgres superuser signs in through the local socket (peer authentication).
    if [[ -z "$sudo" ]]; then
        (cd / && runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAtX "$@")
    else
        (cd / && sudo -u postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAtX "$@")
    fi
}

for _ in $(seq 1 30); do
    psql_admin -c 'SELECT 1' > /dev/null 2>&1 && break
    sleep 1
done

if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" ]]; then
    psql_admin -c "CREATE ROLE \"$user\" LOGIN PASSWORD '$password'"
fi
# The tests make each class's database afresh, from a template database where migrations and demo data ran once.
psql_admin -c "ALTER ROLE \"$user\" CREATEDB"

cutoff=$(date -u -d '3 hours ago' +%Y%m%d%H%M%S)
while read -r stale; do
    stamp="${stale##*_}"
    if [[ "$stamp" =~ ^[0-9]{14}$ && "$stamp" < "$cutoff" ]]; then
        psql_admin -c "DROP DATABASE IF EXISTS \"$stale\"" > /dev/null 2>&1 || true
    fi
done < <(psql_admin -c "SELECT datname FROM pg_database WHERE datname ~ '^harbour_[a-z0-9]+_[0-9]{14}$'")

for database in "$@"; do
    psql_admin -c "DROP DATABASE IF EXISTS \"$database\"" > /dev/null
    psql_admin -c "CREATE DATABASE \"$database\" OWNER \"$user\" ENCODING 'UTF8' TEMPLATE template0"
done
echo "PostgreSQL $version ready on 127.0.0.1:$port${*:+ with fresh database(s) $*}"
