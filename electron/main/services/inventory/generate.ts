// A building's floors and units in one step (issue 10, item 5): planned by the shared planner the form's preview
// uses, written in one batch (one undo), every unit checked by the same shape and cross-record rules as the unit
// form, and every problem reported at once. The building's floors grow to hold the planned floors.
import type { GenerateResult } from '../../../../shared/contract';
import { validationError, type FieldError } from '../../../../shared/errors';
import { planProblems, planUnits, type UnitPlanSpec } from '../../../../shared/rules/unit-plan';
import { unitDraft } from '../../../../shared/validation/entities';
import { toFieldErrors } from '../../../../shared/validation/primitives';
import type { Db } from '../../db/connection';
import { inBatch } from '../../db/writer';
import { updateIn } from './crud';
import { ruleErrors } from './rules';

/** At most this many unit problems come back (the first ones; the rest are alike). */
const MAX_REPORTED = 100;

export function generateUnits(db: Db, spec: UnitPlanSpec & { buildingId: string }): GenerateResult {
  const problems = planProblems(spec);
  if (problems.length) throw validationError(problems);
  const planned = planUnits(spec);
  return inBatch(db, { label: '新建单元 / Create units', origin: 'user' }, (w) => {
    const b = w.require('building', spec.buildingId);
    const top = Math.max(b.floorsAbove, ...planned.map((u) => u.floor));
    const bottom = Math.max(b.floorsBelow, ...planned.map((u) => -u.floor));
    const building =
      top !== b.floorsAbove || bottom !== b.floorsBelow
        ? updateIn(w, 'building', b.id, undefined, { floorsAbove: top, floorsBelow: bottom })
        : b;
    const errors: FieldError[] = [];
    for (const u of planned) {
      const shaped = unitDraft.safeParse({
        buildingId: b.id,
        floor: u.floor,
        label: u.label,
        areaM2: u.areaM2,
        use: spec.use,
        countsTowardTarget: spec.countsTowardTarget,
        outOfService: false,
      });
      const found = shaped.success ? ruleErrors(w, 'unit', shaped.data, null) : toFieldErrors(shaped.error.issues);
      if (found.length) errors.push(...found.map((e) => ({ ...e, params: { ...e.params, unit: u.label } })));
      else if (shaped.success) w.insert('unit', shaped.data);
    }
    if (errors.length) throw validationError(errors.slice(0, MAX_REPORTED));
    w.relabel(`新建 ${planned.length} 个单元 ${b.nameZh} / Create ${planned.length} units ${b.nameEn || b.nameZh}`);
    return { buildingId: b.id, created: planned.length, floorsAbove: building.floorsAbove, floorsBelow: building.floorsBelow };
  });
}
