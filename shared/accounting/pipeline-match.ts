// Vacancy matching for a prospect's need: the vacant units, and the vacant units of one floor taken together, that
// fit the area, ranked. One unit may be offered in part (its free area, or the need when smaller); a floor's units
// are offered whole, largest first, until they cover the need. Lower score = better: the relative distance of
// the area from the need, plus 0.3 for another zone than the one wanted, 0.2 for another park, 0.1 for a
// combination of units rather than one.
import type { SpaceMatch } from '../pipeline/views';
import { round2 } from './figures';
import type { VacancyRow } from './views';

/** A row of the vacancy list (its available area: what no lease or reservation holds at the date), with its park. */
export interface VacantUnit extends VacancyRow {
  parkId: string | null;
}

export interface SpaceNeed {
  areaM2: number | null;
  zoneId: string | null;
  parkId: string | null;
}

/** A single unit fits when it offers 80 % … 200 % of the need; a floor's units when together 90 % … 150 %. */
const UNIT_FIT: [number, number] = [0.8, 2];
const FLOOR_FIT: [number, number] = [0.9, 1.5];
export const MATCH_LIMIT = 20;

function placeStep(need: SpaceNeed, u: { zoneId: string; parkId: string | null }): number {
  return (need.zoneId !== null && u.zoneId !== need.zoneId ? 0.3 : 0) + (need.parkId !== null && u.parkId !== need.parkId ? 0.2 : 0);
}

const fitOf = (area: number, need: number | null) => (need === null ? 0 : Math.abs(area - need) / need);
const isWhole = (u: VacantUnit) => u.availableM2 >= u.areaM2 - 0.005;

/** `offered`: unit id → live deals naming it. */
export function rankMatches(
  need: SpaceNeed,
  vacant: readonly VacantUnit[],
  offered: ReadonlyMap<string, number>,
  limit = MATCH_LIMIT,
): SpaceMatch[] {
  const matches: SpaceMatch[] = [];
  const base = (u: VacantUnit) => ({
    buildingId: u.buildingId,
    buildingName: u.buildingName,
    zoneId: u.zoneId,
    zoneName: u.zoneName,
    parkId: u.parkId,
    floor: u.floor,
    use: u.use,
  });
  for (const u of vacant) {
    const n = need.areaM2;
    if (n !== null && (u.availableM2 < n * UNIT_FIT[0] || u.availableM2 > n * UNIT_FIT[1])) continue;
    const area = round2(n === null ? u.availableM2 : Math.min(n, u.availableM2));
    matches.push({
      ...base(u),
      kind: 'unit',
      unitIds: [u.unitId],
      unitLabels: [u.label],
      areaM2: area,
      proposalAreaM2: isWhole(u) && area >= u.areaM2 - 0.005 ? null : area,
      score: fitOf(area, n) + placeStep(need, u),
      offeredIn: offered.get(u.unitId) ?? 0,
    });
  }
  if (need.areaM2 !== null) {
    const floors = new Map<string, VacantUnit[]>();
    for (const u of vacant) {
      if (!isWhole(u)) continue;
      const key = `${u.buildingId}:${u.floor}:${u.use}`;
      floors.set(key, [...(floors.get(key) ?? []), u]);
    }
    for (const units of floors.values()) {
      if (units.length < 2) continue;
      const picked: VacantUnit[] = [];
      let total = 0;
      for (const u of [...units].sort((a, b) => b.areaM2 - a.areaM2 || a.label.localeCompare(b.label))) {
        if (total >= need.areaM2 * FLOOR_FIT[0]) break;
        picked.push(u);
        total += u.areaM2;
      }
      total = round2(total);
      if (picked.length < 2 || total < need.areaM2 * FLOOR_FIT[0] || total > need.areaM2 * FLOOR_FIT[1]) continue;
      const first = picked[0] as VacantUnit;
      matches.push({
        ...base(first),
        kind: 'floor',
        unitIds: picked.map((u) => u.unitId),
        unitLabels: picked.map((u) => u.label),
        areaM2: total,
        proposalAreaM2: null,
        score: fitOf(total, need.areaM2) + placeStep(need, first) + 0.1,
        offeredIn: picked.reduce((s, u) => s + (offered.get(u.unitId) ?? 0), 0),
      });
    }
  }
  return matches
    .sort((a, b) => a.score - b.score || b.areaM2 - a.areaM2 || a.unitIds.join().localeCompare(b.unitIds.join()))
    .slice(0, limit)
    .map((m) => ({ ...m, score: Math.round(m.score * 1000) / 1000 }));
}
