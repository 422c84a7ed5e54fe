// The merge rule against its definition (issue 8): for random base records, random survey edits, random office
// edits and deletions and random decisions, every survey edit is applied or listed as a conflict (none lost),
// office edits the survey did not touch stay, and merging the result again writes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  decisionKey,
  planMerge,
  sameValue,
  WHOLE_RECORD,
  type FieldValues,
  type RecordSides,
} from '../../shared/survey/merge';
import { SURVEY_FIELDS, type Side, type SurveyEntity } from '../../shared/survey/model';

/** A small value pool per field, so "the same change on both sides" and "changed back to base" come up often. */
const valueArb = fc.oneof(
  fc.constantFrom<unknown>(null, 0, 1, 2.5, 'a', 'b', true, false),
  fc.constantFrom<unknown>(
    {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    },
    {
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      type: 'Polygon',
    },
  ),
);

const recordArb = (entity: SurveyEntity, id: string) =>
  fc
    .record({
      base: fc.tuple(...SURVEY_FIELDS[entity].map(() => valueArb)),
      surveyEdits: fc.array(fc.tuple(fc.nat(SURVEY_FIELDS[entity].length - 1), valueArb), { maxLength: 4 }),
      officeEdits: fc.array(fc.tuple(fc.nat(SURVEY_FIELDS[entity].length - 1), valueArb), { maxLength: 4 }),
      deleted: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
      choices: fc.array(fc.constantFrom<Side | null>('survey', 'office', null), { minLength: 12, maxLength: 12 }),
      wholeChoice: fc.constantFrom<Side | null>('survey', 'office', null),
    })
    .map((r) => {
      const fields = SURVEY_FIELDS[entity] as readonly string[];
      const base: FieldValues = Object.fromEntries(fields.map((f, i) => [f, r.base[i]]));
      const survey = { ...base };
      for (const [i, v] of r.surveyEdits) survey[fields[i] as string] = v;
      const office = { ...base };
      for (const [i, v] of r.officeEdits) office[fields[i] as string] = v;
      const choices = new Map<string, Side | null>(fields.map((f, i) => [decisionKey(entity, id, f), r.choices[i] ?? null]));
      choices.set(decisionKey(entity, id, WHOLE_RECORD), r.wholeChoice);
      return { sides: { entity, id, base, survey, office: r.deleted ? null : office } as RecordSides, choices };
    });

const inventoryArb = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 6 }))
  .chain(([b, u]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: b }, (_, i) => recordArb('building', `b${i}`))),
      fc.tuple(...Array.from({ length: u }, (_, i) => recordArb('unit', `u${i}`))),
    ),
  )
  .map(([bs, us]) => {
    const all = [...bs, ...us];
    const choices = new Map<string, Side | null>();
    for (const r of all) for (const [k, v] of r.choices) choices.set(k, v);
    return { records: all.map((r) => r.sides), choices };
  });

/** The office after the plan's writes: the test's own reading of what a write means. */
function officeAfter(records: RecordSides[], plan: ReturnType<typeof planMerge>): RecordSides[] {
  return records.map((r) => {
    const write = plan.writes.find((w) => w.entity === r.entity && w.id === r.id);
    if (!write) return r;
    const office = write.kind === 'recreate' ? { ...write.draft } : { ...(r.office ?? {}), ...write.changes };
    return { ...r, office };
  });
}

describe('planMerge', () => {
  it('applies or lists every survey edit, keeps office-only edits, and follows each decision', () => {
    fc.assert(
      fc.property(inventoryArb, ({ records, choices }) => {
        const plan = planMerge(records, (k) => choices.get(k) ?? null);
        const after = officeAfter(records, plan);
        for (const [i, r] of records.entries()) {
          const fields = SURVEY_FIELDS[r.entity] as readonly string[];
          const edited = fields.filter((f) => canonicalJson(r.survey[f]) !== canonicalJson(r.base[f]));
          const result = after[i]?.office ?? null;
          const conflictsHere = plan.conflicts.filter((c) => c.entity === r.entity && c.id === r.id);
          const appliedHere = plan.applied.filter((a) => a.entity === r.entity && a.id === r.id);
          if (r.office === null) {
            // Deleted in the office: one whole-record conflict if the survey edited it, else nothing.
            expect(conflictsHere.map((c) => c.field)).toEqual(edited.length ? [WHOLE_RECORD] : []);
            expect(appliedHere).toEqual([]);
            const choice = choices.get(decisionKey(r.entity, r.id, WHOLE_RECORD)) ?? null;
            if (edited.length && choice === 'survey') expect(canonicalJson(result)).toBe(canonicalJson(r.survey));
            else expect(result).toBeNull();
            continue;
          }
          for (const f of fields) {
            const s = canonicalJson(r.survey[f]);
            const b = canonicalJson(r.base[f]);
            const o = canonicalJson(r.office[f]);
            const got = canonicalJson(result?.[f]);
            const listed = conflictsHere.find((c) => c.field === f);
            const applied = appliedHere.find((a) => a.field === f);
            if (s === b) {
              // Not a survey edit: the office value stays, nothing is said about it.
              expect(got).toBe(o);
              expect(listed ?? applied).toBeUndefined();
            } else if (o === s) {
              expect(applied?.side).toBe('both');
              expect(got).toBe(s);
            } else if (o === b) {
              expect(applied?.side).toBe('survey');
              expect(got).toBe(s);
            } else {
              // Both changed, differently: a conflict, decided as the person chose (or left as the office has it).
              expect(listed?.kind).toBe('both_changed');
              expect(applied).toBeUndefined();
              const choice = choices.get(decisionKey(r.entity, r.id, f)) ?? null;
              expect(listed?.choice).toBe(choice);
              expect(got).toBe(choice === 'survey' ? s : o);
            }
            // None lost: a survey edit is in exactly one of the two lists.
            if (s !== b) expect(Number(listed !== undefined) + Number(applied !== undefined)).toBe(1);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('merging twice equals merging once: the second plan writes nothing and changes no value', () => {
    fc.assert(
      fc.property(inventoryArb, ({ records, choices }) => {
        const choose = (k: string) => choices.get(k) ?? null;
        const once = officeAfter(records, planMerge(records, choose));
        const secondPlan = planMerge(once, choose);
        const twice = officeAfter(once, secondPlan);
        expect(secondPlan.writes).toEqual([]);
        expect(twice.map((r) => canonicalJson(r.office))).toEqual(once.map((r) => canonicalJson(r.office)));
      }),
      { numRuns: 400 },
    );
  });

  it('puts buildings before units in its writes', () => {
    const rec = (entity: SurveyEntity, id: string, field: string): RecordSides => ({
      entity,
      id,
      base: { [field]: 1 },
      survey: { [field]: 2 },
      office: { [field]: 1 },
    });
    const plan = planMerge([rec('unit', 'u', 'areaM2'), rec('building', 'b', 'floorsAbove')], () => null);
    expect(plan.writes.map((w) => w.entity)).toEqual(['building', 'unit']);
  });

  it('compares shapes by content, not key order', () => {
    expect(sameValue({ type: 'Polygon', coordinates: [1] }, { coordinates: [1], type: 'Polygon' })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue(0, null)).toBe(false);
  });
});
