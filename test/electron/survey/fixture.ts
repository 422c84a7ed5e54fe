// Survey test fixtures: a real office database (the standard sample, through app:setup), packages prepared from it
// through the real channel, and survey-mode sessions on those packages. Real files, real migrations.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Db } from '../../../electron/main/db/connection';
import type { PrepareResult, SurveyScope } from '../../../shared/survey/model';
import { createReadySession, createTempSession, type TempSession } from '../../helpers/tempSession';

/** A survey-mode session on a package (the office database is not opened). */
export function openSurvey(file: string): TempSession {
  return createTempSession({ dbPath: file, kind: 'survey' });
}

export async function sampleOffice(): Promise<TempSession> {
  return createReadySession({ setup: 'sample' });
}

/** The park with the fewest buildings that has any (a small package). */
export function smallPark(office: TempSession): string {
  const row = office.session.db
    .prepare('SELECT park_id AS id FROM building WHERE park_id IS NOT NULL GROUP BY park_id ORDER BY count(*), park_id LIMIT 1')
    .get() as { id: string };
  return row.id;
}

export async function prepare(office: TempSession, scope: SurveyScope, name = 'p.parksurvey', surveyor = 'Li Wei'): Promise<PrepareResult> {
  return office.call('survey:prepare', { scope, surveyor, out: path.join(office.dir, name) });
}

/** Every row the office keeps: inventory, history, change log, survey tables — equal digests, nothing written. */
export function officeDigest(db: Db): string {
  const hash = createHash('sha256');
  const tables = [
    'zone',
    'park',
    'building',
    'unit',
    'tenant',
    'lease',
    'target',
    'meta',
    'history_batch',
    'change_log',
    'survey_decision',
    'survey_merge',
    'survey_merge_field',
    'survey_discrepancy',
    'photo',
  ];
  for (const t of tables) hash.update(`${t}:${JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())}`);
  return hash.digest('hex');
}

/** A package prepared for one park of a fresh sample office, with a survey session on it. */
export async function officeAndPackage(): Promise<{ office: TempSession; file: string; park: string }> {
  const office = await sampleOffice();
  const park = smallPark(office);
  const { file } = await prepare(office, { kind: 'park', id: park });
  return { office, file, park };
}

/** Changes fields of a record through the real update channel (office or survey session). */
export async function edit(t: TempSession, entity: 'building' | 'unit', id: string, changes: Record<string, unknown>): Promise<void> {
  const channel = entity === 'building' ? 'buildings' : 'units';
  const current = await t.call(`${channel}:get`, { id });
  const r = await t.raw(`${channel}:update`, { id, version: current.version, changes });
  if (!r.ok) throw new Error(`${channel}:update: ${r.error.code} ${r.error.message}`);
}
