// Whole records by id, in bulk, for the survey's prepare (office → package) and merge (package ↔ office): the
// same row ↔ model mapping as the writer (../tables.ts), read through json_each so thousands of ids cost one query.
import type { EntityName } from '../../../../shared/enums';
import type { EntityMap } from '../../../../shared/models';
import type { Db } from '../connection';
import { recordToRow, rowToRecord, TABLES } from '../tables';

export function recordsByIds<E extends EntityName>(db: Db, entity: E, ids: readonly string[]): Map<string, EntityMap[E]> {
  const rows = db
    .prepare(`SELECT * FROM ${TABLES[entity].table} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as Record<string, unknown>[];
  return new Map(rows.map((r) => [String(r.id), rowToRecord(entity, r)]));
}

export function allRecords<E extends EntityName>(db: Db, entity: E): EntityMap[E][] {
  return (db.prepare(`SELECT * FROM ${TABLES[entity].table} ORDER BY id`).all() as Record<string, unknown>[]).map((r) =>
    rowToRecord(entity, r),
  );
}

/** Which of these ids `entity` has now. */
export function presentIds(db: Db, entity: EntityName, ids: readonly string[]): Set<string> {
  const rows = db
    .prepare(`SELECT id FROM ${TABLES[entity].table} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** Ids of `entity` that the change log says were deleted (and may since have been put back). */
export function deletedIds(db: Db, entity: EntityName, ids: readonly string[]): Set<string> {
  const rows = db
    .prepare(
      "SELECT DISTINCT entity_id AS id FROM change_log WHERE entity = ? AND action = 'delete' AND entity_id IN (SELECT value FROM json_each(?))",
    )
    .all(entity, JSON.stringify(ids)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** Copies records as they are (ids, versions and timestamps kept), without change-log rows: a package's snapshot. */
export function copyRecords<E extends EntityName>(db: Db, entity: E, records: readonly EntityMap[E][]): void {
  if (records.length === 0) return;
  const cols = Object.keys(recordToRow(entity, records[0] as EntityMap[E]));
  const stmt = db.prepare(`INSERT INTO ${TABLES[entity].table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  for (const r of records) stmt.run(recordToRow(entity, r));
}

/** Buildings of a zone or a park, or those of the given ids that exist. */
export function buildingIdsIn(db: Db, scope: { column: 'zone_id' | 'park_id'; id: string } | { ids: readonly string[] }): string[] {
  const rows =
    'ids' in scope
      ? db.prepare('SELECT id FROM building WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(scope.ids))
      : db.prepare(`SELECT id FROM building WHERE ${scope.column} = ? ORDER BY id`).all(scope.id);
  return (rows as { id: string }[]).map((r) => r.id);
}

export function unitIdsOfBuildings(db: Db, buildingIds: readonly string[]): string[] {
  return (
    db
      .prepare('SELECT id FROM unit WHERE building_id IN (SELECT value FROM json_each(?)) ORDER BY id')
      .all(JSON.stringify(buildingIds)) as { id: string }[]
  ).map((r) => r.id);
}

/** Leases and reservations on these units not over by `date` (ended or terminated before it): the current ones. */
export function currentLeaseIds(db: Db, unitIds: readonly string[], date: string): string[] {
  return (
    db
      .prepare(
        `SELECT id FROM lease WHERE unit_id IN (SELECT value FROM json_each(?))
       AND (end_date IS NULL OR end_date >= ?) AND (terminated_on IS NULL OR terminated_on > ?) ORDER BY id`,
      )
      .all(JSON.stringify(unitIds), date, date) as { id: string }[]
  ).map((r) => r.id);
}
