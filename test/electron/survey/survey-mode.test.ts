// Survey mode on a real package: recording observations and photos (saved as typed), corrections limited to the
// surveyed attributes, everything else refused, a second window on the same package read-only, progress counted
// independently, and the office database never opened.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempSession, type TempSession } from '../../helpers/tempSession';
import { jpegWithGps } from '../../helpers/jpeg';
import { openSurvey, prepare, sampleOffice, smallPark } from './fixture';

let office: TempSession;
let survey: TempSession;
let file: string;
let officeStamp: { mtimeMs: number; size: number };

beforeAll(async () => {
  office = await sampleOffice();
  file = (await prepare(office, { kind: 'park', id: smallPark(office) })).file;
  office.session.close();
  const st = statSync(office.dbPath);
  officeStamp = { mtimeMs: st.mtimeMs, size: st.size };
  survey = openSurvey(file);
});
afterAll(() => {
  survey.cleanup();
  office.cleanup();
});

const firstBuilding = async () => (await survey.call('survey:info', {})).buildings[0]!;

describe('survey mode', () => {
  it('says so in app:info and answers reads from the package', async () => {
    const info = await survey.call('app:info', {});
    expect(info).toMatchObject({ mode: 'survey', needsSetup: false, access: { mode: 'write' } });
    const pkg = new Database(file, { readonly: true });
    const n = (pkg.prepare('SELECT count(*) AS n FROM building').get() as { n: number }).n;
    pkg.close();
    expect((await survey.call('buildings:list', {})).total).toBe(n);
  });

  it('records observations field by field and keeps what was not sent', async () => {
    const b = await firstBuilding();
    const unit = (await survey.call('survey:building', { buildingId: b.buildingId })).units[0]!;
    await survey.call('survey:observe', { entity: 'unit', id: unit.id, status: 'occupied', tenantSeen: 'ACME' });
    const after = await survey.call('survey:observe', { entity: 'unit', id: unit.id, notes: 'door locked' });
    expect(after).toMatchObject({ status: 'occupied', tenantSeen: 'ACME', notes: 'door locked', measuredAreaM2: null });
    const bad = await survey.dispatch('survey:observe', { entity: 'unit', id: unit.id, measuredAreaM2: -5 });
    expect(bad.ok ? null : bad.error.code).toBe('validation');
    const missing = await survey.dispatch('survey:observe', { entity: 'unit', id: 'not-in-package', status: 'vacant' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
  });

  it('counts progress per building and for the package', async () => {
    const info = await survey.call('survey:info', {});
    const pkg = new Database(file, { readonly: true });
    const visited = (
      pkg.prepare("SELECT count(*) AS n FROM survey_observation WHERE entity = 'unit' AND status IS NOT NULL").get() as { n: number }
    ).n;
    const units = (pkg.prepare('SELECT count(*) AS n FROM unit').get() as { n: number }).n;
    pkg.close();
    expect(info.visited).toBe(visited);
    expect(info.total).toBe(units);
    expect(info.buildings.reduce((s, b) => s + b.total, 0)).toBe(units);
  });

  it('stores a photo once per content, with its SHA-256, size and GPS position', async () => {
    const b = await firstBuilding();
    const unit = (await survey.call('survey:building', { buildingId: b.buildingId })).units[1]!;
    const jpeg = Buffer.from(jpegWithGps({ lat: [39, 54, 0], lon: [116, 24, 0], latRef: 'N', lonRef: 'E' }));
    const photo = await survey.call('survey:photo-add', {
      entity: 'unit',
      id: unit.id,
      name: 'door.jpg',
      mime: 'image/jpeg',
      dataBase64: jpeg.toString('base64'),
    });
    expect(photo).toMatchObject({
      sha256: (await import('node:crypto')).createHash('sha256').update(jpeg).digest('hex'),
      size: jpeg.length,
      name: 'door.jpg',
    });
    expect(photo.lat).toBeCloseTo(39.9, 9);
    expect(photo.lon).toBeCloseTo(116.4, 9);
    // The unit takes the photo's position as its location.
    const view = await survey.call('survey:building', { buildingId: b.buildingId });
    expect(view.units[1]?.observation).toMatchObject({ locationSource: 'photo' });
    // The same content on the building: one more manifest row, the content stored once.
    await survey.call('survey:photo-add', {
      entity: 'building',
      id: b.buildingId,
      name: 'same.jpg',
      mime: 'image/jpeg',
      dataBase64: jpeg.toString('base64'),
    });
    const pkg = new Database(file, { readonly: true });
    expect(pkg.prepare('SELECT count(*) AS n FROM survey_blob WHERE sha256 = ?').get(photo.sha256)).toEqual({ n: 1 });
    expect(pkg.prepare('SELECT count(*) AS n FROM survey_photo WHERE sha256 = ?').get(photo.sha256)).toEqual({ n: 2 });
    pkg.close();
  });

  it('lets the surveyor correct building and unit attributes only', async () => {
    const b = await firstBuilding();
    const building = await survey.call('buildings:get', { id: b.buildingId });
    const ok = await survey.call('buildings:update', { id: building.id, version: building.version, changes: { address: 'Seen: No. 8' } });
    expect(ok.address).toBe('Seen: No. 8');
    const moved = await survey.dispatch('buildings:update', {
      id: building.id,
      version: ok.version,
      changes: { zoneId: building.zoneId, address: 'x' },
    });
    expect(moved.ok ? null : moved.error.details?.fields).toEqual([{ field: 'zoneId', code: 'not_in_survey' }]);
    for (const [channel, input] of [
      ['tenants:create', { nameZh: 'x', nameEn: '', uscc: '', category: 'fintech', enteredDistrictOn: null }],
      ['units:delete', { id: 'x', version: 1 }],
      ['app:setup', { mode: 'empty' }],
      ['backup:create', {}],
      ['survey:prepare', { scope: { kind: 'park', id: 'x' }, surveyor: 'x' }],
      ['survey:inspect', { file }],
    ] as const) {
      const r = await survey.raw(channel, input);
      expect(r.ok ? null : r.error.code, channel).toBe('survey_mode');
    }
  });

  it('a second window on the package is read-only while the first records', async () => {
    const second = createTempSession({ dbPath: file, kind: 'survey' });
    expect(second.session.access.mode).toBe('read-only');
    const b = await firstBuilding();
    const r = await second.dispatch('survey:observe', { entity: 'building', id: b.buildingId, status: 'occupied' });
    expect(r.ok ? null : r.error.code).toBe('read_only');
    second.cleanup();
  });

  it('never touches the office database', () => {
    const st = statSync(office.dbPath);
    expect({ mtimeMs: st.mtimeMs, size: st.size }).toEqual(officeStamp);
  });

  it('an office session refuses the survey-mode channels', async () => {
    const other = createTempSession();
    const r = await other.dispatch('survey:info', {});
    expect(r.ok ? null : r.error.code).toBe('not_survey');
    other.cleanup();
  });
});
