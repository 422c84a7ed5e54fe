// List state per inventory tab: query (search, sort, filters), total, and rows cached in pages that are
// fetched from `<plural>:list` as the user scrolls. A generation number discards answers to old queries.
import { create } from 'zustand';
import type { EntityName } from '../../shared/enums';
import type { AppErrorShape } from '../../shared/errors';
import type { RowMap } from '../../shared/models';
import { listRows } from '../api/entities';
import { entityOfTab, TABS, type Tab } from '../lib/routes';
import { pagesFor, pagesToEvict } from '../lib/virtualWindow';

export const PAGE_SIZE = 100;
const KEEP_PAGES = 40;

export type AnyRow = RowMap[EntityName];
export type Filters = Record<string, string | number | boolean>;

export interface ListState {
  search: string;
  sortBy: string | null;
  sortDir: 'asc' | 'desc';
  filters: Filters;
  total: number | null;
  pages: Record<number, AnyRow[]>;
  /** Generation each cached page was loaded in; a page from an older generation is shown but refetched. */
  pageGen: Record<number, number>;
  loading: Record<number, number>;
  generation: number;
  error: AppErrorShape | null;
}

function emptyList(): ListState {
  return {
    search: '',
    sortBy: null,
    sortDir: 'asc',
    filters: {},
    total: null,
    pages: {},
    pageGen: {},
    loading: {},
    generation: 0,
    error: null,
  };
}

interface InventoryStore {
  lists: Record<Tab, ListState>;
  setSearch(tab: Tab, search: string): void;
  toggleSort(tab: Tab, sortBy: string): void;
  setFilter(tab: Tab, name: string, value: string | number | boolean | null): void;
  clearFilters(tab: Tab): void;
  ensureRange(tab: Tab, start: number, end: number): void;
  /** Refetch (keeping what is shown until the new rows arrive), e.g. after an edit or undo. */
  refreshAll(): void;
}

export function rowAt(list: ListState, index: number): AnyRow | undefined {
  const page = list.pages[Math.floor(index / PAGE_SIZE)];
  return page?.[index % PAGE_SIZE];
}

export function queryOf(list: ListState): Record<string, string | number | boolean | undefined> {
  return {
    ...list.filters,
    search: list.search.trim() || undefined,
    sortBy: list.sortBy ?? undefined,
    sortDir: list.sortBy ? list.sortDir : undefined,
  };
}

const initialLists = Object.fromEntries(TABS.map((t) => [t, emptyList()])) as Record<Tab, ListState>;

export const useInventory = create<InventoryStore>((set, get) => {
  /** Replace the query; the cache is dropped and page 0 is fetched. */
  const requery = (tab: Tab, patch: Partial<ListState>) => {
    set((s) => {
      const prev = s.lists[tab];
      const next: ListState = {
        ...prev,
        ...patch,
        total: null,
        pages: {},
        pageGen: {},
        loading: {},
        generation: prev.generation + 1,
        error: null,
      };
      return { lists: { ...s.lists, [tab]: next } };
    });
    get().ensureRange(tab, 0, PAGE_SIZE);
  };

  const fetchPage = async (tab: Tab, page: number, generation: number) => {
    const list = get().lists[tab];
    const r = await listRows(entityOfTab(tab), { ...queryOf(list), offset: page * PAGE_SIZE, limit: PAGE_SIZE });
    set((s) => {
      const cur = s.lists[tab];
      if (cur.generation !== generation) return s;
      const { [page]: _done, ...loading } = cur.loading;
      if (!r.ok) return { lists: { ...s.lists, [tab]: { ...cur, loading, error: r.error } } };
      const pages = { ...cur.pages, [page]: r.value.rows };
      const pageGen = { ...cur.pageGen, [page]: generation };
      for (const p of pagesToEvict(Object.keys(pages).map(Number), page, KEEP_PAGES)) {
        delete pages[p];
        delete pageGen[p];
      }
      return { lists: { ...s.lists, [tab]: { ...cur, pages, pageGen, loading, total: r.value.total, error: null } } };
    });
  };

  return {
    lists: initialLists,
    setSearch(tab, search) {
      if (get().lists[tab].search === search) return;
      requery(tab, { search });
    },
    toggleSort(tab, sortBy) {
      const cur = get().lists[tab];
      const sortDir = cur.sortBy === sortBy && cur.sortDir === 'asc' ? 'desc' : 'asc';
      requery(tab, { sortBy, sortDir });
    },
    setFilter(tab, name, value) {
      const { [name]: _old, ...rest } = get().lists[tab].filters;
      requery(tab, { filters: value === null || value === '' ? rest : { ...rest, [name]: value } });
    },
    clearFilters(tab) {
      requery(tab, { filters: {}, search: '' });
    },
    ensureRange(tab, start, end) {
      const list = get().lists[tab];
      const ranged = list.total === null ? [] : pagesFor(start, Math.min(end, list.total), PAGE_SIZE);
      const want = ranged.length ? ranged : [0];
      const missing = want.filter((p) => list.pageGen[p] !== list.generation && list.loading[p] !== list.generation);
      if (!missing.length) return;
      set((s) => {
        const cur = s.lists[tab];
        const loading = { ...cur.loading };
        for (const p of missing) loading[p] = cur.generation;
        return { lists: { ...s.lists, [tab]: { ...cur, loading } } };
      });
      for (const p of missing) void fetchPage(tab, p, list.generation);
    },
    refreshAll() {
      set((s) => {
        const lists = { ...s.lists };
        for (const tab of TABS) {
          const cur = lists[tab];
          lists[tab] = { ...cur, generation: cur.generation + 1, loading: {} };
        }
        return { lists };
      });
    },
  };
});
