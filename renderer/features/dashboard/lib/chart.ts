// Pure geometry of the trajectory chart: scales, ticks, line paths (actual solid, projected dashed) and the
// point nearest the pointer. No DOM, so it is unit-tested.

export interface Scale {
  (value: number): number;
  invert(px: number): number;
}

export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const span = d1 - d0 || 1;
  const f = ((v: number) => r0 + ((v - d0) / span) * (r1 - r0)) as Scale;
  f.invert = (px: number) => d0 + ((px - r0) / (r1 - r0 || 1)) * span;
  return f;
}

/** Days since 1970-01-01 of an ISO date (UTC, so no time zone shifts the axis). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** 0 and round steps (1, 2, 2.5 or 5 × 10ⁿ) up to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if ((ticks[ticks.length - 1] ?? 0) < max) ticks.push(Math.round(ticks.length * step * 1e6) / 1e6);
  return ticks;
}

/** 1 January of every year strictly inside (from, to], as ISO dates. */
export function yearTicks(from: string, to: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)) + 1; y <= Number(to.slice(0, 4)); y += 1) {
    const d = `${y}-01-01`;
    if (d > from && d <= to) out.push(d);
  }
  return out;
}

export interface ChartPoint {
  date: string;
  value: number;
  projected: boolean;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function path(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(x)},${fmt(y)}`).join(' ');
}

/**
 * The solid path through the actual points and the dashed one through the projected points, starting at the
 * last actual point so the two lines join. Either is '' when it has fewer than two points.
 */
export function seriesPaths(points: ChartPoint[], x: (date: string) => number, y: (value: number) => number): { actual: string; projected: string } {
  const actual = points.filter((p) => !p.projected);
  const projected = points.filter((p) => p.projected);
  const joint = actual[actual.length - 1];
  const dashed = joint && projected.length ? [joint, ...projected] : projected;
  const xy = (list: ChartPoint[]) => list.map((p): [number, number] => [x(p.date), y(p.value)]);
  return {
    actual: actual.length >= 2 ? path(xy(actual)) : '',
    projected: dashed.length >= 2 ? path(xy(dashed)) : '',
  };
}

/** Index of the x position nearest to `px` (positions in ascending order), or -1 for none. */
export function nearestIndex(xs: number[], px: number): number {
  let best = -1;
  let bestDist = Infinity;
  xs.forEach((x, i) => {
    const d = Math.abs(x - px);
    if (d < bestDist) {
      best = i;
      bestDist = d;
    }
  });
  return best;
}
