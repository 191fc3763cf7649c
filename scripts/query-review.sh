#!/usr/bin/env bash
# What each busy page asks the database: starts one portal with the demo data on a fresh local
# PostgreSQL database whose every statement is logged with its duration, opens the pages staff use
# most as the demo users (a child's record, My work, people search, the scorecard), and prints for
# each page the number of statements, their total time in the database, and the statements that
# cost most by total time and by count (an N+1 shows as one statement run many times), and the
# number of transactions (commits and rollbacks).
#   scripts/query-review.sh            (builds the portal when needed)
# Settings: REVIEW_PORT (18295), REVIEW_DIR (platform-portal/target/query-review; emptied first),
# REVIEW_TOP (6 statements per page). Not part of the test command. Needs root or sudo for PostgreSQL
# (as the test command does) and read access to PostgreSQL's log.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${REVIEW_PORT:-18295}"
dir="${REVIEW_DIR:-$root/platform-portal/target/query-review}"
top="${REVIEW_TOP:-6}"
base="http://localhost:$port"
password="${HARBOUR_DEMO_DATA_PASSWORD:-Harbour-demo-2026}"
database="harbour_review_$(date -u +%Y%m%d%H%M%S)"
war="$root/platform-portal/target/harbour.war"
micro="$root/platform-portal/target/payara-micro.jar"

if [[ ! -f "$war" || ! -f "$micro" ]]; then
    (cd "$root" && ./mvnw -q -B -DskipTests package)
fi
rm -rf "$dir"
mkdir -p "$dir"
bash "$root/scripts/ensure-postgres.sh" "$database" > /dev/null
read -r _ _ pg_port _ _ _ pg_log < <(pg_lsclusters --no-header | head -1)
as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi
}
as_postgres psql -p "$pg_port" -qAtXc "ALTER DATABASE \"$database\" SET log_min_duration_statement = 0"

java -Xmx512m -Dharbour.data.dir="$dir/data" -Dharbour.demo-data.enabled=true \
    -Dharbour.db.url="jdbc:postgresql://127.0.0.1:$pg_port/$database" \
    -jar "$micro" --deploy "$war" --contextroot / --port "$port" --nocluster > "$dir/portal.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2> /dev/null || true; wait $pid 2> /dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$base/health/ready" && break
    kill -0 $pid 2> /dev/null || { echo "The portal stopped; see $dir/portal.log" >&2; exit 1; }
    sleep 1
done
sleep 20 # let start-up work (the month-end job) finish before measuring

mark() {
    PGPASSWORD=harbour psql -h 127.0.0.1 -p "$pg_port" -U harbour -d "$database" -qAtXc "SELECT 'review-mark:$1'" > /dev/null
}

sign_in() { # user, cookie jar
    local form state
    form=$(curl -fs -c "$2" -b "$2" "$base/login.xhtml")
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$form" | head -1 | sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$2" -b "$2" --data-urlencode "login-form=login-form" --data-urlencode "username=$1" \
        --data-urlencode "password=$password" --data-urlencode "sign-in=Sign in" \
        --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
}

page() { # label, cookie jar, path: opened once to warm, then measured
    curl -fs -o /dev/null -b "$2" "$base/$3"
    mark "start $1"
    curl -fs -o /dev/null -b "$2" -w "$1: HTTP %{http_code} in %{time_total} s\n" "$base/$3"
    mark "end $1"
}

sign_in priya.shah "$dir/priya"
sign_in olivia.brown "$dir/olivia"
child=$(curl -fs -b "$dir/priya" "$base/index.xhtml" | grep -o 'case/child.xhtml?id=[0-9]*' | head -1)
page "child record" "$dir/priya" "$child"
page "My work" "$dir/priya" "work/my-work.xhtml"
page "people search" "$dir/priya" "people/search.xhtml?familyName=Smith"
page "home" "$dir/priya" "index.xhtml"
page "scorecard" "$dir/olivia" "performance/scorecard.xhtml"
sleep 1

# Each logged statement: "... user@database LOG:  duration: N ms  statement|execute <name>: SQL".
as_postgres cat "$pg_log" | grep -a "@$database " | python3 -c '
import re, sys, collections
top = int(sys.argv[1])
line_re = re.compile(r"duration: ([0-9.]+) ms\s+(?:statement|execute [^:]*):\s*(.*)")
page = None
stats = None
for line in sys.stdin:
    mark = re.search(r"review-mark:(start|end) (.*?)\x27", line)
    if mark:
        if mark.group(1) == "start":
            page, stats = mark.group(2), collections.defaultdict(lambda: [0, 0.0])
        else:
            total = sum(v[1] for v in stats.values())
            count = sum(v[0] for v in stats.values())
            ends = sum(v[0] for sql, v in stats.items() if sql.upper() in ("COMMIT", "ROLLBACK"))
            print(f"\n{page}: {count} statements, {total:.1f} ms in the database, {len(stats)} distinct, {ends} transactions")
            for sql, (n, ms) in sorted(stats.items(), key=lambda kv: -kv[1][1])[:top]:
                print(f"  {ms:8.1f} ms {n:4d}x  {sql[:150]}")
            page = None
        continue
    if page is None:
        continue
    m = line_re.search(line)
    if m and "review-mark" not in m.group(2):
        sql = re.sub(r"\$\d+", "?", re.sub(r"\b\d+\b", "N", m.group(2).strip()))
        stats[sql][0] += 1
        stats[sql][1] += float(m.group(1))
' "$top"
