// The inventory as the roll-up needs it, held in memory per database connection and reloaded only when the
// data changed: `total_changes()` moves with every write on this connection, `PRAGMA data_version` with
// writes from any other. Warm roll-ups then cost one pass over plain arrays instead of a join over the file.
import { compileInventory, type AccountingInput, type InventoryIndex } from '../../../../shared/accounting/inventory-index';
import type { Db } from '../../db/connection';

interface Cached {
  key: string;
  index: InventoryIndex;
}

const cache = new WeakMap<Db, Cached>();

function changeKey(db: Db): string {
  const { changes } = db.prepare('SELECT total_changes() AS changes').get() as { changes: number };
  return `${changes}:${db.pragma('data_version', { simple: true }) as number}`;
}

function load(db: Db): AccountingInput {
  const bool = (v: unknown) => v === 1;
  return {
    buildings: db.prepare(
      'SELECT id, zone_id AS zoneId, park_id AS parkId, delivery_date AS deliveryDate, declared_rentable_m2 AS declaredRentableM2 FROM building',
    ).all() as AccountingInput['buildings'],
    units: (db.prepare(
      'SELECT id, building_id AS buildingId, floor, area_m2 AS areaM2, use, counts_toward_target AS c, out_of_service AS o FROM unit',
    ).all() as (Omit<AccountingInput['units'][number], 'countsTowardTarget' | 'outOfService'> & { c: number; o: number })[])
      .map(({ c, o, ...u }) => ({ ...u, countsTowardTarget: bool(c), outOfService: bool(o) })),
    leases: db.prepare(
      `SELECT unit_id AS unitId, tenant_id AS tenantId, kind, start_date AS startDate, end_date AS endDate,
        terminated_on AS terminatedOn, area_m2 AS areaM2 FROM lease`,
    ).all() as AccountingInput['leases'],
    tenants: db.prepare('SELECT id, category, entered_district_on AS enteredDistrictOn FROM tenant').all() as AccountingInput['tenants'],
  };
}

export function loadAccountingInput(db: Db): AccountingInput {
  return db.transaction(() => load(db))();
}

/** The compiled inventory of this connection's database, rebuilt only after a change. */
export function inventoryIndex(db: Db): InventoryIndex {
  const key = changeKey(db);
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.index;
  const index = compileInventory(loadAccountingInput(db));
  // Reading does not change the key, so it is still valid for what was just read.
  cache.set(db, { key, index });
  return index;
}
