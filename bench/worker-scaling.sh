#!/usr/bin/env bash
# The queue's scaling table (docs/deploy.md): articles/s for 1, 2 and 4 `parallax worker` processes (one job slot
# each) on one PostgreSQL queue, a single-process PostgreSQL ingest beside them, and the queue's own cost per job
# (claims/s with no-op jobs). Starts a throwaway cluster (initdb into a temp folder, as nobody when run as root,
# a free port, the test cluster's settings: fsync off) and removes it at the end.
#
#   bench/worker-scaling.sh [ARTICLES] [NOOPS]      (defaults 2000 and 20000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles=${1:-2000}
noops=${2:-20000}
bin=${PARALLAX_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
dir=$(mktemp -d /tmp/parallax-scaling.XXXXXX)
user=$([ "$(id -u)" = 0 ] && echo nobody || id -un)
as() { if [ "$(id -u)" = 0 ]; then runuser -u "$user" -- "$@"; else "$@"; fi; }
chown "$user" "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
cleanup() { as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
db() { as "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$1"; echo "postgresql://postgres@127.0.0.1:$port/$1"; }
now() { date +%s.%N; }
rate() { python3 -c "print(f'{$1 / ($3 - $2):.0f}')"; }

"$here/parallax" --version >/dev/null   # builds the CLI first when the sources changed
corpus="$dir/corpus.jsonl"
dotnet run -c Release --project "$here/bench/Parallax.Bench" -- articles-jsonl "$articles" > "$corpus"
echo "corpus: $articles articles (bench articles-jsonl); $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"

uri=$(db single)
t0=$(now); "$here/parallax" ingest "$corpus" --db "$uri" >/dev/null; t1=$(now)
echo "single process (ingest, no queue): $(rate "$articles" "$t0" "$t1") articles/s"

for workers in 1 2 4; do
  uri=$(db "workers$workers")
  "$here/parallax" ingest "$corpus" --enqueue --db "$uri" >/dev/null
  t0=$(now)
  pids=()
  for _ in $(seq "$workers"); do "$here/parallax" worker --db "$uri" --concurrency 1 --until-drained >/dev/null & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p"; done
  t1=$(now)
  echo "$workers worker processes: $(rate "$articles" "$t0" "$t1") articles/s (start-up included; load $(cut -d' ' -f1 /proc/loadavg))"
done

# The leader alone: results all made beforehand by a worker that may not lead, then one worker stores them (story
# assignment and writes only): the single leader's ceiling, which N machines cannot pass.
uri=$(db leader)
"$here/parallax" ingest "$corpus" --enqueue --db "$uri" >/dev/null
"$here/parallax" worker --db "$uri" --concurrency 2 --no-lead >/dev/null & jobs_pid=$!
until [ "$(as "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d leader -Atc "SELECT count(*) FILTER (WHERE state = 'done') = count(*) FROM jobs" 2>/dev/null || echo f)" = t ]; do sleep 1; done
kill "$jobs_pid"; wait "$jobs_pid" || true
t0=$(now); "$here/parallax" worker --db "$uri" --concurrency 1 --until-drained >/dev/null; t1=$(now)
echo "the leader alone (results ready): $(rate "$articles" "$t0" "$t1") articles/s (start-up included)"

# No-op jobs: the queue's own cost. A worker's start-up (the analysis pipeline, the store) is timed on an empty queue and taken off.
uri=$(db empty)
t0=$(now); "$here/parallax" worker --db "$uri" --concurrency 1 --until-drained >/dev/null; t1=$(now)
startup=$(python3 -c "print($t1 - $t0)")
for slots in 1 4; do
  uri=$(db "noop$slots")
  "$here/parallax" worker --db "$uri" --enqueue-noops "$noops" >/dev/null
  t0=$(now); "$here/parallax" worker --db "$uri" --concurrency "$slots" --until-drained >/dev/null; t1=$(now)
  echo "no-op jobs, 1 process x $slots slots: $(python3 -c "print(f'{$noops / ($t1 - $t0 - $startup):.0f}')") claims/s (start-up of ${startup:0:4} s taken off)"
done
