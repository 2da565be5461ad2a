#!/usr/bin/env bash
# Load benchmark of parallax serve: a store of N invented articles (default 10,000), then C concurrent
# clients (default 200) for D seconds (default 30) on the busiest story's page, with wrk (Debian's
# package). Prints wrk's latency distribution and the errors.
#   bench/web-load.sh [N] [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000} clients=${2:-200} seconds=${3:-30}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
server=

# LOAD_DB=FILE keeps the loaded store between runs (made on the first).
db=${LOAD_DB:-$work/load.db}
if [ ! -f "$db" ]; then
  dotnet run --project bench/Parallax.Bench -c Release -- articles-jsonl "$n" > "$work/stream.jsonl"
  ./parallax ingest "$work/stream.jsonl" --db "$db"
fi
# STORY=busiest (default: the largest story, the worst case) or STORY=median (a typical one).
story=$(./parallax stories --db "$db" --sort busiest -n 100000 --format jsonl | python3 -c '
import json, os, sys
stories = [json.loads(l) for l in sys.stdin]
s = stories[len(stories) // 2] if os.environ.get("STORY") == "median" else stories[0]
print(s["id"], len(s["articles"]))')
set -- $story
echo "story page: /stories/$1 ($2 articles)"

port=5311
./parallax serve --db "$db" --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/stories/$1" >/dev/null   # the first request builds the report
wrk -t2 -c"$clients" -d"${seconds}s" --latency "http://127.0.0.1:$port/stories/$1"
