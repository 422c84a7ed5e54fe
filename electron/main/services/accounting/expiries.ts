// Leases ending in the next 3, 6 and 12 months (cumulative), and the vacancy list a manager hands to a
// prospective tenant: units with space still available at D.
import { addMonths } from '../../../../shared/dates';
import { round2 } from '../../../../shared/accounting/figures';
import type { ExpiriesView, VacancyRow } from '../../../../shared/accounting/views';
import type { Page } from '../../../../shared/models';
import type { z } from 'zod';
import type { vacancyQuery } from '../../../../shared/validation/queries';
import type { Db } from '../../db/connection';
import { endingLeaseList, endingLeases } from '../../db/repos/expiries';
import { vacancyPage } from '../../db/repos/vacancies';

const LIST_LIMIT = 500;

export function expiries(db: Db, asOf: string): ExpiriesView {
  const yearOut = addMonths(asOf, 12);
  // One pass over the year's expiring leases gives all three cumulative buckets.
  const ending = endingLeases(db, asOf, yearOut);
  const buckets = ([3, 6, 12] as const).map((months) => {
    const until = addMonths(asOf, months);
    const inside = ending.filter((r) => r.lastDay < until);
    return {
      months,
      areaM2: round2(inside.reduce((sum, r) => sum + r.areaM2, 0)),
      tenantCount: new Set(inside.map((r) => r.tenantId)).size,
      unitCount: new Set(inside.map((r) => r.unitId)).size,
    };
  });
  // The list shows the first 500 by last day (then unit label): only those ending on or before the 500th last
  // day, ties included, are read again with their names.
  const cutoff = ending.map((r) => r.lastDay).sort()[LIST_LIMIT - 1];
  const first = cutoff === undefined ? ending : ending.filter((r) => r.lastDay <= cutoff);
  return {
    asOf,
    buckets,
    leases: endingLeaseList(
      db,
      first.map((r) => r.rowid),
      LIST_LIMIT,
    ),
  };
}

export function vacancies(db: Db, q: z.output<typeof vacancyQuery>): Page<VacancyRow> {
  return vacancyPage(db, q);
}
