// Operating-system errors (EACCES, ENOSPC, EEXIST…) turned into one AppError the user can read in either
// language: code 'file_system' with the OS code and the file, never Node's raw "EEXIST: file already exists, mkdir".
import { mkdirSync } from 'node:fs';
import { AppError, osErrorCode } from '../../../shared/errors';

export function fileSystemError(err: unknown, file: string): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown }).code;
  return new AppError('file_system', `${file}: ${message}`, { os: code === 'SQLITE_FULL' ? 'ENOSPC' : osErrorCode(code), file });
}

/** Runs a file operation, turning what it throws into a readable file_system error. */
export function onFile<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    throw fileSystemError(err, file);
  }
}

/** mkdir -p with a readable error (a file in the way, no permission, a read-only disk). */
export function ensureFolder(dir: string): void {
  onFile(dir, () => mkdirSync(dir, { recursive: true }));
}
