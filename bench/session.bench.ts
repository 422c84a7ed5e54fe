// The app's own path on the --large sample, through the real dispatcher with the read worker (as web mode and
// the desktop app run it), on a copy of the file:
// - rollup_cold_ms: open the file (a new Session) and answer the first district roll-up; the snapshot is not
//   built yet, so the worker answers by the SQL path on its own new connection (the worker thread itself is
//   started beforehand, as the app starts it at launch);
// - edit_to_rollup_ms: update one lease through its handler, then the district roll-up (the snapshot is patched
//   from the write).
// Each beside the plain SQL aggregate timed right after it on the same file.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../shared/errors';
import type { RollupView } from '../shared/accounting/views';
import { openDatabase } from '../electron/main/db/connection';
import { createDispatcher, type Dispatch } from '../electron/main/ipc/dispatch';
import { handlers } from '../electron/main/ipc/handlers';
import { Session } from '../electron/main/session';
import { offloadTo } from '../electron/main/workers/offload';
import { ReadPool } from '../electron/main/workers/read-pool';
import { SOURCE_WORKER_SCRIPT } from '../electron/main/workers/source-script';
import { AS_OF } from './accounting.bench';
import { median, ratio } from './measure';
import { plainRollup } from './plain-sql';

const COLD_RUNS = 5;
const EDIT_RUNS = 9;

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export function copyOf(file: string, dir: string): string {
  const copy = path.join(dir, 'large.sqlite');
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) copyFileSync(file + suffix, copy + suffix);
  return copy;
}

export async function sessionBench(file: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-session-bench-'));
  const copy = copyOf(file, dir);
  const pool = new ReadPool({ script: SOURCE_WORKER_SCRIPT });
  const reference = openDatabase(copy);
  const plain = plainRollup(reference);
  const open = () => new Session({ dbPath: copy, backupDir: path.join(dir, 'backups'), transport: 'web', appVersion: 'bench' });
  let session: Session | null = null;
  try {
    // Start the worker threads (and compile their sources) outside the timings.
    const starter = open();
    // As many jobs at once as threads reach every thread.
    const ping = () => pool.run(starter, { kind: 'read', channel: 'tenants:list', input: { limit: 1 } });
    await Promise.all(Array.from({ length: pool.size }, ping));
    starter.close();
    plain(AS_OF);

    const cold: number[] = [];
    const coldPlain: number[] = [];
    let dispatch: Dispatch | null = null;
    for (let i = 0; i < COLD_RUNS; i += 1) {
      session?.close();
      const start = performance.now();
      session = open();
      dispatch = createDispatcher(session, handlers, offloadTo(pool));
      value<RollupView>(await dispatch('accounting:rollup', { asOf: AS_OF, by: 'zone' }));
      cold.push(performance.now() - start);
      const plainStart = performance.now();
      plain(AS_OF);
      coldPlain.push(performance.now() - plainStart);
      await pool.warmSnapshot(session);
    }
    if (!session || !dispatch) throw new Error('no session');

    // An active lease on a counting unit of a delivered building, so each edit moves the district's leased area.
    const lease = session.db
      .prepare(
        `SELECT l.id, l.area_m2 AS area FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id
      WHERE l.kind = 'lease' AND l.start_date <= @d AND l.end_date IS NULL AND l.terminated_on IS NULL AND u.counts_toward_target = 1
        AND b.delivery_date <= @d AND l.area_m2 > 1 LIMIT 1`,
      )
      .get({ d: AS_OF }) as { id: string; area: number };
    const edits: number[] = [];
    const editPlain: number[] = [];
    let leased = value<RollupView>(await dispatch('accounting:rollup', { asOf: AS_OF, by: 'zone' })).totals.leasedM2;
    for (let i = 0; i < EDIT_RUNS + 1; i += 1) {
      const { version } = session.db.prepare('SELECT version FROM lease WHERE id = ?').get(lease.id) as { version: number };
      const area = i % 2 === 0 ? lease.area - 1 : lease.area;
      const start = performance.now();
      value(await dispatch('leases:update', { id: lease.id, version, changes: { areaM2: area } }));
      const view = value<RollupView>(await dispatch('accounting:rollup', { asOf: AS_OF, by: 'zone' }));
      const took = performance.now() - start;
      if (Math.abs(Math.abs(view.totals.leasedM2 - leased) - 1) > 0.005) throw new Error('the roll-up after the edit does not show it');
      leased = view.totals.leasedM2;
      const plainStart = performance.now();
      plain(AS_OF);
      const plainTook = performance.now() - plainStart;
      if (i === 0) continue; // warm-up
      edits.push(took);
      editPlain.push(plainTook);
    }
    return {
      rollup_cold_ms: median(cold),
      rollup_cold_plain_sql_ms: median(coldPlain),
      rollup_cold_ratio_vs_sql: ratio(median(cold), median(coldPlain)),
      edit_to_rollup_ms_median: median(edits),
      edit_to_rollup_plain_sql_ms_median: median(editPlain),
    };
  } finally {
    session?.close();
    reference.close();
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
