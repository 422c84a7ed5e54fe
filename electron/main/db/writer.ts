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

export class ChangeWriter {
  private readonly stmtCache = new Map<string, Database.Statement<unknown[]>>();
  readonly touched: { entity: EntityName; id: string }[] = [];

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
    this.stmt(`DELETE FROM ${TABLES[entity].table} WHERE id = ?`).run(id);
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
        ? `INSERT INTO ${TABLES[entity].table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`
        : `UPDATE ${TABLES[entity].table} SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;
    this.stmt(sql).run(row);
    this.touched.push({ entity, id: record.id });
  }

  private log(entity: EntityName, id: string, action: 'insert' | 'update' | 'delete', before: unknown, after: unknown, at: string): void {
    if (this.options.unlogged) return;
    this.stmt(
      'INSERT INTO change_log (batch_id, entity, entity_id, action, before, after, at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(this.batchId, entity, id, action, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after), at, this.options.origin);
  }
}

/** Origins whose batches the user can undo (a survey merge is undone as one step, like an edit). */
const UNDOABLE = new Set<ChangeOrigin>(['user', 'survey']);

/**
 * Runs `fn` in one transaction as one history batch. A user edit (or survey merge) discards the redo stack.
 * Anything thrown rolls the whole batch back.
 */
export function inBatch<T>(db: Db, options: BatchOptions, fn: (w: ChangeWriter) => T): T {
  const batchId = (options.newId ?? uuidv7)();
  return db.transaction(() => {
    const writer = new ChangeWriter(db, batchId, options);
    if (UNDOABLE.has(options.origin)) db.prepare("UPDATE history_batch SET state = 'discarded' WHERE state = 'undone'").run();
    const state = UNDOABLE.has(options.origin) ? 'done' : 'final';
    db.prepare('INSERT INTO history_batch (id, label, origin, at, state) VALUES (?, ?, ?, ?, ?)').run(
      batchId, options.label, options.origin, writer.now(), state,
    );
    return fn(writer);
  })();
}
