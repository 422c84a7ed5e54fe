// Every write goes through a ChangeWriter inside a batch: the row changes, its version moves on, and the
// change is appended to change_log with the batch it belongs to (the unit of undo/redo and audit history).
import type Database from 'better-sqlite3';
import type { ChangeOrigin, EntityName } from '../../../shared/enums';
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import type { Draft, EntityMap } from '../../../shared/models';
import type { Db } from './connection';
import { recordToRow, rowToRecord, TABLES } from './tables';

export interface BatchOptions {
  label: string;
  origin: ChangeOrigin;
  /** Clock for timestamps (tests and the deterministic sample pass their own). */
  now?: () => string;
  /** Id generator (the deterministic sample passes its own). */
  newId?: () => string;
  /** Skip change_log rows (bulk sample generation only; the batch itself is still recorded). */
  unlogged?: boolean;
}

/** A row this batch wrote, by SQLite rowid (still known after a delete), for patching caches built from the tables. */
export interface WrittenRow {
  entity: EntityName;
  rowid: number;
}

/**
 * What one batch did to the connection: `total_changes()` before and after it, and every row it wrote. Reported
 * whether the batch committed or rolled back (a rolled-back row reads as it was before), so a cache that saw
 * `fromChanges` can tell that these rows are all that changed up to `toChanges`.
 */
export interface BatchRecord {
  fromChanges: number;
  toChanges: number;
  rows: readonly WrittenRow[];
}

export type BatchListener = (record: BatchRecord) => void;

const batchListeners = new WeakMap<Db, Set<BatchListener>>();

/** Calls `listener` after every batch on this connection; returns the function that stops it. */
export function onBatch(db: Db, listener: BatchListener): () => void {
  let set = batchListeners.get(db);
  if (!set) batchListeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Rows inserted, updated or deleted on this connection so far (SQLite's own counter, triggers included). */
export function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** Moves when another connection commits to the file (not with this connection's own writes). */
export function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}

export class ChangeWriter {
  private readonly stmtCache = new Map<string, Database.Statement<unknown[]>>();
  readonly touched: { entity: EntityName; id: string }[] = [];
  /** The same writes by rowid, for the inventory snapshot (services/accounting/snapshot.ts). */
  readonly rows: WrittenRow[] = [];

  constructor(
    readonly db: Db,
    readonly batchId: string,
    private readonly options: BatchOptions,
  ) {}

  now(): string {
    return this.options.now ? this.options.now() : new Date().toISOString();
  }

  private stmt(sql: string) {
    let s = this.stmtCache.get(sql);
    if (!s) {
      s = this.db.prepare<unknown[]>(sql);
      this.stmtCache.set(sql, s);
    }
    return s;
  }

  /** Name the batch once its record is known (e.g. "修改楼宇 一号楼 / Edit building Building 1"), for undo and history. */
  relabel(label: string): void {
    this.stmt('UPDATE history_batch SET label = ? WHERE id = ?').run(label, this.batchId);
  }

  get<E extends EntityName>(entity: E, id: string): EntityMap[E] | null {
    const row = this.stmt(`SELECT * FROM ${TABLES[entity].table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
    return row ? rowToRecord(entity, row) : null;
  }

  require<E extends EntityName>(entity: E, id: string): EntityMap[E] {
    const found = this.get(entity, id);
    if (!found) throw new AppError('not_found', `${entity} ${id} not found`, { entity, id });
    return found;
  }

  insert<E extends EntityName>(entity: E, draft: Draft<E>, id?: string): EntityMap[E] {
    const at = this.now();
    const record = { ...draft, id: id ?? (this.options.newId ?? uuidv7)(), createdAt: at, updatedAt: at, version: 1 } as EntityMap[E];
    this.writeRow(entity, record, 'insert');
    this.log(entity, record.id, 'insert', null, record, at);
    return record;
  }

  update<E extends EntityName>(entity: E, id: string, changes: Partial<Draft<E>>, expectedVersion?: number): EntityMap[E] {
    const before = this.require(entity, id);
    if (expectedVersion !== undefined && before.version !== expectedVersion) {
      throw new AppError('conflict', `${entity} ${id} is at version ${before.version}, not ${expectedVersion}`, { entity, id });
    }
    const at = this.now();
    const after = { ...before, ...changes, id, createdAt: before.createdAt, updatedAt: at, version: before.version + 1 } as EntityMap[E];
    this.writeRow(entity, after, 'update');
    this.log(entity, id, 'update', before, after, at);
    return after;
  }

  remove<E extends EntityName>(entity: E, id: string, expectedVersion?: number): EntityMap[E] {
    const before = this.require(entity, id);
    if (expectedVersion !== undefined && before.version !== expectedVersion) {
      throw new AppError('conflict', `${entity} ${id} is at version ${before.version}, not ${expectedVersion}`, { entity, id });
    }
    const gone = this.stmt(`DELETE FROM ${TABLES[entity].table} WHERE id = ? RETURNING rowid AS r`).get(id) as { r: number };
    this.rows.push({ entity, rowid: gone.r });
    this.log(entity, id, 'delete', before, null, this.now());
    return before;
  }

  /** Put back a full record as it was (undo of a delete, redo of an insert); the version moves on. */
  restore<E extends EntityName>(entity: E, record: EntityMap[E]): EntityMap[E] {
    const at = this.now();
    const current = this.get(entity, record.id);
    const version = Math.max(record.version, current?.version ?? 0) + 1;
    const next = { ...record, updatedAt: at, version } as EntityMap[E];
    this.writeRow(entity, next, current ? 'update' : 'insert');
    this.log(entity, record.id, current ? 'update' : 'insert', current, next, at);
    return next;
  }

  private writeRow<E extends EntityName>(entity: E, record: EntityMap[E], mode: 'insert' | 'update'): void {
    const row = recordToRow(entity, record);
    const cols = Object.keys(row);
    const sql =
      mode === 'insert'
        ? `INSERT INTO ${TABLES[entity].table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')}) RETURNING rowid AS r`
        : `UPDATE ${TABLES[entity].table} SET ${cols
            .filter((c) => c !== 'id')
            .map((c) => `${c} = @${c}`)
            .join(', ')} WHERE id = @id RETURNING rowid AS r`;
    const written = this.stmt(sql).get(row) as { r: number };
    this.touched.push({ entity, id: record.id });
    this.rows.push({ entity, rowid: written.r });
  }

  private log(entity: EntityName, id: string, action: 'insert' | 'update' | 'delete', before: unknown, after: unknown, at: string): void {
    if (this.options.unlogged) return;
    this.stmt(
      'INSERT INTO change_log (batch_id, entity, entity_id, action, before, after, at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      this.batchId,
      entity,
      id,
      action,
      before === null ? null : JSON.stringify(before),
      after === null ? null : JSON.stringify(after),
      at,
      this.options.origin,
    );
  }
}

/** Origins the user can undo: their own edits, imports and survey merges (each one undo step). */
const UNDOABLE: readonly ChangeOrigin[] = ['user', 'import', 'survey'];

/** A record by id outside any batch (for checks that only read, such as the rules over a save's valid fields). */
export function readRecord<E extends EntityName>(db: Db, entity: E, id: string): EntityMap[E] | null {
  const row = db.prepare(`SELECT * FROM ${TABLES[entity].table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  return row ? rowToRecord(entity, row) : null;
}

/**
 * Runs `fn` in one transaction as one history batch. A user edit, import or survey merge discards the redo stack.
 * Anything thrown rolls the whole batch back.
 */
export function inBatch<T>(db: Db, options: BatchOptions, fn: (w: ChangeWriter) => T): T {
  const batchId = (options.newId ?? uuidv7)();
  const listeners = batchListeners.get(db);
  const fromChanges = listeners?.size ? totalChanges(db) : 0;
  const writer = new ChangeWriter(db, batchId, options);
  try {
    return db.transaction(() => {
      const undoable = UNDOABLE.includes(options.origin);
      if (undoable) db.prepare("UPDATE history_batch SET state = 'discarded' WHERE state = 'undone'").run();
      const state = undoable ? 'done' : 'final';
      db.prepare('INSERT INTO history_batch (id, label, origin, at, state) VALUES (?, ?, ?, ?, ?)').run(
        batchId,
        options.label,
        options.origin,
        writer.now(),
        state,
      );
      return fn(writer);
    })();
  } finally {
    if (listeners?.size) {
      const record: BatchRecord = { fromChanges, toChanges: totalChanges(db), rows: writer.rows };
      for (const listener of listeners) listener(record);
    }
  }
}
