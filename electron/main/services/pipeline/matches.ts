// Vacancy matching: the vacant units, and a floor's vacant units together, that fit a prospect's need at the date
// the space must be free, ranked by shared/accounting/pipeline-match.ts; each names the live deals already offering it.
import { rankMatches, type VacantUnit } from '../../../../shared/accounting/pipeline-match';
import { AppError } from '../../../../shared/errors';
import type { UnitUse } from '../../../../shared/enums';
import type { MatchView } from '../../../../shared/pipeline/views';
import { isLive, stageAt } from '../../../../shared/rules/deals';
import type { Db } from '../../db/connection';
import { allDealRows, buildingParks } from '../../db/repos/deals';
import { vacancyPage } from '../../db/repos/vacancies';
import { readRecord } from '../../db/writer';

/** The vacancy list's largest page: a district's vacant units fit in it many times over. */
const SCAN = 1000;

export function matchSpace(db: Db, req: { prospectId: string; asOf: string; date?: string; areaM2?: number; use?: UnitUse }): MatchView {
  const prospect = readRecord(db, 'prospect', req.prospectId);
  if (!prospect) throw new AppError('not_found', `prospect ${req.prospectId} not found`, { entity: 'prospect', id: req.prospectId });
  const wanted = prospect.wantedMoveIn !== null && prospect.wantedMoveIn > req.asOf ? prospect.wantedMoveIn : req.asOf;
  const date = req.date ?? wanted;
  const needM2 = req.areaM2 ?? prospect.needM2;
  const use = req.use ?? prospect.use;
  const page = vacancyPage(db, { asOf: date, use: use ?? undefined, minAreaM2: 1, limit: SCAN, sortBy: 'availableM2', sortDir: 'desc' });
  const parks = buildingParks(
    db,
    page.rows.map((r) => r.buildingId),
  );
  const vacant: VacantUnit[] = page.rows.map((r) => ({ ...r, parkId: parks.get(r.buildingId) ?? null }));
  const offered = new Map<string, number>();
  for (const d of allDealRows(db)) {
    const at = stageAt(d, req.asOf);
    if (!at || !isLive(at.stage) || d.prospectId === prospect.id) continue;
    for (const u of d.unitIds) offered.set(u, (offered.get(u) ?? 0) + 1);
  }
  return {
    prospectId: prospect.id,
    date,
    needM2,
    use,
    matches: rankMatches({ areaM2: needM2, zoneId: prospect.zoneId, parkId: prospect.parkId }, vacant, offered),
  };
}
