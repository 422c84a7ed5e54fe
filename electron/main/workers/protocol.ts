// Messages between the main thread's ReadPool and the read worker.
import type { AppErrorShape } from '../../../shared/errors';
import type { ReadJob } from './read-jobs';

export interface WorkerSetup {
  /** better-sqlite3's native module for this runtime (Electron from source), as the main connection uses. */
  nativeBinding?: string;
}

export type WorkerRequest = { kind: 'job'; id: number; file: string; generation: number; job: ReadJob } | { kind: 'close' };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: AppErrorShape };
