// What the read worker can be asked to do, on its own read-only connection: the SQL-only reads behind the
// dashboard panels and the long lists, the roll-up's one-shot SQL path (while the snapshot is not ready), and
// building the snapshot itself. The same service functions the handlers call, so the answers are the same.
import type { ParsedInputOf, ResultOf } from '../../../shared/contract';
import type { Db } from '../db/connection';
import { LIST_REPOS } from '../db/repos';
import { expiries, vacancies } from '../services/accounting/expiries';
import { indicators } from '../services/accounting/indicators';
import { quality } from '../services/accounting/quality';
import { rollupView, type RollupRequest } from '../services/accounting/rollup';
import { buildSnapshot, snapshotBuffers } from '../db/repos/inventory-snapshot';
import { stampScope } from '../services/report/data';
import { stampOn } from '../services/sheets/stamp';

/** Channels answered in the worker whenever one is running: each reads SQL only, and may take a few hundred ms. */
export const WORKER_READS = {
  'accounting:expiries': ({ asOf }, db) => expiries(db, asOf),
  'accounting:vacancies': (input, db) => vacancies(db, input),
  'accounting:quality': ({ asOf }, db) => quality(db, asOf),
  // The plan indicators: the returns and who should have reported (~0.5 s of SQL on a large file), and the
  // roll-up's figures from the worker's own snapshot of the same file.
  'accounting:indicators': (input, db) => indicators(db, input),
  'units:list': (query, db) => LIST_REPOS.unit.list(db, query),
  'leases:list': (query, db) => LIST_REPOS.lease.list(db, query),
  'tenants:list': (query, db) => LIST_REPOS.tenant.list(db, query),
  // The report's stamp reads every exported row: seconds on a large file, beside the page's other requests.
  'report:stamp': ({ asOf, zoneCode }, db) => stampOn(db, asOf, stampScope(zoneCode)),
} satisfies {
  [
    C in
      | 'accounting:expiries'
      | 'accounting:vacancies'
      | 'accounting:quality'
      | 'accounting:indicators'
      | 'units:list'
      | 'leases:list'
      | 'tenants:list'
      | 'report:stamp'
  ]: (input: ParsedInputOf<C>, db: Db) => ResultOf<C>;
};

export type WorkerChannel = keyof typeof WORKER_READS;

export const isWorkerChannel = (channel: string): channel is WorkerChannel => Object.hasOwn(WORKER_READS, channel);

export type ReadJob =
  { kind: 'read'; channel: WorkerChannel; input: unknown } | { kind: 'rollup-sql'; input: RollupRequest } | { kind: 'snapshot' };

/** Runs a job; `transfer` lists the buffers to move (not copy) back to the main thread. */
export function runJob(db: Db, job: ReadJob): { value: unknown; transfer: ArrayBuffer[] } {
  switch (job.kind) {
    case 'read': {
      const read = WORKER_READS[job.channel] as (input: unknown, db: Db) => unknown;
      return { value: read(job.input, db), transfer: [] };
    }
    case 'rollup-sql':
      return { value: rollupView(db, job.input, 'sql'), transfer: [] };
    case 'snapshot': {
      const data = buildSnapshot(db);
      return { value: data, transfer: snapshotBuffers(data) };
    }
  }
}
