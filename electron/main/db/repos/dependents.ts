// The rows that hang on a record: what a delete would take with it or what stops it.
import type { EntityName } from '../../../../shared/enums';
import type { Db } from '../connection';

/** Per entity: each kind of dependent row and the query counting them for one id. */
const COUNTS: Partial<Record<EntityName, Partial<Record<EntityName, string>>>> = {
  zone: {
    park: 'SELECT count(*) AS n FROM park WHERE zone_id = ?',
    building: 'SELECT count(*) AS n FROM building WHERE zone_id = ?',
    target: 'SELECT count(*) AS n FROM target WHERE zone_id = ?',
    prospect: 'SELECT count(*) AS n FROM prospect WHERE zone_id = ?',
  },
  park: {
    building: 'SELECT count(*) AS n FROM building WHERE park_id = ?',
    prospect: 'SELECT count(*) AS n FROM prospect WHERE park_id = ?',
  },
  tenant: {
    lease: 'SELECT count(*) AS n FROM lease WHERE tenant_id = ?',
    tenant_return: 'SELECT count(*) AS n FROM tenant_return WHERE tenant_id = ?',
    prospect: 'SELECT count(*) AS n FROM prospect WHERE tenant_id = ?',
  },
  building: {
    unit: 'SELECT count(*) AS n FROM unit WHERE building_id = ?',
    lease: 'SELECT count(*) AS n FROM lease l JOIN unit u ON u.id = l.unit_id WHERE u.building_id = ?',
    deal: 'SELECT count(*) AS n FROM deal WHERE building_id = ?',
  },
  unit: {
    lease: 'SELECT count(*) AS n FROM lease WHERE unit_id = ?',
    deal: 'SELECT count(*) AS n FROM deal d WHERE EXISTS (SELECT 1 FROM json_each(d.unit_ids) WHERE value = ?)',
  },
  prospect: { deal: 'SELECT count(*) AS n FROM deal WHERE prospect_id = ?' },
};

/** How many rows of each kind depend on the record (kinds with none are left out). */
export function dependentCounts(db: Db, entity: EntityName, id: string): Partial<Record<EntityName, number>> {
  const counts: Partial<Record<EntityName, number>> = {};
  for (const [kind, sql] of Object.entries(COUNTS[entity] ?? {}) as [EntityName, string][]) {
    const n = (db.prepare(sql).get(id) as { n: number }).n;
    if (n > 0) counts[kind] = n;
  }
  return counts;
}

/** The kinds of rows that go with a record when it is deleted, children first, each with the query for their ids. */
const IDS: Partial<Record<EntityName, [EntityName, string][]>> = {
  building: [
    ['lease', 'SELECT l.id FROM lease l JOIN unit u ON u.id = l.unit_id WHERE u.building_id = ?'],
    ['unit', 'SELECT id FROM unit WHERE building_id = ?'],
  ],
  unit: [['lease', 'SELECT id FROM lease WHERE unit_id = ?']],
  prospect: [['deal', 'SELECT id FROM deal WHERE prospect_id = ?']],
};

/** The kinds that cascade with a delete of `entity` (every other dependent blocks it). */
export function cascadingKinds(entity: EntityName): EntityName[] {
  return (IDS[entity] ?? []).map(([kind]) => kind);
}

/** The ids of the rows that go with a record, children first. */
export function dependentIds(db: Db, entity: EntityName, id: string): [EntityName, string[]][] {
  return (IDS[entity] ?? []).map(([kind, sql]) => [kind, (db.prepare(sql).all(id) as { id: string }[]).map((r) => r.id)]);
}
