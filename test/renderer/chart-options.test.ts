// The ECharts options of the trajectory and the indicator trends: what each series holds, computed by hand.
import { describe, expect, it } from 'vitest';
import type { TrajectoryView } from '../../shared/accounting/views';
import { splitSeries, trajectoryOption, trendOption } from '../../renderer/charts/options';

const labels = { provided: 'Provided', leased: 'Leased', projected: 'Projected', target: 'Target', due: 'Due', today: 'Today' };
const target = {
  id: 't',
  createdAt: '',
  updatedAt: '',
  version: 1,
  metric: 'space_provided_m2' as const,
  value: 500,
  startDate: '2021-01-01',
  dueDate: '2025-12-31',
  zoneId: null,
  label: '',
};
const view: TrajectoryView = {
  targets: { space: target, firms: null },
  points: [
    { date: '2025-03-31', providedM2: 100, leasedM2: 50, projected: false },
    { date: '2025-06-30', providedM2: 200, leasedM2: 90, projected: false },
    { date: '2025-09-30', providedM2: 300, leasedM2: 120, projected: true },
    { date: '2025-12-31', providedM2: 450, leasedM2: 130, projected: true },
  ],
  atDue: { date: '2025-12-31', providedM2: 450, gapM2: -50 },
};

describe('chart options', () => {
  it('splits a series into actual and projected, the projection starting at the last actual point', () => {
    const s = splitSeries(view.points.map((p) => ({ date: p.date, value: p.providedM2, projected: p.projected })));
    expect(s.actual).toEqual([
      ['2025-03-31', 100],
      ['2025-06-30', 200],
    ]);
    expect(s.projected).toEqual([
      ['2025-06-30', 200],
      ['2025-09-30', 300],
      ['2025-12-31', 450],
    ]);
  });

  it('the trajectory marks the target, its due date, today and the as-of date', () => {
    const option = trajectoryOption(view, { labels, locale: 'en', today: '2025-07-15', asOf: '2025-05-01', animate: false });
    const series = option.series as { name: string; data: [string, number][]; markLine?: { data: Record<string, unknown>[] } }[];
    expect(series.map((s) => s.name)).toEqual(['Provided', 'Provided · Projected', 'Leased', 'Leased · Projected']);
    const marks = series[0]?.markLine?.data ?? [];
    expect(marks.map((m) => m.yAxis ?? m.xAxis)).toEqual([500, '2025-12-31', '2025-07-15', '2025-05-01']);
  });

  it('an indicator trend: one bar a year and the target line', () => {
    const option = trendOption(
      [
        { year: 2024, value: 3 },
        { year: 2025, value: null },
      ],
      { target: 10, locale: 'en', animate: false },
    );
    const [bars] = option.series as { data: (number | null)[]; markLine: { data: { yAxis: number }[] } }[];
    expect(bars?.data).toEqual([3, null]);
    expect(bars?.markLine.data).toEqual([{ yAxis: 10 }]);
  });
});
