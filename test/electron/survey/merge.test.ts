// Merging a real package into a real office database through the channels: changes on one side applied, the same
// change once, conflicts listed with three values and decided (stored, so a merge can be resumed), observations as
// discrepancies (never lease changes), photos copied content-addressed, one backup, one undoable batch with origin
// 'survey' and the package id, the side of every field recorded; merging again writes nothing.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/main/services/backup';
import { photoStoreDir, storedPhotoPath } from '../../../electron/main/services/survey/photos';
import { createTempSession, type TempSession } from '../../helpers/tempSession';
import { edit, officeAndPackage, officeDigest, openSurvey } from './fixture';

let office: TempSession;
let file: string;
let park: string;

beforeEach(async () => {
  ({ office, file, park } = await officeAndPackage());
});
afterEach(() => office.cleanup());

/** A unit of the park without any lease, and one with a lease active today (with its tenant's names). */
function pickUnits(): { free: { id: string; area: number }; let: { id: string; area: number; tenant: string } } {
  const db = office.session.db;
  const free = db
    .prepare(
      `SELECT u.id, u.area_m2 AS area FROM unit u JOIN building b ON b.id = u.building_id
    WHERE b.park_id = ? AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.unit_id = u.id) ORDER BY u.id LIMIT 1`,
    )
    .get(park) as { id: string; area: number };
  const today = new Date().toISOString().slice(0, 10);
  const taken = db
    .prepare(
      `SELECT u.id, u.area_m2 AS area, t.name_zh AS tenant FROM unit u JOIN building b ON b.id = u.building_id
    JOIN lease l ON l.unit_id = u.id AND l.kind = 'lease' AND l.start_date <= ? AND (l.end_date IS NULL OR l.end_date >= ?) AND (l.terminated_on IS NULL OR l.terminated_on > ?)
    JOIN tenant t ON t.id = l.tenant_id WHERE b.park_id = ? ORDER BY u.id LIMIT 1`,
    )
    .get(today, today, today, park) as { id: string; area: number; tenant: string };
  return { free, let: taken };
}

const pngBytes = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('survey merge', () => {
  it('applies one-sided and same changes, lists a conflict with three values, and resumes from stored decisions', async () => {
    const { free, let: taken } = pickUnits();
    const building = office.session.db.prepare('SELECT id, address FROM building WHERE park_id = ? ORDER BY id LIMIT 1').get(park) as {
      id: string;
      address: string;
    };
    const survey = openSurvey(file);
    await edit(survey, 'unit', free.id, { areaM2: free.area + 10, use: 'lab' });
    await edit(survey, 'building', building.id, { address: 'Surveyed address' });
    await survey.call('survey:observe', { entity: 'unit', id: taken.id, status: 'vacant', tenantSeen: 'Somebody Else Ltd' });
    await survey.call('survey:observe', { entity: 'unit', id: free.id, status: 'occupied', measuredAreaM2: free.area * 2 });
    await survey.call('survey:photo-add', {
      entity: 'unit',
      id: free.id,
      name: 'p.png',
      mime: 'image/png',
      dataBase64: pngBytes.toString('base64'),
    });
    survey.cleanup();
    await edit(office, 'unit', free.id, { areaM2: free.area + 20, use: 'lab' });

    const report = await office.call('survey:inspect', { file });
    expect(report.state).toBe('new');
    expect(report.applied.map((a) => [a.entity, a.field, a.side]).sort()).toEqual([
      ['building', 'address', 'survey'],
      ['unit', 'use', 'both'],
    ]);
    expect(report.conflicts).toEqual([
      {
        entity: 'unit',
        id: free.id,
        field: 'areaM2',
        base: free.area,
        survey: free.area + 10,
        office: free.area + 20,
        kind: 'both_changed',
        choice: null,
      },
    ]);
    expect(report.unresolved).toBe(1);
    expect(report.discrepancies.map((d) => `${d.kind}:${d.id}`).sort()).toEqual(
      [
        `area_differs:${free.id}`,
        `occupied_without_lease:${free.id}`,
        `tenant_differs:${taken.id}`,
        `vacant_but_leased:${taken.id}`,
      ].sort(),
    );
    expect(report.photos).toEqual({ expected: 1, present: 1, missing: [], mismatched: [] });

    const digest = officeDigest(office.session.db);
    const refused = await office.dispatch('survey:apply', { file });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'survey_unresolved', details: { count: 1 } });
    expect(officeDigest(office.session.db)).toBe(digest);

    // Decide, leave, come back: the decision is in the database.
    await office.call('survey:decide', { file, decisions: [{ entity: 'unit', id: free.id, field: 'areaM2', choice: 'survey' }] });
    const resumed = await office.call('survey:inspect', { file });
    expect(resumed.conflicts[0]?.choice).toBe('survey');
    expect(resumed.unresolved).toBe(0);
    const stray = await office.dispatch('survey:decide', {
      file,
      decisions: [{ entity: 'unit', id: free.id, field: 'label', choice: 'survey' }],
    });
    expect(stray.ok ? null : stray.error.code).toBe('validation');

    const backupsBefore = listBackups(office.session.backupDir).length;
    const leaseDigest = JSON.stringify(office.session.db.prepare('SELECT * FROM lease ORDER BY id').all());
    const result = await office.call('survey:apply', { file });
    expect(result.written).toBe(2);
    expect(listBackups(office.session.backupDir).length).toBe(backupsBefore + 1);
    expect(result.backup).toBe(listBackups(office.session.backupDir).at(-1)?.file);
    // Values as decided; leases untouched by observations.
    expect((await office.call('units:get', { id: free.id })).areaM2).toBe(free.area + 10);
    expect((await office.call('buildings:get', { id: building.id })).address).toBe('Surveyed address');
    expect(JSON.stringify(office.session.db.prepare('SELECT * FROM lease ORDER BY id').all())).toBe(leaseDigest);
    // change_log: origin 'survey', in the batch whose label names the package.
    const logged = office.session.db
      .prepare(
        `SELECT c.entity, c.entity_id, c.origin, b.label, b.state FROM change_log c JOIN history_batch b ON b.id = c.batch_id WHERE c.batch_id = ?`,
      )
      .all(result.batchId) as { origin: string; label: string; state: string }[];
    expect(logged.length).toBe(2);
    for (const l of logged)
      expect(l).toMatchObject({ origin: 'survey', state: 'done', label: expect.stringContaining(result.report.package.packageId) });
    const sides = office.session.db
      .prepare('SELECT entity, field, side FROM survey_merge_field WHERE batch_id = ? ORDER BY entity, field')
      .all(result.batchId);
    expect(sides).toEqual([
      { entity: 'building', field: 'address', side: 'survey' },
      { entity: 'unit', field: 'areaM2', side: 'survey' },
      { entity: 'unit', field: 'use', side: 'both' },
    ]);
    // The photo: in the store under its SHA-256, listed for the unit.
    const sha = createHash('sha256').update(pngBytes).digest('hex');
    const stored = storedPhotoPath(photoStoreDir(office.dbPath), sha);
    expect(readFileSync(stored)).toEqual(pngBytes);
    expect((await office.call('survey:photos', { entity: 'unit', id: free.id })).map((p) => p.sha256)).toEqual([sha]);

    // The discrepancies feed the data-quality panel while the merge is in effect.
    const open = await office.call('survey:discrepancies', {});
    expect(open.count).toBe(4);
    expect(open.rows.map((d) => d.kind).sort()).toEqual(report.discrepancies.map((d) => d.kind).sort());
    // Merging again changes nothing.
    const digestAfter = officeDigest(office.session.db);
    const again = await office.call('survey:apply', { file });
    expect(again).toMatchObject({ batchId: null, written: 0, report: { state: 'merged' } });
    expect(officeDigest(office.session.db)).toBe(digestAfter);
  });

  it('is undone as one step (photos no longer listed), can be merged again after, and redone', async () => {
    const { free } = pickUnits();
    const survey = openSurvey(file);
    await edit(survey, 'unit', free.id, { areaM2: free.area + 1 });
    await survey.call('survey:photo-add', {
      entity: 'unit',
      id: free.id,
      name: 'p.png',
      mime: 'image/png',
      dataBase64: pngBytes.toString('base64'),
    });
    survey.cleanup();
    const before = officeDigest(office.session.db);
    const result = await office.call('survey:apply', { file });
    expect((await office.call('history:state', {})).undoLabel).toContain(result.report.package.packageId);
    await office.call('history:undo', {});
    expect((await office.call('units:get', { id: free.id })).areaM2).toBe(free.area);
    expect((await office.call('survey:discrepancies', {})).count).toBe(0);
    expect(await office.call('survey:photos', { entity: 'unit', id: free.id })).toEqual([]);
    expect((await office.call('survey:inspect', { file })).state).toBe('new');
    await office.call('history:redo', {});
    expect((await office.call('units:get', { id: free.id })).areaM2).toBe(free.area + 1);
    expect((await office.call('survey:inspect', { file })).state).toBe('merged');
    expect(officeDigest(office.session.db)).not.toBe(before);
  });

  it('a record deleted in the office is one whole-record conflict; choosing the survey puts it back', async () => {
    const { free } = pickUnits();
    const survey = openSurvey(file);
    await edit(survey, 'unit', free.id, { label: 'S-1' });
    survey.cleanup();
    const unit = await office.call('units:get', { id: free.id });
    await office.call('units:delete', { id: free.id, version: unit.version });
    const report = await office.call('survey:inspect', { file });
    expect(report.conflicts).toEqual([
      {
        entity: 'unit',
        id: free.id,
        field: '*',
        base: { label: unit.label },
        survey: { label: 'S-1' },
        office: null,
        kind: 'deleted_in_office',
        choice: null,
      },
    ]);
    const kept = await office.call('survey:apply', { file, resolve: 'survey' });
    expect(kept.written).toBe(1);
    expect((await office.call('units:get', { id: free.id })).label).toBe('S-1');
  });

  it('refuses a merge whose result breaks a rule, writing nothing', async () => {
    const { free } = pickUnits();
    const survey = openSurvey(file);
    await edit(survey, 'unit', free.id, { label: 'DUP-1' });
    survey.cleanup();
    // Meanwhile the office gave another unit of that building the same label.
    const unit = await office.call('units:get', { id: free.id });
    await office.call('units:create', {
      buildingId: unit.buildingId,
      floor: unit.floor,
      label: 'DUP-1',
      areaM2: 10,
      use: 'office',
      countsTowardTarget: true,
      outOfService: false,
    });
    const digest = officeDigest(office.session.db);
    const r = await office.dispatch('survey:apply', { file });
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'validation',
      details: { entity: 'unit', id: free.id, fields: [{ field: 'label', code: 'label_duplicate' }] },
    });
    // A backup was taken first (a file beside, not a row); the database itself is as it was.
    expect(officeDigest(office.session.db)).toBe(digest);
  });

  it("a package changed on disk after a dry run is read again (the dry run's reading is not reused)", async () => {
    const { free } = pickUnits();
    const survey = openSurvey(file);
    await survey.call('survey:photo-add', {
      entity: 'unit',
      id: free.id,
      name: 'p.png',
      mime: 'image/png',
      dataBase64: pngBytes.toString('base64'),
    });
    survey.cleanup();
    expect((await office.call('survey:inspect', { file })).photos.present).toBe(1);
    const raw = new Database(file);
    raw.prepare("UPDATE survey_blob SET data = CAST('tampered after the dry run' AS BLOB)").run();
    raw.close();
    expect((await office.call('survey:inspect', { file })).photos.mismatched.map((p) => p.name)).toEqual(['p.png']);
    const r = await office.dispatch('survey:apply', { file });
    expect(r.ok ? null : r.error.code).toBe('survey_photos');
  });

  it('can be cancelled while it runs (nothing written), reports progress, and is refused in a read-only window', async () => {
    const { free } = pickUnits();
    const survey = openSurvey(file);
    await edit(survey, 'unit', free.id, { areaM2: free.area + 3 });
    survey.cleanup();
    const events: string[] = [];
    const off = office.session.onEvent((name, payload) => {
      if (name === 'progress' && 'kind' in payload) events.push(`${payload.kind}:${payload.finished}`);
    });
    const digest = officeDigest(office.session.db);
    const running = office.dispatch('survey:apply', { file, taskId: 'merge-1' });
    expect(await office.call('survey:cancel', { taskId: 'merge-1' })).toEqual({ cancelled: true });
    const r = await running;
    off();
    expect(r.ok ? null : r.error.code).toBe('cancelled');
    expect(officeDigest(office.session.db)).toBe(digest);
    expect(events).toContain('survey-merge:true');
    expect(await office.call('survey:cancel', { taskId: 'merge-1' })).toEqual({ cancelled: false });

    const reader = createTempSession({ dbPath: office.dbPath });
    expect(reader.session.access.mode).toBe('read-only');
    expect((await reader.call('survey:inspect', { file })).applied.length).toBe(1);
    for (const [channel, input] of [
      ['survey:apply', { file }],
      ['survey:decide', { file, decisions: [{ entity: 'unit', id: free.id, field: 'areaM2', choice: 'survey' }] }],
    ] as const) {
      const refused = await reader.raw(channel, input);
      expect(refused.ok ? null : refused.error.code, channel).toBe('read_only');
    }
    reader.cleanup();
  });

  it('an untouched package applies nothing and lists nothing', async () => {
    const report = await office.call('survey:inspect', { file });
    expect(report).toMatchObject({ applied: [], conflicts: [], discrepancies: [], unresolved: 0, photos: { expected: 0, present: 0 } });
  });
});
