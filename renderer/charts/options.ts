// The charts' ECharts options, as pure functions of the views (unit-tested without a DOM): the space trajectory
// (provided and leased at each quarter-end, projected points dashed, the target, its due date, today and D) and
// an indicator's trend by year. The dashboard and the printed report draw the same options.
import type { TrajectoryView } from '../../shared/accounting/views';
import type { ChartOption } from './types';

/** Charts write their text in the bundled font, like the page (a PDF never falls back to an installed font). */
export const CHART_FONT = "'Noto Sans SC', sans-serif";

export const CHART_COLORS = {
  provided: '#1f6feb',
  leased: '#2da44e',
  target: '#cf222e',
  due: '#8250df',
  today: '#6e7781',
  asOf: '#bf8700',
};

export interface TrajectoryLabels {
  provided: string;
  leased: string;
  projected: string;
  target: string;
  due: string;
  today: string;
}

type Pair = [string, number];

/** Actual points solid; the projection dashed, starting at the last actual point so the lines join. */
export function splitSeries(points: { date: string; value: number; projected: boolean }[]): { actual: Pair[]; projected: Pair[] } {
  const actual = points.filter((p) => !p.projected).map((p): Pair => [p.date, p.value]);
  const ahead = points.filter((p) => p.projected).map((p): Pair => [p.date, p.value]);
  const joint = actual[actual.length - 1];
  return { actual, projected: joint && ahead.length ? [joint, ...ahead] : ahead };
}

const compact = (locale: string) => (v: number) =>
  new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v);

export function trajectoryOption(
  view: TrajectoryView,
  o: { labels: TrajectoryLabels; locale: string; today: string; asOf: string; animate: boolean },
): ChartOption {
  const pts = view.points;
  const provided = splitSeries(pts.map((p) => ({ date: p.date, value: p.providedM2, projected: p.projected })));
  const leased = splitSeries(pts.map((p) => ({ date: p.date, value: p.leasedM2, projected: p.projected })));
  const target = view.targets.space;
  const first = pts[0]?.date ?? o.today;
  const last = pts[pts.length - 1]?.date ?? o.today;
  const inRange = (d: string) => d >= first && d <= last;
  const vLines: { xAxis: string; name: string; color: string; type: 'solid' | 'dashed' | 'dotted' }[] = [];
  if (target && inRange(target.dueDate))
    vLines.push({ xAxis: target.dueDate, name: `${o.labels.due}`, color: CHART_COLORS.due, type: 'dashed' });
  if (inRange(o.today)) vLines.push({ xAxis: o.today, name: o.labels.today, color: CHART_COLORS.today, type: 'dotted' });
  if (o.asOf !== o.today && inRange(o.asOf)) vLines.push({ xAxis: o.asOf, name: o.asOf, color: CHART_COLORS.asOf, type: 'dotted' });
  const line = (name: string, data: Pair[], color: string, dashed: boolean, marks = false): LineSeries => ({
    type: 'line',
    name,
    data,
    showSymbol: !dashed,
    symbolSize: 4,
    lineStyle: { color, width: 2, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color },
    animation: o.animate,
    ...(marks
      ? {
          markLine: {
            symbol: 'none',
            silent: true,
            animation: false,
            data: [
              ...(target
                ? [
                    {
                      yAxis: target.value,
                      name: o.labels.target,
                      lineStyle: { color: CHART_COLORS.target, type: 'solid' as const, width: 1.5 },
                      label: {
                        formatter: `${o.labels.target} ${compact(o.locale)(target.value)}`,
                        position: 'insideEndTop' as const,
                        color: CHART_COLORS.target,
                      },
                    },
                  ]
                : []),
              ...vLines.map((v) => ({
                xAxis: v.xAxis,
                name: v.name,
                lineStyle: { color: v.color, type: v.type, width: 1 },
                label: { formatter: v.name, position: 'insideEndTop' as const, color: v.color },
              })),
            ],
          },
        }
      : {}),
  });
  return {
    animation: o.animate,
    textStyle: { fontFamily: CHART_FONT },
    grid: { left: 64, right: 24, top: 24, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) =>
        typeof v === 'number' ? `${new Intl.NumberFormat(o.locale, { maximumFractionDigits: 0 }).format(v)} m²` : String(v),
    },
    xAxis: { type: 'time', min: `${first.slice(0, 4)}-01-01`, max: last, axisLabel: { formatter: '{yyyy}' }, splitLine: { show: false } },
    yAxis: {
      type: 'value',
      min: 0,
      max: (v: { max: number }) => Math.max(v.max, target?.value ?? 0) * 1.08,
      axisLabel: { formatter: compact(o.locale) },
    },
    series: [
      line(o.labels.provided, provided.actual, CHART_COLORS.provided, false, true),
      line(`${o.labels.provided} · ${o.labels.projected}`, provided.projected, CHART_COLORS.provided, true),
      line(o.labels.leased, leased.actual, CHART_COLORS.leased, false),
      line(`${o.labels.leased} · ${o.labels.projected}`, leased.projected, CHART_COLORS.leased, true),
    ],
  };
}

type LineSeries = Extract<NonNullable<ChartOption['series']>, unknown[]>[number] & { type: 'line' };

/** An indicator's value year by year as bars, with its target as a line (when the target is per year or a level). */
export function trendOption(
  trend: { year: number; value: number | null }[],
  o: { target: number | null; locale: string; animate: boolean; color?: string },
): ChartOption {
  const fmt = new Intl.NumberFormat(o.locale, { notation: 'compact', maximumFractionDigits: 1 });
  return {
    animation: o.animate,
    textStyle: { fontFamily: CHART_FONT },
    grid: { left: 4, right: 4, top: 8, bottom: 18, containLabel: false },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? fmt.format(v) : '—') },
    xAxis: {
      type: 'category',
      data: trend.map((p) => String(p.year)),
      axisLabel: { fontSize: 12, margin: 3, formatter: (y: string) => `'${y.slice(2)}` },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      show: false,
      min: (v: { min: number }) => Math.min(0, v.min),
      max: (v: { max: number }) => Math.max(v.max, o.target ?? 0) * 1.1,
    },
    series: [
      {
        type: 'bar',
        data: trend.map((p) => p.value),
        itemStyle: { color: o.color ?? CHART_COLORS.provided },
        barMaxWidth: 14,
        animation: o.animate,
        ...(o.target !== null
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                animation: false,
                label: { show: false },
                lineStyle: { color: CHART_COLORS.target, type: 'dashed' as const, width: 1 },
                data: [{ yAxis: o.target }],
              },
            }
          : {}),
      },
    ],
  };
}
