// The inventory compiled for the roll-up (shared/accounting/inventory-index.ts), held per database connection
// and rebuilt only when the data changed: `total_changes()` moves with every write on this connection,
// `PRAGMA data_version` with writes from any other. The build lets SQLite do the joins and date parsing, so
// only numbers cross into JavaScript.
import { NEVER, type InventoryIndex } from '../../../../shared/accounting/inventory-index';
import { TARGET_TENANT_CATEGORIES, UNIT_USES } from '../../../../shared/enums';
import type { Db } from '../../db/connection';

const cache = new WeakMap<Db, { key: string; index: InventoryIndex }>();

function changeKey(db: Db): string {
  const { changes } = db.prepare('SELECT total_changes() AS changes').get() as { changes: number };
  return `${changes}:${db.pragma('data_version', { simple: true }) as number}`;
}

const day = (col: string) => `coalesce(CAST(replace(${col}, '-', '') AS INTEGER), ${NEVER})`;
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const USE_INDEX = `CASE u.use ${UNIT_USES.map((use, i) => `WHEN '${use}' THEN ${i}`).join(' ')} END`;

type Num = number;

/** rowid → dense position, for linking rows by integer instead of by id string. */
function positions(rowids: Num[]): Int32Array {
  const max = rowids.reduce((m, r) => Math.max(m, r), 0);
  const pos = new Int32Array(max + 1).fill(-1);
  rowids.forEach((r, i) => { pos[r] = i; });
  return pos;
}

function build(db: Db): InventoryIndex {
  const b = db.prepare(`SELECT rowid, id, zone_id, park_id, ${day('delivery_date')}, declared_rentable_m2,
    EXISTS (SELECT 1 FROM unit u WHERE u.building_id = building.id) FROM building`).raw().all() as [Num, string, string, string | null, Num, Num | null, Num][];
  const u = db.prepare(`SELECT u.rowid, b.rowid, u.floor, ${USE_INDEX}, u.area_m2, u.counts_toward_target, u.out_of_service
    FROM unit u JOIN building b ON b.id = u.building_id`).raw().all() as Num[][];
  const t = db.prepare(`SELECT rowid, category IN (${list(TARGET_TENANT_CATEGORIES)}), ${day('entered_district_on')} FROM tenant`).raw().all() as Num[][];
  const l = db.prepare(`SELECT u.rowid, t.rowid, l.kind = 'reservation', ${day('l.start_date')}, ${day('l.end_date')}, ${day('l.terminated_on')}, l.area_m2
    FROM lease l JOIN unit u ON u.id = l.unit_id LEFT JOIN tenant t ON t.id = l.tenant_id`).raw().all() as (Num | null)[][];
  const bPos = positions(b.map((r) => r[0]));
  const uPos = positions(u.map((r) => r[0] as Num));
  const tPos = positions(t.map((r) => r[0] as Num));
  const col = <R extends unknown[]>(rows: R[], i: number) => rows.map((r) => r[i] as Num);
  return {
    building: {
      id: b.map((r) => r[1]), zoneId: b.map((r) => r[2]), parkId: b.map((r) => r[3]),
      delivery: Int32Array.from(col(b, 4)), declared: Float64Array.from(b, (r) => r[5] ?? Number.NaN), hasUnits: Uint8Array.from(col(b, 6)),
    },
    unit: {
      building: Int32Array.from(u, (r) => bPos[r[1] as Num] as Num), floor: Int32Array.from(col(u, 2)), use: Uint8Array.from(col(u, 3)),
      area: Float64Array.from(col(u, 4)), counts: Uint8Array.from(col(u, 5)), outOfService: Uint8Array.from(col(u, 6)),
    },
    lease: {
      unit: Int32Array.from(l, (r) => uPos[r[0] as Num] as Num), tenant: Int32Array.from(l, (r) => (r[1] == null ? -1 : (tPos[r[1]] as Num))),
      reservation: Uint8Array.from(col(l, 2)), start: Int32Array.from(col(l, 3)), end: Int32Array.from(col(l, 4)),
      terminated: Int32Array.from(col(l, 5)), area: Float64Array.from(col(l, 6)),
    },
    tenant: { targetCategory: Uint8Array.from(col(t, 1)), entered: Int32Array.from(col(t, 2)) },
    groupings: new Map(),
  };
}

/** The compiled inventory of this connection's database, rebuilt only after a change. */
export function inventoryIndex(db: Db): InventoryIndex {
  const key = changeKey(db);
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.index;
  const index = db.transaction(() => build(db))();
  // Reading does not change the key, so it is still valid for what was just read.
  cache.set(db, { key, index });
  return index;
}
