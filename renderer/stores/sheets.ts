// The spreadsheets' state: the export dialog, and an import from file to preview to applied. Long steps carry a
// task id (sent with the request, so Cancel can name the task before the answer arrives) and follow `progress`.
import { create } from 'zustand';
import type { EventMap } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import type { SheetFile } from '../../shared/sheets/channels';
import type { ImportPreview } from '../../shared/sheets/results';
import type { Locale } from '../../shared/enums';
import { invoke, onEvent } from '../api/client';
import { deliverFile, newTaskId, uploadSheet } from '../api/sheets';
import { useApp } from './app';
import { useHistory } from './history';
import { useUi } from './ui';

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'applying';
export type ScopeChoice = { kind: 'district' } | { kind: 'zone'; code: string } | { kind: 'park'; id: string };
export interface ExportChoice {
  asOf: string;
  scope: ScopeChoice;
  lang: Locale;
  format: 'xlsx' | 'csv';
  sheet: string;
}

interface SheetsState {
  exportOpen: boolean;
  exporting: boolean;
  phase: ImportPhase;
  preview: ImportPreview | null;
  error: AppErrorShape | null;
  taskId: string | null;
  progress: { done: number; total: number } | null;
  openExport(open: boolean): void;
  runExport(choice: ExportChoice): Promise<void>;
  downloadTemplate(lang: Locale): Promise<void>;
  importFile(file: File): Promise<void>;
  pickAndImport(): Promise<void>;
  apply(): Promise<void>;
  saveErrors(lang: Locale): Promise<void>;
  cancel(): Promise<void>;
  close(): void;
}

const notifyError = (error: AppErrorShape) => useUi.getState().notify({ kind: 'error', error });

async function deliver(file: SheetFile): Promise<void> {
  const saved = await deliverFile(file);
  if (!saved.ok) notifyError(saved.error);
  else if (saved.value.savedTo) useUi.getState().notify({ kind: 'info', key: 'sheets.saved', params: { file: saved.value.savedTo } });
}

export const useSheets = create<SheetsState>((set, get) => {
  const follow = (p: EventMap['progress']) => {
    if (p.taskId === get().taskId && !p.finished) set({ progress: { done: p.done, total: p.total } });
  };
  let unsubscribe: (() => void) | null = null;
  const start = () => {
    unsubscribe ??= onEvent('progress', follow);
    const taskId = newTaskId();
    set({ taskId, progress: { done: 0, total: 1 }, error: null });
    return taskId;
  };
  const preview = async (uploadId: string) => {
    const taskId = start();
    set({ phase: 'reading', preview: null });
    const r = await invoke('sheets:preview', { uploadId, taskId });
    if (get().taskId !== taskId) return;
    set({ taskId: null, progress: null });
    if (r.ok) set({ phase: 'preview', preview: r.value });
    else {
      set({ phase: 'idle' });
      if (r.error.code !== 'cancelled') notifyError(r.error);
    }
  };
  return {
    exportOpen: false,
    exporting: false,
    phase: 'idle',
    preview: null,
    error: null,
    taskId: null,
    progress: null,
    openExport(open) {
      set({ exportOpen: open, error: null });
    },
    async runExport(choice) {
      const taskId = start();
      set({ exporting: true });
      const r = await invoke('sheets:export', {
        ...choice,
        sheet: choice.format === 'csv' ? (choice.sheet as 'units') : undefined,
        taskId,
      });
      set({ exporting: false, taskId: null, progress: null });
      if (!r.ok) {
        if (r.error.code === 'cancelled') useUi.getState().notify({ kind: 'info', key: 'sheets.cancelled' });
        else set({ error: r.error });
        return;
      }
      set({ exportOpen: false });
      await deliver(r.value);
    },
    async downloadTemplate(lang) {
      const r = await invoke('sheets:template', { lang });
      if (!r.ok) notifyError(r.error);
      else await deliver(r.value);
    },
    async importFile(file) {
      if (get().phase !== 'idle') return;
      set({ phase: 'reading', preview: null, progress: { done: 0, total: 1 } });
      const up = await uploadSheet(file);
      if (!up.ok) {
        set({ phase: 'idle', progress: null });
        notifyError(up.error);
        return;
      }
      if (get().phase !== 'reading') return; // cancelled while the file was on its way
      await preview(up.value.uploadId);
    },
    async pickAndImport() {
      if (get().phase !== 'idle') return;
      const r = await invoke('sheets:pick', {});
      if (!r.ok) notifyError(r.error);
      else if (r.value.upload) await preview(r.value.upload.uploadId);
    },
    async apply() {
      const current = get().preview;
      if (!current) return;
      const taskId = start();
      set({ phase: 'applying' });
      const r = await invoke('sheets:apply', { importId: current.importId, taskId });
      set({ taskId: null, progress: null });
      if (!r.ok) {
        set({ phase: 'preview' });
        if (r.error.code !== 'cancelled') notifyError(r.error);
        return;
      }
      if (!r.value.applied) {
        set({ phase: 'preview', preview: r.value });
        return;
      }
      set({ phase: 'idle', preview: null });
      useApp.getState().dataChanged();
      void useHistory.getState().refresh();
      useUi.getState().notify({
        kind: 'info',
        key: 'sheets.applied',
        params: { file: r.value.fileName, insert: r.value.insert, update: r.value.update },
      });
    },
    async saveErrors(lang) {
      const current = get().preview;
      if (!current) return;
      const r = await invoke('sheets:error-file', { importId: current.importId, lang });
      if (!r.ok) notifyError(r.error);
      else await deliver(r.value);
    },
    async cancel() {
      const { taskId } = get();
      if (taskId) await invoke('tasks:cancel', { taskId });
      if (get().phase === 'reading') set({ phase: 'idle', taskId: null, progress: null });
    },
    close() {
      const current = get().preview;
      if (current) void invoke('sheets:discard', { importId: current.importId });
      set({ phase: 'idle', preview: null, error: null });
    },
  };
});
