// What the floor-space report holds, sheet by sheet, read from one connection inside one read transaction.
// Figures come from the one roll-up (services/accounting/rollup.ts, its SQL path, as `cli rollup` uses), so
// the Summary and the Floor schedule always equal the dashboard; vacancies from the vacancy service.
import { round2 } from '../../../../shared/accounting/figures';
import type { RollupGroup } from '../../../../shared/accounting/rollup';
import type { RollupView } from '../../../../shared/accounting/views';
import { addMonths } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { LocalName } from '../../../../shared/models';
import { word } from '../../../../shared/sheets/report-labels';
import { columnsOf, REPORT_SHEETS, type ColumnSpec, type SheetKey } from '../../../../shared/sheets/spec';
import type { Db } from '../../db/connection';
import {
  buildingLabels,
  buildingRows,
  expiryRows,
  floorUnitRows,
  leaseRows,
  parkName,
  returnRows,
  tenantRows,
  unitRows,
  zoneIdByCode,
  zoneName,
  type SheetRow,
  type SheetScope,
} from '../../db/repos/sheet-rows';
import { vacancies } from '../accounting/expiries';
import { dealsView } from '../pipeline/views';
import { rollupView } from '../accounting/rollup';
import { monthsBetween } from '../accounting/stacking';

/** The scope as a user names it: the district, a zone by its code, a park by its id. */
export type ScopeRef = { kind: 'district' } | { kind: 'zone'; code: string } | { kind: 'park'; id: string };

export interface ReportSheet {
  key: SheetKey;
  columns: readonly ColumnSpec[];
  /** How many rows (for the export's progress; the stamp does not ask, and a count costs a query). */
  count: () => number;
  rows: () => Iterable<SheetRow>;
}

export interface ReportPlan {
  scope: SheetScope;
  scopeLabel: string;
  sheets: ReportSheet[];
}

const pick = (name: LocalName, locale: Locale) => (locale === 'zh-CN' ? name.zh || name.en : name.en || name.zh);

export function resolveScope(db: Db, ref: ScopeRef, locale: Locale): { scope: SheetScope; label: string } {
  if (ref.kind === 'district') return { scope: ref, label: word('district', locale) };
  if (ref.kind === 'zone') {
    const id = zoneIdByCode(db, ref.code);
    const zone = id ? zoneName(db, id) : null;
    if (!id || !zone) throw new AppError('not_found', `No zone with code ${ref.code}`, { entity: 'zone', id: ref.code });
    return { scope: { kind: 'zone', id }, label: `${word('zone', locale)} ${zone.code} ${pick(zone, locale)}` };
  }
  const park = parkName(db, ref.id);
  if (!park) throw new AppError('not_found', `No park ${ref.id}`, { entity: 'park', id: ref.id });
  return { scope: { kind: 'park', id: ref.id }, label: `${word('park', locale)} ${pick(park, locale)}` };
}

/** District scope breaks down by zone, a zone by park, a park by building. */
const BREAKDOWN: Record<SheetScope['kind'], Exclude<RollupGroup, 'floor' | 'use'>> = { district: 'zone', zone: 'park', park: 'building' };

function summaryRows(view: RollupView, scopeLabel: string, by: RollupGroup, locale: Locale): SheetRow[] {
  const space = view.targets.space;
  const firms = view.targets.firms;
  const total: SheetRow = {
    id: '',
    level: 'district',
    name: scopeLabel,
    ...view.totals,
    spaceTargetM2: space?.value ?? null,
    gapM2: space ? round2(view.totals.providedM2 - space.value) : null,
    firmsTarget: firms?.value ?? null,
    firmsGap: firms ? view.totals.newFirms - firms.value : null,
  };
  // Ordered by the Chinese name whatever the language, so both languages hash the same rows in the same order.
  const rows = [...view.rows].sort((a, b) => a.name.zh.localeCompare(b.name.zh, 'zh-CN') || a.id.localeCompare(b.id));
  return [
    total,
    ...rows.map((r) => ({ ...r, level: by, name: r.id === '' && by === 'park' ? word('noPark', locale) : pick(r.name, locale) })),
  ];
}

export function planReport(db: Db, asOf: string, ref: ScopeRef, locale: Locale): ReportPlan {
  const { scope, label } = resolveScope(db, ref, locale);
  const withinId = scope.kind === 'district' ? undefined : scope.id;
  const by = BREAKDOWN[scope.kind];
  // No past-due targets' results: no sheet shows them, and each costs another roll-up.
  const summary = summaryRows(rollupView(db, { asOf, by, withinId }, 'sql', false), label, by, locale);

  const floorFigures = new Map(rollupView(db, { asOf, by: 'floor', withinId }, 'sql', false).rows.map((r) => [r.id, r]));
  const floors = floorUnitRows(db, scope);
  const floorRows = function* floorRows(): Iterable<SheetRow> {
    for (const f of floors.rows()) {
      const fig = floorFigures.get(`${String(f.buildingId)}:${String(f.floor)}`);
      yield {
        ...f,
        areaM2: round2(f.areaM2 as number),
        leasedM2: fig?.leasedM2 ?? 0,
        reservedM2: fig?.reservedM2 ?? 0,
        availableM2: fig?.availableM2 ?? 0,
      };
    }
  };

  const labels = buildingLabels(db, scope);
  const vacant = vacancies(db, {
    asOf,
    zoneId: scope.kind === 'zone' ? scope.id : undefined,
    sortBy: 'building',
    sortDir: 'asc',
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
  })
    .rows.filter((v) => labels.has(v.buildingId))
    .map((v) => ({
      unitId: v.unitId,
      zoneCode: labels.get(v.buildingId)?.zoneCode,
      buildingName: labels.get(v.buildingId)?.name,
      floor: v.floor,
      label: v.label,
      use: v.use,
      areaM2: v.areaM2,
      availableM2: v.availableM2,
    }));

  const expiring = expiryRows(db, scope, asOf, addMonths(asOf, 12));
  // Deals in scope: in its buildings, or (without a building) wanting its zone; the whole district takes them all.
  const deals = dealsView(db, { asOf })
    .rows.filter(
      (d) =>
        scope.kind === 'district' || (d.buildingId !== null ? labels.has(d.buildingId) : scope.kind === 'zone' && d.zoneId === scope.id),
    )
    .map((d) => ({
      dealId: d.id,
      prospectZh: d.prospectName.zh,
      prospectEn: d.prospectName.en,
      category: d.category,
      manager: d.manager,
      stage: d.stage,
      stageOn: d.stageOn,
      daysInStage: d.daysInStage,
      stale: d.stale,
      buildingName: d.buildingName?.zh ?? null,
      units: d.unitLabels.join(', '),
      areaM2: d.areaM2,
      moveIn: d.moveIn,
      probability: d.probability,
      lostReason: d.lostReason,
    }));
  const sources: Record<Exclude<SheetKey, 'about'>, { count: () => number; rows: () => Iterable<SheetRow> }> = {
    summary: { count: () => summary.length, rows: () => summary },
    buildings: wrap(buildingRows(db, scope)),
    floors: { count: () => floors.count(), rows: floorRows },
    units: wrap(unitRows(db, scope, asOf)),
    leases: wrap(leaseRows(db, scope)),
    tenants: wrap(tenantRows(db, scope)),
    returns: wrap(returnRows(db, scope)),
    vacancies: { count: () => vacant.length, rows: () => vacant },
    pipeline: { count: () => deals.length, rows: () => deals },
    expiries: {
      count: () => expiring.count(),
      rows: function* rows() {
        for (const r of expiring.rows()) yield { ...r, months: monthsBetween(asOf, r.lastDay as string) };
      },
    },
  };
  const sheets = REPORT_SHEETS.filter((k): k is Exclude<SheetKey, 'about'> => k !== 'about').map((key) => ({
    key,
    columns: columnsOf(key),
    ...sources[key],
  }));
  return { scope, scopeLabel: label, sheets };
}

function wrap(q: { count(): number; rows(): IterableIterator<SheetRow> }): { count: () => number; rows: () => Iterable<SheetRow> } {
  return { count: () => q.count(), rows: () => q.rows() };
}
