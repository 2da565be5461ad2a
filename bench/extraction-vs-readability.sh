#!/usr/bin/env bash
# Main-text extraction, Parallax vs Readability.js, on the article-extraction-benchmark pages: both
# scored with the benchmark's definition (4-gram shingles of \w+ tokens, per-document normalised,
# macro-averaged) and both pinned to one core when taskset is available. Prints one table.
#
#   bench/extraction-vs-readability.sh [DATASET_DIR]
#
# Needs dotnet and node (>= 18); installs the Readability harness's npm packages on first use.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dataset="${1:-$root/../shared/datasets/extraction/scrapinghub}"
if [ ! -f "$dataset/ground-truth.json" ] || [ ! -d "$dataset/html" ]; then
  echo "extraction-vs-readability: no dataset at $dataset (expected ground-truth.json and html/ID.html.gz)" >&2
  exit 2
fi
dataset="$(cd "$dataset" && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "extraction-vs-readability: node and npm (Node.js >= 18) are needed for the Readability.js harness" >&2
  exit 2
fi

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); else echo "(taskset not found: runs are not pinned to one core)" >&2; fi

harness="$root/bench/readability"
if [ ! -d "$harness/node_modules" ]; then
  echo "installing the Readability harness (npm ci)..." >&2
  (cd "$harness" && npm ci --no-audit --no-fund --silent)
fi

# Build outside the timed run so ./parallax does not compile while pinned.
"$root/parallax" --help >/dev/null

parallax_json=""
parallax_note=""
err=$(mktemp)
if out=$("${pin[@]}" "$root/parallax" eval extraction "$dataset" --json 2>"$err"); then
  parallax_json="$out"
else
  parallax_note="parallax eval extraction did not run: $(tail -n 1 "$err")"
fi
rm -f "$err"

echo "running Readability.js (about a minute)..." >&2
readability_json=$("${pin[@]}" node "$harness/run.mjs" "$dataset" --json)

PARALLAX_JSON="$parallax_json" READABILITY_JSON="$readability_json" PARALLAX_NOTE="$parallax_note" DATASET="$dataset" node --input-type=module -e '
const rows = [];
const pick = (o, ...names) => names.map((n) => o[n]).find((v) => typeof v === "number");
const add = (tool, o) => rows.push({ tool, f1: pick(o, "f1", "F1"), p: pick(o, "precision", "p"), r: pick(o, "recall", "r"),
  speed: pick(o, "items_per_second", "pages_per_second"), items: pick(o, "items", "pages") });
if (process.env.PARALLAX_JSON) add("parallax", JSON.parse(process.env.PARALLAX_JSON));
add("readability.js", JSON.parse(process.env.READABILITY_JSON));
const base = rows.find((r) => r.tool === "readability.js").speed;
const f = (x, d) => (typeof x === "number" ? x.toFixed(d) : "-");
console.log(`extraction on ${process.env.DATASET} (one core)`);
console.log(["tool".padEnd(16), "F1".padStart(7), "P".padStart(7), "R".padStart(7), "pages".padStart(6), "pages/s".padStart(9), "speed".padStart(8)].join(" "));
for (const r of rows)
  console.log([r.tool.padEnd(16), f(r.f1, 4).padStart(7), f(r.p, 4).padStart(7), f(r.r, 4).padStart(7), String(r.items ?? "-").padStart(6),
    f(r.speed, 1).padStart(9), (f(r.speed / base, 1) + "x").padStart(8)].join(" "));
if (process.env.PARALLAX_NOTE) console.log(`(${process.env.PARALLAX_NOTE}; only Readability.js was measured)`);
'
