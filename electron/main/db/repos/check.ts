// What the whole-file checker reads: SQLite's own integrity and foreign-key reports, every stored row as a
// record, and the rows each cross-record rule narrows to (so a check of the large sample stays quick).
import type { EntityName } from '../../../../shared/enums';
import type { LeaseSpan } from '../../../../shared/rules/leases';
import type { Db } from '../connection';
import { rowToRecord, TABLES } from '../tables';

/** SQLite's integrity check: its lines other than 'ok' (at most 100). */
export function integrityErrors(db: Db): string[] {
  return (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .filter((line) => line !== 'ok');
}

export interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  /** The offending row's id, when its table has one and the row can be found. */
  id: string | null;
  /** The column holding the missing reference. */
  column: string;
  parent: string;
}

export function foreignKeyViolations(db: Db, entityTables: ReadonlySet<string>): ForeignKeyViolation[] {
  const rows = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number | null; parent: string; fkid: number }[];
  return rows.map((r) => {
    const fks = db.prepare(`PRAGMA foreign_key_list("${r.table.replace(/"/g, '""')}")`).all() as { id: number; from: string }[];
    const found =
      entityTables.has(r.table) && r.rowid !== null
        ? (db.prepare(`SELECT id FROM ${r.table} WHERE rowid = ?`).get(r.rowid) as { id: string } | undefined)
        : undefined;
    return {
      table: r.table,
      rowid: r.rowid,
      id: found?.id ?? null,
      column: fks.find((fk) => fk.id === r.fkid)?.from ?? '',
      parent: r.parent,
    };
  });
}

/** Every row of an entity's table as its record, or null where the row cannot be read as one. */
export function* storedRecords(db: Db, entity: EntityName): Generator<{ id: string; record: Record<string, unknown> | null }> {
  const columns = ['id', ...Object.values(TABLES[entity].columns).map(([column]) => column)].join(', ');
  for (const row of db.prepare(`SELECT ${columns} FROM ${TABLES[entity].table}`).iterate() as IterableIterator<Record<string, unknown>>) {
    let record: Record<string, unknown> | null;
    try {
      record = rowToRecord(entity, row) as unknown as Record<string, unknown>;
    } catch {
      record = null;
    }
    yield { id: String(row.id), record };
  }
}

const ids = (db: Db, sql: string): string[] => (db.prepare(sql).all() as { id: string }[]).map((r) => r.id);

export const buildingsWithoutFloors = (db: Db): string[] => ids(db, 'SELECT id FROM building WHERE floors_above < 1');

export const buildingsOutsideParkZone = (db: Db): string[] =>
  ids(db, 'SELECT b.id FROM building b JOIN park p ON p.id = b.park_id WHERE p.zone_id <> b.zone_id');

/** Units on floor 0 or beyond their building's floors, with the building's floors. */
export function unitsOffFloors(db: Db): { id: string; floor: number; above: number; below: number }[] {
  return db
    .prepare(
      `SELECT u.id, u.floor, b.floors_above AS above, b.floors_below AS below FROM unit u JOIN building b ON b.id = u.building_id
     WHERE u.floor = 0 OR u.floor > b.floors_above OR -u.floor > b.floors_below`,
    )
    .all() as { id: string; floor: number; above: number; below: number }[];
}

export const leasesEndingBeforeStart = (db: Db): string[] =>
  ids(db, 'SELECT id FROM lease WHERE end_date IS NOT NULL AND end_date < start_date');
export const leasesTerminatedBeforeStart = (db: Db): string[] =>
  ids(db, 'SELECT id FROM lease WHERE terminated_on IS NOT NULL AND terminated_on < start_date');
export const targetsDueBeforeStart = (db: Db): string[] => ids(db, 'SELECT id FROM target WHERE due_date < start_date');

export interface CheckedLease extends LeaseSpan {
  unitId: string;
  tenantId: string;
  unitArea: number;
}

/** Every lease with its unit's area, unit by unit, in start order. */
export function leasesByUnit(db: Db): IterableIterator<CheckedLease> {
  return db
    .prepare(
      `SELECT l.id, l.unit_id AS unitId, l.tenant_id AS tenantId, l.start_date AS startDate, l.end_date AS endDate,
            l.terminated_on AS terminatedOn, l.area_m2 AS areaM2, u.area_m2 AS unitArea
     FROM lease l JOIN unit u ON u.id = l.unit_id ORDER BY l.unit_id, l.start_date, l.id`,
    )
    .iterate() as IterableIterator<CheckedLease>;
}

/** A tenant's name for messages (English, else Chinese), looked up by id. */
export function tenantNames(db: Db): (id: string) => string | null {
  const stmt = db.prepare('SELECT name_en AS en, name_zh AS zh FROM tenant WHERE id = ?');
  return (id) => {
    const t = stmt.get(id) as { en: string; zh: string } | undefined;
    return t ? t.en || t.zh : null;
  };
}

/** Tenants with a credit code, oldest first. */
export function tenantsWithCodes(db: Db): { id: string; uscc: string; en: string; zh: string }[] {
  return db.prepare("SELECT id, uscc, name_en AS en, name_zh AS zh FROM tenant WHERE uscc <> '' ORDER BY created_at, id").all() as {
    id: string;
    uscc: string;
    en: string;
    zh: string;
  }[];
}

/** Zones whose code an older zone already has (codes are unique by index; a damaged file may still hold them). */
export const zonesWithTakenCode = (db: Db): string[] =>
  ids(
    db,
    'SELECT id FROM zone z WHERE EXISTS (SELECT 1 FROM zone o WHERE o.code = z.code AND (o.created_at, o.id) < (z.created_at, z.id))',
  );

/** Units whose label an older unit of the same building already has. */
export const unitsWithTakenLabel = (db: Db): string[] =>
  ids(
    db,
    `SELECT u.id FROM unit u JOIN (SELECT building_id, label FROM unit GROUP BY building_id, label HAVING count(*) > 1) d
       ON d.building_id = u.building_id AND d.label = u.label
     WHERE EXISTS (SELECT 1 FROM unit o WHERE o.building_id = u.building_id AND o.label = u.label AND (o.created_at, o.id) < (u.created_at, u.id))`,
  );
