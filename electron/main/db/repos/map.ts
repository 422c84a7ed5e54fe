// What the map draws: every zone, park and building as stored (in the order they were added), and each
// building's unit uses.
import type { Building, Park, Zone } from '../../../../shared/models';
import type { Db } from '../connection';
import { rowToRecord } from '../tables';

export function mapPlaces(db: Db): { zones: Zone[]; parks: Park[]; buildings: Building[] } {
  const rows = (table: 'zone' | 'park' | 'building') =>
    db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
  return {
    zones: rows('zone').map((r) => rowToRecord('zone', r)),
    parks: rows('park').map((r) => rowToRecord('park', r)),
    buildings: rows('building').map((r) => rowToRecord('building', r)),
  };
}

/** Building id → its distinct unit uses as `,office,lab,` (so a filter can look for `,lab,`); buildings without units are absent. */
export function buildingUses(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT building_id AS id, group_concat(DISTINCT use) AS uses FROM unit GROUP BY building_id').all() as {
    id: string;
    uses: string;
  }[];
  return new Map(rows.map((r) => [r.id, `,${r.uses},`]));
}
