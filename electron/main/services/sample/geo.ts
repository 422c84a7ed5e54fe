// Sample geography: the zones' boundaries (assets/geo/zones.json), a local metre grid inside each zone for
// placing parks and footprints, and the conversions back to WGS84.
import zonesJson from '../../../../assets/geo/zones.json';
import type { ZoneKind } from '../../../../shared/enums';
import type { Geometry } from '../../../../shared/models';
import type { Rng } from './random';

export interface ZoneShape {
  code: string;
  kind: ZoneKind;
  nameZh: string;
  nameEn: string;
  /** Outer ring, [lon, lat] pairs, closed. */
  ring: [number, number][];
}

function toPair(p: unknown): [number, number] {
  if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') throw new Error('zones.json: bad position');
  return [p[0], p[1]];
}

export const ZONE_SHAPES: readonly ZoneShape[] = zonesJson.features.map((f) => {
  const kind = f.properties.kind;
  if (kind !== 'core' && kind !== 'wing' && kind !== 'cluster') throw new Error(`zones.json: bad kind ${kind}`);
  const outer = f.geometry.coordinates[0];
  if (!outer) throw new Error('zones.json: polygon without a ring');
  return { code: f.properties.code, kind, nameZh: f.properties.nameZh, nameEn: f.properties.nameEn, ring: outer.map(toPair) };
});

export function polygon(ring: [number, number][]): Geometry {
  return { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x, y])] };
}

function inside(ring: [number, number][], lon: number, lat: number): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

export interface Cell {
  col: number;
  row: number;
  taken: boolean;
}

/** A zone's grid of square cells (side `cellM` metres) that lie wholly inside its boundary. */
export class ZoneGrid {
  readonly cols: number;
  readonly rows: number;
  private readonly lon0: number;
  private readonly lat0: number;
  private readonly mPerLon: number;
  private readonly mPerLat = 110_574;
  private readonly cells = new Map<number, Cell>();

  constructor(
    readonly zone: ZoneShape,
    readonly cellM: number,
  ) {
    const lons = zone.ring.map((p) => p[0]);
    const lats = zone.ring.map((p) => p[1]);
    this.lon0 = Math.min(...lons);
    this.lat0 = Math.min(...lats);
    this.mPerLon = 111_320 * Math.cos((this.lat0 * Math.PI) / 180);
    this.cols = Math.floor(((Math.max(...lons) - this.lon0) * this.mPerLon) / cellM);
    this.rows = Math.floor(((Math.max(...lats) - this.lat0) * this.mPerLat) / cellM);
    for (let row = 0; row < this.rows; row += 1) {
      for (let col = 0; col < this.cols; col += 1) {
        const corners = [
          [col, row],
          [col + 1, row],
          [col, row + 1],
          [col + 1, row + 1],
        ] as const;
        if (corners.every(([c, r]) => inside(zone.ring, ...this.toLonLat(c * cellM, r * cellM)))) {
          this.cells.set(row * this.cols + col, { col, row, taken: false });
        }
      }
    }
  }

  get size(): number {
    return this.cells.size;
  }

  get free(): number {
    let n = 0;
    for (const c of this.cells.values()) if (!c.taken) n += 1;
    return n;
  }

  toLonLat(x: number, y: number): [number, number] {
    return [round7(this.lon0 + x / this.mPerLon), round7(this.lat0 + y / this.mPerLat)];
  }

  private cell(col: number, row: number): Cell | undefined {
    return col >= 0 && row >= 0 && col < this.cols && row < this.rows ? this.cells.get(row * this.cols + col) : undefined;
  }

  /** Takes a free block of w×h cells (random anchor, else the first that fits); null when none fits. */
  takeBlock(w: number, h: number, rng: Rng): Cell[] | null {
    const anchors = rng.shuffle([...this.cells.values()].filter((c) => !c.taken));
    for (const a of anchors) {
      const block: Cell[] = [];
      for (let dy = 0; dy < h && block.length === dy * w; dy += 1) {
        for (let dx = 0; dx < w; dx += 1) {
          const c = this.cell(a.col + dx, a.row + dy);
          if (!c || c.taken) break;
          block.push(c);
        }
      }
      if (block.length === w * h) {
        for (const c of block) c.taken = true;
        return block;
      }
    }
    return null;
  }

  /** A rectangle around the given cells, inset by `insetM`, as a closed counter-clockwise ring. */
  blockRing(cells: readonly Cell[], insetM: number): [number, number][] {
    const x0 = Math.min(...cells.map((c) => c.col)) * this.cellM + insetM;
    const y0 = Math.min(...cells.map((c) => c.row)) * this.cellM + insetM;
    const x1 = (Math.max(...cells.map((c) => c.col)) + 1) * this.cellM - insetM;
    const y1 = (Math.max(...cells.map((c) => c.row)) + 1) * this.cellM - insetM;
    return [this.toLonLat(x0, y0), this.toLonLat(x1, y0), this.toLonLat(x1, y1), this.toLonLat(x0, y1), this.toLonLat(x0, y0)];
  }

  /** A rotated rectangle of `a`×`b` m inside the cell (rotation ±8°, a little off centre). Returns ring and area. */
  footprint(cell: Cell, a: number, b: number, rng: Rng): [number, number][] {
    const theta = (rng.float(-8, 8) * Math.PI) / 180;
    const slack = this.cellM * 0.05;
    const cx = (cell.col + 0.5) * this.cellM + rng.float(-slack, slack);
    const cy = (cell.row + 0.5) * this.cellM + rng.float(-slack, slack);
    const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
    const corners = [
      [-a / 2, -b / 2],
      [a / 2, -b / 2],
      [a / 2, b / 2],
      [-a / 2, b / 2],
      [-a / 2, -b / 2],
    ] as const;
    return corners.map(([x, y]) => this.toLonLat(cx + x * cos - y * sin, cy + x * sin + y * cos));
  }
}
