// The sample's tenant-attraction pipeline (招商, issue 14): about 80 prospects with deals spread over 2024–2026 at
// every stage. Signed deals are the district's own recent arrivals (the tenant, its lease and unit, signed on the day
// it entered the district); reserved deals are its current reservations; live deals propose units no lease ever
// holds; some deals were lost. Deterministic: its own seeded stream, ids after the leases'.
import type { DealStage } from '../../../../shared/enums';
import type { Draft, StageEntry } from '../../../../shared/models';
import { FIRST_DAY, STAGES_BEFORE, dealOf, pathFrom, pathTo } from './deal-stages';
import type { NewId, Planned, PlannedBuilding } from './model';
import { SAMPLE_AS_OF, type SamplePlan } from './plan';
import { firmMaker, prospectDetails } from './prospects';
import { Rng, dayOf, isoOf } from './random';

const AS_OF = dayOf(SAMPLE_AS_OF);
const LOST_REASONS = [
  '选择了其他城市 / Chose another city',
  '租金预算不足 / Rent over budget',
  '面积需求变化 / Space need changed',
  '选择了金融街其他楼宇 / Chose another building nearby',
  '项目暂缓 / Project on hold',
];

export interface PipelineInputs {
  buildings: PlannedBuilding[];
  units: Planned<'unit'>[];
  tenants: Planned<'tenant'>[];
  leases: Planned<'lease'>[];
}

export type PipelinePlan = NonNullable<SamplePlan['pipeline']>;

export function layoutPipeline(
  plan: PipelinePlan,
  seed: number,
  newId: NewId,
  d: PipelineInputs,
): { prospects: Planned<'prospect'>[]; deals: Planned<'deal'>[] } {
  const rng = new Rng(seed ^ 0x1e4d);
  const unitById = new Map(d.units.map((u) => [u.id, u]));
  const buildingById = new Map(d.buildings.map((b) => [b.id, b]));
  const prospects: Planned<'prospect'>[] = [];
  const deals: Planned<'deal'>[] = [];
  const addProspect = (draft: Draft<'prospect'>) => {
    const id = newId();
    prospects.push({ id, draft });
    return id;
  };
  const addDeal = (draft: Draft<'deal'>) => deals.push({ id: newId(), draft });
  const placeOf = (unitId: string) => {
    const unit = unitById.get(unitId) as Planned<'unit'>;
    const building = buildingById.get(unit.draft.buildingId) as PlannedBuilding;
    return { unit, building };
  };

  // Signed: recent arrivals with a lease, signed the day they entered the district; then firms already here that took
  // more space (their lease signed a few weeks before it began).
  const tenantById = new Map(d.tenants.map((t) => [t.id, t]));
  const firstLease = new Map<string, Planned<'lease'>>();
  for (const l of d.leases) {
    const current = firstLease.get(l.draft.tenantId);
    if (l.draft.kind === 'lease' && (!current || l.draft.startDate < current.draft.startDate)) firstLease.set(l.draft.tenantId, l);
  }
  const arrivals = d.tenants.flatMap((t): [Planned<'tenant'>, Planned<'lease'>, number][] => {
    const entered = t.draft.enteredDistrictOn;
    const lease = firstLease.get(t.id);
    const fits =
      entered !== null && entered >= '2024-03-01' && entered <= SAMPLE_AS_OF && lease !== undefined && lease.draft.startDate >= entered;
    return fits ? [[t, lease, dayOf(entered)]] : [];
  });
  const expansions = d.leases.flatMap((l): [Planned<'tenant'>, Planned<'lease'>, number][] => {
    const t = tenantById.get(l.draft.tenantId) as Planned<'tenant'>;
    const entered = t.draft.enteredDistrictOn;
    const fits =
      l.draft.kind === 'lease' &&
      l.draft.startDate >= '2024-04-01' &&
      l.draft.startDate <= SAMPLE_AS_OF &&
      entered !== null &&
      entered < '2021-01-01';
    return fits ? [[t, l, dayOf(l.draft.startDate) - rng.int(10, 60)]] : [];
  });
  const used = new Set<string>();
  const signings = [...rng.shuffle(arrivals).slice(0, plan.signed), ...rng.shuffle(expansions)]
    .filter(([t]) => !used.has(t.id) && used.add(t.id))
    .slice(0, plan.signed);
  for (const [t, lease, signedOn] of signings) {
    const { unit, building } = placeOf(lease.draft.unitId);
    const prospectId = addProspect({
      nameZh: t.draft.nameZh,
      nameEn: t.draft.nameEn,
      uscc: t.draft.uscc,
      category: t.draft.category,
      ...prospectDetails(rng),
      needM2: lease.draft.areaM2,
      use: unit.draft.use,
      zoneId: building.draft.zoneId,
      parkId: building.draft.parkId,
      wantedMoveIn: lease.draft.startDate,
      tenantId: t.id,
    });
    addDeal(
      dealOf(prospectId, pathTo(rng, 'signed', signedOn, STAGES_BEFORE.signed), {
        buildingId: building.id,
        floor: unit.draft.floor,
        unitIds: [unit.id],
        areaM2: lease.draft.areaM2 < unit.draft.areaM2 ? lease.draft.areaM2 : null,
        startDate: lease.draft.startDate,
        endDate: lease.draft.endDate,
        rentCnyPerM2Day: lease.draft.rentCnyPerM2Day,
        leaseIds: [lease.id],
      }),
    );
  }

  // Reserved: the district's reservations that hold space at the sample's date, made through a deal.
  const holding = d.leases.filter(
    (l) =>
      l.draft.kind === 'reservation' &&
      l.draft.startDate >= '2025-01-01' &&
      l.draft.startDate <= SAMPLE_AS_OF &&
      (l.draft.endDate === null || l.draft.endDate >= SAMPLE_AS_OF) &&
      l.draft.terminatedOn === null,
  );
  const reservedTenants = new Set<string>();
  const signedTenants = new Set(prospects.map((p) => p.draft.tenantId));
  for (const r of rng.shuffle([...holding])) {
    if (reservedTenants.size >= plan.reserved || reservedTenants.has(r.draft.tenantId) || signedTenants.has(r.draft.tenantId)) continue;
    reservedTenants.add(r.draft.tenantId);
    const t = tenantById.get(r.draft.tenantId) as Planned<'tenant'>;
    const { unit, building } = placeOf(r.draft.unitId);
    const moveIn = r.draft.endDate === null ? null : isoOf(dayOf(r.draft.endDate) + 1);
    const prospectId = addProspect({
      nameZh: t.draft.nameZh,
      nameEn: t.draft.nameEn,
      uscc: t.draft.uscc,
      category: t.draft.category,
      ...prospectDetails(rng),
      needM2: r.draft.areaM2,
      use: unit.draft.use,
      zoneId: building.draft.zoneId,
      parkId: null,
      wantedMoveIn: moveIn,
      tenantId: t.id,
    });
    addDeal(
      dealOf(prospectId, pathTo(rng, 'reserved', dayOf(r.draft.startDate), STAGES_BEFORE.reserved), {
        buildingId: building.id,
        floor: unit.draft.floor,
        unitIds: [unit.id],
        areaM2: r.draft.areaM2 < unit.draft.areaM2 ? r.draft.areaM2 : null,
        startDate: moveIn,
        leaseIds: [r.id],
      }),
    );
  }

  // Live and lost: firms from other cities, proposing units that no lease ever holds.
  const everLet = new Set(d.leases.map((l) => l.draft.unitId));
  const free = d.units.filter((u) => {
    const b = buildingById.get(u.draft.buildingId);
    return (
      !everLet.has(u.id) &&
      u.draft.countsTowardTarget &&
      !u.draft.outOfService &&
      (u.draft.use === 'office' || u.draft.use === 'lab') &&
      b !== undefined &&
      b.draft.deliveryDate !== null &&
      b.draft.deliveryDate <= SAMPLE_AS_OF
    );
  });
  const newFirm = firmMaker(rng, d.tenants);
  const LIVE: readonly (readonly [DealStage, number])[] = [
    ['contact', 10],
    ['visit', 9],
    ['proposal', 12],
    ['negotiation', 9],
  ];
  for (let i = 0; i < plan.live + plan.lost; i += 1) {
    const lost = i >= plan.live;
    const firm = newFirm();
    const unit = rng.pick(free);
    const building = buildingById.get(unit.draft.buildingId) as PlannedBuilding;
    // Live deals began within the last 16 months and most moved within the last four weeks; lost ones began any time
    // since 2024 and were lost 2–16 weeks after their last step.
    const target = lost
      ? rng.weighted([
          ['contact', 3],
          ['visit', 3],
          ['proposal', 3],
          ['negotiation', 2],
        ] as const)
      : rng.weighted(LIVE);
    const stages = [...STAGES_BEFORE[target], target];
    const latest = AS_OF - (rng.chance(0.65) ? rng.int(0, 28) : rng.int(31, 160));
    const firstDay = lost ? rng.int(FIRST_DAY, AS_OF - 60) : stages.length === 1 ? latest : latest - rng.int(30, 480);
    const path = lost ? pathFrom(rng, firstDay, stages, AS_OF - 20) : pathFrom(rng, firstDay, stages, latest, true);
    if (lost) path.push({ stage: 'lost', on: isoOf(Math.min(AS_OF, dayOf((path[path.length - 1] as StageEntry).on) + rng.int(14, 110))) });
    const prospectId = addProspect({
      ...firm,
      ...prospectDetails(rng),
      needM2: Math.round(unit.draft.areaM2 * rng.float(0.85, 1.1)),
      use: unit.draft.use,
      zoneId: rng.chance(0.7) ? building.draft.zoneId : null,
      parkId: null,
      wantedMoveIn: rng.chance(0.85) ? isoOf(firstDay + rng.int(90, 420)) : null,
      tenantId: null,
    });
    // From a proposal on, a deal names a unit, or a floor area in the unit's building; earlier it names nothing.
    const proposed = path.some((e) => e.stage === 'proposal' || e.stage === 'negotiation');
    const floorArea = proposed && rng.chance(0.2);
    addDeal(
      dealOf(prospectId, path, {
        buildingId: proposed ? building.id : null,
        floor: floorArea ? unit.draft.floor : null,
        unitIds: proposed && !floorArea ? [unit.id] : [],
        areaM2: floorArea ? Math.round(unit.draft.areaM2) : null,
        rentCnyPerM2Day: proposed && rng.chance(0.6) ? Math.round(rng.float(6, 12) * 10) / 10 : null,
        lostReason: lost ? rng.pick(LOST_REASONS) : '',
      }),
    );
  }
  // Two live deals offer the same unit, so the board flags both.
  const [first, second] = deals.filter(
    (x) => (x.draft.stage === 'proposal' || x.draft.stage === 'negotiation') && x.draft.unitIds.length === 1,
  );
  if (first && second) second.draft = { ...second.draft, buildingId: first.draft.buildingId, unitIds: [...first.draft.unitIds] };
  return { prospects, deals };
}
