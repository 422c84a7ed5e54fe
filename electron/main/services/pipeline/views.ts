// Reading the pipeline at D: the board's and list's cards (filtered), one deal in full, the forecast against the
// targets and the conversion rates. Every deal is read through shared/rules/deals.ts `stageAt`.
import { pipelineForecast, probabilityOf, type ForecastDeal, type ForecastProspect } from '../../../../shared/accounting/pipeline';
import { conversionView, isStale, stageAgeOf, type ConversionView } from '../../../../shared/accounting/pipeline-flow';
import { round2 } from '../../../../shared/accounting/figures';
import { daysBetween } from '../../../../shared/dates';
import { TARGET_TENANT_CATEGORIES } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { DealRow } from '../../../../shared/models';
import type { dealsQuery } from '../../../../shared/pipeline/channels';
import type { DealCard, DealDetail, DealsView, ForecastView, UnitClash } from '../../../../shared/pipeline/views';
import { dealAreaM2, isLive, moveInOf, stageAt, stagePath } from '../../../../shared/rules/deals';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import { allDealRows, dealLeases, unitsByIds, type UnitFacts } from '../../db/repos/deals';
import { allProspects, prospectManagers, type ProspectFacts } from '../../db/repos/prospects';
import { rollupView, type RollupPath } from '../accounting/rollup';
import { getProbabilities } from './probabilities';

/** Everything the pipeline reads, once per request. */
interface PipelineData {
  deals: DealRow[];
  prospects: Map<string, ProspectFacts>;
  units: Map<string, UnitFacts>;
}

function loadPipeline(db: Db): PipelineData {
  const deals = allDealRows(db);
  return {
    deals,
    prospects: new Map(allProspects(db).map((p) => [p.id, p])),
    units: unitsByIds(
      db,
      deals.flatMap((d) => d.unitIds),
    ),
  };
}

const unitAreas = (data: PipelineData, d: DealRow) => d.unitIds.flatMap((id) => data.units.get(id)?.areaM2 ?? []);
const wantedOf = (data: PipelineData, d: DealRow) => ({ wantedMoveIn: data.prospects.get(d.prospectId)?.wantedMoveIn ?? null });

/** Unit → the deals live at D that name it. */
function liveUnitDeals(deals: readonly DealRow[], asOf: string): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  for (const d of deals) {
    const at = stageAt(d, asOf);
    if (!at || !isLive(at.stage)) continue;
    for (const u of d.unitIds) byUnit.set(u, [...(byUnit.get(u) ?? []), d.id]);
  }
  return byUnit;
}

function cardOf(
  data: PipelineData,
  d: DealRow,
  asOf: string,
  byUnit: Map<string, string[]>,
  probabilities: ReturnType<typeof getProbabilities>,
): DealCard | null {
  const at = stageAt(d, asOf);
  if (!at) return null;
  const days = daysBetween(at.on, asOf);
  const live = isLive(at.stage);
  const clashes: UnitClash[] = live
    ? d.unitIds.flatMap((unitId) => {
        const others = (byUnit.get(unitId) ?? []).filter((x) => x !== d.id);
        return others.length ? [{ unitId, label: data.units.get(unitId)?.label ?? '', dealIds: others }] : [];
      })
    : [];
  return {
    id: d.id,
    version: d.version,
    prospectId: d.prospectId,
    prospectName: d.prospectName,
    category: d.category,
    manager: d.manager,
    stage: at.stage,
    stageOn: at.on,
    daysInStage: days,
    age: stageAgeOf(days),
    stale: isStale(d, asOf),
    later: d.stageOn > asOf ? { stage: d.stage, on: d.stageOn } : null,
    buildingId: d.buildingId,
    buildingName: d.buildingName,
    zoneId: d.zoneId,
    floor: d.floor,
    unitLabels: d.unitIds.map((id) => data.units.get(id)?.label ?? '?'),
    areaM2: dealAreaM2(d.areaM2, unitAreas(data, d)),
    moveIn: moveInOf(d, wantedOf(data, d)),
    probability: probabilityOf(at.stage, probabilities),
    lostReason: d.lostReason,
    clashes,
  };
}

type DealsQuery = z.output<typeof dealsQuery>;

function keep(card: DealCard, q: DealsQuery): boolean {
  return (
    (q.manager === undefined || card.manager === q.manager) &&
    (q.zoneId === undefined || card.zoneId === q.zoneId) &&
    (q.category === undefined || card.category === q.category) &&
    (q.age === undefined || (isLive(card.stage) && card.age === q.age)) &&
    (q.prospectId === undefined || card.prospectId === q.prospectId)
  );
}

function cardsAt(db: Db, data: PipelineData, asOf: string): DealCard[] {
  const probabilities = getProbabilities(db);
  const byUnit = liveUnitDeals(data.deals, asOf);
  return data.deals.flatMap((d) => cardOf(data, d, asOf, byUnit, probabilities) ?? []);
}

export function dealsView(db: Db, q: DealsQuery): DealsView {
  const data = loadPipeline(db);
  return {
    asOf: q.asOf,
    rows: cardsAt(db, data, q.asOf).filter((c) => keep(c, q)),
    probabilities: getProbabilities(db),
    managers: prospectManagers(db),
  };
}

export function dealDetail(db: Db, id: string, asOf: string): DealDetail {
  const data = loadPipeline(db);
  const row = data.deals.find((d) => d.id === id);
  const prospect = row ? data.prospects.get(row.prospectId) : undefined;
  if (!row || !prospect) throw new AppError('not_found', `deal ${id} not found`, { entity: 'deal', id });
  const card = cardsAt(db, data, asOf).find((c) => c.id === id) ?? null;
  const { prospectName: _p, manager: _m, category: _c, zoneId: _z, buildingName: _b, ...deal } = row;
  const { tenantEnteredOn: _t, ...prospectRecord } = prospect;
  // A deal that had not begun by D is shown as it is now (its first stage lies after D).
  const current = card ?? (cardsAt(db, data, row.stageOn).find((c) => c.id === id) as DealCard);
  return {
    card: current,
    deal,
    prospect: prospectRecord,
    path: stagePath(row),
    units: row.unitIds.flatMap((u) => {
      const unit = data.units.get(u);
      return unit ? [{ id: unit.id, label: unit.label, floor: unit.floor, areaM2: unit.areaM2, use: unit.use }] : [];
    }),
    leases: dealLeases(db, row.leaseIds),
  };
}

function forecastInputs(data: PipelineData): [ForecastDeal[], Map<string, ForecastProspect>] {
  const deals = data.deals.map((d): ForecastDeal => ({
    id: d.id,
    prospectId: d.prospectId,
    stage: d.stage,
    stageOn: d.stageOn,
    history: d.history,
    moveIn: moveInOf(d, wantedOf(data, d)),
    areaM2: dealAreaM2(d.areaM2, unitAreas(data, d)),
  }));
  const prospects = new Map(
    [...data.prospects.values()].map((p): [string, ForecastProspect] => [
      p.id,
      {
        id: p.id,
        targetCategory: TARGET_TENANT_CATEGORIES.includes(p.category),
        enteredOn: p.tenantEnteredOn,
      },
    ]),
  );
  return [deals, prospects];
}

/** `path`: the roll-up's path for the counted figures ('sql' for one-shot callers such as the CLI). */
export function forecastView(
  db: Db,
  req: { asOf: string; firmsTargetId?: string; spaceTargetId?: string },
  path: RollupPath = 'memory',
): ForecastView {
  const rollup = rollupView(
    db,
    { asOf: req.asOf, by: 'zone', firmsTargetId: req.firmsTargetId, spaceTargetId: req.spaceTargetId },
    path,
    false,
  );
  const probabilities = getProbabilities(db);
  const [deals, prospects] = forecastInputs(loadPipeline(db));
  const { firms, space } = rollup.targets;
  const pipeline = pipelineForecast(deals, prospects, probabilities, req.asOf, firms?.dueDate ?? null);
  const spacePipeline = pipelineForecast(deals, prospects, probabilities, req.asOf, space?.dueDate ?? null);
  const counted = rollup.totals.newFirms;
  const leased = rollup.totals.leasedM2;
  return {
    asOf: req.asOf,
    probabilities,
    firms: { target: firms, counted, expected: pipeline.expectedFirms, outlook: round2(counted + pipeline.expectedFirms) },
    space: {
      target: space,
      leasedM2: leased,
      signedAheadM2: spacePipeline.signedAheadM2,
      expectedAreaM2: spacePipeline.expectedAreaM2,
      outlookM2: round2(leased + spacePipeline.signedAheadM2 + spacePipeline.expectedAreaM2),
    },
    pipeline,
    spacePipeline,
  };
}

export function conversion(db: Db, asOf: string): ConversionView {
  return conversionView(allDealRows(db), asOf);
}
