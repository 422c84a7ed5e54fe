// The rules of shared/accounting/rules.ts, shared/rules/leases.ts and shared/rules/buildings.ts that SQL needs,
// each written once as a fragment. test/electron/accounting/rules-sql.test.ts holds every fragment equal to its
// function over random values ("active at D" is ./active.ts, held equal the same way).
// `at`, `start` and `due` are SQL parameters (e.g. `@d`); the aliases name the tables the fragment reads.
import { TARGET_TENANT_CATEGORIES } from '../../../../shared/enums';
import { RENTABLE_MISMATCH_LIMIT } from '../../../../shared/rules/buildings';

/** isDelivered: the building (alias `b`) was delivered on or before D. */
export function deliveredSql(at: string, b = 'b'): string {
  return `(${b}.delivery_date IS NOT NULL AND ${b}.delivery_date <= ${at})`;
}

/** lastActiveDay: the last day the lease (alias `l`) occupies its unit, NULL for open-ended (terminated on D → D − 1). */
export function lastDaySql(l = 'l'): string {
  return `CASE WHEN ${l}.terminated_on IS NULL THEN ${l}.end_date
  WHEN ${l}.end_date IS NULL OR date(${l}.terminated_on, '-1 day') < ${l}.end_date THEN date(${l}.terminated_on, '-1 day')
  ELSE ${l}.end_date END`;
}

const CATEGORIES = TARGET_TENANT_CATEGORIES.map((c) => `'${c}'`).join(', ');

/** isNewFirm: the tenant (alias `t`) is in a target category and entered inside [start, due] and on or before D. */
export function newFirmSql(at: string, start: string, due: string, t = 't'): string {
  return `(${t}.category IN (${CATEGORIES}) AND ${t}.entered_district_on >= ${start} AND ${t}.entered_district_on <= ${due} AND ${t}.entered_district_on <= ${at})`;
}

/** isRentableMismatch of two SQL expressions: the unit sum and the declared rentable area. */
export function rentableMismatchSql(unitSum: string, declared: string): string {
  return `(${declared} IS NOT NULL AND ${declared} > 0 AND ${unitSum} > 0 AND abs(${unitSum} - ${declared}) > ${RENTABLE_MISMATCH_LIMIT} * ${declared})`;
}
