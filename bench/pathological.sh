#!/usr/bin/env bash
# bench/pathological.sh [SIZES...]: generates each pathological family (bench/pathological.py) at 1 MiB and
# 16 MiB (or the sizes given, in bytes), runs `./parallax analyze` and `./parallax compare` on each under
# /usr/bin/time with a 120 s timeout, and prints a table: family, size, command, seconds, processor seconds (user +
# system: what the run cost, whatever else the machine is doing), peak MB, exit code.
# The target (docs/limits.md): every row at most 10 s and 1 GB. FAMILIES="a b" limits the run to those families.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1048576 16776192)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$here/parallax" --version >/dev/null  # build first, outside the timings
printf '%-18s %9s %-8s %8s %8s %8s %4s\n' family bytes command seconds cpu_s peak_MB exit
for family in ${FAMILIES:-$(python3 "$here/bench/pathological.py" list)}; do
  ext=txt; case $family in html-*) ext=html ;; esac
  for size in "${sizes[@]}"; do
    f="$work/$family.$ext"
    python3 "$here/bench/pathological.py" "$family" "$size" "$f"
    for cmd in analyze compare; do
      /usr/bin/time -o "$work/time" -f "%e %U %S %M" timeout 120 "$here/parallax" "$cmd" "$f" >/dev/null 2>"$work/err"
      rc=$?
      read -r secs user sys kb < <(tail -n 1 "$work/time")
      printf '%-18s %9s %-8s %8s %8.2f %8d %4s\n' "$family" "$(stat -c %s "$f")" "$cmd" "$secs" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((kb / 1024))" "$rc"
    done
  done
  rm -f "$work/$family.$ext"
done
