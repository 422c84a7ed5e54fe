// The attraction screen's filters, the list's sort and the last spoken announcement (a board move said aloud).
import { create } from 'zustand';
import type { StageAge } from '../../shared/accounting/pipeline-flow';
import type { DealStage, TenantCategory } from '../../shared/enums';

export interface PipelineFilters {
  manager?: string;
  zoneId?: string;
  category?: TenantCategory;
  age?: StageAge;
}

export type ListSortKey = 'prospect' | 'stage' | 'stageOn' | 'daysInStage' | 'areaM2' | 'moveIn' | 'manager' | 'probability';

interface PipelineState {
  filters: PipelineFilters;
  sort: { key: ListSortKey; dir: 'asc' | 'desc' };
  announcement: string;
  /** The card to give focus back to once the board shows it in this stage (after a keyboard move, or its refusal). */
  focusCard: { id: string; stage: DealStage } | null;
  setFilter<K extends keyof PipelineFilters>(name: K, value: PipelineFilters[K] | null): void;
  clearFilters(): void;
  toggleSort(key: ListSortKey): void;
  announce(text: string, focusCard?: { id: string; stage: DealStage } | null): void;
  focused(): void;
}

export const usePipeline = create<PipelineState>((set) => ({
  filters: {},
  sort: { key: 'stageOn', dir: 'desc' },
  announcement: '',
  focusCard: null,
  setFilter(name, value) {
    set((s) => {
      const filters = { ...s.filters };
      if (value === null || value === undefined || value === '') delete filters[name];
      else filters[name] = value;
      return { filters };
    });
  },
  clearFilters() {
    set({ filters: {} });
  },
  toggleSort(key) {
    set((s) => ({ sort: { key, dir: s.sort.key === key && s.sort.dir === 'asc' ? 'desc' : 'asc' } }));
  },
  announce(text, focusCard = null) {
    set({ announcement: text, focusCard });
  },
  focused() {
    set({ focusCard: null });
  },
}));
