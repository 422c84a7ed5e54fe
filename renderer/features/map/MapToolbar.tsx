// The map's controls in one row (issue 10, item 14): as-of date, colour mode, 3D, fit buttons, search, the filters
// grouped in one menu, PNG and basemap.
import { useEffect, useMemo, useRef, useState } from 'react';
import { UNIT_USES } from '../../../shared/enums';
import { BUILDING_STATES } from '../../../shared/rules/buildings';
import { STATE_KEYS } from '../../i18n/parts/glossary';
import type { MapFeatures } from '../../../shared/map-views';
import { focusNextView, shortcutOf, shortcutProps } from '../../components/keyboard';
import { rowKeys } from '../../components/rowKeys';
import { enumKey, useT } from '../../i18n';
import { labelOf, searchFeatures, type SearchHit } from '../../map/layers/features';
import { isBuildingState, isUnitUse } from '../../map/layers/filters';
import { useAsOf } from '../../stores/asOf';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { isIsoDate } from '../../../shared/dates';

interface Props {
  data: MapFeatures | null;
  onFitDistrict(): void;
  onFitZone(zoneId: string): void;
  onGoTo(hit: SearchHit): void;
  onPng(): void;
  onBasemap(): void;
}

export function MapToolbar({ data, onFitDistrict, onFitZone, onGoTo, onPng, onBasemap }: Props) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const setAsOf = useAsOf((s) => s.setAsOf);
  const [draft, setDraft] = useState(asOf);
  useEffect(() => setDraft(asOf), [asOf]);
  const { colourMode, threeD, setColourMode, setThreeD } = useMap();
  const [query, setQuery] = useState('');
  const hits = useMemo(() => (data ? searchFeatures(data, query, locale) : []), [data, query, locale]);
  const zones = useMemo(() => [...(data?.zones ?? [])].sort((a, b) => a.code.localeCompare(b.code)), [data]);
  return (
    <div className="map-toolbar" data-testid="map-toolbar">
      <label className="map-asof">
        <span>{t('map.asOf')}</span>
        {/* ISO YYYY-MM-DD as on the dashboard (the browser's date picker would show the OS's format instead). */}
        <input
          type="text"
          inputMode="numeric"
          maxLength={10}
          data-testid="map-as-of"
          value={draft}
          aria-invalid={!isIsoDate(draft)}
          onChange={(e) => {
            setDraft(e.target.value);
            if (isIsoDate(e.target.value)) setAsOf(e.target.value);
          }}
        />
      </label>
      <div className="map-segmented" role="group" aria-label={t('map.colourBy')}>
        {(['occupancy', 'status'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className={colourMode === m ? 'active' : ''}
            aria-pressed={colourMode === m}
            data-testid={`map-colour-${m}`}
            onClick={() => setColourMode(m)}
          >
            {t(`map.colour.${m}`)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className={threeD ? 'active' : ''}
        aria-pressed={threeD}
        data-testid="map-3d"
        onClick={() => setThreeD(!threeD)}
      >
        {t('map.3d')}
      </button>
      <button type="button" data-testid="map-fit-district" onClick={onFitDistrict}>
        {t('map.fitDistrict')}
      </button>
      <select
        data-testid="map-fit-zone"
        value=""
        aria-label={t('map.fitZone')}
        onChange={(e) => e.target.value && onFitZone(e.target.value)}
      >
        <option value="">{t('map.fitZone')}</option>
        {zones.map((z) => (
          <option key={z.id} value={z.id}>
            {labelOf(z.name, locale)}
          </option>
        ))}
      </select>
      <div className="map-search">
        <input
          type="search"
          data-testid="map-search"
          placeholder={t('map.search')}
          aria-label={t('map.search')}
          title={t('a11y.shortcut', { keys: shortcutOf('search').label })}
          {...shortcutProps('search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && hits[0]) {
              focusNextView();
              onGoTo(hits[0]);
              setQuery('');
            } else if (e.key === 'ArrowDown' && hits[0]) {
              // Down from the field into the hits (Up and Down move between them, Enter picks).
              e.preventDefault();
              e.currentTarget.parentElement?.querySelector<HTMLElement>('[data-testid="map-search-hit"]')?.focus();
            }
          }}
        />
        {query.trim() ? (
          <ul
            className="map-search-hits"
            data-testid="map-search-hits"
            aria-label={t('map.search')}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setQuery('');
                e.currentTarget.parentElement?.querySelector<HTMLElement>('[data-testid="map-search"]')?.focus();
              } else rowKeys('li')(e);
            }}
          >
            {hits.length === 0 ? <li className="muted">{t('map.noMatch')}</li> : null}
            {hits.map((h) => (
              <li key={`${h.kind}:${h.id}`}>
                <button
                  type="button"
                  className="link"
                  data-testid="map-search-hit"
                  onClick={(e) => {
                    if (e.detail === 0) focusNextView();
                    onGoTo(h);
                    setQuery('');
                  }}
                >
                  {h.label} <span className="muted">· {t(`entity.${h.kind}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <FilterMenu data={data} />
      <span className="map-toolbar-end" />
      <button type="button" data-testid="map-png" onClick={onPng}>
        {t('map.png')}
      </button>
      <button type="button" data-testid="map-basemap" onClick={onBasemap}>
        {t('map.basemap')}
      </button>
    </div>
  );
}

/** The four filters behind one button that counts the ones set, so the toolbar keeps to one row. */
function FilterMenu({ data }: { data: MapFeatures | null }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const { filters, setFilter } = useMap();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const away = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  const zones = [...(data?.zones ?? [])].sort((a, b) => a.code.localeCompare(b.code));
  const parks = (data?.parks ?? []).filter((p) => !filters.zoneId || p.zoneId === filters.zoneId);
  const set = [filters.zoneId, filters.parkId, filters.status, filters.use].filter(Boolean).length;
  return (
    <div className="map-filter-menu" ref={box}>
      <button
        type="button"
        className={set ? 'active' : ''}
        aria-expanded={open}
        data-testid="map-filters"
        data-count={set}
        onClick={() => setOpen(!open)}
      >
        {t('map.filters')}
        {set ? ` (${set})` : ''} ▾
      </button>
      {open ? (
        <div
          className="map-filter-pop"
          data-testid="map-filter-pop"
          role="group"
          aria-label={t('map.filters')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false);
              box.current?.querySelector<HTMLElement>('[data-testid="map-filters"]')?.focus();
            }
          }}
        >
          <select
            data-testid="map-filter-zone"
            value={filters.zoneId}
            aria-label={t('map.filter.zone')}
            onChange={(e) => setFilter('zoneId', e.target.value)}
          >
            <option value="">{t('map.filter.zone')}</option>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {labelOf(z.name, locale)}
              </option>
            ))}
          </select>
          <select
            data-testid="map-filter-park"
            value={filters.parkId}
            aria-label={t('map.filter.park')}
            onChange={(e) => setFilter('parkId', e.target.value)}
          >
            <option value="">{t('map.filter.park')}</option>
            {parks.map((p) => (
              <option key={p.id} value={p.id}>
                {labelOf(p.name, locale)}
              </option>
            ))}
          </select>
          <select
            data-testid="map-filter-status"
            value={filters.status}
            aria-label={t('map.filter.status')}
            onChange={(e) => setFilter('status', isBuildingState(e.target.value) ? e.target.value : '')}
          >
            <option value="">{t('map.filter.status')}</option>
            {BUILDING_STATES.map((s) => (
              <option key={s} value={s}>
                {t(STATE_KEYS[s])}
              </option>
            ))}
          </select>
          <select
            data-testid="map-filter-use"
            value={filters.use}
            aria-label={t('map.filter.use')}
            onChange={(e) => setFilter('use', isUnitUse(e.target.value) ? e.target.value : '')}
          >
            <option value="">{t('map.filter.use')}</option>
            {UNIT_USES.map((u) => (
              <option key={u} value={u}>
                {t(enumKey(u))}
              </option>
            ))}
          </select>
          {set ? (
            <button
              type="button"
              className="small"
              data-testid="map-filters-clear"
              onClick={() => {
                for (const k of ['zoneId', 'parkId', 'status', 'use'] as const) setFilter(k, '');
              }}
            >
              {t('filter.clear')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
