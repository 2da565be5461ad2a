#!/usr/bin/env bash
# fuzz.sh [COUNT] [SEED] [MINUTES]: runs COUNT mutated inputs (default 100000) from SEED (default 1) through the
# whole pipeline (read, extract, analyse, group, compare, every report format) and prints what happened. Inputs that
# crash, hang or leak an exception are saved under $TMPDIR/parallax-fuzz-failures/. The same test runs a short
# slice in CI (tests/Parallax.Tests/Fuzzing/FuzzTests.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}; seed=${2:-1}; minutes=${3:-120}
report=$(mktemp)
dotnet build -c Release -nologo -v q >/dev/null
set +e
PARALLAX_FUZZ_COUNT=$count PARALLAX_FUZZ_SEED=$seed PARALLAX_FUZZ_MINUTES=$minutes PARALLAX_FUZZ_REPORT=$report \
  dotnet test -c Release --no-build -- --filter-method "Parallax.Tests.Fuzzing.FuzzTests.Mutated_inputs_never_crash_hang_or_leak_an_exception" >/dev/null 2>&1
status=$?
set -e
cat "$report"; rm -f "$report"
exit $status
