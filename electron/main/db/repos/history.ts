// History batches and their change_log entries, for undo, redo and a record's audit history. Batches are
// written by ../writer.ts (inBatch); here they are read and moved between states.
import type { EntityName } from '../../../../shared/enums';
import type { ChangeLogEntry } from '../../../../shared/models';
import type { Db } from '../connection';

export interface HistoryBatch {
  id: string;
  label: string;
}
export type BatchState = 'done' | 'undone' | 'discarded';

interface EntryRow {
  seq: number;
  batch_id: string;
  entity: EntityName;
  entity_id: string;
  action: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
  at: string;
  origin: ChangeLogEntry['origin'];
  label: string;
}

const parse = (json: string | null): Record<string, unknown> | null =>
  json === null ? null : (JSON.parse(json) as Record<string, unknown>);

const toEntry = (r: EntryRow): ChangeLogEntry => ({
  seq: r.seq,
  batchId: r.batch_id,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  before: parse(r.before),
  after: parse(r.after),
  at: r.at,
  origin: r.origin,
  label: r.label,
});

/** The latest user batch that can be undone. */
export function lastDoneBatch(db: Db): HistoryBatch | undefined {
  return db.prepare("SELECT id, label FROM history_batch WHERE state = 'done' ORDER BY rowid DESC LIMIT 1").get() as
    HistoryBatch | undefined;
}

/** The earliest undone batch (undone batches are always a suffix), the one redo replays. */
export function firstUndoneBatch(db: Db): HistoryBatch | undefined {
  return db.prepare("SELECT id, label FROM history_batch WHERE state = 'undone' ORDER BY rowid ASC LIMIT 1").get() as
    HistoryBatch | undefined;
}

export function setBatchState(db: Db, batchId: string, state: BatchState): void {
  db.prepare('UPDATE history_batch SET state = ? WHERE id = ?').run(state, batchId);
}

/** A batch's entries in the order they were written (label left empty). */
export function batchEntries(db: Db, batchId: string): ChangeLogEntry[] {
  return (db.prepare("SELECT *, '' AS label FROM change_log WHERE batch_id = ? ORDER BY seq").all(batchId) as EntryRow[]).map(toEntry);
}

/** One record's changes, newest first, each with its batch's label (at most `limit`). */
export function recordEntries(db: Db, entity: EntityName, id: string, limit = 500): ChangeLogEntry[] {
  const rows = db
    .prepare(
      `SELECT c.*, b.label AS label FROM change_log c JOIN history_batch b ON b.id = c.batch_id
     WHERE c.entity = ? AND c.entity_id = ? ORDER BY c.seq DESC LIMIT ?`,
    )
    .all(entity, id, limit) as EntryRow[];
  return rows.map(toEntry);
}
