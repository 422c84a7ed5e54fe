// What an import reports: the dry run's preview and the applied outcome share this shape (counts are integers;
// the lists carry codes and values, turned into the user's language by ./messages.ts).
import type { EntityName } from '../enums';
import type { FieldCode } from '../errors';
import type { SheetCellCode } from './cells';

/** Row problems that are not a form field's or a cell's. */
export const SHEET_ROW_CODES = ['duplicate_row', 'record_missing', 'ambiguous_reference'] as const;
export type SheetRowCode = (typeof SHEET_ROW_CODES)[number];
export type SheetIssueCode = FieldCode | SheetCellCode | SheetRowCode;

export interface SheetIssue {
  /** The sheet's name as in the file. */
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Column letter as Excel shows it ('' when the whole row is meant). */
  column: string;
  /** The column's header as in the file. */
  header: string;
  code: SheetIssueCode;
  params?: Record<string, string | number>;
}

export interface FieldChange {
  field: string;
  header: string;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
}

export interface ImportChange {
  sheet: string;
  row: number;
  entity: EntityName;
  id: string;
  action: 'insert' | 'update';
  /** The record's name as people know it (building name, zone + building + unit, tenant, lease's unit and tenant). */
  label: string;
  changes: FieldChange[];
}

export interface ImportConflict {
  sheet: string;
  row: number;
  entity: EntityName;
  id: string;
  label: string;
  fileVersion: number;
  dbVersion: number;
}

export const IMPORT_NOTE_CODES = [
  'computed_sheet_skipped',
  'unknown_sheet_skipped',
  'extra_columns_ignored',
  'formulas_used',
  'encoding',
] as const;
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

export interface ImportNote {
  code: ImportNoteCode;
  sheet: string;
  params?: Record<string, string | number>;
}

export interface ImportOutcome {
  insert: number;
  update: number;
  unchanged: number;
  /** Rows in error (an error row may have several issues). */
  errorRows: number;
  errors: SheetIssue[];
  conflicts: ImportConflict[];
  notes: ImportNote[];
  /** Inserts and updates with their fields, old → new (the first MAX_LISTED; the counts above are complete). */
  changes: ImportChange[];
  /** True when an apply wrote the rows (one transaction, one undo step). */
  applied: boolean;
}

export interface ImportPreview extends ImportOutcome {
  /** Names the parsed file kept on the server until it is applied or discarded. */
  importId: string;
  fileName: string;
}

/** Lists in a preview stop here (the counts stay complete; the error file has every error row). */
export const MAX_LISTED = 2000;
