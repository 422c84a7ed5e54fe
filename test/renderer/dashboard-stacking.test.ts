// Stacking-plan geometry: floor bars against the largest floor, blocks by area with a clickable minimum,
// row heights for a tower and a small building, expiry bands and legend totals.
import { describe, expect, it } from 'vitest';
import type { StackingPlan, StackingUnit } from '../../shared/accounting/views';
import { expiryBand, labelFits, layoutFloors, rowHeight, shareSegments } from '../../renderer/features/stacking/layout';

function unit(
  id: string,
  areaM2: number,
  status: StackingUnit['status'] = 'available',
  months: number | null = null,
  leased = false,
): StackingUnit {
  return {
    id,
    label: id,
    areaM2,
    use: 'office',
    status,
    leasedM2: 0,
    reservedM2: 0,
    monthsToExpiry: months,
    shares: { leased: 0, reserved: 0, available: 0, out_of_service: 0, pipeline: 0, not_counted: 0, [status]: areaM2 },
    lease: leased
      ? { id: `l-${id}`, tenantName: { zh: 't', en: 't' }, lastDay: months === null ? null : '2026-01-01', kind: 'lease' }
      : null,
  };
}

function floor(n: number, units: StackingUnit[]): StackingPlan['floors'][number] {
  return { floor: n, areaM2: units.reduce((s, u) => s + u.areaM2, 0), units };
}

describe('stacking layout', () => {
  it('sizes floors against the largest and blocks by area, filling the floor', () => {
    const layout = layoutFloors({ floors: [floor(2, [unit('a', 100), unit('b', 300)]), floor(1, [unit('c', 200)]), floor(-1, [])] });
    expect(layout.map((f) => f.floor)).toEqual([2, 1, -1]);
    expect(layout.map((f) => f.barPct)).toEqual([100, 50, 0]);
    expect(layout[0]?.blocks.map((b) => b.widthPct)).toEqual([25, 75]);
    expect(layout[2]?.blocks).toEqual([]);
  });

  it('keeps a tiny unit clickable and still fills exactly the floor', () => {
    const layout = layoutFloors({ floors: [floor(1, [unit('tiny', 1), unit('big', 999)])] }, 2);
    const widths = layout[0]?.blocks.map((b) => b.widthPct) ?? [];
    expect(widths[0]).toBeCloseTo(2);
    expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(100);
    const many = layoutFloors(
      {
        floors: [
          floor(
            1,
            Array.from({ length: 80 }, (_, i) => unit(`u${i}`, i === 0 ? 5000 : 1)),
          ),
        ],
      },
      2,
    );
    const w = many[0]?.blocks.map((b) => b.widthPct) ?? [];
    // 80 blocks of at least 2 % cannot fit: each gets an equal 100 / 80 %, the big one included.
    expect(w).toHaveLength(80);
    for (const x of w) expect(x).toBeCloseTo(1.25, 9);
  });

  it('fits a 40-floor tower on a screen and gives a 2-floor building tall rows', () => {
    expect(rowHeight(41) * 41).toBeLessThanOrEqual(720);
    expect(rowHeight(41)).toBeGreaterThanOrEqual(16);
    expect(rowHeight(2)).toBe(56);
    expect(rowHeight(200)).toBe(16);
  });

  it('bands units by months to lease expiry', () => {
    expect(expiryBand(unit('a', 1))).toBe('none');
    expect(expiryBand(unit('a', 1, 'leased', null, true))).toBe('open');
    expect(expiryBand(unit('a', 1, 'leased', 0, true))).toBe('m3');
    expect(expiryBand(unit('a', 1, 'leased', 3, true))).toBe('m6');
    expect(expiryBand(unit('a', 1, 'leased', 11, true))).toBe('m12');
    expect(expiryBand(unit('a', 1, 'leased', 12, true))).toBe('later');
  });

  it('draws a partly let unit partly filled, in legend order, from its shares', () => {
    // 401.6 m² with a 354.7 m² lease: 88.32 % leased, the rest available (the case of issue 10, item 1).
    const partly = {
      areaM2: 401.6,
      shares: { leased: 354.7, reserved: 0, available: 46.9, out_of_service: 0, pipeline: 0, not_counted: 0 },
    };
    const parts = shareSegments(partly);
    expect(parts.map((p) => p.status)).toEqual(['leased', 'available']);
    expect(parts[0]?.pct).toBeCloseTo((354.7 / 401.6) * 100, 9);
    expect(parts[1]?.pct).toBeCloseTo((46.9 / 401.6) * 100, 9);
    expect(shareSegments(unit('whole', 10, 'out_of_service')).map((p) => [p.status, p.pct])).toEqual([['out_of_service', 100]]);
    expect(shareSegments({ areaM2: 0, shares: partly.shares })).toHaveLength(2);
  });

  it('shows a label only where it fits', () => {
    expect(labelFits(50, 100, '1201')).toBe(true);
    expect(labelFits(1, 100, '1201')).toBe(false);
  });
});
