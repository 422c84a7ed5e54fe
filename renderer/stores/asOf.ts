// The as-of date every figure follows (dashboard, stacking plans, map colours), remembered for the session.
import { create } from 'zustand';
import { isIsoDate, todayIso } from '../../shared/dates';

const KEY = 'park-space-desk.asOf';

function initial(): string {
  const saved = window.sessionStorage.getItem(KEY);
  return saved && isIsoDate(saved) ? saved : todayIso();
}

interface AsOfState {
  asOf: string;
  setAsOf(date: string): void;
}

export const useAsOf = create<AsOfState>((set) => ({
  asOf: initial(),
  setAsOf(date) {
    if (!isIsoDate(date)) return;
    window.sessionStorage.setItem(KEY, date);
    set({ asOf: date });
  },
}));
