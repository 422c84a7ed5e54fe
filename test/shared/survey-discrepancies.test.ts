// Observations against records: each discrepancy kind on hand-made cases, on the edge of "active at D", and the
// area tolerance on both sides of its bound.
import { describe, expect, it } from 'vitest';
import { areaDiffers, discrepanciesOf, tenantMatches, type LeaseOnUnit } from '../../shared/survey/discrepancies';

const lease = (over: Partial<LeaseOnUnit> = {}): LeaseOnUnit => ({
  id: 'l1',
  kind: 'lease',
  startDate: '2024-01-01',
  endDate: null,
  terminatedOn: null,
  tenantZh: '华夏金融科技有限公司',
  tenantEn: 'Huaxia Fintech Co., Ltd.',
  ...over,
});
const obs = (over: Partial<Parameters<typeof discrepanciesOf>[0]> = {}) => ({
  entity: 'unit' as const,
  entityId: 'u1',
  status: null,
  tenantSeen: '',
  measuredAreaM2: null,
  ...over,
});
const kinds = (list: ReturnType<typeof discrepanciesOf>) => list.map((d) => d.kind).sort();

describe('discrepanciesOf', () => {
  it('vacant with an active lease; occupied without one; a reservation is not a lease', () => {
    expect(kinds(discrepanciesOf(obs({ status: 'vacant' }), { areaM2: 100 }, [lease()], '2025-06-01'))).toEqual(['vacant_but_leased']);
    expect(kinds(discrepanciesOf(obs({ status: 'occupied' }), { areaM2: 100 }, [], '2025-06-01'))).toEqual(['occupied_without_lease']);
    expect(kinds(discrepanciesOf(obs({ status: 'occupied' }), { areaM2: 100 }, [lease({ kind: 'reservation' })], '2025-06-01'))).toEqual([
      'occupied_without_lease',
    ]);
    expect(kinds(discrepanciesOf(obs({ status: 'vacant' }), { areaM2: 100 }, [lease({ kind: 'reservation' })], '2025-06-01'))).toEqual([]);
    expect(kinds(discrepanciesOf(obs({ status: 'occupied' }), { areaM2: 100 }, [lease()], '2025-06-01'))).toEqual([]);
  });

  it('uses "active at D": a lease terminated on the day no longer counts, one ending on the day still does', () => {
    expect(kinds(discrepanciesOf(obs({ status: 'vacant' }), {}, [lease({ terminatedOn: '2025-06-01' })], '2025-06-01'))).toEqual([]);
    expect(kinds(discrepanciesOf(obs({ status: 'vacant' }), {}, [lease({ endDate: '2025-06-01' })], '2025-06-01'))).toEqual([
      'vacant_but_leased',
    ]);
    expect(kinds(discrepanciesOf(obs({ status: 'vacant' }), {}, [lease({ startDate: '2025-06-02' })], '2025-06-01'))).toEqual([]);
  });

  it('compares the tenant seen with either name, ignoring case, width, spaces and punctuation', () => {
    expect(tenantMatches('huaxia fintech', ['华夏金融科技有限公司', 'Huaxia Fintech Co., Ltd.'])).toBe(true);
    expect(tenantMatches('华夏金融科技', ['华夏金融科技有限公司'])).toBe(true);
    expect(tenantMatches('ＨＵＡＸＩＡ', ['Huaxia Fintech'])).toBe(true);
    expect(tenantMatches('Other Bank', ['华夏金融科技有限公司', 'Huaxia Fintech Co., Ltd.'])).toBe(false);
    const seen = discrepanciesOf(obs({ status: 'occupied', tenantSeen: 'Other Bank' }), {}, [lease()], '2025-06-01');
    expect(seen).toEqual([
      {
        kind: 'tenant_differs',
        entity: 'unit',
        id: 'u1',
        details: { date: '2025-06-01', seen: 'Other Bank', tenant: '华夏金融科技有限公司', lease: 'l1' },
      },
    ]);
  });

  it('flags a measured area beyond 2 % (and at least 1 m²) of the recorded one', () => {
    expect(areaDiffers(102, 100)).toBe(false);
    expect(areaDiffers(102.01, 100)).toBe(true);
    expect(areaDiffers(30.99, 30)).toBe(false);
    expect(areaDiffers(31.01, 30)).toBe(true);
    expect(kinds(discrepanciesOf(obs({ measuredAreaM2: 150 }), { areaM2: 100 }, [], '2025-06-01'))).toEqual(['area_differs']);
  });

  it('names a building or unit not found', () => {
    expect(kinds(discrepanciesOf({ ...obs({ status: 'not_found' }), entity: 'building' }, {}, [], '2025-06-01'))).toEqual(['not_found']);
    expect(kinds(discrepanciesOf(obs({ status: 'not_found' }), { areaM2: 10 }, [], '2025-06-01'))).toEqual(['not_found']);
  });
});
