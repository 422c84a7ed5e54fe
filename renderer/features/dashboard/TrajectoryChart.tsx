// Provided and leased space at every quarter-end, the target line, projected points (after today) dashed,
// and the gap at the due date in words. Hand-written SVG, drawn at the width it is shown (so its text keeps its
// 12 px at any window size or zoom); hover, or the arrow keys once it has the focus, show a quarter's figures.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { todayIso } from '../../../shared/dates';
import type { TrajectoryView } from '../../../shared/accounting/views';
import { useT } from '../../i18n';
import { formatArea } from '../../lib/format';
import { useUi } from '../../stores/ui';
import { Info } from './Info';
import { dayNumber, linearScale, nearestIndex, niceTicks, seriesPaths, yearTicks } from './lib/chart';

/** The drawing's width before the chart has been measured. */
const DEFAULT_W = 1280;
const H = 300;
const M = { top: 14, right: 20, bottom: 28, left: 64 };

function compact(value: number, locale: 'zh-CN' | 'en'): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function TrajectoryChart({ view, ready, asOf }: { view: TrajectoryView | null; ready: boolean; asOf: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const [hover, setHover] = useState<number | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const [W, setW] = useState(DEFAULT_W);
  const hasView = view !== null && view.points.length > 0;
  useEffect(() => {
    const el = wrap.current;
    if (!el) return undefined;
    const measure = () => setW(Math.max(320, Math.round(el.clientWidth) || DEFAULT_W));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasView]);
  const geometry = useMemo(() => {
    if (!view || view.points.length === 0) return null;
    const pts = view.points;
    const first = (pts[0] as (typeof pts)[number]).date;
    const last = (pts[pts.length - 1] as (typeof pts)[number]).date;
    const start = `${first.slice(0, 4)}-01-01`;
    const x = linearScale(dayNumber(start), dayNumber(last), M.left, W - M.right);
    const target = view.targets.space?.value ?? 0;
    const yTicks = niceTicks(Math.max(target, ...pts.map((p) => p.providedM2)) * 1.05, 5);
    const y = linearScale(0, yTicks[yTicks.length - 1] ?? 1, H - M.bottom, M.top);
    const xd = (d: string) => x(dayNumber(d));
    const provided = seriesPaths(pts.map((p) => ({ date: p.date, value: p.providedM2, projected: p.projected })), xd, y);
    const leased = seriesPaths(pts.map((p) => ({ date: p.date, value: p.leasedM2, projected: p.projected })), xd, y);
    return { pts, start, last, x, y, xd, yTicks, provided, leased, xs: pts.map((p) => xd(p.date)) };
  }, [view, W]);

  const onMove = (e: MouseEvent<SVGRectElement>) => {
    if (!geometry) return;
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    setHover(nearestIndex(geometry.xs, ((e.clientX - box.left) / box.width) * W));
  };

  // Left and Right (Home, End) step through the quarters as the pointer does.
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!geometry) return;
    const lastIndex = geometry.pts.length - 1;
    const from = hover ?? -1;
    const next = { ArrowRight: from + 1, ArrowLeft: from < 0 ? lastIndex : from - 1, Home: 0, End: lastIndex }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setHover(Math.min(Math.max(next, 0), lastIndex));
  };

  const due = view?.atDue;
  const target = view?.targets.space;
  const sentence = due && target
    ? t(due.date <= todayIso() ? (due.gapM2 < 0 ? 'chart.wasShort' : 'chart.wasMet') : due.gapM2 < 0 ? 'chart.atDueShort' : 'chart.atDueMet', {
      date: due.date, provided: formatArea(due.providedM2, locale), target: formatArea(target.value, locale), gap: formatArea(Math.abs(due.gapM2), locale),
    })
    : t('chart.noTarget');
  const point = geometry && hover !== null ? geometry.pts[hover] : undefined;
  const today = todayIso();

  return (
    <section className="dash-card" data-testid="trajectory" data-ready={ready && view ? 'true' : 'false'}>
      <header className="dash-card-head">
        <h2>{t('chart.title')} <Info rule="rule.trajectory" /></h2>
        <div className="legend">
          <span><i className="ln provided" />{t('term.provided')}</span>
          <span><i className="ln leased" />{t('term.leased')}</span>
          <span><i className="ln target" />{t('chart.target')}</span>
          <span><i className="ln projected" />{t('chart.projected')}</span>
        </div>
      </header>
      <p className={`chart-sentence${due && due.gapM2 < 0 ? ' short' : ''}`} data-testid="trajectory-gap">{view ? sentence : t('dashboard.loading')}</p>
      {geometry ? (
        <div className="chart-wrap" ref={wrap} tabIndex={0} role="group" aria-label={`${t('chart.title')} · ${t('a11y.chartKeys')}`}
          onKeyDown={onKey} onBlur={() => setHover(null)}>
          <svg viewBox={`0 0 ${W} ${H}`} className="chart" role="img" aria-label={sentence} data-testid="trajectory-svg">
            {geometry.yTicks.map((v) => (
              <g key={v}>
                <line x1={M.left} x2={W - M.right} y1={geometry.y(v)} y2={geometry.y(v)} className="grid" />
                <text x={M.left - 6} y={geometry.y(v) + 4} className="tick" textAnchor="end">{compact(v, locale)}</text>
              </g>
            ))}
            {[geometry.start, ...yearTicks(geometry.start, geometry.last)].map((d) => (
              <text key={d} x={geometry.xd(d)} y={H - 8} className="tick" textAnchor="middle">{d.slice(0, 4)}</text>
            ))}
            {today >= geometry.start && today <= geometry.last ? (
              <g>
                <line x1={geometry.xd(today)} x2={geometry.xd(today)} y1={M.top} y2={H - M.bottom} className="today" />
                <text x={geometry.xd(today) + 4} y={M.top + 10} className="tick">{t('chart.today')}</text>
              </g>
            ) : null}
            {asOf >= geometry.start && asOf <= geometry.last ? (
              <line x1={geometry.xd(asOf)} x2={geometry.xd(asOf)} y1={M.top} y2={H - M.bottom} className="as-of-line" data-testid="trajectory-as-of" />
            ) : null}
            {target && target.dueDate >= geometry.start && target.dueDate <= geometry.last ? (
              <g data-testid="trajectory-due" data-date={target.dueDate}>
                <line x1={geometry.xd(target.dueDate)} x2={geometry.xd(target.dueDate)} y1={M.top} y2={H - M.bottom} className="due-line" />
                <text x={geometry.xd(target.dueDate) - 4} y={H - M.bottom - 6} className="tick due-label" textAnchor="end">{t('chart.due', { date: target.dueDate })}</text>
              </g>
            ) : null}
            {target ? (
              <g data-testid="trajectory-target">
                <line x1={M.left} x2={W - M.right} y1={geometry.y(target.value)} y2={geometry.y(target.value)} className="target" />
                <text x={W - M.right} y={geometry.y(target.value) - 5} className="tick target-label" textAnchor="end">
                  {t('chart.target')} {compact(target.value, locale)} · {target.dueDate}
                </text>
              </g>
            ) : null}
            <path d={geometry.leased.actual} className="series leased" />
            <path d={geometry.leased.projected} className="series leased projected" />
            <path d={geometry.provided.actual} className="series provided" data-testid="trajectory-provided" />
            <path d={geometry.provided.projected} className="series provided projected" data-testid="trajectory-projected" />
            {geometry.pts.map((p, i) => (
              <circle key={p.date} cx={geometry.xs[i]} cy={geometry.y(p.providedM2)} r={hover === i ? 4.5 : 2.5} className={`dot provided${p.projected ? ' projected' : ''}`} />
            ))}
            {point ? <line x1={geometry.xs[hover ?? 0]} x2={geometry.xs[hover ?? 0]} y1={M.top} y2={H - M.bottom} className="hover-line" /> : null}
            <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} className="hit" onMouseMove={onMove} onMouseLeave={() => setHover(null)} data-testid="trajectory-hit" />
          </svg>
          {point ? (
            <div className="chart-readout" aria-live="polite" data-testid="trajectory-readout" style={{ left: `${((geometry.xs[hover ?? 0] ?? 0) / W) * 100}%` }}>
              <strong>{point.date}{point.projected ? ` · ${t('chart.projected')}` : ''}</strong>
              <div><i className="ln provided" />{t('term.provided')} {formatArea(point.providedM2, locale)}</div>
              <div><i className="ln leased" />{t('term.leased')} {formatArea(point.leasedM2, locale)}</div>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
