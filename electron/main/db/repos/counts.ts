// How many rows each inventory table holds.
import { ENTITIES, type EntityName } from '../../../../shared/enums';
import type { Db } from '../connection';

export function rowCounts(db: Db): Record<EntityName, number> {
  const counts = {} as Record<EntityName, number>;
  for (const entity of ENTITIES) counts[entity] = (db.prepare(`SELECT count(*) AS n FROM ${entity}`).get() as { n: number }).n;
  return counts;
}

/** The first inventory table that holds any row, or null when all are empty. */
export function firstTableWithRows(db: Db): EntityName | null {
  return ENTITIES.find((entity) => db.prepare(`SELECT 1 FROM ${entity} LIMIT 1`).get() !== undefined) ?? null;
}
