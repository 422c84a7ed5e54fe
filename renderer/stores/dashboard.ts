// Dashboard choices: the targets measured against (remembered), the break-down's view, sort and expanded
// rows, the vacancy list's sort and the stacking plan's colouring. Data itself is fetched by the screens.
import { create } from 'zustand';
import type { Sort } from '../features/dashboard/lib/tree';

const TARGETS_KEY = 'park-space-desk.dashboardTargets';

export type VacancySortKey = 'availableM2' | 'areaM2' | 'floor' | 'zone' | 'building';

interface Picks {
  spaceTargetId: string | null;
  firmsTargetId: string | null;
}

function savedPicks(): Picks {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(TARGETS_KEY) ?? '{}');
    const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
    return { spaceTargetId: str(obj.spaceTargetId), firmsTargetId: str(obj.firmsTargetId) };
  } catch {
    return { spaceTargetId: null, firmsTargetId: null };
  }
}

/** The part of the district the dashboard shows (a zone or a park clicked in the break-down); null: all of it. */
export interface DashboardScope {
  kind: 'zone' | 'park';
  id: string;
}

export type BreakdownMode = 'place' | 'building' | 'use';

interface DashboardState extends Picks {
  breakdownMode: BreakdownMode;
  scope: DashboardScope | null;
  /** The vacancy list's zone and park filters ('' = all). */
  vacancyZone: string;
  vacancyPark: string;
  sort: Sort;
  expanded: string[];
  vacancySort: { key: VacancySortKey; dir: 'asc' | 'desc' };
  stackingColour: 'status' | 'expiry';
  setTarget(metric: 'space' | 'firms', id: string | null): void;
  setBreakdownMode(mode: BreakdownMode): void;
  /** Narrow the dashboard to a zone or park (the vacancy list follows), or back to the district. */
  setScope(scope: DashboardScope | null): void;
  setVacancyPlace(zone: string, park: string): void;
  setSort(sort: Sort): void;
  setExpanded(expanded: string[]): void;
  sortVacancies(key: VacancySortKey): void;
  setStackingColour(colour: 'status' | 'expiry'): void;
}

export const useDashboard = create<DashboardState>((set, get) => ({
  ...savedPicks(),
  breakdownMode: 'place',
  scope: null,
  vacancyZone: '',
  vacancyPark: '',
  sort: { key: 'name', dir: 'asc' },
  expanded: [],
  vacancySort: { key: 'availableM2', dir: 'desc' },
  stackingColour: 'status',
  setTarget(metric, id) {
    const picks: Picks = { spaceTargetId: get().spaceTargetId, firmsTargetId: get().firmsTargetId };
    if (metric === 'space') picks.spaceTargetId = id;
    else picks.firmsTargetId = id;
    window.localStorage.setItem(TARGETS_KEY, JSON.stringify(picks));
    set(picks);
  },
  setBreakdownMode(breakdownMode) {
    set({ breakdownMode });
  },
  setScope(scope) {
    set({ scope, expanded: [], vacancyZone: scope?.kind === 'zone' ? scope.id : '', vacancyPark: scope?.kind === 'park' ? scope.id : '' });
  },
  setVacancyPlace(vacancyZone, vacancyPark) {
    set({ vacancyZone, vacancyPark });
  },
  setSort(sort) {
    set({ sort });
  },
  setExpanded(expanded) {
    set({ expanded });
  },
  sortVacancies(key) {
    const cur = get().vacancySort;
    set({
      vacancySort: {
        key,
        dir: cur.key === key ? (cur.dir === 'asc' ? 'desc' : 'asc') : key === 'availableM2' || key === 'areaM2' ? 'desc' : 'asc',
      },
    });
  },
  setStackingColour(stackingColour) {
    set({ stackingColour });
  },
}));
