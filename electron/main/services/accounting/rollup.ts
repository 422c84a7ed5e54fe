// The district roll-up with a break-down, named for display. Figures come from the SQL path, which a
// property test holds equal to the shared/ rules.
import { finishRollup, type RollupGroup } from '../../../../shared/accounting/rollup';
import type { RollupRowView, RollupView } from '../../../../shared/accounting/views';
import type { LocalName } from '../../../../shared/models';
import type { Db } from '../../db/connection';
import { newFirmsSql, rollupGroupsSql } from '../../db/repos/rollup-sql';
import { targetsInUse, windowOf } from './targets';

export interface RollupRequest {
  asOf: string;
  by: RollupGroup;
  withinId?: string;
  spaceTargetId?: string;
  firmsTargetId?: string;
}

type Named = { id: string; name_zh: string; name_en: string; parent: string | null };

const NAMES: Record<Exclude<RollupGroup, 'floor' | 'use'>, string> = {
  zone: 'SELECT id, name_zh, name_en, NULL AS parent FROM zone',
  park: 'SELECT id, name_zh, name_en, zone_id AS parent FROM park',
  building: 'SELECT id, name_zh, name_en, coalesce(park_id, zone_id) AS parent FROM building',
};

/** Names for the rows (a building's parent is its park, else its zone); floors and uses are named by the renderer from their key (building + floor, use). */
function names(db: Db, by: RollupGroup): Map<string, { name: LocalName; parent: string | null }> {
  const sql = by === 'floor' || by === 'use' ? (by === 'floor' ? NAMES.building : null) : NAMES[by];
  const map = new Map<string, { name: LocalName; parent: string | null }>();
  if (!sql) return map;
  for (const r of db.prepare(sql).all() as Named[]) map.set(r.id, { name: { zh: r.name_zh, en: r.name_en }, parent: r.parent });
  return map;
}

export function rollupView(db: Db, req: RollupRequest): RollupView {
  const targets = targetsInUse(db, req.asOf, req);
  const window = windowOf(targets);
  const groups = rollupGroupsSql(db, req.asOf, req.by, window, req.withinId);
  const result = finishRollup(groups, newFirmsSql(db, req.asOf, window), window);
  const named = names(db, req.by);
  const rows: RollupRowView[] = result.rows.map(({ key, ...figures }) => {
    const ref = req.by === 'floor' ? named.get(key.slice(0, key.lastIndexOf(':'))) : named.get(key);
    const floorBuilding = req.by === 'floor' ? key.slice(0, key.lastIndexOf(':')) : null;
    return { ...figures, id: key, name: ref?.name ?? { zh: '', en: '' }, parentId: floorBuilding ?? ref?.parent ?? null };
  });
  return { asOf: req.asOf, by: req.by, targets, totals: result.totals, rows };
}
