// The open database as the app sees it: app:info, the first-run question, and a data version that
// every list and detail view watches so that edits, undo/redo and data-changed events refresh them; and, in web
// mode, whether the server still accepts this page (see onConnectionStatus in api/client.ts).
import { create } from 'zustand';
import type { AppInfo } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import { invoke, type ConnectionStatus } from '../api/client';

interface AppState {
  info: AppInfo | null;
  loadError: AppErrorShape | null;
  settingUp: boolean;
  dataVersion: number;
  connection: ConnectionStatus | null;
  load(): Promise<void>;
  setup(mode: 'sample' | 'empty'): Promise<AppErrorShape | null>;
  setInfo(info: AppInfo): void;
  dataChanged(): void;
  setConnection(status: ConnectionStatus): void;
}

/** False while this window may not change the database (another program holds it, or it was replaced). */
export function useCanWrite(): boolean {
  return useApp((s) => s.info?.access.mode !== 'read-only');
}

export const useApp = create<AppState>((set, get) => ({
  info: null,
  loadError: null,
  settingUp: false,
  dataVersion: 0,
  connection: null,
  async load() {
    const r = await invoke('app:info', {});
    if (r.ok) set({ info: r.value, loadError: null });
    else set({ loadError: r.error });
  },
  async setup(mode) {
    set({ settingUp: true });
    const r = await invoke('app:setup', { mode });
    set({ settingUp: false });
    if (!r.ok) return r.error;
    set({ info: r.value });
    get().dataChanged();
    return null;
  },
  setInfo(info) {
    set({ info });
  },
  dataChanged() {
    set((s) => ({ dataVersion: s.dataVersion + 1 }));
  },
  setConnection(connection) {
    set({ connection });
  },
}));
