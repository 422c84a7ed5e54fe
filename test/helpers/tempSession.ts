// A Session on a fresh temporary SQLite file plus a `dispatch` bound to the real handlers, for handler and
// integration tests. Real file, real migrations, no mocks. Call `cleanup()` (e.g. in afterEach) to close and delete.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel, InputOf, ResultOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { createDispatcher, type Dispatch } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import { Session } from '../../electron/main/session';

export interface TempSession {
  session: Session;
  dir: string;
  dbPath: string;
  /** Untyped dispatch, exactly what a transport calls (for malformed-input tests). */
  raw: Dispatch;
  /** Typed dispatch through the contract. */
  dispatch<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<ResultOf<C>>>;
  /** Like dispatch, but throws with the error's code and message when the result is not ok. */
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<ResultOf<C>>;
  cleanup(): void;
}

export interface TempSessionOptions {
  /** Answer the first-run question right away through `app:setup`. */
  setup?: 'sample' | 'empty';
  transport?: 'electron' | 'web';
  /** Reuse an existing file instead of a fresh one (the caller owns it; cleanup leaves it alone). */
  dbPath?: string;
  /** 'survey': `dbPath` is a survey package (survey mode). */
  kind?: 'office' | 'survey';
}

export function makeTempDir(prefix = 'psd-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function createTempSession(options: Omit<TempSessionOptions, 'setup'> = {}): TempSession {
  const dir = makeTempDir();
  const dbPath = options.dbPath ?? path.join(dir, 'test.sqlite');
  const session = new Session({
    dbPath,
    backupDir: path.join(dir, 'backups'),
    transport: options.transport ?? 'web',
    appVersion: '0.0.0-test',
    kind: options.kind,
    ...(options.kind === 'survey' ? { watchMs: 0 } : {}),
  });
  const raw = createDispatcher(session, handlers);
  let closed = false;
  const dispatch = <C extends Channel>(channel: C, input: InputOf<C>) => raw(channel, input) as Promise<Result<ResultOf<C>>>;
  return {
    session,
    dir,
    dbPath,
    raw,
    dispatch,
    async call(channel, input) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    cleanup() {
      if (!closed) {
        closed = true;
        try {
          session.close();
        } catch {
          // already closed by the test
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** createTempSession, then answer the first-run question (sample or empty) through the real `app:setup` handler. */
export async function createReadySession(options: TempSessionOptions = {}): Promise<TempSession> {
  const temp = createTempSession(options);
  if (options.setup) {
    try {
      await temp.call('app:setup', { mode: options.setup });
    } catch (err) {
      temp.cleanup();
      throw err;
    }
  }
  return temp;
}
