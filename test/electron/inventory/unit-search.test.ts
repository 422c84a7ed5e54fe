// The units list's search reads an FTS5 trigram index (migration 003) for terms of three characters or more and
// a LIKE for shorter ones. Whatever the path, the answer must be the plain LIKE's: held here over random labels
// and building names mixing Chinese, both ASCII cases, digits and LIKE/FTS metacharacters, after inserts,
// relabels and deletes (the index follows through triggers), and on a file migrated from schema 2.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase, type Db } from '../../../electron/main/db/connection';
import { migrate } from '../../../electron/main/db/migrate';
import { LIST_REPOS } from '../../../electron/main/db/repos';
import { escapeLike } from '../../../electron/main/db/repos/paging';
import { createRecord, deleteRecord, updateRecord } from '../../../electron/main/services/inventory/crud';
import { tempDb } from './fixture';

const ALPHABET = [
  '金',
  '融',
  '街',
  '中',
  '心',
  '大',
  '厦',
  '座',
  '号',
  '楼',
  'A',
  'a',
  'B',
  'b',
  'Ä',
  'ä',
  '1',
  '2',
  '0',
  ' ',
  '-',
  '%',
  '_',
  '\\',
  '"',
  '*',
];
const text = (min: number, max: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
/** Labels are unique per building and may not be blank. */
const label = text(1, 8).filter((s) => s.trim() !== '');

/** The search as it was before the index: a LIKE over the label and the building's names. */
function plainLike(db: Db, term: string): string[] {
  const like = `%${escapeLike(term.trim().toLowerCase())}%`;
  return (
    db
      .prepare(
        `SELECT u.id FROM unit u JOIN building b ON b.id = u.building_id
    WHERE lower(u.label) LIKE @like ESCAPE '\\' OR lower(b.name_zh) LIKE @like ESCAPE '\\' OR lower(b.name_en) LIKE @like ESCAPE '\\'`,
      )
      .all({ like }) as { id: string }[]
  )
    .map((r) => r.id)
    .sort();
}

const searched = (db: Db, term: string): string[] =>
  LIST_REPOS.unit
    .list(db, { search: term, limit: 100_000 })
    .rows.map((r) => r.id)
    .sort();

let ctx: ReturnType<typeof tempDb>;
let zoneId: string;
beforeAll(() => {
  ctx = tempDb();
  zoneId = createRecord(ctx.db, 'zone', { code: 'Z', nameZh: '区', nameEn: 'Z', kind: 'core', boundary: null }).id;
});
afterAll(() => ctx.cleanup());

function building(db: Db, nameZh: string, nameEn: string): string {
  return createRecord(db, 'building', {
    zoneId,
    parkId: null,
    nameZh,
    nameEn,
    address: '',
    isThemeBuilding: true,
    footprint: null,
    floorsAbove: 5,
    floorsBelow: 0,
    grossFloorAreaM2: null,
    declaredRentableM2: null,
    deliveryDate: null,
    status: 'planned',
  }).id;
}

describe('unit search', () => {
  it('equals a plain LIKE over the label and building names, for long and short terms, after edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ zh: label, en: text(0, 6) }), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(label, { minLength: 1, maxLength: 25 }),
        fc.array(fc.record({ pick: fc.nat(), relabel: fc.option(label, { nil: null }) }), { maxLength: 6 }),
        fc.array(fc.oneof(text(1, 4), fc.constantFrom('金融', '街中心', 'AB', 'aä', '1 2')), { minLength: 1, maxLength: 6 }),
        (buildings, labels, edits, terms) => {
          const db = ctx.db;
          db.exec('DELETE FROM lease; DELETE FROM unit; DELETE FROM building;');
          const ids = buildings.map((b) => building(db, b.zh, b.en));
          const units = labels.map((l, i) =>
            createRecord(db, 'unit', {
              buildingId: ids[i % ids.length]!,
              floor: 1,
              label: l,
              areaM2: 10,
              use: 'office',
              countsTowardTarget: true,
              outOfService: false,
            }),
          );
          // A unit's label is unique in its building: a relabel takes a label no unit has had in this run.
          const used = new Set(labels);
          for (const edit of edits) {
            const unit = units[edit.pick % units.length]!;
            const current = db.prepare('SELECT version FROM unit WHERE id = ?').get(unit.id) as { version: number } | undefined;
            if (!current) continue;
            if (edit.relabel === null) deleteRecord(db, 'unit', unit.id, current.version);
            else if (!used.has(edit.relabel)) {
              used.add(edit.relabel);
              updateRecord(db, 'unit', unit.id, current.version, { label: edit.relabel });
            }
          }
          // Substrings of what is there, as well as the random terms.
          const present = (db.prepare('SELECT label FROM unit').all() as { label: string }[]).map((r) => r.label);
          const probes = [
            ...terms,
            ...present.slice(0, 3).map((l) => [...l].slice(1, 4).join('')),
            ...present.slice(0, 2).map((l) => l.toUpperCase()),
          ];
          for (const term of probes) {
            if (term.trim() === '') continue;
            expect(searched(db, term), JSON.stringify(term)).toEqual(plainLike(db, term));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds units written before the index existed (the migration fills it)', () => {
    const { file, cleanup } = tempDb();
    try {
      const raw = new Database(file);
      migrate(raw, {}, 2);
      raw.pragma(`application_id = ${APPLICATION_ID}`);
      const at = '2025-01-01T00:00:00.000Z';
      raw.prepare("INSERT INTO zone VALUES ('z', ?, ?, 1, 'Z', '区', 'Z', 'core', NULL)").run(at, at);
      raw
        .prepare(
          `INSERT INTO building (id, created_at, updated_at, version, zone_id, park_id, name_zh, name_en, address, is_theme_building,
        footprint, floors_above, floors_below, gross_floor_area_m2, declared_rentable_m2, delivery_date, status)
        VALUES ('b', ?, ?, 1, 'z', NULL, '楼', 'B', '', 1, NULL, 5, 0, NULL, NULL, NULL, 'planned')`,
        )
        .run(at, at);
      raw.prepare(`INSERT INTO unit VALUES ('u1', ?, ?, 1, 'b', 1, '金融街中心101', 10, 'office', 1, 0)`).run(at, at);
      raw.prepare(`INSERT INTO unit VALUES ('u2', ?, ?, 1, 'b', 1, 'Room 202', 10, 'office', 1, 0)`).run(at, at);
      raw.close();
      const db = openDatabase(file);
      expect(searched(db, '街中心')).toEqual(['u1']);
      expect(searched(db, 'ROOM 2')).toEqual(['u2']);
      expect(searched(db, '金')).toEqual(['u1']);
      db.close();
    } finally {
      cleanup();
    }
  });
});
