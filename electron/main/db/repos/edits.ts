// When the user last changed the data (edits, undo, redo, imports, survey merges; not sample generation), for the backup schedule.
import type { Db } from '../connection';

/** ISO timestamp of the newest user batch, or null when the user has never edited this database. */
export function lastEditAt(db: Db): string | null {
  const row = db.prepare("SELECT max(at) AS at FROM history_batch WHERE origin IN ('user', 'undo', 'redo', 'import', 'survey')").get() as {
    at: string | null;
  };
  return row.at;
}
