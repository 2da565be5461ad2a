#!/usr/bin/env bash
# Main-text extraction, Parallax vs Readability.js 0.6.0 (jsdom) and Defuddle 0.19.4 (linkedom), on one
# dataset in the article-extraction-benchmark layout (ground-truth.json, html/ID.html.gz): all three
# scored with the benchmark's definition and pinned to one core when taskset is available. Prints
# F1/P/R/speed per tool and the pages where Parallax returns no text while both peers return the
# article (a peer "returns the article" when it recovers at least half of the gold shingles).
#
#   bench/extraction-vs-peers.sh DATASET_DIR [CACHE_DIR]
#
# CACHE_DIR (optional) keeps the peers' results (TOOL.json, TOOL.jsonl) and reuses them when present,
# so a change to Parallax can be measured again without re-running the peers (they do not change).
# For Mozilla's Readability test pages, lay them out first: bench/readability-pages-as-benchmark.py OUT.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dataset="${1:?usage: bench/extraction-vs-peers.sh DATASET_DIR [CACHE_DIR]}"
if [ ! -f "$dataset/ground-truth.json" ] || [ ! -d "$dataset/html" ]; then
  echo "extraction-vs-peers: no dataset at $dataset (expected ground-truth.json and html/ID.html.gz)" >&2
  exit 2
fi
dataset="$(cd "$dataset" && pwd)"
cache="${2:-$(mktemp -d)}"
mkdir -p "$cache"
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); else echo "(taskset not found: runs are not pinned to one core)" >&2; fi
harness="$root/bench/readability"
[ -d "$harness/node_modules" ] || (cd "$harness" && npm ci --no-audit --no-fund --silent)

"$root/parallax" --help >/dev/null
"${pin[@]}" "$root/parallax" eval extraction "$dataset" --json > "$cache/parallax.json"
# extract exits non-zero when a page gives no text; its other pages are still written.
"$root/parallax" extract "$dataset/html" -o "$cache/parallax.jsonl" 2>/dev/null || true
for tool in readability defuddle; do
  if [ ! -s "$cache/$tool.json" ] || [ ! -s "$cache/$tool.jsonl" ]; then
    echo "running $tool (a few minutes)..." >&2
    "${pin[@]}" node "$harness/run.mjs" "$dataset" --tool "$tool" --json --pages "$cache/$tool.jsonl" > "$cache/$tool.json"
  fi
done

CACHE="$cache" DATASET="$dataset" node --input-type=module -e '
import { readFileSync } from "node:fs";
import { shingleMatching } from "'"$harness"'/shingles.mjs";
const c = process.env.CACHE;
const lines = (f) => readFileSync(`${c}/${f}`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const truth = JSON.parse(readFileSync(`${process.env.DATASET}/ground-truth.json`, "utf8"));
const rows = [];
const pick = (o, ...names) => names.map((n) => o[n]).find((v) => typeof v === "number");
for (const [tool, file] of [["parallax", "parallax.json"], ["readability.js", "readability.json"], ["defuddle", "defuddle.json"]]) {
  const o = JSON.parse(readFileSync(`${c}/${file}`, "utf8"));
  rows.push({ tool, f1: pick(o, "f1"), p: pick(o, "precision"), r: pick(o, "recall"), speed: pick(o, "items_per_second"), items: pick(o, "items", "pages") });
}
const f = (x, d) => (typeof x === "number" ? x.toFixed(d) : "-");
console.log(`extraction on ${process.env.DATASET} (one core)`);
console.log(["tool".padEnd(16), "F1".padStart(7), "P".padStart(7), "R".padStart(7), "pages".padStart(6), "pages/s".padStart(9)].join(" "));
for (const r of rows)
  console.log([r.tool.padEnd(16), f(r.f1, 4).padStart(7), f(r.p, 4).padStart(7), f(r.r, 4).padStart(7), String(r.items ?? "-").padStart(6), f(r.speed, 1).padStart(9)].join(" "));
const recallOf = ([tp, , fn]) => (tp + fn > 0 ? tp / (tp + fn) : 0);
const gives = (m) => recallOf(m) >= 0.5;
const ours = new Map(lines("parallax.jsonl").map((a) => [a.id, (a.text ?? "").trim()]));
const peer = (f) => new Map(lines(f).map((p) => [p.id, p.match]));
const rd = peer("readability.jsonl"), df = peer("defuddle.jsonl");
const misses = [];
for (const id of Object.keys(truth).sort()) {
  const body = truth[id].articleBody ?? "";
  if (!body.trim()) continue;
  const text = ours.get(id) ?? "";
  if (text.length === 0 && rd.has(id) && df.has(id) && gives(rd.get(id)) && gives(df.get(id))) misses.push(id);
}
console.log(`pages where parallax returns nothing and both peers return the article: ${misses.length}${misses.length ? " (" + misses.join(", ") + ")" : ""}`);
'
