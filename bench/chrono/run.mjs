#!/usr/bin/env node
// Peer harness: chrono-node over TimeBank 1.2 (TimeML), scored like `parallax eval dates`:
// TIMEX3 detection precision/recall/F1 with overlap matching, value accuracy on matched expressions,
// and docs/s (only chrono's parse is timed; reading and TimeML parsing are not).
//
//   node run.mjs [TIMEBANK_DIR] [--json]
//
// TIMEBANK_DIR defaults to ../shared/datasets/dates/timebank beside the repository.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { readTimeml, normaliseValue, matchByOverlap } from './timeml.mjs';
import { toTimemlValue } from './value.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const positional = args.filter((a) => !a.startsWith('--'));
const dataset = resolve(positional[0] ?? join(here, '../../../shared/datasets/dates/timebank'));

// macOS resource forks ("._NAME.tml") sit beside the real files in the public copy.
const files = existsSync(dataset) ? readdirSync(dataset).filter((f) => f.endsWith('.tml') && !f.startsWith('._')).sort() : [];
if (files.length === 0) {
  console.error(`chrono harness: no TimeML files at ${dataset}; put TimeBank 1.2 there or pass its folder as the first argument.`);
  process.exit(2);
}

const docs = files.map((f) => readTimeml(readFileSync(join(dataset, f), 'utf8')));

// A first pass warms the JIT; the scored pass after it is the one reported as docs/s (warm), and the
// first pass's rate is reported too (cold), since a one-shot command-line run pays it.
const coldStart = performance.now();
for (const doc of docs) chrono.parse(doc.text, referenceDate(doc.dct));
const coldSeconds = (performance.now() - coldStart) / 1000;

let gold = 0, predicted = 0, matched = 0, valueCorrect = 0, seconds = 0;
for (const doc of docs) {
  const ref = referenceDate(doc.dct);
  const start = performance.now();
  const results = chrono.parse(doc.text, ref);
  seconds += (performance.now() - start) / 1000;
  const spans = results.map((r) => ({ start: r.index, end: r.index + r.text.length, value: toTimemlValue(r.start) }));
  const pairs = matchByOverlap(doc.timexes, spans);
  gold += doc.timexes.length;
  predicted += spans.length;
  matched += pairs.length;
  valueCorrect += pairs.filter(([g, p]) => normaliseValue(g.value) === normaliseValue(p.value)).length;
}

// The document creation time as a local Date (chrono reads and writes components in local time).
function referenceDate(dct) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(dct ?? '');
  return m ? new Date(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 12), +(m[5] ?? 0)) : new Date();
}

const precision = predicted ? matched / predicted : 0;
const recall = gold ? matched / gold : 0;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const result = {
  tool: 'chrono-node',
  docs: docs.length,
  gold,
  predicted,
  matched,
  precision: +precision.toFixed(6),
  recall: +recall.toFixed(6),
  f1: +f1.toFixed(6),
  value_accuracy: +(matched ? valueCorrect / matched : 0).toFixed(6),
  seconds: +seconds.toFixed(4),
  items_per_second: +(docs.length / seconds).toFixed(1),
  cold_items_per_second: +(docs.length / coldSeconds).toFixed(1),
};
if (json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`chrono-node on ${dataset}: ${docs.length} docs, ${gold} gold TIMEX3, ${predicted} found, ${matched} matched`);
  console.log(`  detection  precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}`);
  console.log(`  value accuracy on matched ${result.value_accuracy.toFixed(4)} (${valueCorrect}/${matched})`);
  console.log(`  docs/s     ${result.items_per_second} warm (${result.seconds} s in chrono.parse), ${result.cold_items_per_second} cold (first pass)`);
}
