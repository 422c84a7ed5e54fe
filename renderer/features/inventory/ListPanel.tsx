// One entity's list: search, filters, sortable headers, total, and virtualised rows fetched in pages.
import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { VirtualList } from '../../components/VirtualList';
import { enumKey, useT } from '../../i18n';
import { formatNumber, localName } from '../../lib/format';
import { entityOfTab, routes, type Tab } from '../../lib/routes';
import { PAGE_SIZE, rowAt, useInventory, type ListState } from '../../stores/inventory';
import { useLookups } from '../../stores/lookups';
import { useUi } from '../../stores/ui';
import { todayIso } from '../../../shared/dates';
import { errorMessage } from '../../../shared/messages';
import { CONFIGS, type FilterSpec } from './config';
import { useColumnWidths } from './useColumnWidths';
import { useCanWrite } from '../../stores/app';
import { useRefRow } from '../../components/RefLink';
import type { RowMap } from '../../../shared/models';

const ROW_HEIGHT = 34;

export function ListPanel({ tab, selectedId, compact }: { tab: Tab; selectedId: string | null; compact: boolean }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const navigate = useUi((s) => s.navigate);
  const list = useInventory((s) => s.lists[tab]);
  const config = CONFIGS[entityOfTab(tab)];
  const columns = compact ? config.columns.slice(0, 3) : config.columns;
  const { template, startResize } = useColumnWidths(`${tab}${compact ? '.compact' : ''}`, columns.map((c) => c.width));
  const grid: CSSProperties = { gridTemplateColumns: template };
  const resizer = (i: number) => (
    <span className="col-resize" role="separator" aria-orientation="vertical" title={t('list.resize')} data-testid={`col-resize-${i}`} onPointerDown={(e) => startResize(i, e)} onClick={(e) => e.stopPropagation()} />
  );
  const generation = list.generation;
  const onRange = useCallback(
    (start: number, end: number) => useInventory.getState().ensureRange(tab, start, end),
    // `generation` is a dependency on purpose: a new query or a refresh asks for the visible pages again.
    [tab, generation],
  );
  const total = list.total ?? 0;
  let selectedIndex: number | null = null;
  if (selectedId) {
    for (const [p, rows] of Object.entries(list.pages)) {
      const i = rows.findIndex((r) => r.id === selectedId);
      if (i >= 0) selectedIndex = Number(p) * PAGE_SIZE + i;
    }
  }

  return (
    <section className="list-panel" data-testid={`list-${tab}`}>
      <ListToolbar tab={tab} list={list} />
      <div className="list-header" style={grid}>
        {columns.map((c, i) => {
          const sorted = c.sortKey && list.sortBy === c.sortKey;
          const label = t(c.header);
          return c.sortKey ? (
            <button
              key={c.header}
              type="button"
              className={`th sortable${c.align === 'end' ? ' end' : ''}${sorted ? ' sorted' : ''}`}
              data-testid={`sort-${c.sortKey}`}
              aria-sort={sorted ? (list.sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}
              onClick={() => useInventory.getState().toggleSort(tab, c.sortKey ?? '')}
            >
              {label}
              <span className="sort-mark">{sorted ? (list.sortDir === 'asc' ? '▲' : '▼') : ''}</span>
              {resizer(i)}
            </button>
          ) : (
            <span key={c.header} className={`th${c.align === 'end' ? ' end' : ''}`}>
              {label}
              {resizer(i)}
            </span>
          );
        })}
      </div>
      {list.error ? <div className="banner error">{errorMessage(list.error, locale)}</div> : null}
      {list.total === 0 ? <div className="empty" data-testid="list-empty">{t('list.empty')}</div> : null}
      <VirtualList
        testId="list-rows"
        rowCount={total}
        rowHeight={ROW_HEIGHT}
        onRangeChange={onRange}
        revealIndex={selectedIndex}
        label={t(`tab.${tab}`)}
        onKeyDown={(e) => {
          // Up/Down move the selection (and the detail) through the list; the rows come in as they load.
          const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
          if (!step || total === 0) return;
          e.preventDefault();
          const next = selectedIndex === null ? 0 : Math.min(Math.max(selectedIndex + step, 0), total - 1);
          const row = rowAt(list, next);
          if (row) navigate(routes.detail(tab, row.id));
        }}
        resetKey={`${tab}|${list.search}|${list.sortBy}|${list.sortDir}|${JSON.stringify(list.filters)}`}
        renderRow={(i) => {
          const row = rowAt(list, i);
          if (!row) {
            return (
              <div key={`pending-${i}`} className="row pending" style={{ ...grid, height: ROW_HEIGHT }}>
                <span className="muted">…</span>
              </div>
            );
          }
          return (
            <div
              key={row.id}
              className={`row${row.id === selectedId ? ' selected' : ''}`}
              style={{ ...grid, height: ROW_HEIGHT }}
              data-testid="row"
              data-id={row.id}
              onClick={() => navigate(routes.detail(tab, row.id))}
            >
              {columns.map((c) => {
                const content = c.render(row, { locale, t });
                // A cut-off value can still be read whole (issue 10, item 13).
                return (
                  <span key={c.header} className={`td${c.align === 'end' ? ' end' : ''}`} title={typeof content === 'string' || typeof content === 'number' ? String(content) : undefined}>
                    {content}
                  </span>
                );
              })}
            </div>
          );
        }}
      />
    </section>
  );
}

function ListToolbar({ tab, list }: { tab: Tab; list: ListState }) {
  const t = useT();
  const canWrite = useCanWrite();
  const locale = useUi((s) => s.locale);
  const navigate = useUi((s) => s.navigate);
  const [text, setText] = useState(list.search);
  const config = CONFIGS[entityOfTab(tab)];
  useEffect(() => setText(list.search), [list.search]);
  useEffect(() => {
    const timer = setTimeout(() => useInventory.getState().setSearch(tab, text), 250);
    return () => clearTimeout(timer);
  }, [tab, text]);
  return (
    <div className="toolbar">
      <input
        type="search"
        className="search"
        data-testid="search"
        placeholder={t('list.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {config.filters.map((f) => (
        <FilterControl key={f.name} tab={tab} spec={f} list={list} />
      ))}
      {typeof list.filters.buildingId === 'string' && !config.filters.some((f) => f.name === 'buildingId') ? (
        <BuildingChip tab={tab} id={list.filters.buildingId} />
      ) : null}
      {list.search || Object.keys(list.filters).length ? (
        <button type="button" className="small" data-testid="clear-filters" onClick={() => useInventory.getState().clearFilters(tab)}>
          {t('filter.clear')}
        </button>
      ) : null}
      <span className="total" data-testid="list-total" data-total={list.total ?? ''}>
        {list.total === null ? t('list.loading') : t('list.total', { n: formatNumber(list.total, locale) })}
      </span>
      <button
        type="button"
        className="primary"
        data-testid="new-record"
        disabled={!canWrite}
        title={canWrite ? undefined : t('access.readOnlyHint')}
        onClick={() => navigate(routes.create(tab))}
      >
        {t(`new.${entityOfTab(tab)}`)}
      </button>
    </div>
  );
}

/** A list narrowed to one building (e.g. the units beside a new unit of it), with a way out. */
function BuildingChip({ tab, id }: { tab: Tab; id: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const row = useRefRow('building', id);
  return (
    <span className="chip" data-testid="filter-building">
      {t('col.building')}: {row ? localName(row as RowMap['building'], locale) : '…'}
      <button type="button" className="link" aria-label={t('filter.clear')} onClick={() => useInventory.getState().setFilter(tab, 'buildingId', null)}>×</button>
    </span>
  );
}

function FilterControl({ tab, spec, list }: { tab: Tab; spec: FilterSpec; list: ListState }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const zones = useLookups((s) => s.zones);
  const parks = useLookups((s) => s.parks);
  const value = list.filters[spec.name];
  const set = (v: string | boolean | null) => useInventory.getState().setFilter(tab, spec.name, v);
  if (spec.kind === 'bool' || spec.kind === 'today') {
    const on = spec.kind === 'bool' ? true : todayIso();
    return (
      <label className="filter-check">
        <input type="checkbox" data-testid={`filter-${spec.name}`} checked={value !== undefined} onChange={(e) => set(e.target.checked ? on : null)} />
        {t(spec.label)}
      </label>
    );
  }
  const zoneFilter = typeof list.filters.zoneId === 'string' ? list.filters.zoneId : null;
  let options: { value: string; label: string }[];
  if (spec.kind === 'zone') options = zones.map((z) => ({ value: z.id, label: localName(z, locale) }));
  else if (spec.kind === 'park') {
    options = parks.filter((p) => !zoneFilter || p.zoneId === zoneFilter).map((p) => ({ value: p.id, label: localName(p, locale) }));
  } else options = spec.options.map((o) => ({ value: o, label: t(enumKey(o)) }));
  return (
    <select
      className="filter"
      data-testid={`filter-${spec.name}`}
      aria-label={t(spec.label)}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => set(e.target.value || null)}
    >
      <option value="">{t(spec.all)}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
