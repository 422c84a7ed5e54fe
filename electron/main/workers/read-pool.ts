// The main thread's side of the read workers: a few worker threads (three by default), each started on first use
// with its own read-only connection. A job goes to the thread with the fewest jobs waiting, so the dashboard's
// panels are read side by side; each thread answers its jobs in order. Errors come back as AppErrors with their
// code; a thread that dies fails what it had and is started again on its next job.
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { abandonSnapshot, beginSnapshot, installSnapshot } from '../services/accounting/snapshot';
import type { SnapshotData } from '../db/repos/inventory-snapshot';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './protocol';
import type { ReadJob } from './read-jobs';

/** The connection a job is about: the worker opens `dbPath` read-only, again whenever `db` is a new connection. */
export interface ReadTarget {
  readonly db: Db;
  readonly dbPath: string;
}

export interface ReadPoolOptions extends WorkerSetup {
  /** The worker's entry: dist/electron/read-worker.cjs in the Electron build, SOURCE_WORKER_SCRIPT from the sources. */
  script: string | URL;
  /** Worker threads (default 3: the dashboard's three SQL panels each get one). */
  threads?: number;
}

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/** One worker thread and the replies it owes. */
class ReadThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly options: ReadPoolOptions) {}

  get load(): number {
    return this.waiting.size;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const setup: WorkerSetup = { nativeBinding: this.options.nativeBinding };
    const worker = new Worker(this.options.script, { workerData: setup, execArgv: [] });
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiting) return;
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new AppError(reply.error.code, reply.error.message, reply.error.details));
    });
    worker.on('error', (err) => this.lost(worker, err));
    worker.on('exit', (code) => this.lost(worker, new Error(`The read worker stopped (exit code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private lost(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const waiting of this.waiting.values()) waiting.reject(err);
    this.waiting.clear();
  }

  send(request: Extract<WorkerRequest, { kind: 'job' }>): Promise<unknown> {
    let worker: Worker;
    try {
      worker = this.started();
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      worker.ref();
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    const request: WorkerRequest = { kind: 'close' };
    worker.postMessage(request);
    await worker.terminate();
  }
}

export class ReadPool {
  private readonly threads: ReadThread[];
  private nextId = 1;
  private readonly generations = new WeakMap<Db, number>();
  private nextGeneration = 1;
  private readonly builds = new WeakMap<Db, Promise<void>>();
  private closed = false;

  constructor(options: ReadPoolOptions) {
    this.threads = Array.from({ length: Math.max(1, options.threads ?? 3) }, () => new ReadThread(options));
  }

  /** How many worker threads there are. */
  get size(): number {
    return this.threads.length;
  }

  private generation(db: Db): number {
    let generation = this.generations.get(db);
    if (generation === undefined) {
      generation = this.nextGeneration;
      this.nextGeneration += 1;
      this.generations.set(db, generation);
    }
    return generation;
  }

  run<T>(target: ReadTarget, job: ReadJob): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The read worker is closed'));
    const id = this.nextId;
    this.nextId += 1;
    const thread = this.threads.reduce((best, t) => (t.load < best.load ? t : best));
    return thread.send({ kind: 'job', id, file: target.dbPath, generation: this.generation(target.db), job }) as Promise<T>;
  }

  /**
   * Builds the roll-up snapshot of the target's database in a worker and installs it on the main thread (the
   * arrays are moved, not copied). One build per connection at a time; writes made meanwhile are patched in.
   */
  warmSnapshot(target: ReadTarget): Promise<void> {
    const { db } = target;
    const running = this.builds.get(db);
    if (running) return running;
    const ticket = beginSnapshot(db);
    const build = this.run<SnapshotData>(target, { kind: 'snapshot' })
      .then(
        (data) => installSnapshot(db, ticket, data),
        (err: unknown) => {
          abandonSnapshot(db, ticket);
          throw err;
        },
      )
      .finally(() => this.builds.delete(db));
    this.builds.set(db, build);
    return build;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((t) => t.close()));
  }
}
