// The trajectory chart's geometry: scales, ticks, the solid/dashed split at today, the hover lookup.
import { describe, expect, it } from 'vitest';
import { dayNumber, linearScale, nearestIndex, niceTicks, seriesPaths, yearTicks } from '../../renderer/features/dashboard/lib/chart';

describe('trajectory chart geometry', () => {
  it('maps and inverts a linear scale, also an inverted range (y grows downwards)', () => {
    const y = linearScale(0, 500_000, 280, 20);
    expect(y(0)).toBe(280);
    expect(y(500_000)).toBe(20);
    expect(y(250_000)).toBe(150);
    expect(y.invert(150)).toBeCloseTo(250_000);
    expect(linearScale(5, 5, 0, 100)(5)).toBe(0); // an empty domain does not divide by zero
  });

  it('counts days in UTC', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2); // leap year
  });

  it('makes round ticks from 0 that cover the maximum', () => {
    expect(niceTicks(500_000, 5)).toEqual([0, 100_000, 200_000, 300_000, 400_000, 500_000]);
    const t = niceTicks(612_345, 5);
    expect(t[0]).toBe(0);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(612_345);
    expect(t.length).toBeLessThanOrEqual(8);
    const step = (t[1] ?? 0) - (t[0] ?? 0);
    expect([1, 2, 2.5, 5].map((m) => m * 10 ** Math.floor(Math.log10(step)))).toContain(step);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('puts a tick on every new year inside the range', () => {
    expect(yearTicks('2021-01-01', '2025-12-31')).toEqual(['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01']);
    expect(yearTicks('2021-03-31', '2021-12-31')).toEqual([]);
  });

  it('draws actual points solid and projected ones dashed, joined at the last actual point', () => {
    const x = (d: string) => dayNumber(d) - dayNumber('2025-01-01');
    const y = (v: number) => -v;
    const pts = [
      { date: '2025-01-01', value: 1, projected: false },
      { date: '2025-01-11', value: 2, projected: false },
      { date: '2025-01-21', value: 3, projected: true },
    ];
    const p = seriesPaths(pts, x, y);
    expect(p.actual).toBe('M0,-1 L10,-2');
    expect(p.projected).toBe('M10,-2 L20,-3');
    expect(seriesPaths(pts.slice(0, 2), x, y).projected).toBe('');
    expect(seriesPaths(pts.map((q) => ({ ...q, projected: true })), x, y)).toEqual({ actual: '', projected: 'M0,-1 L10,-2 L20,-3' });
  });

  it('finds the point nearest to the pointer', () => {
    expect(nearestIndex([0, 10, 20, 30], 14)).toBe(1);
    expect(nearestIndex([0, 10, 20, 30], 16)).toBe(2);
    expect(nearestIndex([0, 10], 500)).toBe(1);
    expect(nearestIndex([], 5)).toBe(-1);
  });
});
