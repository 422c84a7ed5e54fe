// The read worker: a real worker thread (started from the sources through tsx) with its own read-only
// connection. Its answers must be the main thread's answers; the roll-up must be right before, while and after
// its snapshot moves over from the worker; a refused job keeps its error code; a worker that cannot run leaves
// the answer to the main thread; and File > Open moves the worker to the new file.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { openDatabase } from '../../../electron/main/db/connection';
import { createDispatcher, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { handlers } from '../../../electron/main/ipc/handlers';
import { rollupView } from '../../../electron/main/services/accounting/rollup';
import { snapshotIsCurrent } from '../../../electron/main/services/accounting/snapshot';
import { offloadTo, warmOnStart } from '../../../electron/main/workers/offload';
import { WORKER_READS } from '../../../electron/main/workers/read-jobs';
import { ReadPool } from '../../../electron/main/workers/read-pool';
import { SOURCE_WORKER_SCRIPT } from '../../../electron/main/workers/source-script';
import { createReadySession, createTempSession, type TempSession } from '../../helpers/tempSession';
import { openSurvey, prepare, smallPark } from '../survey/fixture';

let temp: TempSession;
let pool: ReadPool;
let viaWorker: Dispatch;
beforeAll(async () => {
  temp = await createReadySession({ setup: 'sample' });
  pool = new ReadPool({ script: SOURCE_WORKER_SCRIPT });
  viaWorker = createDispatcher(temp.session, handlers, offloadTo(pool));
});
afterAll(async () => {
  await pool.close();
  temp.cleanup();
});

const AS_OF = '2025-06-30';
const value = (r: Result<unknown>) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/** Inputs for every channel the worker answers. */
const INPUTS: Record<keyof typeof WORKER_READS, unknown> = {
  'accounting:expiries': { asOf: AS_OF },
  'accounting:vacancies': { asOf: AS_OF, limit: 50, sortBy: 'availableM2' },
  'accounting:quality': { asOf: AS_OF },
  'accounting:indicators': { asOf: AS_OF },
  'units:list': { search: '101', limit: 30 },
  'leases:list': { limit: 30, sortBy: 'endDate', sortDir: 'desc' },
  'tenants:list': { limit: 30 },
  'report:stamp': { asOf: AS_OF },
};

describe('the read worker', () => {
  it('answers every channel it takes exactly as the main thread does', async () => {
    for (const [channel, input] of Object.entries(INPUTS) as [keyof typeof WORKER_READS, unknown][]) {
      const here = value(await temp.raw(channel, input));
      // Straight to the pool, which has no fallback to the main thread: this answer comes from the worker.
      expect(await pool.run(temp.session, { kind: 'read', channel, input: contract[channel].input.parse(input) }), channel).toEqual(here);
      expect(value(await viaWorker(channel, input)), channel).toEqual(here);
    }
  });

  it('answers the roll-up cold by SQL, then from the snapshot it built, patched after an edit', async () => {
    const db = temp.session.db;
    const rollup = { asOf: AS_OF, by: 'building' as const };
    const expected = value(await temp.raw('accounting:rollup', rollup));
    // A write from elsewhere makes the snapshot stale, as on a cold start.
    const other = openDatabase(temp.dbPath);
    other.prepare('UPDATE lease SET area_m2 = area_m2').run();
    other.close();
    expect(snapshotIsCurrent(db)).toBe(false);
    expect(value(await viaWorker('accounting:rollup', rollup))).toEqual(expected);
    // Answered by the worker's SQL path: the main thread built nothing meanwhile.
    expect(snapshotIsCurrent(db)).toBe(false);
    await pool.warmSnapshot(temp.session);
    expect(snapshotIsCurrent(db)).toBe(true);
    expect(value(await viaWorker('accounting:rollup', rollup))).toEqual(expected);
    expect(value(await viaWorker('accounting:trajectory', {}))).toEqual(value(await temp.raw('accounting:trajectory', {})));

    const lease = db
      .prepare('SELECT id, version, area_m2 AS area FROM lease WHERE terminated_on IS NULL AND end_date IS NULL LIMIT 1')
      .get() as { id: string; version: number; area: number };
    value(await viaWorker('leases:update', { id: lease.id, version: lease.version, changes: { areaM2: lease.area / 2 } }));
    expect(snapshotIsCurrent(db)).toBe(true);
    const after = value(await viaWorker('accounting:rollup', { asOf: AS_OF, by: 'zone' })) as { totals: { leasedM2: number } };
    const sql = rollupView(db, { asOf: AS_OF, by: 'zone' }, 'sql');
    expect(after.totals).toEqual(sql.totals);
  });

  it('keeps the error code of a job it refuses, and the main thread answers when the worker cannot run', async () => {
    const broken = createTempSession();
    try {
      const notDb = path.join(broken.dir, 'not-a-database.sqlite');
      writeFileSync(notDb, 'plain text, not SQLite');
      await expect(
        pool.run({ db: broken.session.db, dbPath: notDb }, { kind: 'read', channel: 'tenants:list', input: {} }),
      ).rejects.toMatchObject({ code: 'database_invalid' });
      const missing = new ReadPool({ script: path.join(broken.dir, 'no-such-worker.mjs') });
      const dispatch = createDispatcher(broken.session, handlers, offloadTo(missing));
      const answer = value(await dispatch('tenants:list' satisfies Channel, {})) as { total: number };
      expect(answer.total).toBe(0);
      await missing.close();
    } finally {
      broken.cleanup();
    }
  });

  it('follows the session to another file', async () => {
    const other = await createReadySession({ setup: 'empty' });
    other.session.close(); // one writer per file: the other session lets go of it
    try {
      const before = value(await viaWorker('tenants:list', {})) as { total: number };
      expect(before.total).toBeGreaterThan(0);
      const previous = temp.session.dbPath;
      await temp.session.switchTo(other.dbPath);
      expect((value(await viaWorker('tenants:list', {})) as { total: number }).total).toBe(0);
      await temp.session.switchTo(previous);
      expect((value(await viaWorker('tenants:list', {})) as { total: number }).total).toBe(before.total);
    } finally {
      other.cleanup();
    }
  });

  it('builds the snapshot ahead of the first read for an office database, and none for a survey package', async () => {
    const office = await createReadySession({ setup: 'sample' });
    const problems: unknown[] = [];
    try {
      await warmOnStart(pool, office.session, (err) => problems.push(err));
      expect(snapshotIsCurrent(office.session.db)).toBe(true);
      const pkg = await prepare(office, { kind: 'park', id: smallPark(office) });
      const survey = openSurvey(pkg.file);
      try {
        await warmOnStart(pool, survey.session, (err) => problems.push(err));
        expect(snapshotIsCurrent(survey.session.db)).toBe(false);
      } finally {
        survey.cleanup();
      }
      expect(problems).toEqual([]);
    } finally {
      office.cleanup();
    }
  });
});
