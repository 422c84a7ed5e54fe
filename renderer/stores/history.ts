// Undo/redo (backed by change_log in main) and per-record history.
import { create } from 'zustand';
import type { HistoryState } from '../../shared/contract';
import type { EntityName } from '../../shared/enums';
import type { AppErrorShape } from '../../shared/errors';
import type { ChangeLogEntry } from '../../shared/models';
import { invoke } from '../api/client';
import { useApp } from './app';
import { useUi } from './ui';

const EMPTY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

interface HistoryStore {
  state: HistoryState;
  busy: boolean;
  refresh(): Promise<void>;
  step(direction: 'undo' | 'redo'): Promise<void>;
  loadRecord(entity: EntityName, id: string): Promise<{ entries: ChangeLogEntry[] } | { error: AppErrorShape }>;
}

export const useHistory = create<HistoryStore>((set, get) => ({
  state: EMPTY,
  busy: false,
  async refresh() {
    const r = await invoke('history:state', {});
    if (r.ok) set({ state: r.value });
  },
  async step(direction) {
    if (get().busy) return;
    const allowed = direction === 'undo' ? get().state.canUndo : get().state.canRedo;
    if (!allowed) return;
    set({ busy: true });
    const r = await invoke(direction === 'undo' ? 'history:undo' : 'history:redo', {});
    set({ busy: false });
    if (r.ok) {
      set({ state: r.value.state });
      useUi
        .getState()
        .notify({ kind: 'info', key: direction === 'undo' ? 'history.undone' : 'history.redone', params: { label: r.value.label } });
      useApp.getState().dataChanged();
    } else {
      useUi.getState().notify({ kind: 'error', error: r.error });
      void get().refresh();
    }
  },
  async loadRecord(entity, id) {
    const r = await invoke('history:record', { entity, id });
    return r.ok ? { entries: r.value } : { error: r.error };
  },
}));
