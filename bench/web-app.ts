// Web mode run inside the benchmark's own process (the same Session, dispatcher, read worker and HTTP server as
// `npm run web`), so the benchmark can watch the server's event loop while Chromium loads pages from it.
import path from 'node:path';
import type { Result } from '../shared/errors';
import { createDispatcher } from '../electron/main/ipc/dispatch';
import { handlers } from '../electron/main/ipc/handlers';
import { Session } from '../electron/main/session';
import { offloadTo } from '../electron/main/workers/offload';
import { ReadPool } from '../electron/main/workers/read-pool';
import { SOURCE_WORKER_SCRIPT } from '../electron/main/workers/source-script';
import { createToken, startWebServer } from '../electron/web/server';
import { ROOT, type WebApp } from '../test/e2e/harness';

export interface InProcessApp extends WebApp {
  /** Starts the read worker threads (as the app does at launch), outside any timing. */
  startWorker(): Promise<void>;
}

/** `worker: false` answers every call on the main thread, as before the read worker existed. */
export async function startInProcessApp(dbPath: string, options: { worker: boolean }): Promise<InProcessApp> {
  const session = new Session({ dbPath, backupDir: path.join(path.dirname(dbPath), 'backups'), transport: 'web', appVersion: 'bench' });
  const pool = options.worker ? new ReadPool({ script: SOURCE_WORKER_SCRIPT }) : null;
  const dispatch = createDispatcher(session, handlers, pool ? offloadTo(pool) : undefined);
  const token = createToken();
  const server = await startWebServer({ session, dispatch, staticDir: path.join(ROOT, 'dist', 'renderer'), token, port: 0 });
  return {
    url: server.url,
    origin: server.origin,
    token,
    dbPath,
    api: (channel, input) => dispatch(channel, input) as Promise<Result<never>>,
    async startWorker() {
      // As many jobs at once as threads reach every thread.
      const ping = () => pool?.run(session, { kind: 'read', channel: 'tenants:list', input: { limit: 1 } });
      await Promise.all(Array.from({ length: pool?.size ?? 0 }, ping));
    },
    async stop() {
      await server.close();
      await pool?.close();
      session.close();
    },
  };
}
