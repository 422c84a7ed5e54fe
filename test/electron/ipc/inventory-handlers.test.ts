// Every inventory channel of every entity, through the real dispatcher on a real file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLURALS, type Channel } from '../../../shared/contract';
import { ENTITIES, type EntityName } from '../../../shared/enums';
import type { Result } from '../../../shared/errors';
import { createTempSession, type TempSession } from '../../helpers/tempSession';
import { validUscc } from '../inventory/fixture';

let t: TempSession;
beforeEach(() => {
  t = createTempSession();
});
afterEach(() => t.cleanup());

type Any = Record<string, unknown> & { id: string; version: number };
/** Deals have no generic channels: their stages move through pipeline:* (test/electron/pipeline/). */
const CRUD = ENTITIES.filter((e): e is Exclude<EntityName, 'deal'> => e !== 'deal');
type Crud = (typeof CRUD)[number];
/** Untyped call by channel name (the loop below goes over all entities generically). */
async function call(channel: string, input: unknown): Promise<Any> {
  const result = (await t.raw(channel as Channel, input)) as Result<Any>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.details)}`);
  return result.value;
}

/** Creates one record of each entity (parents first) and returns drafts plus one edit per entity. */
async function world() {
  const zone = await call('zones:create', { code: 'CORE', nameZh: '核心区', nameEn: 'Core', kind: 'core', boundary: null });
  const park = await call('parks:create', { zoneId: zone.id, nameZh: '园', nameEn: 'Park', theme: '', operator: '', boundary: null });
  const building = await call('buildings:create', {
    zoneId: zone.id,
    parkId: park.id,
    nameZh: '楼',
    nameEn: 'B',
    address: '',
    isThemeBuilding: false,
    footprint: null,
    floorsAbove: 5,
    floorsBelow: 1,
    grossFloorAreaM2: null,
    declaredRentableM2: null,
    deliveryDate: '2024-01-01',
    status: 'operational',
  });
  const unit = await call('units:create', {
    buildingId: building.id,
    floor: 2,
    label: '201',
    areaM2: 120,
    use: 'office',
    countsTowardTarget: true,
    outOfService: false,
  });
  const tenant = await call('tenants:create', {
    nameZh: '企业',
    nameEn: 'Firm',
    uscc: validUscc('91110102MA01QWER1'),
    category: 'fintech',
    enteredDistrictOn: '2024-02-01',
  });
  const lease = await call('leases:create', {
    unitId: unit.id,
    tenantId: tenant.id,
    kind: 'lease',
    startDate: '2024-03-01',
    endDate: null,
    areaM2: 100,
    rentCnyPerM2Day: 9,
    terminatedOn: null,
  });
  const target = await call('targets:create', {
    metric: 'new_firms',
    value: 50,
    startDate: '2021-01-01',
    dueDate: '2025-12-31',
    zoneId: null,
    label: 'firms',
  });
  const prospect = await call('prospects:create', {
    nameZh: '意向企业',
    nameEn: 'Prospect',
    uscc: '',
    category: 'fintech',
    contact: '',
    source: 'event',
    manager: '王',
    needM2: 300,
    use: 'office',
    zoneId: zone.id,
    parkId: null,
    wantedMoveIn: '2026-09-01',
    notes: '',
    tenantId: null,
  });
  const tenantReturn = await call('returns:create', {
    tenantId: tenant.id,
    year: 2024,
    revenueCny: 1_000_000,
    headcount: 12,
    highTech: true,
    inventionPatents: 2,
    highQualityPatents: 1,
    standardsDomestic: 0,
    standardsInternational: 0,
  });
  const records: Record<Crud, Any> = { zone, park, building, unit, tenant, lease, target, tenant_return: tenantReturn, prospect };
  const edits: Record<Crud, Record<string, unknown>> = {
    zone: { nameEn: 'Core area' },
    park: { theme: 'fintech' },
    building: { floorsAbove: 6 },
    unit: { areaM2: 130 },
    tenant: { nameEn: 'Firm Ltd' },
    lease: { endDate: '2027-02-28' },
    target: { value: 60 },
    tenant_return: { revenueCny: 1_200_000 },
    prospect: { needM2: 450 },
  };
  return { records, edits };
}

describe('inventory channels for every entity', () => {
  it.each(CRUD)('%s: get, list, update, history, undo', async (entity) => {
    const { records, edits } = await world();
    const p = PLURALS[entity];
    const record = records[entity];
    const got = await call(`${p}:get`, { id: record.id });
    expect(got.id).toBe(record.id);
    const listed = await call(`${p}:list`, {});
    expect((listed as unknown as { total: number }).total).toBe(1);
    const updated = await call(`${p}:update`, { id: record.id, version: record.version, changes: edits[entity] });
    expect(updated).toMatchObject({ ...edits[entity], version: record.version + 1 });
    const history = await call('history:record', { entity, id: record.id });
    expect((history as unknown as { action: string }[]).map((h) => h.action)).toEqual(['update', 'insert']);
    await call('history:undo', {});
    const back = await call(`${p}:get`, { id: record.id });
    for (const [field, value] of Object.entries(edits[entity])) expect(back[field]).not.toEqual(value);
  });

  it.each(CRUD)('%s: dependents and delete (with what it takes, or refused)', async (entity) => {
    const { records } = await world();
    const p = PLURALS[entity];
    const record = records[entity];
    const plan = (await call(`${p}:dependents`, { id: record.id })) as unknown as { cascade: object; blocking: object };
    const result = await t.raw(`${p}:delete` as Channel, { id: record.id, version: record.version });
    if (Object.keys(plan.blocking).length) {
      expect(result).toMatchObject({ ok: false, error: { code: 'has_dependents', details: { counts: plan.blocking } } });
      expect((await call(`${p}:get`, { id: record.id })).id).toBe(record.id);
    } else {
      expect(result).toMatchObject({ ok: true, value: { deleted: { ...plan.cascade, [entity]: 1 } } });
      const gone = await t.raw(`${p}:get` as Channel, { id: record.id });
      expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('units:floors lists a building’s floors; a missing building is not_found', async () => {
    const { records } = await world();
    expect(await t.call('units:floors', { buildingId: records.building.id })).toEqual([{ floor: 2, unitCount: 1, areaM2: 120 }]);
    expect(await t.dispatch('units:floors', { buildingId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a stale version is a conflict and changes nothing', async () => {
    const { records } = await world();
    const result = await t.dispatch('units:update', { id: records.unit.id, version: 99, changes: { areaM2: 5 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.call('units:get', { id: records.unit.id })).areaM2).toBe(120);
  });
});

describe('a save with several problems names them all at once (issue 10, item 7)', () => {
  const problems = async (channel: string, input: unknown) => {
    const r = (await t.raw(channel as Channel, input)) as Result<Any>;
    if (r.ok) throw new Error(`${channel} was accepted`);
    expect(r.error.code).toBe('validation');
    return (r.error.details?.fields ?? []).map((f) => `${f.field}:${f.code}`).sort();
  };

  it('shape errors and the rules over the fields that are fine, on create and on update', async () => {
    const { records } = await world();
    // A required field, a floor the building does not have and a wrong credit code check character, in one answer.
    expect(
      await problems('units:create', {
        buildingId: records.building.id,
        floor: 9,
        label: '',
        areaM2: 80,
        use: 'office',
        countsTowardTarget: true,
        outOfService: false,
      }),
    ).toEqual(['floor:floor_out_of_range', 'label:required']);
    const badCode = validUscc('91110102MA01ABCK2').slice(0, 17) + (validUscc('91110102MA01ABCK2').endsWith('0') ? '1' : '0');
    expect(
      await problems('tenants:create', { nameZh: '', nameEn: 'X', uscc: badCode, category: 'fintech', enteredDistrictOn: 'soon' }),
    ).toEqual(['enteredDistrictOn:invalid_date', 'nameZh:required', 'uscc:uscc_checksum']);
    expect(
      await problems('tenants:update', { id: records.tenant.id, version: records.tenant.version, changes: { nameZh: '', uscc: badCode } }),
    ).toEqual(['nameZh:required', 'uscc:uscc_checksum']);
    // A lease whose dates are wrong way round and whose area is not a number, on a tenant that does not exist.
    expect(
      await problems('leases:create', {
        unitId: records.unit.id,
        tenantId: 'nobody',
        kind: 'lease',
        startDate: '2025-03-01',
        endDate: '2025-01-01',
        areaM2: 'lots',
        rentCnyPerM2Day: null,
        terminatedOn: null,
      }),
    ).toEqual(['areaM2:not_a_number', 'endDate:end_before_start', 'tenantId:reference_missing']);
    // Nothing was written.
    expect((await call('units:list', { buildingId: records.building.id })).total).toBe(1);
  });
});
