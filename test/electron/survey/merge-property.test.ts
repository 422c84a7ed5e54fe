// The merge on real files (issue 8's property): a random base inventory in a real office database, a package
// prepared from it, random edits made through the real channels in the package (survey mode) and in the office
// (edits and deletions), then a merge deciding every conflict one way. After it: every survey edit is either in the
// office or listed as a conflict decided for the office (none lost), every office edit the survey did not
// conflict with is still there, and merging the same package again leaves every row as it was.
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReadySession, type TempSession } from '../../helpers/tempSession';
import { edit, officeDigest, openSurvey } from './fixture';

const BUILDING_EDITS = {
  nameEn: ['Tower A', 'Tower B', 'Tower C'],
  address: ['No. 1', 'No. 2', ''],
  status: ['planned', 'renovating', 'operational'],
  grossFloorAreaM2: [1000, 2000, null],
} as const;
const UNIT_EDITS = {
  areaM2: [10, 20, 30],
  use: ['office', 'lab', 'retail'],
  outOfService: [true, false],
  countsTowardTarget: [true, false],
} as const;

type EditSpec = { entity: 'building' | 'unit'; index: number; field: string; value: unknown };

const editArb = fc.oneof(
  fc.constantFrom(...Object.keys(BUILDING_EDITS)).chain((field) =>
    fc.record({
      entity: fc.constant('building' as const),
      index: fc.nat(1),
      field: fc.constant(field),
      value: fc.constantFrom(...BUILDING_EDITS[field as keyof typeof BUILDING_EDITS]),
    }),
  ),
  fc.constantFrom(...Object.keys(UNIT_EDITS)).chain((field) =>
    fc.record({
      entity: fc.constant('unit' as const),
      index: fc.nat(5),
      field: fc.constant(field),
      value: fc.constantFrom(...UNIT_EDITS[field as keyof typeof UNIT_EDITS]),
    }),
  ),
);

const scenarioArb = fc.record({
  survey: fc.array(editArb, { maxLength: 8 }),
  office: fc.array(editArb, { maxLength: 8 }),
  deleteUnits: fc.uniqueArray(fc.nat(5), { maxLength: 2 }),
  resolve: fc.constantFrom('survey' as const, 'office' as const),
});

async function baseOffice(): Promise<{ office: TempSession; buildings: string[]; units: string[] }> {
  const office = await createReadySession({ setup: 'empty' });
  const zone = (await office.call('zones:list', {})).rows[0]!.id;
  const buildings: string[] = [];
  const units: string[] = [];
  for (let b = 0; b < 2; b += 1) {
    const created = await office.call('buildings:create', {
      zoneId: zone,
      parkId: null,
      nameZh: `楼${b}`,
      nameEn: `Building ${b}`,
      address: '',
      isThemeBuilding: false,
      footprint: null,
      floorsAbove: 3,
      floorsBelow: 0,
      grossFloorAreaM2: null,
      declaredRentableM2: null,
      deliveryDate: '2024-01-01',
      status: 'operational',
    });
    buildings.push(created.id);
    for (let u = 0; u < 3; u += 1) {
      const unit = await office.call('units:create', {
        buildingId: created.id,
        floor: 1,
        label: `U${u}`,
        areaM2: 50,
        use: 'office',
        countsTowardTarget: true,
        outOfService: false,
      });
      units.push(unit.id);
    }
  }
  return { office, buildings, units };
}

const idOf = (e: EditSpec, ids: { buildings: string[]; units: string[] }) =>
  (e.entity === 'building' ? ids.buildings[e.index] : ids.units[e.index]) as string;
const fieldsOf = async (t: TempSession, entity: 'building' | 'unit', id: string): Promise<Record<string, unknown> | null> => {
  const r = await t.raw(entity === 'building' ? 'buildings:get' : 'units:get', { id });
  return r.ok ? (r.value as Record<string, unknown>) : null;
};

describe('merge on real files', () => {
  it('loses no edit and is idempotent, for random edits on both sides', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (sc) => {
        const { office, ...ids } = await baseOffice();
        try {
          const file = path.join(office.dir, 'p.parksurvey');
          await office.call('survey:prepare', { scope: { kind: 'buildings', ids: ids.buildings }, surveyor: 'prop', out: file });
          const base = new Map<string, Record<string, unknown>>();
          for (const e of [...sc.survey, ...sc.office]) base.set(idOf(e, ids), (await fieldsOf(office, e.entity, idOf(e, ids)))!);
          const survey = openSurvey(file);
          for (const e of sc.survey) await edit(survey, e.entity, idOf(e, ids), { [e.field]: e.value });
          const surveyed = new Map<string, Record<string, unknown>>();
          for (const e of sc.survey) surveyed.set(idOf(e, ids), (await fieldsOf(survey, e.entity, idOf(e, ids)))!);
          survey.cleanup();
          for (const e of sc.office) await edit(office, e.entity, idOf(e, ids), { [e.field]: e.value });
          for (const i of sc.deleteUnits) {
            const u = await fieldsOf(office, 'unit', ids.units[i]!);
            if (u) await office.call('units:delete', { id: ids.units[i]!, version: u.version as number });
          }
          const officeBefore = new Map<string, Record<string, unknown> | null>();
          for (const e of [...sc.survey, ...sc.office]) officeBefore.set(idOf(e, ids), await fieldsOf(office, e.entity, idOf(e, ids)));

          const result = await office.call('survey:apply', { file, resolve: sc.resolve });
          const conflicts = new Set(result.report.conflicts.map((c) => `${c.id}:${c.field}`));
          for (const e of sc.survey) {
            const id = idOf(e, ids);
            const s = surveyed.get(id)?.[e.field];
            if (s === base.get(id)?.[e.field]) continue; // edited back to the base value: not an edit
            const now = await fieldsOf(office, e.entity, id);
            const listed = conflicts.has(`${id}:${e.field}`) || conflicts.has(`${id}:*`);
            // Applied, or listed as a conflict (then decided as asked).
            if (listed)
              expect(now === null ? null : now[e.field]).toEqual(sc.resolve === 'survey' ? s : (officeBefore.get(id)?.[e.field] ?? null));
            else expect(now?.[e.field]).toEqual(s);
          }
          for (const e of sc.office) {
            const id = idOf(e, ids);
            const was = officeBefore.get(id);
            if (!was || conflicts.has(`${id}:${e.field}`) || conflicts.has(`${id}:*`)) continue;
            const s = surveyed.get(id)?.[e.field];
            const now = await fieldsOf(office, e.entity, id);
            // Not in conflict: the office value stays, unless the survey made the very same change.
            expect(now?.[e.field]).toEqual(s !== undefined && s !== base.get(id)?.[e.field] ? s : was[e.field]);
          }
          const once = officeDigest(office.session.db);
          const again = await office.call('survey:apply', { file, resolve: sc.resolve === 'survey' ? 'office' : 'survey' });
          expect(again.written).toBe(0);
          expect(officeDigest(office.session.db)).toBe(once);
        } finally {
          office.cleanup();
        }
      }),
      { numRuns: 15 },
    );
  });
});
