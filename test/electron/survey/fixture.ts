// Survey test fixtures: a real office database (the standard sample, through app:setup), packages prepared from it
// through the real channel, and survey-mode sessions on those packages. Real files, real migrations.
import path from 'node:path';
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
  const row = office.session.db.prepare(
    'SELECT park_id AS id FROM building WHERE park_id IS NOT NULL GROUP BY park_id ORDER BY count(*), park_id LIMIT 1',
  ).get() as { id: string };
  return row.id;
}

export async function prepare(office: TempSession, scope: SurveyScope, name = 'p.parksurvey', surveyor = 'Li Wei'): Promise<PrepareResult> {
  return office.call('survey:prepare', { scope, surveyor, out: path.join(office.dir, name) });
}
