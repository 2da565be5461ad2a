// Hand-written checks of the scoring (run: node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, shingles, shingleMatching, macroScores } from './shingles.mjs';

test('tokens are Unicode \\w+ runs, case kept', () => {
  assert.deepEqual(tokenize("Dam's gate—opened at 04:30, Zürich_2 ½"), ['Dam', 's', 'gate', 'opened', 'at', '04', '30', 'Zürich_2', '½']);
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(null), []);
});

test('short texts give one short shingle, empty texts none', () => {
  assert.deepEqual([...shingles('one two').entries()], [['one\u0001two', 1]]);
  assert.equal(shingles('  ,,, ').size, 0);
  assert.equal(shingles('a b c d e').size, 2);
  assert.equal(shingles('a b c d a b c d').get('a\u0001b\u0001c\u0001d'), 2);
});

test('per-document triples are normalised by their sum', () => {
  // truth: 3 shingles (a b c d, b c d e, c d e f); prediction: 2 of them plus 1 wrong.
  const [tp, fp, fn] = shingleMatching('a b c d e f', 'b c d e f g');
  assert.ok(Math.abs(tp - 2 / 4) < 1e-12);
  assert.ok(Math.abs(fp - 1 / 4) < 1e-12);
  assert.ok(Math.abs(fn - 1 / 4) < 1e-12);
  assert.deepEqual(shingleMatching('', ''), [0, 0, 0]);
});

test('macro averages skip empty sides and F1 is the harmonic mean of the averages', () => {
  const perfect = shingleMatching('a b c d e', 'a b c d e');    // P 1, R 1
  const nothing = shingleMatching('a b c d e', '');             // recall only, 0
  const { precision, recall, f1 } = macroScores([perfect, nothing]);
  assert.equal(precision, 1);
  assert.equal(recall, 0.5);
  assert.ok(Math.abs(f1 - 2 / 3) < 1e-12);
});
