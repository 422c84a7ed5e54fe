// What the office database keeps about survey packages (migrations/005_survey.ts): its own identity, pending
// decisions, merges (each tied to its history batch: undone → not in effect), the side taken per field, the
// discrepancies found and the photos linked to records. A merge's rows count only while its batch is in effect.
import type { Side, SurveyEntity, Discrepancy, PhotoRef } from '../../../../shared/survey/model';
import type { FieldSide } from '../../../../shared/survey/merge';
import { decisionKey } from '../../../../shared/survey/merge';
import type { Db } from '../connection';
import { toPhoto, type PhotoRow } from './photo-rows';
import type { LeaseOnUnit } from '../../../../shared/survey/discrepancies';

/** The batch states in which a merge is in effect. */
const IN_EFFECT = "('done', 'final')";

export { databaseIdentity } from './identity';

/**
 * Moves whenever anything writes the file: this connection (total_changes) or another one (data_version). Equal
 * stamps mean what was read is still what is there.
 */
export function changeStamp(db: Db): string {
  const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${db.pragma('data_version', { simple: true }) as number}:${changes}`;
}

/** Stored decisions of a package, by decisionKey. */
export function decisionsOf(db: Db, packageId: string): Map<string, Side> {
  const rows = db.prepare('SELECT entity, entity_id, field, choice FROM survey_decision WHERE package_id = ?').all(packageId) as {
    entity: SurveyEntity;
    entity_id: string;
    field: string;
    choice: Side;
  }[];
  return new Map(rows.map((r) => [decisionKey(r.entity, r.entity_id, r.field), r.choice]));
}

export function saveDecisions(
  db: Db,
  packageId: string,
  decisions: readonly { entity: SurveyEntity; id: string; field: string; choice: Side }[],
  at: string,
): void {
  const stmt = db.prepare(
    `INSERT INTO survey_decision (package_id, entity, entity_id, field, choice, decided_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (package_id, entity, entity_id, field) DO UPDATE SET choice = excluded.choice, decided_at = excluded.decided_at`,
  );
  db.transaction(() => {
    for (const d of decisions) stmt.run(packageId, d.entity, d.id, d.field, d.choice, at);
  })();
}

/** The merge of this package that is in effect now, if any. */
export function mergeInEffect(db: Db, packageId: string): { batchId: string; mergedAt: string } | null {
  const row = db
    .prepare(
      `SELECT m.batch_id AS batchId, m.merged_at AS mergedAt FROM survey_merge m JOIN history_batch b ON b.id = m.batch_id
     WHERE m.package_id = ? AND b.state IN ${IN_EFFECT} ORDER BY b.rowid DESC LIMIT 1`,
    )
    .get(packageId) as { batchId: string; mergedAt: string } | undefined;
  return row ?? null;
}

export interface MergeRecord {
  batchId: string;
  packageId: string;
  surveyor: string;
  file: string;
  mergedAt: string;
  sides: readonly FieldSide[];
  discrepancies: readonly Discrepancy[];
  photos: readonly PhotoRef[];
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** Records a merge, inside the merge's own transaction. */
export function insertMerge(db: Db, m: MergeRecord): void {
  db.prepare('INSERT INTO survey_merge (batch_id, package_id, surveyor, file, merged_at) VALUES (?, ?, ?, ?, ?)').run(
    m.batchId,
    m.packageId,
    m.surveyor,
    m.file,
    m.mergedAt,
  );
  const side = db.prepare(
    'INSERT INTO survey_merge_field (batch_id, entity, entity_id, field, side, base, survey, office) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const s of m.sides) side.run(m.batchId, s.entity, s.id, s.field, s.side, json(s.base), json(s.survey), json(s.office));
  const disc = db.prepare('INSERT OR IGNORE INTO survey_discrepancy (batch_id, kind, entity, entity_id, details) VALUES (?, ?, ?, ?, ?)');
  for (const d of m.discrepancies) disc.run(m.batchId, d.kind, d.entity, d.id, JSON.stringify(d.details));
  const photo = db.prepare(
    `INSERT OR IGNORE INTO photo (batch_id, sha256, entity, entity_id, name, size, mime, lon, lat, added_at)
     VALUES (@batchId, @sha256, @entity, @entityId, @name, @size, @mime, @lon, @lat, @addedAt)`,
  );
  for (const p of m.photos) photo.run({ batchId: m.batchId, ...p, hasThumb: undefined });
}

/** Photos of a record from merges in effect, oldest first, each content once. */
export function officePhotosOf(db: Db, entity: SurveyEntity, id: string): PhotoRef[] {
  const rows = db
    .prepare(
      `SELECT p.sha256, p.entity, p.entity_id, min(p.name) AS name, p.size, p.mime, p.lon, p.lat, min(p.added_at) AS added_at,
       0 AS has_thumb
     FROM photo p JOIN history_batch b ON b.id = p.batch_id AND b.state IN ${IN_EFFECT}
     WHERE p.entity = ? AND p.entity_id = ? GROUP BY p.sha256 ORDER BY added_at`,
    )
    .all(entity, id) as PhotoRow[];
  // The office keeps no downscaled copies.
  return rows.map(toPhoto);
}

/** The MIME type recorded for a content hash (any merge), or null when the office never took it in. */
export function officePhotoMime(db: Db, sha256: string): string | null {
  const row = db.prepare('SELECT mime FROM photo WHERE sha256 = ? LIMIT 1').get(sha256) as { mime: string } | undefined;
  return row?.mime ?? null;
}

/** Discrepancies of merges in effect, newest merge first (for the data-quality panel). */
export function openDiscrepancies(db: Db, limit = 500): (Discrepancy & { packageId: string; mergedAt: string })[] {
  const rows = db
    .prepare(
      `SELECT d.kind, d.entity, d.entity_id, d.details, m.package_id, m.merged_at FROM survey_discrepancy d
     JOIN survey_merge m ON m.batch_id = d.batch_id JOIN history_batch b ON b.id = d.batch_id AND b.state IN ${IN_EFFECT}
     ORDER BY m.merged_at DESC, d.kind, d.entity_id LIMIT ?`,
    )
    .all(limit) as {
    kind: Discrepancy['kind'];
    entity: SurveyEntity;
    entity_id: string;
    details: string;
    package_id: string;
    merged_at: string;
  }[];
  return rows.map((r) => ({
    kind: r.kind,
    entity: r.entity,
    id: r.entity_id,
    details: JSON.parse(r.details) as Discrepancy['details'],
    packageId: r.package_id,
    mergedAt: r.merged_at,
  }));
}

export function openDiscrepancyCount(db: Db): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM survey_discrepancy d JOIN history_batch b ON b.id = d.batch_id AND b.state IN ${IN_EFFECT}`)
      .get() as { n: number }
  ).n;
}

/** Leases and reservations on these units with their tenants' names. */
export function leasesOnUnits(db: Db, unitIds: readonly string[]): Map<string, LeaseOnUnit[]> {
  const rows = db
    .prepare(
      `SELECT l.unit_id, l.id, l.kind, l.start_date, l.end_date, l.terminated_on, t.name_zh, t.name_en
     FROM lease l JOIN tenant t ON t.id = l.tenant_id WHERE l.unit_id IN (SELECT value FROM json_each(?)) ORDER BY l.start_date DESC, l.id`,
    )
    .all(JSON.stringify(unitIds)) as {
    unit_id: string;
    id: string;
    kind: LeaseOnUnit['kind'];
    start_date: string;
    end_date: string | null;
    terminated_on: string | null;
    name_zh: string;
    name_en: string;
  }[];
  const out = new Map<string, LeaseOnUnit[]>();
  for (const r of rows) {
    const list = out.get(r.unit_id) ?? [];
    list.push({
      id: r.id,
      kind: r.kind,
      startDate: r.start_date,
      endDate: r.end_date,
      terminatedOn: r.terminated_on,
      tenantZh: r.name_zh,
      tenantEn: r.name_en,
    });
    out.set(r.unit_id, list);
  }
  return out;
}
