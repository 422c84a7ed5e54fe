// Which calls the read worker answers, so the main thread (the desktop window's process, web mode's server)
// never stalls on a heavy read: the SQL-only panels and long lists always; the roll-up, the trajectory, the map
// and the attraction outlook while the roll-up snapshot is not current (cold start, after another program wrote
// the file). Then the snapshot is built in the worker, and until it is installed the roll-up is answered by its SQL
// path there.
import { AppError } from '../../../shared/errors';
import type { Offload } from '../ipc/dispatch';
import type { RollupRequest } from '../services/accounting/rollup';
import type { Session } from '../session';
import { snapshotIsCurrent } from '../services/accounting/snapshot';
import { isWorkerChannel } from './read-jobs';
import type { ReadPool } from './read-pool';

// The attraction outlook counts from the roll-up too: cold, it waits for the worker's snapshot instead of building one here.
const SNAPSHOT_CHANNELS = new Set<string>(['accounting:rollup', 'accounting:trajectory', 'map:features', 'pipeline:forecast']);

/** Builds the roll-up snapshot of the office database ahead of the first read; a survey package has none to build. */
export function warmOnStart(pool: ReadPool, session: Session, report: (err: unknown) => void): Promise<void> {
  return session.kind === 'office' ? pool.warmSnapshot(session).catch(report) : Promise.resolve();
}

export function offloadTo(pool: ReadPool): Offload {
  return (channel, input, session, local) => {
    // A survey package is not an office database: its reads stay on the main thread, on the package's connection.
    if (session.kind !== 'office') return null;
    // A worker that failed (not a job that refused: that is an AppError) leaves the answer to the main thread.
    const orLocal = (err: unknown) => {
      if (err instanceof AppError) throw err;
      console.error(`[read worker] ${channel}: ${err instanceof Error ? err.message : String(err)}`);
      return local();
    };
    if (isWorkerChannel(channel)) return pool.run(session, { kind: 'read', channel, input }).catch(orLocal);
    if (!SNAPSHOT_CHANNELS.has(channel) || snapshotIsCurrent(session.db)) return null;
    if (channel === 'accounting:rollup') {
      // This roll-up first, then (not competing with it for the CPU) the snapshot that will answer the next ones.
      const answer = pool.run(session, { kind: 'rollup-sql', input: input as RollupRequest });
      const warm = () => pool.warmSnapshot(session).catch((err: unknown) => console.error(`[read worker] snapshot: ${String(err)}`));
      answer.then(warm, warm);
      return answer.catch(orLocal);
    }
    return pool.warmSnapshot(session).then(local, orLocal);
  };
}
