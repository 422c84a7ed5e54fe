// Reads the inventory the roll-up needs (shared/accounting/inventory-index.ts) out of SQLite: the whole of it
// for a snapshot, or a few rows by rowid to patch one. SQLite does the joins and the date parsing, and hands
// over each column as one JSON array, so only numbers cross into JavaScript and no row objects are built.
// Runs on the main connection or in the read worker (electron/main/workers), whose arrays are transferred.
import { NEVER, type InventoryIndex } from '../../../../shared/accounting/inventory-index';
import { TARGET_TENANT_CATEGORIES, UNIT_USES } from '../../../../shared/enums';
import type { Db } from '../connection';

export const SNAPSHOT_TABLES = ['building', 'unit', 'tenant', 'lease'] as const;
export type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];

/** The index without its lazily computed groupings, plus each position's SQLite rowid (what a patch finds rows by). */
export interface SnapshotData {
  index: Omit<InventoryIndex, 'groupings'>;
  rowids: Record<SnapshotTable, Float64Array>;
}

const day = (col: string) => `coalesce(CAST(replace(${col}, '-', '') AS INTEGER), ${NEVER})`;
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

const USE_INDEX = `CASE u.use ${UNIT_USES.map((use, i) => `WHEN '${use}' THEN ${i}`).join(' ')} END`;

/** Per table: the FROM clause, the alias whose rowid identifies a row, and the named columns. */
const ROWS = {
  building: {
    from: 'building b',
    alias: 'b',
    cols: {
      rowid: 'b.rowid',
      id: 'b.id',
      zone: 'b.zone_id',
      park: 'b.park_id',
      delivery: day('b.delivery_date'),
      declared: 'b.declared_rentable_m2',
      hasUnits: 'EXISTS (SELECT 1 FROM unit x WHERE x.building_id = b.id)',
    },
  },
  unit: {
    from: 'unit u JOIN building b ON b.id = u.building_id',
    alias: 'u',
    cols: {
      rowid: 'u.rowid',
      building: 'b.rowid',
      floor: 'u.floor',
      use: USE_INDEX,
      area: 'u.area_m2',
      counts: 'u.counts_toward_target',
      oos: 'u.out_of_service',
    },
  },
  tenant: {
    from: 'tenant t',
    alias: 't',
    cols: { rowid: 't.rowid', target: `t.category IN (${list(TARGET_TENANT_CATEGORIES)})`, entered: day('t.entered_district_on') },
  },
  lease: {
    from: 'lease l JOIN unit u ON u.id = l.unit_id LEFT JOIN tenant t ON t.id = l.tenant_id',
    alias: 'l',
    cols: {
      rowid: 'l.rowid',
      unit: 'u.rowid',
      tenant: 'coalesce(t.rowid, -1)',
      reservation: "l.kind = 'reservation'",
      start: day('l.start_date'),
      end: day('l.end_date'),
      terminated: day('l.terminated_on'),
      area: 'l.area_m2',
    },
  },
} as const;

type Cols<T extends SnapshotTable> = keyof (typeof ROWS)[T]['cols'];
type Value = string | number | null;
/** One row, by column name. */
export type SnapshotRow<T extends SnapshotTable> = Record<Cols<T>, Value>;

/** Whole columns of one table: one JSON array per column, parsed. */
function columns<T extends SnapshotTable>(db: Db, table: T): Record<Cols<T>, Value[]> {
  const { from, cols } = ROWS[table];
  const names = Object.keys(cols) as Cols<T>[];
  const exprs = Object.values(cols) as string[];
  const json = db
    .prepare(`SELECT ${exprs.map((c) => `json_group_array(${c})`).join(', ')} FROM ${from}`)
    .raw()
    .get() as string[];
  return Object.fromEntries(names.map((name, i) => [name, JSON.parse(json[i] ?? '[]') as Value[]])) as Record<Cols<T>, Value[]>;
}

/** Rows of one table by rowid; rows that no longer exist are simply absent. */
export function rowsByRowid<T extends SnapshotTable>(db: Db, table: T, rowids: number[]): SnapshotRow<T>[] {
  const { from, alias, cols } = ROWS[table];
  const select = Object.entries(cols)
    .map(([name, expr]) => `${expr} AS ${name}`)
    .join(', ');
  return db
    .prepare(`SELECT ${select} FROM ${from} WHERE ${alias}.rowid IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(rowids)) as SnapshotRow<T>[];
}

/** rowid → position; -1 when absent. Dense while rowids stay near the row count (SQLite's usual numbering). */
export class RowidMap {
  private dense = new Int32Array(0);
  private readonly sparse = new Map<number, number>();

  static of(rowids: ArrayLike<number>): RowidMap {
    const map = new RowidMap();
    let max = 0;
    for (let i = 0; i < rowids.length; i += 1) max = Math.max(max, rowids[i] as number);
    map.dense = new Int32Array(Math.min(max, 4 * rowids.length + 1024) + 1).fill(-1);
    for (let i = 0; i < rowids.length; i += 1) map.set(rowids[i] as number, i);
    return map;
  }

  get(rowid: number): number {
    return rowid >= 0 && rowid < this.dense.length ? (this.dense[rowid] as number) : (this.sparse.get(rowid) ?? -1);
  }

  set(rowid: number, position: number): void {
    if (rowid >= 0 && rowid < this.dense.length) this.dense[rowid] = position;
    else this.sparse.set(rowid, position);
  }
}

const nums = (values: Value[]) => values as number[];
const linked = (values: Value[], pos: RowidMap) => Int32Array.from(nums(values), (r) => pos.get(r));

export function buildSnapshot(db: Db): SnapshotData {
  return db.transaction(() => {
    const b = columns(db, 'building');
    const u = columns(db, 'unit');
    const t = columns(db, 'tenant');
    const l = columns(db, 'lease');
    const bPos = RowidMap.of(nums(b.rowid));
    const uPos = RowidMap.of(nums(u.rowid));
    const tPos = RowidMap.of(nums(t.rowid));
    return {
      index: {
        building: {
          id: b.id as string[],
          zoneId: b.zone as string[],
          parkId: b.park as (string | null)[],
          delivery: Int32Array.from(nums(b.delivery)),
          declared: Float64Array.from(b.declared, (v) => (v === null ? Number.NaN : Number(v))),
          hasUnits: Uint8Array.from(nums(b.hasUnits)),
        },
        unit: {
          building: linked(u.building, bPos),
          floor: Int32Array.from(nums(u.floor)),
          use: Uint8Array.from(nums(u.use)),
          area: Float64Array.from(nums(u.area)),
          counts: Uint8Array.from(nums(u.counts)),
          outOfService: Uint8Array.from(nums(u.oos)),
        },
        lease: {
          unit: linked(l.unit, uPos),
          tenant: linked(l.tenant, tPos),
          reservation: Uint8Array.from(nums(l.reservation)),
          start: Int32Array.from(nums(l.start)),
          end: Int32Array.from(nums(l.end)),
          terminated: Int32Array.from(nums(l.terminated)),
          area: Float64Array.from(nums(l.area)),
        },
        tenant: { targetCategory: Uint8Array.from(nums(t.target)), entered: Int32Array.from(nums(t.entered)) },
      },
      rowids: {
        building: Float64Array.from(nums(b.rowid)),
        unit: Float64Array.from(nums(u.rowid)),
        tenant: Float64Array.from(nums(t.rowid)),
        lease: Float64Array.from(nums(l.rowid)),
      },
    };
  })();
}

/** The typed arrays of a snapshot, for a worker's postMessage transfer list. */
export function snapshotBuffers(data: SnapshotData): ArrayBuffer[] {
  const { building, unit, lease, tenant } = data.index;
  const arrays = [
    building.delivery,
    building.declared,
    building.hasUnits,
    ...Object.values(unit),
    ...Object.values(lease),
    ...Object.values(tenant),
    ...Object.values(data.rowids),
  ] as ArrayBufferView[];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
