import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, type FieldError } from '../../../shared/errors';
import { createRecord, deleteRecord, updateRecord } from '../../../electron/main/services/inventory/crud';
import { deletePlan } from '../../../electron/main/services/inventory/deletion';
import { count, seedMini, tempDb, validUscc } from './fixture';

let ctx: ReturnType<typeof tempDb>;
let mini: ReturnType<typeof seedMini>;
beforeEach(() => {
  ctx = tempDb();
  mini = seedMini(ctx.db);
});
afterEach(() => ctx.cleanup());

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

function fieldErrors(fn: () => unknown): FieldError[] {
  const err = caught(fn);
  expect(err.code).toBe('validation');
  return err.details?.fields ?? [];
}

const leaseDraft = (over: Record<string, unknown> = {}) => ({
  unitId: mini.unitA.id,
  tenantId: mini.tenant.id,
  kind: 'lease' as const,
  startDate: '2024-06-01',
  endDate: '2024-12-31',
  areaM2: 30,
  rentCnyPerM2Day: null,
  terminatedOn: null,
  ...over,
});

describe('cross-record rules', () => {
  it('rejects a floor outside the building, naming the range', () => {
    const errors = fieldErrors(() => createRecord(ctx.db, 'unit', { ...mini.unitB, label: '1101', floor: 11 }));
    expect(errors).toEqual([{ field: 'floor', code: 'floor_out_of_range', params: { range: 'B2–B1, 1–10' } }]);
    expect(fieldErrors(() => createRecord(ctx.db, 'unit', { ...mini.unitB, label: 'X0', floor: 0 }))[0]?.code).toBe('floor_out_of_range');
  });

  it('rejects a lease larger than its unit', () => {
    expect(fieldErrors(() => createRecord(ctx.db, 'lease', leaseDraft({ areaM2: 101 })))).toEqual([
      { field: 'areaM2', code: 'area_exceeds_unit', params: { max: 100 } },
    ]);
  });

  it('rejects over-leasing and names the lease it collides with', () => {
    const [error] = fieldErrors(() => createRecord(ctx.db, 'lease', leaseDraft({ areaM2: 41, kind: 'reservation' })));
    expect(error?.code).toBe('over_lease');
    expect(error?.params).toMatchObject({ date: '2024-06-01', total: 101, max: 100, leaseId: mini.lease.id, tenant: '某金融科技公司' });
  });

  it('accepts a lease that fits next to the existing one, and one after it ends', () => {
    createRecord(ctx.db, 'lease', leaseDraft({ areaM2: 40 }));
    createRecord(ctx.db, 'lease', leaseDraft({ areaM2: 100, startDate: '2026-01-01', endDate: null }));
    expect(count(ctx.db, 'lease')).toBe(3);
  });

  it('rejects end before start', () => {
    expect(fieldErrors(() => createRecord(ctx.db, 'lease', leaseDraft({ endDate: '2024-05-31' })))[0]?.code).toBe('end_before_start');
  });

  it('checks and de-duplicates the credit code', () => {
    const base = { nameZh: '乙公司', nameEn: '', category: 'fintech' as const, enteredDistrictOn: null };
    expect(fieldErrors(() => createRecord(ctx.db, 'tenant', { ...base, uscc: '91110102MA01ABCD1X' }))[0]?.code).toMatch(
      /uscc_(checksum|format)/,
    );
    expect(fieldErrors(() => createRecord(ctx.db, 'tenant', { ...base, uscc: 'ABC' }))[0]?.code).toBe('uscc_format');
    expect(fieldErrors(() => createRecord(ctx.db, 'tenant', { ...base, uscc: mini.tenant.uscc.toLowerCase() }))).toEqual([
      { field: 'uscc', code: 'uscc_duplicate', params: { name: '某金融科技公司' } },
    ]);
    const ok = createRecord(ctx.db, 'tenant', { ...base, uscc: validUscc('91110102MA01ABCD2').toLowerCase() });
    expect(ok.uscc).toBe(ok.uscc.toUpperCase());
  });

  it('requires a building’s park to lie in the same zone', () => {
    const errors = fieldErrors(() => updateRecord(ctx.db, 'building', mini.building.id, 1, { zoneId: mini.wing.id }));
    expect(errors).toEqual([{ field: 'parkId', code: 'park_zone_mismatch' }]);
  });

  it('refuses to shrink a building below floors that have units, or a unit below its leases', () => {
    expect(fieldErrors(() => updateRecord(ctx.db, 'building', mini.building.id, 1, { floorsAbove: 2 }))[0]).toMatchObject({
      field: 'floorsAbove',
      code: 'floor_has_units',
      params: { floor: 3 },
    });
    expect(fieldErrors(() => updateRecord(ctx.db, 'unit', mini.unitA.id, 1, { areaM2: 50 }))[0]?.code).toBe('unit_area_below_leases');
  });

  it('refuses a stale version and writes nothing', () => {
    updateRecord(ctx.db, 'unit', mini.unitB.id, 1, { areaM2: 260 });
    expect(() => updateRecord(ctx.db, 'unit', mini.unitB.id, 1, { areaM2: 270 })).toThrow(/version/);
    expect(ctx.db.prepare('SELECT area_m2 AS a, version AS v FROM unit WHERE id = ?').get(mini.unitB.id)).toEqual({ a: 260, v: 2 });
  });

  it('an update key sent as undefined leaves the field as it was (it cannot clear an end date past the rules)', () => {
    const updated = updateRecord(ctx.db, 'lease', mini.lease.id, 1, { startDate: '2024-02-01', endDate: undefined });
    expect(updated.endDate).toBe('2025-12-31');
    expect(
      fieldErrors(() => createRecord(ctx.db, 'lease', leaseDraft({ areaM2: 41, endDate: undefined as unknown as null })))[0]?.code,
    ).toBe('over_lease');
  });

  it('refuses to move a park to another zone while its buildings stay behind', () => {
    expect(fieldErrors(() => updateRecord(ctx.db, 'park', mini.park.id, 1, { zoneId: mini.wing.id }))).toEqual([
      { field: 'zoneId', code: 'park_buildings_elsewhere', params: { count: 1 } },
    ]);
  });

  it('a duplicate zone code is a field error', () => {
    expect(
      fieldErrors(() => createRecord(ctx.db, 'zone', { code: 'CORE', nameZh: 'x', nameEn: 'x', kind: 'cluster', boundary: null })),
    ).toEqual([{ field: 'code', code: 'code_duplicate' }]);
  });
});

describe('deleting', () => {
  it('a building takes its units and their leases, and says so first', () => {
    expect(deletePlan(ctx.db, 'building', mini.building.id)).toEqual({ cascade: { unit: 2, lease: 1 }, blocking: {} });
    expect(deleteRecord(ctx.db, 'building', mini.building.id, 1)).toEqual({ deleted: { lease: 1, unit: 2, building: 1 } });
    expect([count(ctx.db, 'building'), count(ctx.db, 'unit'), count(ctx.db, 'lease')]).toEqual([0, 0, 0]);
  });

  it('a tenant with leases and a zone with parks are refused, naming the counts', () => {
    expect(deletePlan(ctx.db, 'tenant', mini.tenant.id).blocking).toEqual({ lease: 1 });
    expect(() => deleteRecord(ctx.db, 'tenant', mini.tenant.id, 1)).toThrow(AppError);
    const refusal = caught(() => deleteRecord(ctx.db, 'zone', mini.zone.id, 1));
    expect(refusal.code).toBe('has_dependents');
    expect(refusal.details?.counts).toEqual({ park: 1, building: 1 });
    expect(count(ctx.db, 'tenant')).toBe(1);
    expect(count(ctx.db, 'zone')).toBe(2);
  });

  it('every write is in the change log', () => {
    deleteRecord(ctx.db, 'unit', mini.unitA.id, 1);
    const actions = ctx.db.prepare("SELECT entity, action FROM change_log WHERE action = 'delete' ORDER BY seq").all();
    expect(actions).toEqual([
      { entity: 'lease', action: 'delete' },
      { entity: 'unit', action: 'delete' },
    ]);
  });
});
