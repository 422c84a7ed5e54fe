// A list's toolbar: its search box, its filters in words (a building's chip, zone, park, status), the total and
// the New button.
import { useEffect, useState } from 'react';
import { shortcutOf, shortcutProps } from '../../components/keyboard';
import { useRefRow } from '../../components/RefLink';
import { enumKey, useT } from '../../i18n';
import { formatNumber, localName } from '../../lib/format';
import { entityOfTab, routes, type Tab } from '../../lib/routes';
import { useCanWrite } from '../../stores/app';
import { useInventory, type ListState } from '../../stores/inventory';
import { useLookups } from '../../stores/lookups';
import { useUi } from '../../stores/ui';
import { todayIso } from '../../../shared/dates';
import type { RowMap } from '../../../shared/models';
import { CONFIGS, type FilterSpec } from './config';

export function ListToolbar({ tab, list }: { tab: Tab; list: ListState }) {
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
        aria-label={t('list.search')}
        title={t('a11y.shortcut', { keys: shortcutOf('search').label })}
        {...shortcutProps('search')}
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
        title={canWrite ? t('a11y.shortcut', { keys: shortcutOf('new').label }) : t('access.readOnlyHint')}
        {...shortcutProps('new')}
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
      <button
        type="button"
        className="link"
        aria-label={t('filter.clear')}
        onClick={() => useInventory.getState().setFilter(tab, 'buildingId', null)}
      >
        ×
      </button>
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
        <input
          type="checkbox"
          data-testid={`filter-${spec.name}`}
          checked={value !== undefined}
          onChange={(e) => set(e.target.checked ? on : null)}
        />
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
