// Patterns that go with the map's colours (issue 13): each occupancy band and building state but the last has its
// own, drawn over the colour on the map's footprints and beside it in the legend, so colour is never the only sign.
// Pure: the tiles are pixel data, unit-tested; MapView hands them to maplibre when a layer first asks for one.
import type { OccupancyBand, StatusClass } from './colors';

export const PATTERN_KINDS = ['diagonal', 'dots', 'cross', 'horizontal'] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** Emptier buildings get the busier pattern; full ones are plain. */
export const OCCUPANCY_PATTERNS: Record<OccupancyBand, PatternKind | null> = {
  none: 'cross',
  low: 'diagonal',
  mid: 'dots',
  high: 'horizontal',
  full: null,
};
export const STATUS_PATTERNS: Record<StatusClass, PatternKind | null> = { pipeline: 'diagonal', renovating: 'dots', operational: null };

/** Side of a tile in pixels; the marks repeat seamlessly from tile to tile. */
export const PATTERN_SIZE = 8;
const INK = [16, 32, 47, 150] as const;

export function patternImageId(kind: PatternKind): string {
  return `pattern-${kind}`;
}

export function patternOfImageId(id: string): PatternKind | null {
  const kind = id.replace(/^pattern-/, '');
  return (PATTERN_KINDS as readonly string[]).includes(kind) && id.startsWith('pattern-') ? (kind as PatternKind) : null;
}

/** Whether the pixel at (x, y) of a tile is marked. */
export function marked(kind: PatternKind, x: number, y: number): boolean {
  const n = PATTERN_SIZE;
  switch (kind) {
    case 'diagonal':
      return (x + y) % n < 2;
    case 'cross':
      return (x + y) % n === 0 || (x - y + n) % n === 0;
    case 'dots':
      return x % 4 >= 1 && x % 4 <= 2 && y % 4 >= 1 && y % 4 <= 2;
    case 'horizontal':
      return y % 4 === 0;
  }
}

/** The tile as RGBA pixels: dark, half-transparent marks on nothing (the colour shows through). */
export function patternPixels(kind: PatternKind): Uint8Array {
  const n = PATTERN_SIZE;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y += 1) {
    for (let x = 0; x < n; x += 1) if (marked(kind, x, y)) data.set(INK, (y * n + x) * 4);
  }
  return data;
}
