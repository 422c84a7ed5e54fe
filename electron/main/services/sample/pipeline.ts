// The sample's tenant-attraction pipeline (招商, issue 14): about 80 prospects with deals spread over 2024–2026 at
// every stage. Signed deals are the district's own recent arrivals (the tenant, its lease and unit, signed on the day
// it entered the district); reserved deals are its current reservations; live deals propose units no lease ever
// holds; some deals were lost. Deterministic: its own seeded stream, ids after the leases'.
import names from '../../../../assets/sample/names.json';
import { type DealStage, type ProspectSource, type TenantCategory } from '../../../../shared/enums';
import type { Draft, StageEntry } from '../../../../shared/models';
import { usccCheckChar } from '../../../../shared/uscc';
import type { NewId, Planned, PlannedBuilding } from './model';
import { SAMPLE_AS_OF, type SamplePlan } from './plan';
import { Rng, dayOf, isoOf } from './random';

const FIRST_DAY = dayOf('2024-01-02');
const AS_OF = dayOf(SAMPLE_AS_OF);
const MANAGERS = ['王磊', '李娜', '张伟', '刘洋', '陈静'];
const SOURCES: readonly (readonly [ProspectSource, number])[] = [
  ['referral', 30],
  ['event', 20],
  ['policy_desk', 25],
  ['inbound', 10],
  ['agent', 10],
  ['other', 5],
];
const CATEGORIES: readonly (readonly [TenantCategory, number])[] = [
  ['fintech', 45],
  ['professional_service', 20],
  ['research', 8],
  ['supervision_tech', 10],
  ['financial_institution', 12],
  ['other', 5],
];
/** Firms looking to come from elsewhere: the city's name and its division code for their credit codes. */
const CITIES: readonly [string, string, string][] = [
  ['上海', 'Shanghai', '310101'],
  ['深圳', 'Shenzhen', '440304'],
  ['杭州', 'Hangzhou', '330106'],
  ['天津', 'Tianjin', '120116'],
  ['广州', 'Guangzhou', '440106'],
];
const LOST_REASONS = [
  '选择了其他城市 / Chose another city',
  '租金预算不足 / Rent over budget',
  '面积需求变化 / Space need changed',
  '选择了金融街其他楼宇 / Chose another building nearby',
  '项目暂缓 / Project on hold',
];
const NOTES = [
  '',
  '',
  '关注政策支持 / Asks about policy support',
  '需要独立出入口 / Needs its own entrance',
  '希望靠近地铁 / Wants to be near the metro',
  '总部迁入意向 / Considering moving its head office',
];
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export interface PipelineInputs {
  buildings: PlannedBuilding[];
  units: Planned<'unit'>[];
  tenants: Planned<'tenant'>[];
  leases: Planned<'lease'>[];
}

export type PipelinePlan = NonNullable<SamplePlan['pipeline']>;

const STAGES_BEFORE: Record<DealStage, DealStage[]> = {
  contact: [],
  visit: ['contact'],
  proposal: ['contact', 'visit'],
  negotiation: ['contact', 'visit', 'proposal'],
  reserved: ['contact', 'visit', 'proposal', 'negotiation'],
  signed: ['contact', 'visit', 'proposal', 'negotiation'],
  lost: [],
};

const gap = (rng: Rng) => rng.int(12, 80);

/** The stages leading to `last` entered on `lastDay`, dated backwards by gaps of 12–80 days, never before 2024. */
function pathTo(rng: Rng, last: DealStage, lastDay: number, before: DealStage[]): StageEntry[] {
  const steps = before.filter((s, i) => i === 0 || rng.chance(0.8));
  const room = Math.max(0, lastDay - FIRST_DAY);
  const gaps = steps.map(() => gap(rng));
  const total = gaps.reduce((s, g) => s + g, 0);
  const scale = total > room ? room / total : 1;
  let day = lastDay;
  const entries: StageEntry[] = [{ stage: last, on: isoOf(lastDay) }];
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    day -= Math.floor((gaps[i] as number) * scale);
    entries.unshift({ stage: steps[i] as DealStage, on: isoOf(day) });
  }
  return entries;
}

/**
 * From first contact on `firstDay` forward to the last stage (skipping a stage now and then), squeezed to end by
 * `cap` — or, with `stretch`, spread to end exactly on it (a live deal's latest step).
 */
function pathFrom(rng: Rng, firstDay: number, stages: DealStage[], cap: number, stretch = false): StageEntry[] {
  const steps = stages.filter((s, i) => i === 0 || i === stages.length - 1 || rng.chance(0.8));
  const offsets = steps.map(() => 0);
  for (let i = 1; i < steps.length; i += 1) offsets[i] = (offsets[i - 1] as number) + gap(rng);
  const span = offsets[offsets.length - 1] as number;
  const scale = span > 0 && (stretch || firstDay + span > cap) ? Math.max(0, cap - firstDay) / span : 1;
  return steps.map((stage, i) => ({ stage, on: isoOf(firstDay + Math.floor((offsets[i] as number) * scale)) }));
}

function dealOf(prospectId: string, path: StageEntry[], space: Partial<Draft<'deal'>>): Draft<'deal'> {
  const last = path[path.length - 1] as StageEntry;
  return {
    prospectId,
    stage: last.stage,
    stageOn: last.on,
    history: path.slice(0, -1),
    buildingId: null,
    floor: null,
    unitIds: [],
    areaM2: null,
    startDate: null,
    endDate: null,
    rentCnyPerM2Day: null,
    lostReason: '',
    leaseIds: [],
    ...space,
  };
}

function contactOf(rng: Rng): string {
  const family = rng.pick(['周', '吴', '郑', '孙', '马', '朱', '胡', '林']);
  return `${family}${rng.pick(['先生', '女士'])} 13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

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
  const common = () => ({ contact: contactOf(rng), source: rng.weighted(SOURCES), manager: rng.pick(MANAGERS), notes: rng.pick(NOTES) });
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
      ...common(),
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
      ...common(),
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
  const codes = new Set(d.tenants.map((t) => t.draft.uscc));
  const takenNames = new Set(d.tenants.map((t) => t.draft.nameZh));
  const newFirm = (): Pick<Draft<'prospect'>, 'nameZh' | 'nameEn' | 'uscc' | 'category'> => {
    for (;;) {
      const category = rng.weighted(CATEGORIES);
      const [cityZh, cityEn, division] = rng.pick(CITIES);
      const prefix = rng.pick(names.tenantPrefixes);
      const form = rng.pick(names.tenantForms[category]);
      const nameZh = `${cityZh}${prefix[0]}${form[0]}`;
      if (takenNames.has(nameZh)) continue;
      takenNames.add(nameZh);
      let uscc = '';
      if (rng.chance(0.6)) {
        let body = `${form[2] ?? '91'}${division}`;
        for (let i = 0; i < 9; i += 1) body += USCC_CHARS.charAt(rng.int(0, USCC_CHARS.length - 1));
        uscc = body + usccCheckChar(body);
        if (codes.has(uscc)) continue;
        codes.add(uscc);
      }
      return { nameZh, nameEn: `${cityEn} ${prefix[1]} ${form[1]}`, uscc, category };
    }
  };
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
      ...common(),
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
