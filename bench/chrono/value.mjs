// chrono's parsed components as a TimeML value, at the finest granularity chrono is certain of.
const pad = (n, w = 2) => String(n).padStart(w, '0');

export function toTimemlValue(c) {
  const y = pad(c.get('year'), 4), mo = pad(c.get('month')), d = pad(c.get('day'));
  if (c.isCertain('hour')) return `${y}-${mo}-${d}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${mo}-${d}`;
  if (c.isCertain('month')) return `${y}-${mo}`;
  if (c.isCertain('year')) return y;
  return `${y}-${mo}-${d}`;
}
