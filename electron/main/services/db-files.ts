// Database files and their companions on disk: the names of temporary files beside a database (shared by the
// code that makes them and services/leftovers.ts, which cleans up after an interruption), removal of a file with
// its -wal/-shm/-journal, and (from db/inspect.ts) the check that a file is a complete database this app can open.
import { rmSync } from 'node:fs';
import path from 'node:path';

const COMPANIONS = ['-wal', '-shm', '-journal'];

export const restoreStagedName = (dbPath: string, tag: string): string =>
  path.join(path.dirname(dbPath), `.${path.basename(dbPath)}.restore-${tag}`);
export const asideName = (staged: string): string => `${staged}.previous`;
export const creatingName = (dbPath: string, tag: string): string =>
  path.join(path.dirname(dbPath), `.${path.basename(dbPath)}.${tag}.creating`);
export const partialName = (target: string, tag: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${tag}.partial`);

/** Removes the -wal / -shm / -journal files that belong to a database file. */
export function removeCompanions(file: string): void {
  for (const suffix of COMPANIONS) rmSync(file + suffix, { force: true });
}

/** Removes a database file and its companions. */
export function removeDbFiles(file: string): void {
  rmSync(file, { force: true });
  removeCompanions(file);
}

export { isCompleteDatabase } from '../db/inspect';
