import type { TenantRow } from '../../../../shared/models';
import type { z } from 'zod';
import type { tenantQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { pageIds, rowsInOrder, type ListSpec } from './paging';

type Query = z.output<typeof tenantQuery>;

const LEASES = '(SELECT count(*) FROM lease l WHERE l.tenant_id = t.id)';

const spec: ListSpec<Query> = {
  from: 'tenant t',
  alias: 't',
  search: ['t.name_zh', 't.name_en', 't.uscc'],
  sorts: { name: 't.name_zh', uscc: 't.uscc', category: 't.category', enteredDistrictOn: 't.entered_district_on', leaseCount: LEASES },
  defaultSort: 'name',
  filters: { category: (v) => ['t.category = ?', [v]] },
};

const ROWS = `SELECT ${selectColumns('tenant', 't')}, ${LEASES} AS lease_count FROM tenant t WHERE t.id IN (SELECT value FROM json_each(?))`;

export function tenantRows(db: Db, ids: string[]): TenantRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, ROWS, ids).map((r) => ({
    ...rowToRecord('tenant', r),
    leaseCount: Number(r.lease_count),
  }));
}

export function listTenants(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: tenantRows(db, ids), total, offset };
}

/** Another tenant (not `exceptId`) with this credit code, by its Chinese name. */
export function tenantWithUscc(db: Db, uscc: string, exceptId: string | null): { name: string } | undefined {
  return db.prepare('SELECT name_zh AS name FROM tenant WHERE uscc = ? AND id IS NOT ?').get(uscc, exceptId) as
    { name: string } | undefined;
}
