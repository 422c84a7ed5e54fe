// Bad packages: each kind gets one clear error (inspect and apply alike) and the office database's rows are
// exactly as before. Every package here starts as a real, good one and is then damaged the way it happens.
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/messages';
import type { AppErrorShape } from '../../../shared/errors';
import type { TempSession } from '../../helpers/tempSession';
import { edit, officeAndPackage, officeDigest, openSurvey, prepare, sampleOffice, smallPark } from './fixture';
import { SCHEMA_VERSION } from '../../../electron/main/db/migrations';

let office: TempSession;
let good: string;
let n = 0;

beforeAll(async () => {
  ({ office, file: good } = await officeAndPackage());
  const survey = openSurvey(good);
  const info = await survey.call('survey:info', {});
  const unit = (await survey.call('survey:building', { buildingId: info.buildings[0]!.buildingId })).units[0]!;
  await edit(survey, 'unit', unit.id, { use: 'lab' });
  await survey.call('survey:photo-add', {
    entity: 'unit',
    id: unit.id,
    name: 'evidence.png',
    mime: 'image/png',
    dataBase64: Buffer.from('a photo of a door').toString('base64'),
  });
  survey.cleanup();
});
afterAll(() => office.cleanup());

/** A copy of the good package, changed by `damage`. */
function damaged(damage: (file: string) => void): string {
  n += 1;
  const file = path.join(office.dir, `bad-${n}.parksurvey`);
  copyFileSync(good, file);
  damage(file);
  return file;
}

const sql = (statements: string) => (file: string) => {
  const db = new Database(file);
  db.exec(statements);
  db.close();
};

/** inspect and apply both refuse with this error, and nothing in the office changed. */
async function refused(file: string): Promise<AppErrorShape> {
  const digest = officeDigest(office.session.db);
  const inspect = await office.dispatch('survey:inspect', { file });
  const apply = await office.dispatch('survey:apply', { file, resolve: 'survey' });
  expect(officeDigest(office.session.db)).toBe(digest);
  if (inspect.ok || apply.ok) throw new Error('accepted a bad package');
  expect(apply.error.code).toBe(inspect.error.code);
  return inspect.error;
}

describe('bad packages', () => {
  it('the good package itself is accepted (the baseline of the damage below)', async () => {
    const r = await office.call('survey:inspect', { file: good });
    expect(r.applied.length).toBe(1);
  });

  it('not a SQLite file', async () => {
    const e = await refused(damaged((f) => writeFileSync(f, 'PK\u0003\u0004 this is a zip, not a package')));
    expect(e).toMatchObject({ code: 'survey_invalid', details: { reason: 'not_sqlite' } });
    expect(errorMessage(e, 'en')).toMatch(
      /^Cannot use the survey package .*bad-\d+\.parksurvey: it is not a SQLite file\. Nothing was written$/,
    );
    expect(errorMessage(e, 'zh-CN')).toContain('不是 SQLite 文件');
  });

  it('truncated (cut short while copying)', async () => {
    const e = await refused(damaged((f) => truncateSync(f, Math.floor(statSync(f).size / 2))));
    expect(e).toMatchObject({ code: 'survey_invalid', details: { reason: 'corrupt' } });
  });

  it('corrupt (bytes overwritten inside its pages)', async () => {
    const e = await refused(
      damaged((f) => {
        const bytes = readFileSync(f);
        const page = bytes.readUInt16BE(16);
        for (let p = 2; p * page < bytes.length; p += 1) bytes.fill(0xa5, p * page + 8, p * page + 64);
        writeFileSync(f, bytes);
      }),
    );
    expect(e).toMatchObject({ code: 'survey_invalid', details: { reason: 'corrupt' } });
  });

  it('an office database given as a package', async () => {
    const e = await refused(damaged((f) => copyFileSync(office.dbPath, f)));
    expect(e).toMatchObject({ code: 'survey_invalid', details: { reason: 'not_package' } });
  });

  it('from another database', async () => {
    const other = await sampleOffice();
    const foreign = await prepare(other, { kind: 'park', id: smallPark(other) }, 'foreign.parksurvey');
    const file = path.join(office.dir, 'foreign.parksurvey');
    copyFileSync(foreign.file, file);
    other.cleanup();
    const e = await refused(file);
    expect(e).toMatchObject({ code: 'survey_invalid', details: { reason: 'other_database' } });
    expect(errorMessage(e, 'en')).toContain('prepared from another database');
  });

  it('a newer package schema', async () => {
    const e = await refused(damaged(sql("UPDATE survey_meta SET value = '99' WHERE key = 'package_schema'")));
    expect(e).toMatchObject({ code: 'survey_invalid', details: { reason: 'newer_schema', found: `99.${SCHEMA_VERSION}` } });
  });

  it('a tampered photo: named, and the merge refused', async () => {
    const file = damaged(sql("UPDATE survey_blob SET data = CAST('a photo of a wall' AS BLOB)"));
    const digest = officeDigest(office.session.db);
    const report = await office.call('survey:inspect', { file });
    expect(report.photos).toMatchObject({ expected: 1, present: 0, missing: [], mismatched: [{ name: 'evidence.png' }] });
    const apply = await office.dispatch('survey:apply', { file, resolve: 'survey' });
    expect(apply.ok ? null : apply.error).toMatchObject({ code: 'survey_photos', details: { count: 1, names: 'evidence.png' } });
    expect(officeDigest(office.session.db)).toBe(digest);
  });

  it('a missing photo: named, and the merge refused', async () => {
    const file = damaged(sql('DELETE FROM survey_blob'));
    const report = await office.call('survey:inspect', { file });
    expect(report.photos).toMatchObject({ expected: 1, present: 0, missing: [{ name: 'evidence.png' }], mismatched: [] });
    const apply = await office.dispatch('survey:apply', { file, resolve: 'survey' });
    expect(apply.ok ? null : apply.error.code).toBe('survey_photos');
  });

  it('rows pointing outside the office’s inventory', async () => {
    const e = await refused(
      damaged(
        sql(`
      INSERT INTO unit SELECT '0199aaaa-0000-7000-8000-000000000001', created_at, updated_at, version, building_id, floor, 'ghost', area_m2, use, counts_toward_target, out_of_service FROM unit LIMIT 1;
      INSERT INTO survey_base SELECT 'unit', '0199aaaa-0000-7000-8000-000000000001', 1, data FROM survey_base WHERE entity = 'unit' LIMIT 1;`),
      ),
    );
    expect(e).toMatchObject({
      code: 'survey_invalid',
      details: { reason: 'outside_inventory', entity: 'unit', id: '0199aaaa-0000-7000-8000-000000000001' },
    });
    expect(errorMessage(e, 'en')).toContain('it refers to units 0199aaaa-0000-7000-8000-000000000001');
  });

  it('a unit moved to another building, or an observation of a record not in the package', async () => {
    const moved = await refused(
      damaged(
        sql(
          "UPDATE unit SET label = 'moved-' || label, building_id = (SELECT id FROM building ORDER BY id DESC LIMIT 1) WHERE id = (SELECT id FROM unit ORDER BY id LIMIT 1) AND building_id <> (SELECT id FROM building ORDER BY id DESC LIMIT 1)",
        ),
      ),
    );
    expect(moved).toMatchObject({ code: 'survey_invalid', details: { reason: 'bad_content' } });
    const stray = await refused(
      damaged(
        sql(
          "INSERT INTO survey_observation (entity, entity_id, status, updated_at) VALUES ('unit', 'nowhere', 'vacant', '2026-01-01T00:00:00Z')",
        ),
      ),
    );
    expect(stray).toMatchObject({ code: 'survey_invalid', details: { reason: 'bad_content' } });
  });

  it('a file that does not exist', async () => {
    const e = await refused(path.join(office.dir, 'nothing-here.parksurvey'));
    expect(e).toMatchObject({ code: 'survey_invalid', details: { reason: 'missing_file' } });
  });
});
