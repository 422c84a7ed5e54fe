// A building's floors and units in one step (issue 10, item 5): the units the shared planner describes, in one
// batch that one undo reverts, checked unit by unit with the unit form's rules, every problem named at once and
// nothing written when there is one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWriteChannel } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { planProblems, planUnits, unitLabel } from '../../../shared/rules/unit-plan';
import { generateUnits } from '../../../electron/main/services/inventory/generate';
import { historyState, redo, undo } from '../../../electron/main/services/history';
import { count, seedMini, tempDb } from './fixture';

let ctx: ReturnType<typeof tempDb>;
let mini: ReturnType<typeof seedMini>;
beforeEach(() => {
  ctx = tempDb();
  mini = seedMini(ctx.db);
});
afterEach(() => ctx.cleanup());

const spec = (over: Partial<Parameters<typeof generateUnits>[1]> = {}) => ({
  buildingId: mini.building.id,
  floorFrom: 5,
  floorTo: 7,
  perFloor: 4,
  pattern: '{floor}{nn}',
  areas: [100],
  use: 'office' as const,
  countsTowardTarget: true,
  ...over,
});
const units = () =>
  ctx.db.prepare('SELECT floor, label, area_m2 AS areaM2 FROM unit WHERE building_id = ? ORDER BY floor, label').all(mini.building.id) as {
    floor: number;
    label: string;
    areaM2: number;
  }[];
const floors = () =>
  ctx.db.prepare('SELECT floors_above AS above, floors_below AS below FROM building WHERE id = ?').get(mini.building.id) as {
    above: number;
    below: number;
  };
const problems = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    if (err instanceof AppError) return (err.details?.fields ?? []).map((e) => `${e.params?.unit ?? ''}:${e.field}:${e.code}`);
    throw err;
  }
  throw new Error('accepted');
};

describe('planning units', () => {
  it('labels floors and positions from the pattern, basements as B1, and finds patterns that repeat', () => {
    expect(unitLabel('{floor}{nn}', 3, 2)).toBe('302');
    expect(unitLabel('{floor}-{n}', -1, 12)).toBe('B1-12');
    expect(
      planUnits({ ...spec(), floorFrom: -1, floorTo: 1, perFloor: 2, areas: [80, 120] }).map((u) => [u.floor, u.label, u.areaM2]),
    ).toEqual([
      [-1, 'B101', 80],
      [-1, 'B102', 120],
      [1, '101', 80],
      [1, '102', 120],
    ]);
    expect(planProblems({ ...spec(), pattern: 'A{floor}' }).map((e) => e.code)).toEqual(['pattern_repeats']);
    expect(planProblems({ ...spec(), areas: [1, 2] }).map((e) => e.code)).toEqual(['areas_count']);
    expect(planProblems({ ...spec(), floorFrom: 0, floorTo: 0 }).map((e) => e.code)).toEqual(['floor_zero']);
    expect(planProblems({ ...spec(), floorFrom: 1, floorTo: 200, perFloor: 20 }).map((e) => e.code)).toEqual(['too_many_units']);
  });
});

describe('generating units', () => {
  it('writes the planned units in one step that one undo reverts and redo brings back', () => {
    const before = units();
    const result = generateUnits(ctx.db, spec());
    expect(result).toEqual({ buildingId: mini.building.id, created: 12, floorsAbove: 10, floorsBelow: 2 });
    const added = units().filter((u) => !before.some((b) => b.label === u.label));
    expect(added).toEqual(planUnits(spec()).map((u) => ({ floor: u.floor, label: u.label, areaM2: u.areaM2 })));
    expect(historyState(ctx.db).undoLabel).toBe('新建 12 个单元 一号楼 / Create 12 units Building 1');
    undo(ctx.db);
    expect(units()).toEqual(before);
    expect(historyState(ctx.db).canUndo).toBe(true); // the fixture's own edits are still there to undo
    redo(ctx.db);
    expect(units()).toHaveLength(before.length + 12);
  });

  it('grows the building’s floors to hold the planned ones, in the same step', () => {
    generateUnits(ctx.db, spec({ floorFrom: -3, floorTo: 12, perFloor: 1, pattern: 'G{floor}' }));
    expect(floors()).toEqual({ above: 12, below: 3 });
    undo(ctx.db);
    expect(floors()).toEqual({ above: 10, below: 2 });
  });

  it('checks every unit with the unit form’s rules and names every problem; nothing is written', () => {
    const before = count(ctx.db, 'unit');
    // Floor 3 already has 301 and 302.
    expect(problems(() => generateUnits(ctx.db, spec({ floorFrom: 2, floorTo: 3, perFloor: 3 })))).toEqual([
      '301:label:label_duplicate',
      '302:label:label_duplicate',
    ]);
    expect(problems(() => generateUnits(ctx.db, spec({ areas: [0.001] })))[0]).toBe('501:areaM2:too_small');
    expect(count(ctx.db, 'unit')).toBe(before);
    expect(floors()).toEqual({ above: 10, below: 2 });
  });

  it('is a write channel (refused where the file is read-only)', () => {
    expect(isWriteChannel('units:generate')).toBe(true);
  });
});
