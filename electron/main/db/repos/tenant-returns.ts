// Tenants' annual returns: the inventory list (by year, by tenant), the one-per-tenant-and-year check, and the
// rows the plan indicators read (services/accounting/indicators.ts).
import type { ReturnFacts } from '../../../../shared/accounting/indicators';
import type { TenantReturnRow } from '../../../../shared/models';
import type { z } from 'zod';
import type { tenantReturnQuery } from '../../../../shared/validation/queries';
import type { Db } from '../connection';
import { rowToRecord, selectColumns } from '../tables';
import { activeAt } from './active';
import { requiredName } from './names';
import { pageIds, rowsInOrder, type ListSpec } from './paging';

type Query = z.output<typeof tenantReturnQuery>;

const spec: ListSpec<Query> = {
  from: 'tenant_return r',
  joins: [{ alias: 't', sql: 'JOIN tenant t ON t.id = r.tenant_id' }],
  alias: 'r',
  search: ['t.name_zh', 't.name_en', 't.uscc'],
  sorts: { year: 'r.year', tenant: 't.name_zh', revenueCny: 'r.revenue_cny', headcount: 'r.headcount' },
  defaultSort: 'year',
  filters: {
    tenantId: (v) => ['r.tenant_id = ?', [v]],
    year: (v) => ['r.year = ?', [v]],
  },
};

const ROWS = `SELECT ${selectColumns('tenant_return', 'r')}, t.name_zh AS tenant_name_zh, t.name_en AS tenant_name_en
  FROM tenant_return r JOIN tenant t ON t.id = r.tenant_id WHERE r.id IN (SELECT value FROM json_each(?))`;

export function tenantReturnRows(db: Db, ids: string[]): TenantReturnRow[] {
  return rowsInOrder<{ id: string } & Record<string, unknown>>(db, ROWS, ids).map((r) => ({
    ...rowToRecord('tenant_return', r),
    tenantName: requiredName(r, 'tenant'),
  }));
}

export function listTenantReturns(db: Db, query: Query) {
  const { ids, total, offset } = pageIds(db, spec, query);
  return { rows: tenantReturnRows(db, ids), total, offset };
}

/** Whether another return (not `exceptId`) of this tenant is for this year. */
export function returnTaken(db: Db, tenantId: string, year: number, exceptId: string | null): boolean {
  return (
    db.prepare('SELECT 1 FROM tenant_return WHERE tenant_id = ? AND year = ? AND id IS NOT ?').get(tenantId, year, exceptId) !== undefined
  );
}

/** Every return's figures, as the indicator rules read them. */
export function returnFacts(db: Db, fromYear: number, toYear: number): ReturnFacts[] {
  return (
    db
      .prepare(
        `SELECT tenant_id AS tenantId, year, revenue_cny AS revenueCny, high_tech AS highTech,
      high_quality_patents AS highQualityPatents, standards_domestic + standards_international AS standards
    FROM tenant_return WHERE year BETWEEN ? AND ?`,
      )
      .all(fromYear, toYear) as (Omit<ReturnFacts, 'highTech'> & { highTech: number })[]
  ).map((r) => ({ ...r, highTech: r.highTech === 1 }));
}

/**
 * Tenants expected to report for a year (holding an active lease on its 31 December, "Active at D") and how many
 * of them have no return for that year.
 */
export function reportingOf(db: Db, year: number): { expected: number; missing: number } {
  const row = db
    .prepare(
      `SELECT count(*) AS expected,
      sum(NOT EXISTS (SELECT 1 FROM tenant_return r WHERE r.tenant_id = x.tenant_id AND r.year = @year)) AS missing
    FROM (SELECT DISTINCT l.tenant_id FROM lease l WHERE l.kind = 'lease' AND ${activeAt('@d')}) x`,
    )
    .get({ year, d: `${year}-12-31` }) as { expected: number; missing: number | null };
  return { expected: row.expected, missing: row.missing ?? 0 };
}
