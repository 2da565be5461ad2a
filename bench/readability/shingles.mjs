// Scoring of the article-extraction-benchmark (scrapinghub/article-extraction-benchmark, evaluate.py),
// reproduced so that Readability.js is scored exactly like `parallax eval extraction`:
//
// - tokens: every match of Python's Unicode `\w+` (letters, numbers, underscore), case kept;
// - shingles: the multiset of consecutive 4-token tuples; a text of 1..3 tokens is one short shingle,
//   a text with no token has no shingle at all;
// - per document: tp = sum of min(true, pred) counts, fp/fn = the excesses, then tp, fp, fn are divided
//   by their sum (when it is positive) so long texts weigh no more than short ones;
// - precision is averaged over the documents with tp + fp > 0, recall over those with tp + fn > 0
//   (a document with nothing predicted counts for recall only, at 0);
// - F1 is the harmonic mean of those two averages (not the mean of per-document F1).

export const NGRAM = 4;

// Python's re `\w` with re.UNICODE matches str.isalnum() characters (categories L*, and N*) and '_'.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text) {
  return (text ?? '').match(TOKEN) ?? [];
}

/** Map from shingle key (tokens joined by U+0001, which `\w` never matches) to its count. */
export function shingles(text, n = NGRAM) {
  const tokens = tokenize(text);
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised [tp, fp, fn] of one document. */
export function shingleMatching(truth, pred, n = NGRAM) {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0, fp = 0, fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    if (tc === 0) fp += pc;
    else fp += Math.max(0, pc - tc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function precisionScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Macro precision, recall and F1 over per-document [tp, fp, fn] triples. */
export function macroScores(triples) {
  const precision = mean(triples.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => precisionScore(tp, fp, fn)));
  const recall = mean(triples.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => recallScore(tp, fp, fn)));
  const f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
