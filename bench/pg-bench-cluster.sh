#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for `store-startup --db postgresql://...`, kept between runs so a filled
# store can be timed again: Debian's binaries (PARALLAX_PG_BIN, else /usr/lib/postgresql/15/bin), initdb
# into DIR as an unprivileged user when run as root (initdb refuses root), a free loopback port, trust
# authentication, fsync off (as the tests' clusters).
#   bench/pg-bench-cluster.sh start DIR   -> prints the store's URI (postgresql://postgres@127.0.0.1:PORT/parallax)
#   bench/pg-bench-cluster.sh stop DIR    -> stops it (the data stays in DIR; start again to reuse it)
#   bench/pg-bench-cluster.sh delete DIR  -> stops it and deletes DIR
set -euo pipefail
cmd=${1:?start, stop or delete}
dir=${2:?a folder for the cluster}
bin=${PARALLAX_PG_BIN:-/usr/lib/postgresql/15/bin}
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u "${PARALLAX_PG_USER:-nobody}" --); fi

case "$cmd" in
start)
  if [ ! -d "$dir/data" ]; then
    mkdir -p "$dir"
    [ ${#as[@]} -eq 0 ] || chown "${PARALLAX_PG_USER:-nobody}" "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtAc \
    "SELECT 1 FROM pg_database WHERE datname = 'parallax'" | grep -q 1 ||
    "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE parallax;"
  echo "postgresql://postgres@127.0.0.1:$port/parallax"
  ;;
stop)
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
delete)
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*)
  echo "start, stop or delete" >&2; exit 2
  ;;
esac
