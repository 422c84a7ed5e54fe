// Does a closed ring cross or touch itself anywhere but at neighbouring segments' shared corner? In O(n log n):
// a Shamos–Hoey sweep from west to east keeps the segments under the sweep line ordered from south to north and
// tests only segments that become neighbours in that order (the first crossing, if any, is always found between
// neighbours). Vertical segments are checked against the range of segments they span; pinches (a repeated corner)
// and neighbours folding back onto each other are found in a linear pass first. A quadratic check took 208 s on an
// 18.5 MB outline inside the write lock (issue 12); this one stays near-linear on any input.
type Position = number[];
type Ring = Position[];

const X = (p: Position) => p[0] ?? 0;
const Y = (p: Position) => p[1] ?? 0;

function orient(a: Position, b: Position, c: Position): number {
  return (X(b) - X(a)) * (Y(c) - Y(a)) - (Y(b) - Y(a)) * (X(c) - X(a));
}

function onSegment(p: Position, q: Position, r: Position): boolean {
  return Math.min(X(p), X(r)) <= X(q) && X(q) <= Math.max(X(p), X(r)) && Math.min(Y(p), Y(r)) <= Y(q) && Y(q) <= Math.max(Y(p), Y(r));
}

/** Do closed segments p1p2 and p3p4 meet (touching counts)? */
export function segmentsIntersect(p1: Position, p2: Position, p3: Position, p4: Position): boolean {
  const d1 = orient(p3, p4, p1);
  const d2 = orient(p3, p4, p2);
  const d3 = orient(p1, p2, p3);
  const d4 = orient(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && onSegment(p3, p1, p4)) ||
    (d2 === 0 && onSegment(p3, p2, p4)) ||
    (d3 === 0 && onSegment(p1, p3, p2)) ||
    (d4 === 0 && onSegment(p1, p4, p2))
  );
}

/** A found crossing ends the sweep at once. */
class Crossing extends Error {}

const lexLess = (a: Position, b: Position) => X(a) < X(b) || (X(a) === X(b) && Y(a) < Y(b));

export function ringSelfIntersects(ring: Ring): boolean {
  const n = ring.length - 1; // segments; the ring is closed (last point = first)
  if (n < 3) return false;
  // A repeated corner (other than the closing one) is a pinch.
  const keys = new Set<string>();
  for (let i = 0; i < n; i += 1) {
    const key = `${X(ring[i] as Position)},${Y(ring[i] as Position)}`;
    if (keys.has(key)) return true;
    keys.add(key);
  }
  // Neighbouring segments that fold back onto each other overlap along a stretch.
  for (let i = 0; i < n; i += 1) {
    const a = ring[(i + n - 1) % n] as Position;
    const b = ring[i] as Position;
    const c = ring[i + 1] as Position;
    const dot = (X(a) - X(b)) * (X(c) - X(b)) + (Y(a) - Y(b)) * (Y(c) - Y(b));
    if (orient(a, b, c) === 0 && dot > 0) return true;
  }
  if (n === 3) return false; // a triangle's segments are all neighbours
  try {
    sweep(ring, n);
    return false;
  } catch (err) {
    if (err instanceof Crossing) return true;
    throw err;
  }
}

function sweep(ring: Ring, n: number): void {
  const L: Position[] = [];
  const R: Position[] = [];
  for (let i = 0; i < n; i += 1) {
    const p = ring[i] as Position;
    const q = ring[i + 1] as Position;
    const [l, r] = lexLess(p, q) ? [p, q] : [q, p];
    L.push(l);
    R.push(r);
  }
  const neighbours = (i: number, j: number) => j === (i + 1) % n || i === (j + 1) % n;
  const test = (i: number | undefined, j: number | undefined) => {
    if (i === undefined || j === undefined || i === j || neighbours(i, j)) return;
    if (segmentsIntersect(L[i] as Position, R[i] as Position, L[j] as Position, R[j] as Position)) throw new Crossing();
  };
  const vertical = (i: number) => X(L[i] as Position) === X(R[i] as Position);

  // Events by x: at one x, insert the segments starting there (south to north), then check the vertical ones, then
  // remove the segments ending there.
  const byX = new Map<number, { starts: number[]; verticals: number[]; ends: number[] }>();
  const at = (x: number) => {
    let e = byX.get(x);
    if (!e) byX.set(x, (e = { starts: [], verticals: [], ends: [] }));
    return e;
  };
  for (let i = 0; i < n; i += 1) {
    if (vertical(i)) at(X(L[i] as Position)).verticals.push(i);
    else {
      at(X(L[i] as Position)).starts.push(i);
      at(X(R[i] as Position)).ends.push(i);
    }
  }
  const xs = [...byX.keys()].sort((a, b) => a - b);
  const status: number[] = [];
  /** First index whose segment is not below point p (all before it lie strictly below p). */
  const firstNotBelow = (p: Position) => {
    let lo = 0;
    let hi = status.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = status[mid] as number;
      if (orient(L[s] as Position, R[s] as Position, p) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const through = (s: number, p: Position) => orient(L[s] as Position, R[s] as Position, p) === 0;

  for (const x of xs) {
    const e = byX.get(x) as { starts: number[]; verticals: number[]; ends: number[] };
    e.starts.sort((a, b) => Y(L[a] as Position) - Y(L[b] as Position));
    for (const s of e.starts) {
      const p = L[s] as Position;
      let k = firstNotBelow(p);
      // Segments through p: a non-neighbour touches s there; a neighbour shares the corner p, and s goes above it
      // when it leaves p on the north side of it.
      for (let j = k; j < status.length && through(status[j] as number, p); j += 1) {
        const u = status[j] as number;
        if (!neighbours(s, u)) throw new Crossing();
        if (j === k && orient(L[u] as Position, R[u] as Position, R[s] as Position) > 0) k += 1;
      }
      status.splice(k, 0, s);
      test(s, status[k - 1]);
      test(s, status[k + 1]);
    }
    e.verticals.sort((a, b) => Y(L[a] as Position) - Y(L[b] as Position));
    for (const v of e.verticals) {
      // Every segment under the sweep line between the vertical's ends meets it.
      const top = R[v] as Position;
      for (let k = firstNotBelow(L[v] as Position); k < status.length; k += 1) {
        const u = status[k] as number;
        if (orient(L[u] as Position, R[u] as Position, top) < 0) break; // u passes above the top end
        if (!neighbours(v, u)) throw new Crossing();
      }
    }
    overlappingVerticals(e.verticals, L, R, neighbours);
    for (const s of e.ends) {
      const p = R[s] as Position;
      let k = firstNotBelow(p);
      while (k < status.length && status[k] !== s) {
        const u = status[k] as number;
        if (!through(u, p)) break;
        if (!neighbours(s, u)) throw new Crossing();
        k += 1;
      }
      if (status[k] !== s) k = status.indexOf(s); // only reached on inconsistent floating-point order
      if (k < 0) continue;
      status.splice(k, 1);
      test(status[k - 1], status[k]);
    }
  }
}

/** Vertical segments on one x line (sorted by their south end) that overlap, other than neighbours at a corner. */
function overlappingVerticals(vs: number[], L: Position[], R: Position[], neighbours: (i: number, j: number) => boolean): void {
  // The two highest-reaching earlier segments, so that a neighbour holding the record hides no overlap behind it.
  let best: { top: number; seg: number } | null = null;
  let second: { top: number; seg: number } | null = null;
  for (const v of vs) {
    const bottom = Y(L[v] as Position);
    for (const prev of [best, second]) {
      if (prev && bottom <= prev.top && !neighbours(v, prev.seg)) throw new Crossing();
    }
    const entry = { top: Y(R[v] as Position), seg: v };
    if (!best || entry.top > best.top) [best, second] = [entry, best];
    else if (!second || entry.top > second.top) second = entry;
  }
}
