// Undo and redo over history batches, and a record's audit history, all from change_log.
// Undo takes the latest 'done' user batch and writes the inverse as a new 'undo' batch; redo takes the
// earliest 'undone' one (undone batches are always a suffix: a new user edit discards them).
import type { HistoryState, HistoryStep } from '../../../shared/contract';
import type { ChangeOrigin, EntityName } from '../../../shared/enums';
import { AppError } from '../../../shared/errors';
import type { ChangeLogEntry, EntityMap } from '../../../shared/models';
import type { Db } from '../db/connection';
import { draftOf } from '../db/tables';
import { inBatch, type ChangeWriter } from '../db/writer';

interface BatchRow { id: string; label: string }
interface EntryRow {
  seq: number; batch_id: string; entity: EntityName; entity_id: string; action: 'insert' | 'update' | 'delete';
  before: string | null; after: string | null; at: string; origin: ChangeOrigin; label: string;
}

const lastDone = (db: Db) =>
  db.prepare("SELECT id, label FROM history_batch WHERE state = 'done' ORDER BY rowid DESC LIMIT 1").get() as BatchRow | undefined;
const firstUndone = (db: Db) =>
  db.prepare("SELECT id, label FROM history_batch WHERE state = 'undone' ORDER BY rowid ASC LIMIT 1").get() as BatchRow | undefined;

export function historyState(db: Db): HistoryState {
  const undo = lastDone(db);
  const redo = firstUndone(db);
  return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
}

function entriesOf(db: Db, batchId: string): EntryRow[] {
  return db.prepare("SELECT *, '' AS label FROM change_log WHERE batch_id = ? ORDER BY seq").all(batchId) as EntryRow[];
}

const parse = (json: string | null): Record<string, unknown> | null => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

/** Same user-visible content (ignores timestamps and version). */
function sameContent(entity: EntityName, current: EntityMap[EntityName] | null, expected: Record<string, unknown> | null): boolean {
  if (current === null || expected === null) return current === expected;
  return JSON.stringify(draftOf(entity, current)) === JSON.stringify(draftOf(entity, expected));
}

function conflict(entry: EntryRow): AppError {
  return new AppError('conflict', `${entry.entity} ${entry.entity_id} changed since this step; it cannot be replayed`, {
    entity: entry.entity, id: entry.entity_id,
  });
}

/** Move one entry's record from state `from` to state `to` (either may be null = absent). */
function replay(w: ChangeWriter, entry: EntryRow, from: Record<string, unknown> | null, to: Record<string, unknown> | null): void {
  const current = w.get(entry.entity, entry.entity_id);
  if (!sameContent(entry.entity, current, from)) throw conflict(entry);
  if (to === null) w.remove(entry.entity, entry.entity_id);
  else if (current === null) w.restore(entry.entity, to as unknown as EntityMap[EntityName]);
  else w.update(entry.entity, entry.entity_id, draftOf(entry.entity, to));
}

function step(db: Db, direction: 'undo' | 'redo'): HistoryStep {
  const batch = direction === 'undo' ? lastDone(db) : firstUndone(db);
  if (!batch) {
    throw new AppError(direction === 'undo' ? 'nothing_to_undo' : 'nothing_to_redo', `Nothing to ${direction}`);
  }
  const entries = entriesOf(db, batch.id);
  let touched: { entity: EntityName; id: string }[];
  try {
    touched = replayBatch(db, batch, entries, direction);
  } catch (err) {
    const constraint = err instanceof Error && 'code' in err && String((err as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');
    if (!(err instanceof AppError && err.code === 'conflict') && !constraint) throw err;
    // The step no longer fits the data: drop it, so the steps before it can still be undone.
    db.prepare("UPDATE history_batch SET state = 'discarded' WHERE id = ?").run(batch.id);
    throw new AppError('history_conflict', `${direction} of "${batch.label}" no longer fits the data: ${(err as Error).message}`, { label: batch.label });
  }
  const seen = new Set<string>();
  const unique = touched.filter((t) => !seen.has(t.id) && seen.add(t.id));
  return { label: batch.label, entities: unique, state: historyState(db) };
}

function replayBatch(db: Db, batch: BatchRow, entries: EntryRow[], direction: 'undo' | 'redo'): { entity: EntityName; id: string }[] {
  return inBatch(db, { label: batch.label, origin: direction }, (w) => {
    const ordered = direction === 'undo' ? [...entries].reverse() : entries;
    for (const e of ordered) {
      const before = parse(e.before);
      const after = parse(e.after);
      if (direction === 'undo') replay(w, e, after, before);
      else replay(w, e, before, after);
    }
    db.prepare('UPDATE history_batch SET state = ? WHERE id = ?').run(direction === 'undo' ? 'undone' : 'done', batch.id);
    return w.touched;
  });
}

export const undo = (db: Db): HistoryStep => step(db, 'undo');
export const redo = (db: Db): HistoryStep => step(db, 'redo');

export function recordHistory(db: Db, entity: EntityName, id: string): ChangeLogEntry[] {
  const rows = db
    .prepare(
      `SELECT c.*, b.label AS label FROM change_log c JOIN history_batch b ON b.id = c.batch_id
       WHERE c.entity = ? AND c.entity_id = ? ORDER BY c.seq DESC LIMIT 500`,
    )
    .all(entity, id) as EntryRow[];
  return rows.map((r) => ({
    seq: r.seq, batchId: r.batch_id, entity: r.entity, entityId: r.entity_id, action: r.action,
    before: parse(r.before), after: parse(r.after), at: r.at, origin: r.origin, label: r.label,
  }));
}
