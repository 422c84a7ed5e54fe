// The spreadsheet channels of the contract (merged into shared/contract.ts): export, template, upload or pick a
// file, preview (dry run), apply, discard, the error file, saving a produced file, and cancelling a long task.
import { z } from 'zod';
import { LOCALES } from '../enums';
import { id, isoDate } from '../validation/primitives';
import type { ImportPreview } from './results';
import { MAX_IMPORT_BYTES } from './limits';
import { REPORT_SHEETS } from './spec';
import { def } from '../channel-def';

/** Names a staged file, an import or a task: chosen by main (files, imports) or by the renderer (tasks). */
export const handle = z.string().regex(/^[\w-]{1,64}$/);

export const scopeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('district') }).strict(),
  z.object({ kind: z.literal('zone'), code: z.string().trim().min(1).max(32) }).strict(),
  z.object({ kind: z.literal('park'), id }).strict(),
]);

/** A file main has produced and holds until it is saved (Electron) or downloaded once (web). */
export interface SheetFile {
  fileId: string;
  fileName: string;
  /** The report's data SHA-256 (exports only). */
  sha256?: string;
}

/** Electron: the chosen path (null when the user cancelled the dialog). Web: the one-time download address. */
export type SaveResult = { savedTo: string | null } | { download: string };

export interface StagedUpload {
  uploadId: string;
  name: string;
  sizeBytes: number;
}

const lang = z.enum(LOCALES);

export const sheetChannels = {
  'sheets:export': def<SheetFile>()(
    z
      .object({
        asOf: isoDate,
        scope: scopeInput,
        lang,
        format: z.enum(['xlsx', 'csv']),
        /** CSV: the one sheet to write (default Units). */
        sheet: z.enum(REPORT_SHEETS as unknown as [string, ...string[]]).optional(),
        taskId: handle,
      })
      .strict(),
  ),
  'sheets:template': def<SheetFile>()(z.object({ lang }).strict()),
  'sheets:save': def<SaveResult>()(z.object({ fileId: handle }).strict()),
  /** Electron: the native open dialog; null when cancelled. Web mode has no native dialog (uploads instead). */
  'sheets:pick': def<{ upload: StagedUpload | null }>()(z.object({}).strict()),
  /** Electron (drag and drop): the file's bytes. Web mode posts them raw to /api/sheets/upload. */
  'sheets:upload': def<StagedUpload>()(
    z
      .object({
        name: z.string().trim().min(1).max(255),
        bytes: z
          .instanceof(Uint8Array)
          .refine((b) => b.byteLength <= MAX_IMPORT_BYTES, { params: { code: 'too_large', max: MAX_IMPORT_BYTES } }),
      })
      .strict(),
  ),
  'sheets:preview': def<ImportPreview>()(z.object({ uploadId: handle, taskId: handle }).strict()),
  'sheets:apply': def<ImportPreview>()(z.object({ importId: handle, taskId: handle }).strict()),
  'sheets:discard': def<{ discarded: boolean }>()(z.object({ importId: handle }).strict()),
  'sheets:error-file': def<SheetFile>()(z.object({ importId: handle, lang }).strict()),
  'tasks:cancel': def<{ cancelled: boolean }>()(z.object({ taskId: handle }).strict()),
};
