// TimeML reading and the scoring shared by the dates harness (see README in docs/benchmarks.md).

/**
 * Reads one TimeML document: the plain text of its <TEXT> element (tags removed, offsets in UTF-16
 * units of that text), the TIMEX3 spans inside it, and the document creation time (the TIMEX3 whose
 * functionInDocument is CREATION_TIME, else tid t0).
 */
export function readTimeml(xml) {
  const dctMatch = /<TIMEX3\b([^>]*functionInDocument="CREATION_TIME"[^>]*)>/.exec(xml) ?? /<TIMEX3\b([^>]*tid="t0"[^>]*)>/.exec(xml);
  const dct = dctMatch ? attr(dctMatch[1], 'value') : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + '<TEXT>'.length, close) : '';

  let text = '';
  const timexes = [];
  let current = null;
  const tag = /<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let m; (m = tag.exec(body)) !== null; ) {
    text += decode(body.slice(last, m.index));
    last = tag.lastIndex;
    const [, closing, name, attrs, selfClosing] = m;
    if (name !== 'TIMEX3') continue;
    if (!closing && !selfClosing) {
      current = { start: text.length, value: attr(attrs, 'value'), type: attr(attrs, 'type'), tid: attr(attrs, 'tid') };
    } else if (closing && current) {
      current.end = text.length;
      if (current.end > current.start) timexes.push(current);
      current = null;
    }
  }
  text += decode(body.slice(last));
  return { text, timexes, dct };
}

function attr(attrs, name) {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? m[1] : null;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s) {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ENTITIES[e]);
}

/**
 * TimeML values are compared as strings after one normalisation on both sides: a time whose seconds
 * are ":00" loses them ("1998-02-13T14:26:00" = "1998-02-13T14:26"). Nothing else is relaxed: a
 * gold "1989-Q3", "P2Y", "PRESENT_REF" or "1998-02-13TMO" matches only that exact string.
 */
export function normaliseValue(value) {
  if (value == null) return '';
  return value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):00$/, '$1');
}

/**
 * One-to-one overlap matching: gold spans in text order each take the first still unmatched predicted
 * span that shares at least one character with it.
 */
export function matchByOverlap(gold, predicted) {
  const taken = new Set();
  const pairs = [];
  for (const g of gold) {
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i];
      if (taken.has(i) || p.start >= g.end || g.start >= p.end) continue;
      taken.add(i);
      pairs.push([g, p]);
      break;
    }
  }
  return pairs;
}
