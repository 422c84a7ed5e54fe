// Display names in both languages: joined into list rows, and looked up for roll-up rows.
import type { RollupGroup } from '../../../../shared/accounting/rollup';
import type { LocalName } from '../../../../shared/models';
import type { Db } from '../connection';

export function localName(row: Record<string, unknown>, prefix: string): LocalName | null {
  const zh = row[`${prefix}_name_zh`];
  const en = row[`${prefix}_name_en`];
  if (typeof zh !== 'string') return null;
  return { zh, en: typeof en === 'string' ? en : '' };
}

export function requiredName(row: Record<string, unknown>, prefix: string): LocalName {
  return localName(row, prefix) ?? { zh: '', en: '' };
}

type Named = { id: string; name_zh: string; name_en: string; parent: string | null };

const NAMES: Record<Exclude<RollupGroup, 'floor' | 'use'>, string> = {
  zone: 'SELECT id, name_zh, name_en, NULL AS parent FROM zone',
  park: 'SELECT id, name_zh, name_en, zone_id AS parent FROM park',
  building: 'SELECT id, name_zh, name_en, coalesce(park_id, zone_id) AS parent FROM building',
};

/**
 * Names for roll-up rows by id, with each row's parent (a building's park, else its zone). Floor rows are named
 * by their building; uses have no names here (the renderer names them).
 */
export function rollupNames(db: Db, by: RollupGroup): Map<string, { name: LocalName; parent: string | null }> {
  const sql = by === 'floor' || by === 'use' ? (by === 'floor' ? NAMES.building : null) : NAMES[by];
  const map = new Map<string, { name: LocalName; parent: string | null }>();
  if (!sql) return map;
  for (const r of db.prepare(sql).all() as Named[]) map.set(r.id, { name: { zh: r.name_zh, en: r.name_en }, parent: r.parent });
  return map;
}
