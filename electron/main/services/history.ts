// Undo and redo over history batches, and a record's audit history, all from change_log.
// Undo takes the latest 'done' user batch and writes the inverse as a new 'undo' batch; redo takes the
// earliest 'undone' one (undone batches are always a suffix: a new user edit discards them).
import type { HistoryState, HistoryStep } from '../../../shared/contract';
import type { EntityName } from '../../../shared/enums';
import { AppError } from '../../../shared/errors';
import type { ChangeLogEntry, EntityMap } from '../../../shared/models';
import type { Db } from '../db/connection';
import { batchEntries, firstUndoneBatch, lastDoneBatch, recordEntries, setBatchState, type HistoryBatch } from '../db/repos/history';
import { draftOf } from '../db/tables';
import { inBatch, type ChangeWriter } from '../db/writer';

export function historyState(db: Db): HistoryState {
  const undo = lastDoneBatch(db);
  const redo = firstUndoneBatch(db);
  return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
}

/** Same user-visible content (ignores timestamps and version). */
function sameContent(entity: EntityName, current: EntityMap[EntityName] | null, expected: Record<string, unknown> | null): boolean {
  if (current === null || expected === null) return current === expected;
  return JSON.stringify(draftOf(entity, current)) === JSON.stringify(draftOf(entity, expected));
}

function conflict(entry: ChangeLogEntry): AppError {
  return new AppError('conflict', `${entry.entity} ${entry.entityId} changed since this step; it cannot be replayed`, {
    entity: entry.entity,
    id: entry.entityId,
  });
}

/** Move one entry's record from state `from` to state `to` (either may be null = absent). */
function replay(w: ChangeWriter, entry: ChangeLogEntry, from: Record<string, unknown> | null, to: Record<string, unknown> | null): void {
  const current = w.get(entry.entity, entry.entityId);
  if (!sameContent(entry.entity, current, from)) throw conflict(entry);
  if (to === null) w.remove(entry.entity, entry.entityId);
  else if (current === null) w.restore(entry.entity, to as unknown as EntityMap[EntityName]);
  else w.update(entry.entity, entry.entityId, draftOf(entry.entity, to));
}

function step(db: Db, direction: 'undo' | 'redo'): HistoryStep {
  const batch = direction === 'undo' ? lastDoneBatch(db) : firstUndoneBatch(db);
  if (!batch) {
    throw new AppError(direction === 'undo' ? 'nothing_to_undo' : 'nothing_to_redo', `Nothing to ${direction}`);
  }
  const entries = batchEntries(db, batch.id);
  let touched: { entity: EntityName; id: string }[];
  try {
    touched = replayBatch(db, batch, entries, direction);
  } catch (err) {
    const constraint = err instanceof Error && 'code' in err && String((err as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');
    if (!(err instanceof AppError && err.code === 'conflict') && !constraint) throw err;
    // The step no longer fits the data: drop it, so the steps before it can still be undone.
    setBatchState(db, batch.id, 'discarded');
    throw new AppError('history_conflict', `${direction} of "${batch.label}" no longer fits the data: ${(err as Error).message}`, {
      label: batch.label,
    });
  }
  const seen = new Set<string>();
  const unique = touched.filter((t) => !seen.has(t.id) && seen.add(t.id));
  return { label: batch.label, entities: unique, state: historyState(db) };
}

function replayBatch(
  db: Db,
  batch: HistoryBatch,
  entries: ChangeLogEntry[],
  direction: 'undo' | 'redo',
): { entity: EntityName; id: string }[] {
  return inBatch(db, { label: batch.label, origin: direction }, (w) => {
    const ordered = direction === 'undo' ? [...entries].reverse() : entries;
    for (const e of ordered) {
      if (direction === 'undo') replay(w, e, e.after, e.before);
      else replay(w, e, e.before, e.after);
    }
    setBatchState(db, batch.id, direction === 'undo' ? 'undone' : 'done');
    return w.touched;
  });
}

export const undo = (db: Db): HistoryStep => step(db, 'undo');
export const redo = (db: Db): HistoryStep => step(db, 'redo');

export function recordHistory(db: Db, entity: EntityName, id: string): ChangeLogEntry[] {
  return recordEntries(db, entity, id);
}
