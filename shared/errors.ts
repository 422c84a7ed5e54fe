// Errors keep one shape across the process boundary: { code, message, details }.
// `message` is English for logs and the CLI; the UI renders `code` + `details` in the user's language.

export const ERROR_CODES = [
  'validation', // field-level problems, see details.fields
  'bad_input', // the input does not have the contract's shape (e.g. from a compromised renderer)
  'unknown_channel',
  'not_found',
  'conflict', // the record changed since it was read (version mismatch)
  'has_dependents', // delete refused, see details.counts
  'nothing_to_undo',
  'nothing_to_redo',
  'history_conflict', // an undo/redo step no longer fits the data; it was dropped from the stack
  'database_newer', // file written by a newer app version
  'database_invalid', // not a Park Space Desk database
  'database_damaged', // ours, but its schema version is impossible or does not match its contents
  'database_corrupt', // SQLite found the file's pages damaged
  'backup_other_database', // a restore was asked for a backup of another database sharing the backups folder
  'database_locked', // another program holds the file's write lock; details: file, program, pid, since
  'read_only', // this process may not write the open file; details: reason ('locked' | 'replaced')
  'database_replaced', // the file at the path is no longer the one this process opened
  'file_system', // an operating-system error; details: os (EACCES, ENOSPC, …), file
  'too_large', // a request beyond the limits of its channel (body size, vertices); details: max
  'file_exists',
  'bad_file', // a spreadsheet that cannot be imported at all; details: reason (shared/sheets/file-problems.ts) and its values
  'cancelled',
  'browser_missing', // no Chromium to print the report with; details: path
  'forbidden',
  'internal',
  'survey_invalid', // a survey package that cannot be used; details: reason (SURVEY_REASONS), file, …
  'survey_unresolved', // a merge with undecided conflicts; details: count
  'survey_photos', // photos missing from a package or altered; details: names, count
  'survey_mode', // refused while a survey package is open (the office database is not)
  'not_survey', // needs an open survey package
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FIELD_CODES = [
  'required',
  'too_long',
  'not_positive',
  'too_large',
  'not_integer',
  'not_a_number',
  'invalid_date',
  'invalid_choice',
  'invalid_type',
  'end_before_start',
  'terminated_before_start',
  'floor_out_of_range',
  'floors_invalid',
  'area_exceeds_unit',
  'over_lease',
  'uscc_format',
  'uscc_checksum',
  'uscc_duplicate',
  'code_duplicate',
  'label_duplicate',
  'park_zone_mismatch',
  'park_buildings_elsewhere',
  'reference_missing',
  'invalid_geometry',
  'geometry_unclosed',
  'geometry_self_intersecting',
  'geometry_too_small',
  'geometry_out_of_range',
  'unit_area_below_leases',
  'floor_has_units',
  'too_small',
  'control_characters',
  'geometry_too_complex',
  'too_many_units',
  'areas_count',
  'pattern_repeats',
  'floor_zero',
  'not_in_survey',
  'deal_closed',
  'stage_unchanged',
  'stage_date_before',
  'deal_later_stage',
  'deal_space_fixed',
  'deal_needs_units',
  'deal_needs_start',
  'unit_not_in_building',
  'unit_not_found',
  'return_duplicate',
  'patents_over_total',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

export type FieldParams = Record<string, string | number>;

export interface FieldError {
  /** Field name in the record's camelCase vocabulary, or '' for the record as a whole. */
  field: string;
  code: FieldCode;
  params?: FieldParams;
}

export interface ErrorDetails {
  fields?: FieldError[];
  counts?: Record<string, number>;
  [key: string]: unknown;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/**
 * Any thrown value as the one error shape: an AppError keeps its code and details, anything else becomes `internal`
 * with its text (so the user still sees what happened, in their language's frame, through `errorMessage`).
 */
/** Operating-system errors the app explains in words; anything else is 'OTHER'. */
export const OS_ERROR_CODES = [
  'EACCES',
  'EPERM',
  'ENOSPC',
  'EROFS',
  'EEXIST',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EBUSY',
  'EMFILE',
  'EDQUOT',
  'OTHER',
] as const;
export type OsErrorCode = (typeof OS_ERROR_CODES)[number];

export function osErrorCode(code: unknown): OsErrorCode {
  return typeof code === 'string' && (OS_ERROR_CODES as readonly string[]).includes(code) ? (code as OsErrorCode) : 'OTHER';
}

/**
 * Any thrown value as an error shape. Raw operating-system errors (Node's `EEXIST: file already exists, mkdir …`)
 * and SQLite's disk errors become 'file_system' with the OS code and the file, so no raw Node text reaches the user.
 */
export function toErrorShape(err: unknown): AppErrorShape {
  if (err instanceof AppError) return err.toShape();
  const message = err instanceof Error ? err.message : String(err);
  const { code, path } = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; path?: unknown };
  const file = typeof path === 'string' ? path : '';
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { code: 'file_system', message, details: { os: osErrorCode(code), file } };
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_FULL') return { code: 'file_system', message, details: { os: 'ENOSPC', file } };
    if (code === 'SQLITE_READONLY_DBMOVED') return { code: 'database_replaced', message };
    if (code.startsWith('SQLITE_READONLY')) return { code: 'read_only', message, details: { reason: 'locked' } };
    if (code === 'SQLITE_NOTADB') return { code: 'database_invalid', message };
    if (code.startsWith('SQLITE_CORRUPT')) return { code: 'database_corrupt', message };
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      return { code: 'file_system', message, details: { os: 'EBUSY', file } };
    if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
      return { code: 'file_system', message, details: { os: code === 'SQLITE_PERM' ? 'EACCES' : 'OTHER', file } };
    }
  }
  return { code: 'internal', message };
}

export function validationError(fields: FieldError[]): AppError {
  const summary = fields.map((f) => `${f.field || 'record'}: ${f.code}`).join('; ');
  return new AppError('validation', `Invalid input (${summary})`, { fields });
}

export function isAppErrorShape(value: unknown): value is AppErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}
