// The vacancy list a manager hands to a prospective tenant: available units at the as-of date, sortable,
// virtualised and fetched from the server page by page.
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { VacancyRow } from '../../../shared/accounting/views';
import { invoke } from '../../api/client';
import { ColumnResizer } from '../../components/ColumnResizer';
import { rowKeys } from '../../components/rowKeys';
import { useColumnWidths } from '../../components/useColumnWidths';
import { Link } from '../../components/Link';
import { VirtualList } from '../../components/VirtualList';
import { enumKey, useT, type MessageKey } from '../../i18n';
import { formatArea, formatFloor, formatNumber, localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import { useApp } from '../../stores/app';
import { useDashboard, type VacancySortKey } from '../../stores/dashboard';
import { useLookups } from '../../stores/lookups';
import { useUi } from '../../stores/ui';
import { pagesFor } from '../../lib/virtualWindow';
import { Info } from './Info';
import { vacancyTsv } from './lib/handout';

const COPY_LIMIT = 1000;

const PAGE = 200;
const ROW = 30;

const HEAD: { label: MessageKey; sort?: VacancySortKey; num?: boolean; width: string }[] = [
  { label: 'vacancy.unit', width: '1fr' },
  { label: 'vacancy.building', sort: 'building', width: '2fr' },
  { label: 'vacancy.zone', sort: 'zone', width: '1.2fr' },
  { label: 'vacancy.floor', sort: 'floor', num: true, width: '0.7fr' },
  { label: 'vacancy.use', width: '0.8fr' },
  { label: 'vacancy.area', sort: 'areaM2', num: true, width: '1fr' },
  { label: 'term.available', sort: 'availableM2', num: true, width: '1fr' },
];
const WIDTHS = HEAD.map((h) => h.width);

export function Vacancies({ asOf }: { asOf: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const { template, startResize } = useColumnWidths('dashboard.vacancies', WIDTHS);
  const sort = useDashboard((s) => s.vacancySort);
  const dataVersion = useApp((s) => s.dataVersion);
  const zoneId = useDashboard((s) => s.vacancyZone);
  const parkId = useDashboard((s) => s.vacancyPark);
  const zones = useLookups((s) => s.zones);
  const parks = useLookups((s) => s.parks);
  // The list across the district, or narrowed to a zone or park (issue 10, item 11).
  const place = { ...(zoneId ? { zoneId } : {}), ...(parkId ? { parkId } : {}) };
  const queryKey = `${asOf}|${sort.key}|${sort.dir}|${dataVersion}|${zoneId}|${parkId}`;
  const [state, setState] = useState<{ key: string; total: number | null; pages: Record<number, VacancyRow[]> }>({
    key: '',
    total: null,
    pages: {},
  });
  const asked = useRef(new Set<string>());
  const live = useRef(queryKey);
  live.current = queryKey;

  const askedFor = useRef('');
  const load = useCallback(
    (page: number) => {
      // Pages asked for belong to one query: coming back to an earlier one (a filter cleared) asks again.
      if (askedFor.current !== queryKey) {
        askedFor.current = queryKey;
        asked.current = new Set();
      }
      const flight = `${queryKey}#${page}`;
      if (asked.current.has(flight)) return;
      asked.current.add(flight);
      void invoke('accounting:vacancies', { asOf, ...place, sortBy: sort.key, sortDir: sort.dir, offset: page * PAGE, limit: PAGE }).then(
        (r) => {
          if (!r.ok || live.current !== queryKey) return;
          setState((s) => {
            const base = s.key === queryKey ? s : { key: queryKey, total: null, pages: {} };
            return { key: queryKey, total: r.value.total, pages: { ...base.pages, [page]: r.value.rows } };
          });
        },
      );
    },
    [queryKey, asOf, sort.key, sort.dir],
  );

  useEffect(() => load(0), [load]);
  const onRange = useCallback(
    (start: number, end: number) => {
      for (const p of pagesFor(start, end, PAGE)) load(p);
    },
    [load],
  );

  const copy = async () => {
    const r = await invoke('accounting:vacancies', { asOf, ...place, sortBy: sort.key, sortDir: sort.dir, offset: 0, limit: COPY_LIMIT });
    if (!r.ok) {
      useUi.getState().notify({ kind: 'error', error: r.error });
      return;
    }
    const area = (key: MessageKey) => `${t(key)} (${locale === 'zh-CN' ? '平方米' : 'm²'})`;
    const text = vacancyTsv(
      r.value.rows,
      {
        headers: [
          t('vacancy.unit'),
          t('vacancy.building'),
          t('vacancy.zone'),
          t('vacancy.floor'),
          t('vacancy.use'),
          area('vacancy.area'),
          area('term.available'),
        ],
        use: (row) => t(enumKey(row.use)),
      },
      locale,
    );
    try {
      await navigator.clipboard.writeText(text);
      useUi.getState().notify({ kind: 'info', key: 'vacancy.copied', params: { count: r.value.rows.length, asOf } });
    } catch {
      useUi.getState().notify({ kind: 'info', key: 'vacancy.copyFailed' });
    }
  };

  const current = state.key === queryKey ? state : null;
  const shown = current ?? state;
  const total = shown.total ?? 0;
  const row = (i: number) => {
    const r = shown.pages[Math.floor(i / PAGE)]?.[i % PAGE];
    if (!r) return <div key={i} className="vac-row pending" style={{ height: ROW }} />;
    return (
      <div key={r.unitId} className="vac-row" style={{ height: ROW }} data-testid="vacancy-row" data-id={r.unitId}>
        <span>
          <Link route={routes.detail('units', r.unitId)}>{r.label}</Link>
        </span>
        <span className="ellipsis" title={localName(r.buildingName, locale)}>
          <Link route={routes.stacking(r.buildingId)}>{localName(r.buildingName, locale)}</Link>
        </span>
        <span className="ellipsis" title={localName(r.zoneName, locale)}>
          {localName(r.zoneName, locale)}
        </span>
        <span className="num">{formatFloor(r.floor, locale)}</span>
        <span>{t(enumKey(r.use))}</span>
        <span className="num">{formatArea(r.areaM2, locale)}</span>
        <span className="num strong">{formatArea(r.availableM2, locale)}</span>
      </div>
    );
  };
  return (
    <section
      className="dash-card"
      style={{ '--vac-cols': template } as CSSProperties}
      data-testid="vacancies"
      data-total={shown.total ?? ''}
      data-ready={current && current.total !== null ? 'true' : 'false'}
    >
      <header className="dash-card-head">
        <h2>
          {t('vacancy.title')} <Info rule="rule.vacancies" />{' '}
          <span className="count">{t('vacancy.count', { count: formatNumber(total, locale, 0) })}</span>
        </h2>
        <span className="vac-filters">
          <select
            data-testid="vacancy-zone"
            aria-label={t('map.filter.zone')}
            value={zoneId}
            onChange={(e) => useDashboard.getState().setVacancyPlace(e.target.value, '')}
          >
            <option value="">{t('map.filter.zone')}</option>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {localName(z, locale)}
              </option>
            ))}
          </select>
          <select
            data-testid="vacancy-park"
            aria-label={t('map.filter.park')}
            value={parkId}
            onChange={(e) => useDashboard.getState().setVacancyPlace(zoneId, e.target.value)}
          >
            <option value="">{t('map.filter.park')}</option>
            {parks
              .filter((p) => !zoneId || p.zoneId === zoneId)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {localName(p, locale)}
                </option>
              ))}
          </select>
        </span>
        <button
          type="button"
          className="small"
          data-testid="vacancy-copy"
          title={t('vacancy.copyHint', { count: COPY_LIMIT })}
          onClick={() => void copy()}
          disabled={!total}
        >
          {t('vacancy.copy')}
        </button>
      </header>
      <div className="vac-row vac-head">
        {HEAD.map((h, i) => (
          <div key={h.label} className="vac-th">
            {h.sort ? (
              <button
                type="button"
                className={`th-sort${h.num ? ' num' : ''}${sort.key === h.sort ? ' sorted' : ''}`}
                data-testid={`vac-sort-${h.sort}`}
                onClick={() => useDashboard.getState().sortVacancies(h.sort as VacancySortKey)}
              >
                {t(h.label)}
                <span className="sort-mark" aria-hidden="true">
                  {sort.key === h.sort ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                </span>
                {sort.key === h.sort ? (
                  <span className="sr-only"> {t(sort.dir === 'asc' ? 'a11y.sortedAsc' : 'a11y.sortedDesc')}</span>
                ) : null}
              </button>
            ) : (
              <span className="th">{t(h.label)}</span>
            )}
            <ColumnResizer index={i} onStart={startResize} />
          </div>
        ))}
      </div>
      <div className="vac-body" onKeyDown={rowKeys('.vac-row')}>
        {shown.total === 0 ? (
          <div className="empty">{t('vacancy.none')}</div>
        ) : (
          <VirtualList
            rowCount={total}
            rowHeight={ROW}
            renderRow={row}
            onRangeChange={onRange}
            testId="vacancy-list"
            resetKey={`${asOf}|${sort.key}|${sort.dir}|${zoneId}|${parkId}`}
          />
        )}
      </div>
    </section>
  );
}
