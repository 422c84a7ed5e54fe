// The map screen's state: features at the as-of date (refetched when the date or the data change), how they are
// shown (colour mode, 3D, filters), the selection, the basemap choice (and why it is not drawn, when it is not)
// and the shape being drawn.
import { create } from 'zustand';
import type { AppErrorShape } from '../../shared/errors';
import { basemapOrigin, type BasemapSetting, type MapFeatures } from '../../shared/map-views';
import { invoke } from '../api/client';
import type { LngLat } from '../map/draw/geometry';
import type { LocalTiles } from '../map/layers/basemap';
import { NO_FILTERS, type MapFilters } from '../map/layers/filters';
import type { ColourMode } from '../map/layers/style';
import { openConfiguredPmtiles } from '../map/pmtiles';

export type ShapeEntity = 'building' | 'park' | 'zone';

export interface Selection {
  kind: ShapeEntity;
  id: string;
}

export interface DrawState {
  entity: ShapeEntity;
  id: string;
  vertices: LngLat[];
  /** Finished (a polygon whose points can be dragged), or still taking clicks. */
  closed: boolean;
}

/** Why the basemap is not drawn, or only in part; shown over the map until dismissed or the basemap changes. */
export type BasemapProblem =
  | { kind: 'setting'; error: AppErrorShape }
  /** The PMTiles file configured by path could not be opened (moved, unreadable, not PMTiles). */
  | { kind: 'file'; name: string; detail: string }
  /** The map could not load the basemap's tiles (offline, wrong address, refused). */
  | { kind: 'tiles'; detail: string };

interface MapStore {
  data: MapFeatures | null;
  /** `asOf|dataVersion` of the data shown, or being fetched. */
  key: string;
  error: AppErrorShape | null;
  colourMode: ColourMode;
  threeD: boolean;
  filters: MapFilters;
  selected: Selection | null;
  basemap: BasemapSetting;
  /** The PMTiles file picked in this session (the setting remembers the choice, not the file). */
  localTiles: LocalTiles | null;
  basemapProblem: (BasemapProblem & { dismissed: boolean }) | null;
  draw: DrawState | null;
  load(asOf: string, dataVersion: number): Promise<void>;
  loadBasemap(): Promise<void>;
  saveBasemap(setting: BasemapSetting, localTiles?: LocalTiles | null): Promise<AppErrorShape | null>;
  /** The first problem with the current basemap is kept (tiles fail many at a time); a dismissed one stays quiet. */
  reportBasemapProblem(problem: BasemapProblem): void;
  dismissBasemapProblem(): void;
  setColourMode(mode: ColourMode): void;
  setThreeD(on: boolean): void;
  setFilter<K extends keyof MapFilters>(name: K, value: MapFilters[K]): void;
  select(selection: Selection | null): void;
  setDraw(draw: DrawState | null): void;
}

export const useMap = create<MapStore>((set, get) => ({
  data: null,
  key: '',
  error: null,
  colourMode: 'occupancy',
  threeD: false,
  filters: NO_FILTERS,
  selected: null,
  basemap: { kind: 'none', source: '' },
  localTiles: null,
  basemapProblem: null,
  draw: null,
  async load(asOf, dataVersion) {
    const key = `${asOf}|${dataVersion}`;
    if (get().key === key) return;
    set({ key });
    const r = await invoke('map:features', { asOf });
    if (get().key !== key) return;
    if (r.ok) set({ data: r.value, error: null });
    else set({ error: r.error });
  },
  async loadBasemap() {
    const r = await invoke('settings:basemap-get', {});
    if (!r.ok) return get().reportBasemapProblem({ kind: 'setting', error: r.error });
    set({ basemap: r.value, basemapProblem: null });
    // A PMTiles file configured by path comes back after a restart, served by the app's own origin.
    const path = r.value.source;
    if (r.value.kind === 'pmtiles' && path !== '' && !get().localTiles) {
      try {
        set({ localTiles: await openConfiguredPmtiles(path) });
      } catch (err) {
        // The map draws without it; say which file and why.
        const name = path.split(/[\\/]/).pop() ?? path;
        get().reportBasemapProblem({ kind: 'file', name, detail: err instanceof Error ? err.message : String(err) });
      }
    }
  },
  async saveBasemap(setting, localTiles) {
    const before = basemapOrigin(get().basemap);
    const r = await invoke('settings:basemap-set', setting);
    if (!r.ok) return r.error;
    // The page's CSP names the online basemap's origin and is fixed when the page loads: a new origin needs a reload.
    if (basemapOrigin(r.value) !== before && basemapOrigin(r.value) !== null) {
      window.location.reload();
      return null;
    }
    set(localTiles === undefined ? { basemap: r.value, basemapProblem: null } : { basemap: r.value, localTiles, basemapProblem: null });
    return null;
  },
  reportBasemapProblem(problem) {
    if (!get().basemapProblem) set({ basemapProblem: { ...problem, dismissed: false } });
  },
  dismissBasemapProblem() {
    const current = get().basemapProblem;
    if (current) set({ basemapProblem: { ...current, dismissed: true } });
  },
  setColourMode(colourMode) {
    set({ colourMode });
  },
  setThreeD(threeD) {
    set({ threeD });
  },
  setFilter(name, value) {
    const filters = { ...get().filters, [name]: value };
    // A park belongs to one zone: a new zone clears a park from another.
    if (name === 'zoneId' && value) {
      const park = get().data?.parks.find((p) => p.id === filters.parkId);
      if (park && park.zoneId !== value) filters.parkId = '';
    }
    set({ filters });
  },
  select(selected) {
    set({ selected });
  },
  setDraw(draw) {
    set({ draw });
  },
}));
