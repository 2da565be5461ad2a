#!/usr/bin/env node
// Peer harness: Mozilla Readability.js (+ jsdom) or Defuddle (+ linkedom) over the
// article-extraction-benchmark pages, scored with the benchmark's own definition (see shingles.mjs)
// and timed like `parallax eval extraction`: only parsing and extraction are timed, not reading or
// decompressing the files.
//
//   node run.mjs [DATASET_DIR] [--json] [--limit N] [--tool readability|defuddle] [--pages FILE]
//
// --pages writes one JSON line per page ({id, chars, match: [tp, fp, fn]}) for page-by-page comparisons.
//
// DATASET_DIR defaults to ../shared/datasets/extraction/scrapinghub beside the repository.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { Defuddle } from 'defuddle/node';
import { writeFileSync } from 'node:fs';
import { shingleMatching, macroScores } from './shingles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const option = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const tool = option('--tool', 'readability');
const pagesOut = option('--pages', null);
if (tool !== 'readability' && tool !== 'defuddle') {
  console.error(`unknown --tool ${tool} (readability or defuddle)`);
  process.exit(2);
}
const positional = args.filter((a, i) => !a.startsWith('--') && !['--limit', '--tool', '--pages'].includes(args[i - 1]));
const dataset = resolve(positional[0] ?? join(here, '../../../shared/datasets/extraction/scrapinghub'));

const truthPath = join(dataset, 'ground-truth.json');
const htmlDir = join(dataset, 'html');
if (!existsSync(truthPath) || !existsSync(htmlDir)) {
  console.error(`readability harness: no dataset at ${dataset} (expected ground-truth.json and html/ID.html.gz); ` +
    'put the article-extraction-benchmark there or pass its folder as the first argument.');
  process.exit(2);
}

const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
const ids = Object.keys(truth).sort().slice(0, limit);
const available = new Set(readdirSync(htmlDir).filter((f) => !f.startsWith('._') && f.endsWith('.html.gz')));

// jsdom reports CSS it cannot parse on its virtual console; keep the run quiet.
const virtualConsole = new VirtualConsole();

// Read and decompress everything first so the timing holds parse + extract only.
const pages = ids.map((id) => {
  const file = `${id}.html.gz`;
  return { id, html: available.has(file) ? gunzipSync(readFileSync(join(htmlDir, file))).toString('utf8') : null };
});

let failures = 0;
let seconds = 0;
const triples = [];
const perPage = [];
for (const { id, html } of pages) {
  let text = '';
  if (html !== null) {
    const start = performance.now();
    try {
      const url = truth[id].url || 'https://example.org/';
      if (tool === 'defuddle') {
        // Defuddle returns the article as HTML: its text is read the way Readability's textContent is.
        const { document } = parseHTML(html);
        const article = await Defuddle(document, url);
        text = parseHTML(`<html><body>${article?.content ?? ''}</body></html>`).document.body.textContent ?? '';
      } else {
        const dom = new JSDOM(html, { url, virtualConsole });
        const article = new Readability(dom.window.document).parse();
        text = article?.textContent ?? '';
        dom.window.close();
      }
    } catch {
      failures++;
    }
    seconds += (performance.now() - start) / 1000;
  } else {
    failures++;
  }
  const triple = shingleMatching(truth[id].articleBody ?? '', text);
  triples.push(triple);
  perPage.push({ id, chars: text.trim().length, match: triple });
}
if (pagesOut) writeFileSync(pagesOut, perPage.map((p) => JSON.stringify(p)).join('\n') + '\n');

const { precision, recall, f1 } = macroScores(triples);
const result = {
  tool: tool === 'defuddle' ? 'defuddle' : 'readability.js',
  pages: pages.length,
  precision: +precision.toFixed(6),
  recall: +recall.toFixed(6),
  f1: +f1.toFixed(6),
  failures,
  seconds: +seconds.toFixed(4),
  items_per_second: +(pages.length / seconds).toFixed(2),
};
if (json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`${result.tool} on ${dataset}: ${result.pages} pages (${failures} failed)`);
  console.log(`  precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}`);
  console.log(`  pages/s   ${result.items_per_second} (${result.seconds} s parse + extract)`);
}
