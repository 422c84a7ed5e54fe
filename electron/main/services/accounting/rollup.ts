// The district roll-up with a break-down, named for display. The app reads the shared/ rules over the cached
// snapshot; one-shot callers (the CLI) read the SQL path. Property tests hold the two equal.
import {
  countNewFirms,
  finishRollup,
  rollupGroups,
  type GroupSums,
  type InventoryIndex,
  type RollupGroup,
  type TargetWindow,
} from '../../../../shared/accounting/rollup';
import { gapToTarget, isPastDue } from '../../../../shared/accounting/rules';
import type { RollupRowView, RollupView, TargetsInUse } from '../../../../shared/accounting/views';
import type { Figures } from '../../../../shared/accounting/figures';
import type { Db } from '../../db/connection';
import { rollupNames } from '../../db/repos/names';
import { newFirmsSql, rollupGroupsSql } from '../../db/repos/rollup-sql';
import { inventoryIndex } from './snapshot';
import { targetsInUse, windowOf } from './targets';

export interface RollupRequest {
  asOf: string;
  by: RollupGroup;
  withinId?: string;
  spaceTargetId?: string;
  firmsTargetId?: string;
}

/**
 * 'memory' (the app): the shared/ rules over the cached snapshot — fast when warm.
 * 'sql' (one-shot callers such as the CLI): SQLite aggregates, no snapshot to load. Tests hold both equal.
 */
export type RollupPath = 'memory' | 'sql';

/** Buildings inside a zone, park or building, as a mask over the index's buildings. */
function mask(ix: InventoryIndex, withinId: string | undefined): Uint8Array | undefined {
  if (withinId === undefined) return undefined;
  const b = ix.building;
  return Uint8Array.from(b.id, (id, i) => (b.zoneId[i] === withinId || b.parkId[i] === withinId || id === withinId ? 1 : 0));
}

function groupsAndFirms(db: Db, req: RollupRequest, window: TargetWindow, path: RollupPath): [GroupSums[], number] {
  if (path === 'sql') return [rollupGroupsSql(db, req.asOf, req.by, window, req.withinId), newFirmsSql(db, req.asOf, window)];
  const ix = inventoryIndex(db);
  return [rollupGroups(ix, req.asOf, req.by, window, mask(ix, req.withinId)), countNewFirms(ix, req.asOf, window.firms)];
}

/** District totals at a due date, kept per compiled inventory (the dashboard asks again with every view). */
const atDueCache = new WeakMap<InventoryIndex, Map<string, Figures>>();

/** The result of each past-due target at its due date, from the same roll-up over the whole district. */
function resultsAtDue(db: Db, asOf: string, targets: TargetsInUse, window: TargetWindow, path: RollupPath): RollupView['atDue'] {
  const compute = (date: string) => {
    const [groups, firms] = groupsAndFirms(db, { asOf: date, by: 'zone' }, window, path);
    return finishRollup(groups, firms, window).totals;
  };
  const at = (date: string): Figures => {
    if (path === 'sql') return compute(date);
    const ix = inventoryIndex(db);
    const memo = atDueCache.get(ix) ?? new Map<string, Figures>();
    atDueCache.set(ix, memo);
    const key = `${date}|${JSON.stringify(window)}`;
    const hit = memo.get(key) ?? compute(date);
    memo.set(key, hit);
    return hit;
  };
  const { space, firms } = targets;
  const spaceAt = space && isPastDue(space.dueDate, asOf) ? at(space.dueDate).providedM2 : null;
  const firmsAt = firms && isPastDue(firms.dueDate, asOf) ? at(firms.dueDate).newFirms : null;
  return {
    space: space && spaceAt !== null ? { date: space.dueDate, reached: spaceAt, gap: gapToTarget(spaceAt, space.value) } : null,
    firms: firms && firmsAt !== null ? { date: firms.dueDate, reached: firmsAt, gap: firmsAt - firms.value } : null,
  };
}

/**
 * `results: false` skips the past-due targets' results (callers that show no target: the map, the stacking plan);
 * a view inside one zone, park or building has none either (the targets are the district's).
 */
export function rollupView(db: Db, req: RollupRequest, path: RollupPath = 'memory', results = true): RollupView {
  const targets = targetsInUse(db, req.asOf, req);
  const window = windowOf(targets);
  const [groups, firms] = groupsAndFirms(db, req, window, path);
  const result = finishRollup(groups, firms, window);
  const named = rollupNames(db, req.by);
  const rows: RollupRowView[] = result.rows.map(({ key, ...figures }) => {
    const ref = req.by === 'floor' ? named.get(key.slice(0, key.lastIndexOf(':'))) : named.get(key);
    const floorBuilding = req.by === 'floor' ? key.slice(0, key.lastIndexOf(':')) : null;
    return { ...figures, id: key, name: ref?.name ?? { zh: '', en: '' }, parentId: floorBuilding ?? ref?.parent ?? null };
  });
  return {
    asOf: req.asOf,
    by: req.by,
    targets,
    totals: result.totals,
    rows,
    atDue: results && req.withinId === undefined ? resultsAtDue(db, req.asOf, targets, window, path) : { space: null, firms: null },
  };
}

/**
 * One building's figures at D from the dashboard's roll-up (the same rules, grouping and rounding as its row in
 * `rollupView(…, by: 'building')`), without naming every row: the stacking plan's legend (issue 10, item 1).
 */
export function buildingFigures(db: Db, buildingId: string, asOf: string): Figures | null {
  const ix = inventoryIndex(db);
  const none: TargetWindow = { spaceTargetM2: null, firms: null };
  const groups = rollupGroups(ix, asOf, 'building', none, mask(ix, buildingId)).filter((g) => g.key === buildingId);
  return finishRollup(groups, 0, none).rows[0] ?? null;
}
