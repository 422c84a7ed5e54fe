// Provided and leased space at many dates from one pass: every contribution is a span [from, until) on the
// yyyymmdd number line; each span adds its area to the first requested date it reaches and takes it away at
// the first date past its end, and a running sum over the dates reads every point off at once.
import { round2 } from './figures';
import { dateNumber, NEVER, type InventoryIndex } from './inventory-index';

/** First index in sorted `dates` whose value is ≥ key (dates.length when none). */
function firstAtOrAfter(dates: Float64Array, key: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function trajectoryPoints(
  ix: InventoryIndex,
  isoDates: readonly string[],
): { date: string; providedM2: number; leasedM2: number }[] {
  const dates = Float64Array.from(isoDates, dateNumber);
  const provided = new Float64Array(dates.length + 1);
  const leased = new Float64Array(dates.length + 1);
  // Active on q ⇔ from ≤ q < until; `until` may be fractional (end + 0.5 means "through the end date").
  const span = (into: Float64Array, from: number, until: number, area: number) => {
    if (until <= from) return;
    const a = firstAtOrAfter(dates, from);
    const b = firstAtOrAfter(dates, until);
    into[a] = (into[a] as number) + area;
    into[b] = (into[b] as number) - area;
  };
  const { building: b, unit: u, lease: l } = ix;
  for (let i = 0; i < u.area.length; i += 1) {
    const delivery = b.delivery[u.building[i] as number] as number;
    if (u.counts[i] && delivery !== NEVER) span(provided, delivery, Infinity, u.area[i] as number);
  }
  for (let i = 0; i < b.id.length; i += 1) {
    if (!b.hasUnits[i] && !Number.isNaN(b.declared[i]) && b.delivery[i] !== NEVER)
      span(provided, b.delivery[i] as number, Infinity, b.declared[i] as number);
  }
  for (let i = 0; i < l.unit.length; i += 1) {
    const ui = l.unit[i] as number;
    const delivery = b.delivery[u.building[ui] as number] as number;
    if (l.reservation[i] || !u.counts[ui] || delivery === NEVER) continue;
    const end = l.end[i] as number;
    const until = Math.min(end === NEVER ? Infinity : end + 0.5, l.terminated[i] === NEVER ? Infinity : (l.terminated[i] as number));
    span(leased, Math.max(l.start[i] as number, delivery), until, l.area[i] as number);
  }
  let p = 0;
  let q = 0;
  return isoDates.map((date, i) => {
    p += provided[i] as number;
    q += leased[i] as number;
    return { date, providedM2: round2(p), leasedM2: round2(q) };
  });
}
