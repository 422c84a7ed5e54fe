// The monthly report's figures (issue 9): every part read from the same services as the dashboard, so the printed
// report is exact to the screen, plus the period comparison (shared/accounting/period.ts) and the stamp of the
// spreadsheet export (services/sheets/stamp.ts).
import { comparedPeriods, periodChanges, periodOf, type Period } from '../../../../shared/accounting/period';
import type { Locale } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { ReportData } from '../../../../shared/report';
import type { Db } from '../../db/connection';
import type { ScopeRef } from '../sheets/report';
import { zoneIdByCode, zoneName } from '../../db/repos/sheet-rows';
import { expiries, vacancies } from '../accounting/expiries';
import { indicators } from '../accounting/indicators';
import { quality } from '../accounting/quality';
import { rollupView } from '../accounting/rollup';
import { inventoryIndex } from '../accounting/snapshot';
import { trajectory } from '../accounting/trajectory';

export interface ReportRequest {
  asOf: string;
  period: Period;
  zoneCode?: string;
  lang: Locale;
}

export interface ReportContext {
  appVersion: string;
}

/** The export's scope of a report: the district, or one zone by code. */
export const stampScope = (zoneCode: string | undefined): ScopeRef =>
  zoneCode === undefined ? { kind: 'district' } : { kind: 'zone', code: zoneCode };

/** The largest vacancies the report lists. */
export const REPORT_VACANCIES = 10;

export function reportData(db: Db, req: ReportRequest, ctx: ReportContext): ReportData {
  const zoneId = req.zoneCode === undefined ? null : zoneIdByCode(db, req.zoneCode);
  if (req.zoneCode !== undefined && !zoneId)
    throw new AppError('not_found', `No zone with code ${req.zoneCode}`, { entity: 'zone', id: req.zoneCode });
  const zone = zoneId ? zoneName(db, zoneId) : null;
  const within = zoneId ? { withinId: zoneId } : {};
  const ix = inventoryIndex(db);
  const mask = zoneId ? Uint8Array.from(ix.building.zoneId, (z) => (z === zoneId ? 1 : 0)) : undefined;
  const current = periodOf(req.asOf, req.period);
  const { previous, lastYear } = comparedPeriods(current, req.period);
  return {
    asOf: req.asOf,
    period: req.period,
    zone: zoneId && zone ? { id: zoneId, code: zone.code, name: { zh: zone.zh, en: zone.en } } : null,
    indicators: indicators(db, { asOf: req.asOf }),
    byZone: rollupView(db, { asOf: req.asOf, by: zoneId ? 'park' : 'zone', ...within }),
    byPark: rollupView(db, { asOf: req.asOf, by: 'park', ...within }),
    trajectory: trajectory(db, {}),
    changes: {
      current: periodChanges(ix, current, mask),
      previous: periodChanges(ix, previous, mask),
      lastYear: periodChanges(ix, lastYear, mask),
    },
    expiries: expiries(db, req.asOf).buckets,
    vacancies: vacancies(db, {
      asOf: req.asOf,
      sortBy: 'availableM2',
      sortDir: 'desc',
      limit: REPORT_VACANCIES,
      offset: 0,
      ...(zoneId ? { zoneId } : {}),
    }).rows,
    quality: quality(db, req.asOf).counts,
    range: current,
    appVersion: ctx.appVersion,
  };
}
