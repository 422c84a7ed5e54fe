// The read worker thread: its own read-only connection to the session's file, answering ReadJobs in order, so
// heavy reads never stall the main process (the window, or web mode's server). Opened again whenever the main
// thread's connection changed (File > Open, restore): every request carries the connection's generation.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { openDatabase, type Db } from '../db/connection';
import { runJob } from './read-jobs';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './protocol';

const setup = workerData as WorkerSetup;

/**
 * On Linux a thread has its own nice value: this one steps back (nice 5), so that when the two compete the main
 * thread (the window, the server) gets about three times this thread's share of a core, while the reads are not
 * starved when other programs keep the machine busy (as they were at nice 10). Elsewhere threads share the
 * process priority; nothing to do.
 */
function yieldToMainThread(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 5);
  } catch {
    // not Linux, or not allowed: run at the process priority
  }
}
yieldToMainThread();
let db: Db | null = null;
let generation = -1;

function connection(file: string, wanted: number): Db {
  if (db && generation === wanted) return db;
  db?.close();
  db = null;
  db = openDatabase(file, { readonly: true, nativeBinding: setup.nativeBinding });
  generation = wanted;
  return db;
}

const port = parentPort;
if (!port) throw new Error('read-worker must run as a worker thread');
port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'close') {
    db?.close();
    db = null;
    port.close();
    return;
  }
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const result = runJob(connection(request.file, request.generation), request.job);
    reply = { id: request.id, ok: true, value: result.value };
    transfer = result.transfer;
  } catch (err) {
    const shape =
      err instanceof AppError ? err.toShape() : { code: 'internal' as const, message: err instanceof Error ? err.message : String(err) };
    reply = { id: request.id, ok: false, error: shape };
  }
  port.postMessage(reply, transfer);
});
