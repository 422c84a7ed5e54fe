// The tenant-attraction forecast (招商): what the live deals are expected to add, by the target's due date, to the
// firms and space figures — each rule once. See docs/ARCHITECTURE.md, "The pipeline forecast".
//
// - A deal is read as it was at D (`stageAt`): not begun → not there; signed or lost at D → not in play.
// - A live deal (contact … reserved) counts when it would move in on or before the due date (its own planned start,
//   else the prospect's wanted move-in; an undated deal is counted apart, in no figure).
// - Expected area = Σ probability(stage) × the deal's area.
// - Expected firms: a prospect arrives once, whatever number of deals it has, with the highest probability among
//   its counted deals — and only when it would be a new firm: a target category, no deal signed at D, and not a
//   tenant that had already entered the district by D (that firm is counted, or was never new).
// - A signed deal counts once, as a lease: in the roll-up's leased and new-firm figures when its lease has begun,
//   else as "signed, starting later" (its lease start after D, on or before the due date); never as pipeline.
// - Once D is past the due date nothing more can arrive by it: everything expected is 0.
import { isIsoDate } from '../dates';
import { LIVE_STAGES, type DealStage, type LiveStage } from '../enums';
import { isLive, stageAt, type StagePath } from '../rules/deals';
import { round2 } from './figures';

/** The probability (0 … 1) that a deal in each live stage is signed. */
export type StageProbabilities = Record<LiveStage, number>;

export const DEFAULT_PROBABILITIES: StageProbabilities = { contact: 0.05, visit: 0.1, proposal: 0.25, negotiation: 0.5, reserved: 0.8 };

/** Days without a stage change after which a live deal is stale. */
export const STALE_DAYS = 30;

export interface ForecastDeal extends StagePath {
  id: string;
  prospectId: string;
  /** moveInOf(deal, prospect) */
  moveIn: string | null;
  /** dealAreaM2(deal's area, its units' areas) */
  areaM2: number;
}

export interface ForecastProspect {
  id: string;
  /** In TARGET_TENANT_CATEGORIES. */
  targetCategory: boolean;
  /** When its tenant entered the district (null: no tenant yet, or not entered). */
  enteredOn: string | null;
}

export interface StageSummary {
  stage: DealStage;
  deals: number;
  areaM2: number;
}

export interface PipelineForecast {
  asOf: string;
  /** The due date the expectation runs to (null: no target, every live deal counts). */
  dueDate: string | null;
  pastDue: boolean;
  /** Deals in each stage at D (all seven stages, in order). */
  byStage: StageSummary[];
  expectedFirms: number;
  expectedAreaM2: number;
  /** Signed deals whose lease starts after D, on or before the due date. */
  signedAheadM2: number;
  signedAheadDeals: number;
  /** Live deals without any move-in date (in no expected figure). */
  undatedDeals: number;
  /** Live deals that would move in after the due date. */
  laterDeals: number;
}

const STAGES_IN_ORDER: readonly DealStage[] = ['contact', 'visit', 'proposal', 'negotiation', 'reserved', 'signed', 'lost'];

/** Whether a deal moving in on `moveIn` counts by `dueDate` (null: no target, it counts). */
export function arrivesBy(moveIn: string, dueDate: string | null): boolean {
  return dueDate === null || moveIn <= dueDate;
}

export function probabilityOf(stage: DealStage, probabilities: StageProbabilities): number {
  return isLive(stage) ? probabilities[stage] : 0;
}

/** The forecast at D. `prospects` must hold every deal's prospect. */
export function pipelineForecast(
  deals: readonly ForecastDeal[],
  prospects: ReadonlyMap<string, ForecastProspect>,
  probabilities: StageProbabilities,
  asOf: string,
  dueDate: string | null,
): PipelineForecast {
  const pastDue = dueDate !== null && asOf > dueDate;
  const byStage = new Map<DealStage, StageSummary>(STAGES_IN_ORDER.map((s) => [s, { stage: s, deals: 0, areaM2: 0 }]));
  const signedProspects = new Set<string>();
  const bestChance = new Map<string, number>();
  let expectedArea = 0;
  let signedAhead = 0;
  let signedAheadDeals = 0;
  let undated = 0;
  let later = 0;
  for (const deal of deals) {
    const at = stageAt(deal, asOf);
    if (!at) continue;
    const sum = byStage.get(at.stage) as StageSummary;
    sum.deals += 1;
    sum.areaM2 += deal.areaM2;
    if (at.stage === 'signed') {
      signedProspects.add(deal.prospectId);
      if (!pastDue && deal.moveIn !== null && deal.moveIn > asOf && arrivesBy(deal.moveIn, dueDate)) {
        signedAhead += deal.areaM2;
        signedAheadDeals += 1;
      }
      continue;
    }
    if (!isLive(at.stage)) continue;
    if (deal.moveIn === null || !isIsoDate(deal.moveIn)) {
      undated += 1;
      continue;
    }
    if (!arrivesBy(deal.moveIn, dueDate)) {
      later += 1;
      continue;
    }
    if (pastDue) continue;
    const p = probabilities[at.stage];
    expectedArea += p * deal.areaM2;
    bestChance.set(deal.prospectId, Math.max(bestChance.get(deal.prospectId) ?? 0, p));
  }
  let expectedFirms = 0;
  for (const [prospectId, p] of bestChance) {
    const prospect = prospects.get(prospectId);
    if (!prospect || !isExpectedFirm(prospect, signedProspects.has(prospectId), asOf)) continue;
    expectedFirms += p;
  }
  return {
    asOf,
    dueDate,
    pastDue,
    byStage: [...byStage.values()].map((s) => ({ ...s, areaM2: round2(s.areaM2) })),
    expectedFirms: round2(expectedFirms),
    expectedAreaM2: round2(expectedArea),
    signedAheadM2: round2(signedAhead),
    signedAheadDeals,
    undatedDeals: undated,
    laterDeals: later,
  };
}

/** A prospect whose arrival would add a new firm at D: a target category, nothing signed, not a tenant already in. */
export function isExpectedFirm(prospect: ForecastProspect, hasSignedDeal: boolean, asOf: string): boolean {
  if (!prospect.targetCategory || hasSignedDeal) return false;
  return prospect.enteredOn === null || prospect.enteredOn > asOf;
}

/** Check and complete stored probabilities: every live stage, each within 0 … 1; anything else falls back. */
export function normalizeProbabilities(stored: Partial<Record<string, unknown>>): StageProbabilities {
  const out = { ...DEFAULT_PROBABILITIES };
  for (const stage of LIVE_STAGES) {
    const v = stored[stage];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1) out[stage] = v;
  }
  return out;
}
