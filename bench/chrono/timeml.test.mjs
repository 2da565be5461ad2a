// Hand-written checks of the TimeML reading and matching (run: node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTimeml, normaliseValue, matchByOverlap } from './timeml.mjs';

const doc = `<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2031-06-04" functionInDocument="CREATION_TIME">June 4, 2031</TIMEX3></DCT>
<TEXT>The <EVENT eid="e1">sluice</EVENT> failed <TIMEX3 tid="t1" type="DATE" value="2031-06-03">on Tuesday</TIMEX3> &amp; crews worked for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.<TIMEX3 tid="t3" type="DATE" value="PRESENT_REF"/></TEXT></TimeML>`;

test('reads the TEXT with tags removed, TIMEX3 offsets into it, and the creation time', () => {
  const { text, timexes, dct } = readTimeml(doc);
  assert.equal(text, 'The sluice failed on Tuesday & crews worked for two days.');
  assert.equal(dct, '2031-06-04');
  assert.deepEqual(timexes.map((t) => [text.slice(t.start, t.end), t.value, t.type]), [
    ['on Tuesday', '2031-06-03', 'DATE'],
    ['two days', 'P2D', 'DURATION'],
  ]);
});

test('values drop only zero seconds', () => {
  assert.equal(normaliseValue('2031-06-03T14:26:00'), '2031-06-03T14:26');
  assert.equal(normaliseValue('2031-06-03T14:26:30'), '2031-06-03T14:26:30');
  assert.equal(normaliseValue('2031-Q3'), '2031-Q3');
});

test('overlap matching is one-to-one, in gold order', () => {
  const gold = [{ start: 0, end: 10 }, { start: 12, end: 20 }];
  const pred = [{ start: 5, end: 15 }, { start: 30, end: 35 }];
  const pairs = matchByOverlap(gold, pred);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0][0], gold[0]);
  assert.equal(matchByOverlap([{ start: 0, end: 4 }], [{ start: 4, end: 8 }]).length, 0);
});
