// The merge rule, once: base (the package's copy as prepared), survey (the package now) and office (the database
// now) compared field by field.
//   survey = base                      → not a survey edit: the office value stays (whatever the office did)
//   office = base                      → changed in the survey only: applied
//   office = survey                    → the same change on both sides: applied once (nothing to write)
//   otherwise                          → a conflict: both changed, differently; the person decides
//   office deleted, survey edited      → one conflict for the whole record ('*'): 'survey' puts it back as surveyed
// Pure: the services read the three sides and write what the plan says; tests hold it against its definition.
import { SURVEY_FIELDS, type Applied, type Conflict, type Side, type SurveyEntity } from './model';

export type FieldValues = Record<string, unknown>;

export interface RecordSides {
  entity: SurveyEntity;
  id: string;
  base: FieldValues;
  survey: FieldValues;
  /** null: the office deleted the record since the package was prepared. */
  office: FieldValues | null;
}

export type RecordWrite =
  | { kind: 'update'; entity: SurveyEntity; id: string; changes: FieldValues }
  | { kind: 'recreate'; entity: SurveyEntity; id: string; draft: FieldValues };

/** The side taken for one compared field, as recorded with the merge. */
export interface FieldSide {
  entity: SurveyEntity;
  id: string;
  field: string;
  side: 'survey' | 'office' | 'both';
  base: unknown;
  survey: unknown;
  office: unknown;
}

export interface MergePlan {
  applied: Applied[];
  conflicts: Conflict[];
  writes: RecordWrite[];
  sides: FieldSide[];
}

export const WHOLE_RECORD = '*';

export const decisionKey = (entity: SurveyEntity, id: string, field: string): string => `${entity}:${id}:${field}`;

/** JSON with object keys sorted, so equal values (footprints included) give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** The fields the survey changed on a record (survey ≠ base), in SURVEY_FIELDS order. */
export function surveyEdits(r: Pick<RecordSides, 'entity' | 'base' | 'survey'>): string[] {
  return (SURVEY_FIELDS[r.entity] as readonly string[]).filter((f) => !sameValue(r.survey[f], r.base[f]));
}

const pick = (values: FieldValues, fields: string[]): FieldValues => Object.fromEntries(fields.map((f) => [f, values[f] ?? null]));

/**
 * Plans the merge of `records`. `choiceOf` returns the stored decision for a conflict (null: undecided). Buildings
 * come before units in `writes`, so a unit's rules see its building as merged.
 */
export function planMerge(records: readonly RecordSides[], choiceOf: (key: string) => Side | null): MergePlan {
  const plan: MergePlan = { applied: [], conflicts: [], writes: [], sides: [] };
  const ordered = [...records].sort((a, b) => (a.entity === b.entity ? 0 : a.entity === 'building' ? -1 : 1));
  for (const r of ordered) {
    const edited = surveyEdits(r);
    if (edited.length === 0) continue;
    if (r.office === null) {
      const choice = choiceOf(decisionKey(r.entity, r.id, WHOLE_RECORD));
      const base = pick(r.base, edited);
      const survey = pick(r.survey, edited);
      plan.conflicts.push({
        entity: r.entity,
        id: r.id,
        field: WHOLE_RECORD,
        base,
        survey,
        office: null,
        kind: 'deleted_in_office',
        choice,
      });
      if (choice !== null) plan.sides.push({ entity: r.entity, id: r.id, field: WHOLE_RECORD, side: choice, base, survey, office: null });
      if (choice === 'survey') plan.writes.push({ kind: 'recreate', entity: r.entity, id: r.id, draft: { ...r.survey } });
      continue;
    }
    const changes: FieldValues = {};
    for (const field of edited) {
      const cmp = {
        entity: r.entity,
        id: r.id,
        field,
        base: r.base[field] ?? null,
        survey: r.survey[field] ?? null,
        office: r.office[field] ?? null,
      };
      if (sameValue(cmp.office, cmp.survey)) {
        plan.applied.push({ ...cmp, side: 'both' });
        plan.sides.push({ ...cmp, side: 'both' });
      } else if (sameValue(cmp.office, cmp.base)) {
        plan.applied.push({ ...cmp, side: 'survey' });
        plan.sides.push({ ...cmp, side: 'survey' });
        changes[field] = cmp.survey;
      } else {
        const choice = choiceOf(decisionKey(r.entity, r.id, field));
        plan.conflicts.push({ ...cmp, kind: 'both_changed', choice });
        if (choice !== null) plan.sides.push({ ...cmp, side: choice });
        if (choice === 'survey') changes[field] = cmp.survey;
      }
    }
    if (Object.keys(changes).length) plan.writes.push({ kind: 'update', entity: r.entity, id: r.id, changes });
  }
  return plan;
}

export const unresolvedCount = (conflicts: readonly Conflict[]): number => conflicts.filter((c) => c.choice === null).length;
