// Small reference data: all zones and parks (for filters), and rows fetched to label references.
import { create } from 'zustand';
import type { EntityName } from '../../shared/enums';
import type { ParkRow, ZoneRow } from '../../shared/models';
import { getRow, listRows } from '../api/entities';
import type { AnyRow } from './inventory';

interface LookupStore {
  zones: ZoneRow[];
  parks: ParkRow[];
  version: number;
  /** Rows by `entity:id` (null: not found). Kept across data changes and refetched, so labels do not flicker. */
  rows: Record<string, AnyRow | null>;
  rowVersion: Record<string, number>;
  load(dataVersion: number): Promise<void>;
  row(entity: EntityName, id: string): Promise<void>;
}

const pending = new Set<string>();

export const useLookups = create<LookupStore>((set, get) => ({
  zones: [],
  parks: [],
  version: -1,
  rows: {},
  rowVersion: {},
  async load(dataVersion) {
    if (get().version === dataVersion) return;
    set({ version: dataVersion });
    const [zones, parks] = await Promise.all([
      listRows('zone', { limit: 1000, sortBy: 'code' }),
      listRows('park', { limit: 1000, sortBy: 'name' }),
    ]);
    if (get().version !== dataVersion) return;
    set({ zones: zones.ok ? zones.value.rows : [], parks: parks.ok ? parks.value.rows : [] });
  },
  async row(entity, id) {
    const key = `${entity}:${id}`;
    const version = get().version;
    // In flight per data version: a fetch started before a change is discarded, so it must not block a new one.
    const flight = `${version}|${key}`;
    if (get().rowVersion[key] === version || pending.has(flight)) return;
    pending.add(flight);
    const r = await getRow(entity, id);
    pending.delete(flight);
    if (get().version !== version) return;
    set((s) => ({ rows: { ...s.rows, [key]: r.ok ? r.value : null }, rowVersion: { ...s.rowVersion, [key]: version } }));
  },
}));
