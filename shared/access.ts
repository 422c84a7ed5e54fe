// Who may write the open database: this process (write), or nobody here (read-only) because another program holds
// the file's write lock, or because the file was replaced under this process.

export const LOCK_PROGRAMS = ['desktop', 'web', 'cli'] as const;
export type LockProgram = (typeof LOCK_PROGRAMS)[number];

export interface LockHolder {
  program: LockProgram;
  pid: number;
  /** ISO timestamp of when the holder took the lock. */
  since: string;
  host: string;
}

export type AccessState =
  | { mode: 'write' }
  /** Another program holds the write lock (holder null: it left no readable note). */
  | { mode: 'read-only'; reason: 'locked'; holder: LockHolder | null }
  /** The file at the path is no longer the one this process opened (restored or replaced by another program). */
  | { mode: 'read-only'; reason: 'replaced' };
