// Prospects (tenant attraction, 招商): the paged list, list rows, and what the pipeline reads about them.
import type { Prospect, ProspectRow } from '../../../../shared/models';
import type { z } from 'zod';
import type { prospectQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { localName } from './names';
import { pageIds, rowsInOrder, type ListSpec } from './paging';

type Query = z.output<typeof prospectQuery>;

const DEALS = '(SELECT count(*) FROM deal d WHERE d.prospect_id = p.id)';

const spec: ListSpec<Query> = {
  from: 'prospect p',
  alias: 'p',
  search: ['p.name_zh', 'p.name_en', 'p.uscc', 'p.manager', 'p.contact'],
  sorts: {
    name: 'p.name_zh',
    category: 'p.category',
    manager: 'p.manager',
    source: 'p.source',
    needM2: 'p.need_m2',
    wantedMoveIn: 'p.wanted_move_in',
    dealCount: DEALS,
  },
  defaultSort: 'name',
  filters: {
    category: (v) => ['p.category = ?', [v]],
    source: (v) => ['p.source = ?', [v]],
    zoneId: (v) => ['p.zone_id = ?', [v]],
  },
};

const ROWS = `SELECT ${selectColumns('prospect', 'p')}, ${DEALS} AS deal_count, z.name_zh AS zone_name_zh, z.name_en AS zone_name_en,
  t.name_zh AS tenant_name_zh, t.name_en AS tenant_name_en
  FROM prospect p LEFT JOIN zone z ON z.id = p.zone_id LEFT JOIN tenant t ON t.id = p.tenant_id
  WHERE p.id IN (SELECT value FROM json_each(?))`;

export function prospectRows(db: Db, ids: string[]): ProspectRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, ROWS, ids).map((r) => ({
    ...rowToRecord('prospect', r),
    zoneName: localName(r, 'zone'),
    tenantName: localName(r, 'tenant'),
    dealCount: Number(r.deal_count),
  }));
}

export function listProspects(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: prospectRows(db, ids), total, offset };
}

/** A prospect with the date its tenant (if any) entered the district, as the forecast reads it. */
export interface ProspectFacts extends Prospect {
  tenantEnteredOn: string | null;
}

export function allProspects(db: Db): ProspectFacts[] {
  const rows = db
    .prepare(`SELECT p.*, t.entered_district_on AS tenant_entered FROM prospect p LEFT JOIN tenant t ON t.id = p.tenant_id`)
    .all() as Record<string, unknown>[];
  return rows.map((r) => ({ ...rowToRecord('prospect', r), tenantEnteredOn: (r.tenant_entered as string | null) ?? null }));
}

/** Distinct managers named on prospects, alphabetically. */
export function prospectManagers(db: Db): string[] {
  return (db.prepare("SELECT DISTINCT manager FROM prospect WHERE manager <> '' ORDER BY manager").all() as { manager: string }[]).map(
    (r) => r.manager,
  );
}

/** A tenant with this credit code (to link rather than duplicate when a prospect converts). */
export function tenantIdWithUscc(db: Db, uscc: string): string | null {
  if (uscc === '') return null;
  const row = db.prepare('SELECT id FROM tenant WHERE uscc = ?').get(uscc) as { id: string } | undefined;
  return row?.id ?? null;
}
