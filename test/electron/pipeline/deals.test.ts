// Deals through the real dispatcher on a real file: stages dated in change_log, "reserved" making the reservation
// and "signed" the lease and the tenant through the inventory's own rules, errors surfacing on the deal, one undo
// per step, and the forecast and roll-up moving as they should (figures computed here from the fixture's areas).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import type { Deal, Prospect } from '../../../shared/models';
import { createTempSession, type TempSession } from '../../helpers/tempSession';
import { validUscc } from '../inventory/fixture';

let t: TempSession;
beforeEach(() => {
  t = createTempSession();
});
afterEach(() => t.cleanup());

const UNIT_A = 120;
const UNIT_B = 200;

/** A zone, a delivered building with two units (B fully let to an existing firm), and the district's targets. */
async function world() {
  const zone = await t.call('zones:create', { code: 'CORE', nameZh: '核心区', nameEn: 'Core', kind: 'core', boundary: null });
  const building = await t.call('buildings:create', {
    zoneId: zone.id,
    parkId: null,
    nameZh: '一号楼',
    nameEn: 'Building 1',
    address: '',
    isThemeBuilding: false,
    footprint: null,
    floorsAbove: 8,
    floorsBelow: 0,
    grossFloorAreaM2: null,
    declaredRentableM2: null,
    deliveryDate: '2023-01-01',
    status: 'operational',
  });
  const unitA = await t.call('units:create', {
    buildingId: building.id,
    floor: 3,
    label: 'A301',
    areaM2: UNIT_A,
    use: 'office',
    countsTowardTarget: true,
    outOfService: false,
  });
  const unitB = await t.call('units:create', {
    buildingId: building.id,
    floor: 3,
    label: 'B302',
    areaM2: UNIT_B,
    use: 'office',
    countsTowardTarget: true,
    outOfService: false,
  });
  const firm = await t.call('tenants:create', {
    nameZh: '老企业',
    nameEn: 'Old Firm',
    uscc: validUscc('91110102MA01A1D01'),
    category: 'fintech',
    enteredDistrictOn: '2019-01-01',
  });
  await t.call('leases:create', {
    unitId: unitB.id,
    tenantId: firm.id,
    kind: 'lease',
    startDate: '2024-01-01',
    endDate: null,
    areaM2: UNIT_B,
    rentCnyPerM2Day: 8,
    terminatedOn: null,
  });
  await t.call('targets:create', {
    metric: 'new_firms',
    value: 50,
    startDate: '2021-01-01',
    dueDate: '2025-12-31',
    zoneId: null,
    label: 'firms',
  });
  await t.call('targets:create', {
    metric: 'space_provided_m2',
    value: 1000,
    startDate: '2021-01-01',
    dueDate: '2025-12-31',
    zoneId: null,
    label: 'space',
  });
  return { zone, building, unitA, unitB, firm };
}

const prospectDraft = (over: Partial<InputOf<'prospects:create'>> = {}): InputOf<'prospects:create'> => ({
  nameZh: '新金融科技',
  nameEn: 'New Fintech',
  uscc: validUscc('91110102MA01NEW01'),
  category: 'fintech',
  contact: '张三 138',
  source: 'referral',
  manager: '李经理',
  needM2: 120,
  use: 'office',
  zoneId: null,
  parkId: null,
  wantedMoveIn: '2025-05-01',
  notes: '',
  tenantId: null,
  ...over,
});

async function newDeal(
  prospect: Prospect,
  unitIds: string[],
  buildingId: string,
  stage: Deal['stage'] = 'contact',
  stageOn = '2025-01-10',
): Promise<Deal> {
  return t.call('pipeline:create-deal', {
    prospectId: prospect.id,
    stage,
    stageOn,
    buildingId,
    floor: null,
    unitIds,
    areaM2: null,
    startDate: null,
    endDate: null,
    rentCnyPerM2Day: null,
    lostReason: '',
  });
}

const move = async (deal: Deal, stage: Deal['stage'], on: string, lostReason?: string) =>
  t.call('pipeline:move-deal', { id: deal.id, version: deal.version, stage, on, ...(lostReason ? { lostReason } : {}) });

const totals = async (asOf: string) => (await t.call('accounting:rollup', { asOf, by: 'zone' })).totals;

describe('a deal from first contact to a signed lease', () => {
  it('dates every stage in change_log, reserves, signs, makes the tenant, and moves the firms and leased figures', async () => {
    const w = await world();
    const prospect = await t.call('prospects:create', prospectDraft());
    let deal = await newDeal(prospect, [w.unitA.id], w.building.id);
    deal = await move(deal, 'visit', '2025-01-20');
    deal = await move(deal, 'proposal', '2025-02-01');
    deal = await move(deal, 'negotiation', '2025-02-10');
    expect(deal.history).toEqual([
      { stage: 'contact', on: '2025-01-10' },
      { stage: 'visit', on: '2025-01-20' },
      { stage: 'proposal', on: '2025-02-01' },
    ]);
    // One change_log row per step, each carrying the stage it moved to and its date.
    const log = t.session.db
      .prepare(
        "SELECT json_extract(after, '$.stage') AS stage, json_extract(after, '$.stageOn') AS on_ FROM change_log WHERE entity = 'deal' ORDER BY seq",
      )
      .all();
    expect(log).toEqual([
      { stage: 'contact', on_: '2025-01-10' },
      { stage: 'visit', on_: '2025-01-20' },
      { stage: 'proposal', on_: '2025-02-01' },
      { stage: 'negotiation', on_: '2025-02-10' },
    ]);

    const before = await totals('2025-03-15');
    const forecastBefore = await t.call('pipeline:forecast', { asOf: '2025-03-15' });
    expect(forecastBefore.firms.expected).toBe(0.5);

    deal = await move(deal, 'reserved', '2025-03-01');
    const tenantId = (await t.call('prospects:get', { id: prospect.id })).tenantId;
    expect(tenantId).not.toBeNull();
    const tenant = await t.call('tenants:get', { id: tenantId as string });
    expect(tenant).toMatchObject({
      nameZh: '新金融科技',
      nameEn: 'New Fintech',
      uscc: prospect.uscc,
      category: 'fintech',
      enteredDistrictOn: null,
    });
    const [reservation] = (await t.call('leases:list', { tenantId: tenantId as string })).rows;
    expect(reservation).toMatchObject({
      kind: 'reservation',
      startDate: '2025-03-01',
      endDate: '2025-04-30',
      areaM2: UNIT_A,
      unitId: w.unitA.id,
    });
    expect(deal.leaseIds).toEqual([reservation?.id]);
    const reserved = await totals('2025-03-15');
    expect(reserved.reservedM2).toBe(before.reservedM2 + UNIT_A);
    expect((await t.call('pipeline:forecast', { asOf: '2025-03-15' })).firms.expected).toBe(0.8);

    deal = await move(deal, 'signed', '2025-04-10');
    expect(deal.startDate).toBe('2025-05-01');
    const leases = (await t.call('leases:list', { tenantId: tenantId as string, sortBy: 'startDate' })).rows;
    expect(leases.map((l) => [l.kind, l.startDate, l.endDate, l.areaM2])).toEqual([
      ['reservation', '2025-03-01', '2025-04-30', UNIT_A],
      ['lease', '2025-05-01', null, UNIT_A],
    ]);
    expect((await t.call('tenants:get', { id: tenantId as string })).enteredDistrictOn).toBe('2025-04-10');
    const signed = await totals('2025-06-01');
    const beforeAtJune = before; // nothing else changed between March and June in the fixture
    expect(signed.leasedM2).toBe(beforeAtJune.leasedM2 + UNIT_A);
    expect(signed.newFirms).toBe(beforeAtJune.newFirms + 1);
    const after = await t.call('pipeline:forecast', { asOf: '2025-06-01' });
    // Counted once, as a lease and a new firm; nothing of it left in the pipeline.
    expect(after.firms).toMatchObject({ counted: beforeAtJune.newFirms + 1, expected: 0, outlook: beforeAtJune.newFirms + 1 });
    expect(after.space).toMatchObject({ leasedM2: beforeAtJune.leasedM2 + UNIT_A, signedAheadM2: 0, expectedAreaM2: 0 });
    // Seen at a date before the signing, the same deal is still reserved (the forecast is as of D).
    expect((await t.call('pipeline:forecast', { asOf: '2025-03-15' })).firms.expected).toBe(0.8);

    // One undo takes the signing back: the lease, the entry date and the reservation's end.
    await t.call('history:undo', {});
    expect((await t.call('leases:list', { tenantId: tenantId as string })).rows.map((l) => l.kind)).toEqual(['reservation']);
    expect((await t.call('tenants:get', { id: tenantId as string })).enteredDistrictOn).toBeNull();
    expect((await totals('2025-06-01')).newFirms).toBe(beforeAtJune.newFirms);
    const card = (await t.call('pipeline:deals', { asOf: '2025-06-01' })).rows.find((c) => c.id === deal.id);
    expect(card?.stage).toBe('reserved');
  });

  it('an over-let unit refuses the reservation as an error of the deal, naming the unit, and writes nothing', async () => {
    const w = await world();
    const prospect = await t.call('prospects:create', prospectDraft());
    const deal = await newDeal(prospect, [w.unitB.id], w.building.id, 'negotiation', '2025-02-01');
    const tenantsBefore = (await t.call('tenants:list', {})).total;
    const result = await t.dispatch('pipeline:move-deal', { id: deal.id, version: deal.version, stage: 'reserved', on: '2025-03-01' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ field: 'unitIds', code: 'over_lease', params: { label: 'B302' } }] } },
    });
    expect((await t.call('pipeline:deal', { id: deal.id, asOf: '2025-03-01' })).deal).toMatchObject({
      stage: 'negotiation',
      version: deal.version,
      leaseIds: [],
    });
    expect((await t.call('tenants:list', {})).total).toBe(tenantsBefore);
    expect((await t.call('prospects:get', { id: prospect.id })).tenantId).toBeNull();
  });

  it('stepping back from reserved ends the reservation; signing without a start date or units is refused', async () => {
    const w = await world();
    const prospect = await t.call('prospects:create', prospectDraft({ wantedMoveIn: null }));
    let deal = await newDeal(prospect, [w.unitA.id], w.building.id, 'reserved', '2025-03-01');
    expect(deal.leaseIds).toHaveLength(1);
    const noStart = await t.dispatch('pipeline:move-deal', { id: deal.id, version: deal.version, stage: 'signed', on: '2025-04-01' });
    expect(noStart).toMatchObject({ ok: false, error: { details: { fields: [{ field: 'startDate', code: 'deal_needs_start' }] } } });
    deal = await move(deal, 'lost', '2025-04-01', '选择了其他城市');
    const [res] = (await t.call('leases:list', { unitId: w.unitA.id })).rows;
    expect(res).toMatchObject({ kind: 'reservation', terminatedOn: '2025-04-01' });
    expect((await totals('2025-04-02')).reservedM2).toBe(0);
    const bare = await newDeal(prospect, [], w.building.id, 'negotiation', '2025-04-01');
    const noUnits = await t.dispatch('pipeline:move-deal', { id: bare.id, version: bare.version, stage: 'reserved', on: '2025-04-05' });
    expect(noUnits).toMatchObject({ ok: false, error: { details: { fields: [{ field: 'unitIds', code: 'deal_needs_units' }] } } });
    // A reserved deal's space is held by its reservation: edit it only after moving back.
    const held = await newDeal(prospect, [w.unitA.id], w.building.id, 'reserved', '2025-05-01');
    const fixed = await t.dispatch('pipeline:update-deal', { id: held.id, version: held.version, changes: { unitIds: [] } });
    expect(fixed).toMatchObject({ ok: false, error: { details: { fields: [{ field: 'unitIds', code: 'deal_space_fixed' }] } } });
  });
});

describe('the board at D', () => {
  it('flags a unit offered in two live deals on both, marks stale deals, filters, and refuses moves before the latest stage', async () => {
    const w = await world();
    const p1 = await t.call('prospects:create', prospectDraft());
    const p2 = await t.call(
      'prospects:create',
      prospectDraft({ nameZh: '第二家', nameEn: 'Second', uscc: '', manager: '赵经理', category: 'professional_service' }),
    );
    const d1 = await newDeal(p1, [w.unitA.id], w.building.id, 'proposal', '2025-01-01');
    const d2 = await newDeal(p2, [w.unitA.id], w.building.id, 'visit', '2025-02-20');
    const view = await t.call('pipeline:deals', { asOf: '2025-03-01' });
    const card = (id: string) => view.rows.find((c) => c.id === id);
    expect(card(d1.id)?.clashes).toEqual([{ unitId: w.unitA.id, label: 'A301', dealIds: [d2.id] }]);
    expect(card(d2.id)?.clashes).toEqual([{ unitId: w.unitA.id, label: 'A301', dealIds: [d1.id] }]);
    expect([card(d1.id)?.stale, card(d1.id)?.daysInStage, card(d2.id)?.stale]).toEqual([true, 59, false]);
    expect(view.managers).toEqual(['李经理', '赵经理'].sort());
    expect((await t.call('pipeline:deals', { asOf: '2025-03-01', manager: '赵经理' })).rows.map((c) => c.id)).toEqual([d2.id]);
    expect((await t.call('pipeline:deals', { asOf: '2025-03-01', category: 'fintech' })).rows.map((c) => c.id)).toEqual([d1.id]);
    expect((await t.call('pipeline:deals', { asOf: '2025-03-01', age: 'month' })).rows.map((c) => c.id)).toEqual([d1.id]);
    // Before d2 began, only d1 is on the board, and without a clash.
    const early = await t.call('pipeline:deals', { asOf: '2025-02-01' });
    expect(early.rows.map((c) => [c.id, c.clashes.length])).toEqual([[d1.id, 0]]);
    const tooEarly = await t.dispatch('pipeline:move-deal', { id: d2.id, version: d2.version, stage: 'proposal', on: '2025-02-01' });
    expect(tooEarly).toMatchObject({ ok: false, error: { details: { fields: [{ field: 'stageOn', code: 'stage_date_before' }] } } });
  });
});

describe('prospects', () => {
  it('convert into a tenant carrying their data, or link to the tenant with their credit code; deletes are guarded', async () => {
    const w = await world();
    const fresh = await t.call('prospects:create', prospectDraft());
    const tenant = await t.call('pipeline:convert', { id: fresh.id, version: fresh.version });
    expect(tenant).toMatchObject({
      nameZh: fresh.nameZh,
      nameEn: fresh.nameEn,
      uscc: fresh.uscc,
      category: 'fintech',
      enteredDistrictOn: null,
    });
    expect((await t.call('prospects:get', { id: fresh.id })).tenantName).toEqual({ zh: fresh.nameZh, en: fresh.nameEn });
    const known = await t.call('prospects:create', prospectDraft({ nameZh: '老企业扩租', uscc: w.firm.uscc }));
    expect((await t.call('pipeline:convert', { id: known.id, version: known.version })).id).toBe(w.firm.id);
    // The tenant and the building are named by the pipeline: deleting them is refused; the prospect takes its deals.
    const deal = await newDeal(fresh, [w.unitA.id], w.building.id);
    expect(await t.dispatch('buildings:delete', { id: w.building.id, version: w.building.version })).toMatchObject({
      ok: false,
      error: { code: 'has_dependents', details: { counts: { deal: 1 } } },
    });
    expect(await t.dispatch('units:delete', { id: w.unitA.id, version: w.unitA.version })).toMatchObject({
      ok: false,
      error: { code: 'has_dependents', details: { counts: { deal: 1 } } },
    });
    const current = await t.call('prospects:get', { id: fresh.id });
    expect(await t.call('prospects:delete', { id: fresh.id, version: current.version })).toEqual({ deleted: { deal: 1, prospect: 1 } });
    expect(await t.dispatch('pipeline:deal', { id: deal.id, asOf: '2025-01-10' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await t.call('history:undo', {});
    expect((await t.call('pipeline:deal', { id: deal.id, asOf: '2025-01-10' })).deal.id).toBe(deal.id);
  });

  it('vacancy matching offers the free unit that fits, not the let one, and a proposal made from it names that unit', async () => {
    const w = await world();
    const p = await t.call('prospects:create', prospectDraft({ needM2: 110, zoneId: w.zone.id }));
    const view = await t.call('pipeline:matches', { prospectId: p.id, asOf: '2025-03-01' });
    expect(view.date).toBe('2025-05-01');
    expect(view.matches.map((m) => [m.unitLabels.join('+'), m.areaM2])).toEqual([['A301', 110]]);
    const m = view.matches[0];
    const deal = await t.call('pipeline:create-deal', {
      prospectId: p.id,
      stage: 'proposal',
      stageOn: '2025-03-01',
      buildingId: m?.buildingId ?? null,
      floor: m?.floor ?? null,
      unitIds: m?.unitIds ?? [],
      areaM2: m?.proposalAreaM2 ?? null,
      startDate: null,
      endDate: null,
      rentCnyPerM2Day: null,
      lostReason: '',
    });
    expect((await t.call('pipeline:deal', { id: deal.id, asOf: '2025-03-01' })).card).toMatchObject({
      unitLabels: ['A301'],
      areaM2: 110,
      moveIn: '2025-05-01',
    });
  });

  it('probabilities are editable, checked, and feed the forecast', async () => {
    const w = await world();
    const p = await t.call('prospects:create', prospectDraft());
    await newDeal(p, [w.unitA.id], w.building.id, 'negotiation', '2025-02-01');
    expect((await t.call('pipeline:forecast', { asOf: '2025-03-01' })).firms.expected).toBe(0.5);
    await t.call('pipeline:set-probabilities', { contact: 0.02, visit: 0.1, proposal: 0.3, negotiation: 0.6, reserved: 0.9 });
    const f = await t.call('pipeline:forecast', { asOf: '2025-03-01' });
    expect([f.firms.expected, f.space.expectedAreaM2]).toEqual([0.6, 0.6 * UNIT_A]);
    expect(
      await t.dispatch('pipeline:set-probabilities', { contact: 2, visit: 0.1, proposal: 0.3, negotiation: 0.6, reserved: 0.9 }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
