// The rules of a deal's stages (tenant attraction, 招商): the order of the stages, what a deal was at a date, when
// a stage may change, and what space a reservation or lease made from a deal takes. The services
// (electron/main/services/pipeline/) apply these; the forecast and conversion rates (shared/accounting/pipeline*.ts)
// read deals through `stageAt`, so every figure sees a deal the same way at a date D.
import { addDays } from '../dates';
import { DEAL_STAGES, LIVE_STAGES, type DealStage, type LiveStage } from '../enums';
import type { FieldError } from '../errors';
import type { StageEntry } from '../models';

/** Position of a stage in the forward order (contact 0 … signed 5; lost 6, after everything). */
export function stageRank(stage: DealStage): number {
  return DEAL_STAGES.indexOf(stage);
}

export function isLive(stage: DealStage): stage is LiveStage {
  return (LIVE_STAGES as readonly DealStage[]).includes(stage);
}

/** Stages whose space is held in the inventory by the deal (a reservation, or the lease itself). */
export const HOLDING_STAGES: readonly DealStage[] = ['reserved', 'signed'];

/** What a deal's stages read from: its current stage and the ones before it. */
export interface StagePath {
  stage: DealStage;
  stageOn: string;
  history: readonly StageEntry[];
}

/** Every stage the deal entered, oldest first, the current one last. */
export function stagePath(deal: StagePath): StageEntry[] {
  return [...deal.history, { stage: deal.stage, on: deal.stageOn }];
}

/**
 * The stage a deal was in at D: the last entry on or before D (entries on the same day: the later one), or null
 * when the deal had not begun by D. Every as-of view of the pipeline (board, forecast, conversion) uses this.
 */
export function stageAt(deal: StagePath, asOf: string): StageEntry | null {
  let found: StageEntry | null = null;
  for (const entry of stagePath(deal)) if (entry.on <= asOf) found = entry;
  return found;
}

/** The day the deal's lease would start: its own planned start, else the prospect's wanted move-in (null: not known). */
export function moveInOf(deal: { startDate: string | null }, prospect: { wantedMoveIn: string | null }): string | null {
  return deal.startDate ?? prospect.wantedMoveIn;
}

/**
 * Why a deal may not move to `to` on `on` (empty: it may). A signed deal is closed (undo the signing, or edit its
 * lease); a stage change is dated on or after the current stage's date; a lost deal names its reason.
 */
export function moveProblems(deal: StagePath, to: DealStage, on: string, lostReason: string): FieldError[] {
  if (deal.stage === 'signed') return [{ field: 'stage', code: 'deal_closed' }];
  if (to === deal.stage) return [{ field: 'stage', code: 'stage_unchanged' }];
  const problems: FieldError[] = [];
  if (on < deal.stageOn) problems.push({ field: 'stageOn', code: 'stage_date_before', params: { date: deal.stageOn } });
  if (to === 'lost' && lostReason.trim() === '') problems.push({ field: 'lostReason', code: 'required' });
  return problems;
}

/**
 * The area each reservation or lease of a deal takes, unit by unit: one named unit with an area takes that area
 * (part of the unit); otherwise each named unit is taken whole. An area larger than its one unit is left to the
 * lease rules to refuse (area_exceeds_unit), so the error reads as on a lease form.
 */
export function leaseAreas(unitAreasM2: readonly number[], dealAreaM2: number | null): number[] {
  if (unitAreasM2.length === 1 && dealAreaM2 !== null) return [dealAreaM2];
  return [...unitAreasM2];
}

/** The deal's space: its area when given, else the named units' whole area (0 when it names neither). */
export function dealAreaM2(dealAreaM2Value: number | null, unitAreasM2: readonly number[]): number {
  if (dealAreaM2Value !== null) return dealAreaM2Value;
  return Math.round(unitAreasM2.reduce((s, a) => s + a, 0) * 100) / 100;
}

/**
 * A reservation made when a deal is reserved on `on`: it holds the space from that day until the day before the
 * lease would start (open-ended when the start is not known or not after `on`).
 */
export function reservationSpan(on: string, moveIn: string | null): { startDate: string; endDate: string | null } {
  return { startDate: on, endDate: moveIn !== null && moveIn > on ? addDays(moveIn, -1) : null };
}

/**
 * What happens to a deal's reservation when the deal leaves `reserved` on `on`: for a lease starting `leaseStart`
 * (signing), it ends the day before; for a step back or a loss, it is terminated on `on`. A reservation that would
 * end or stop before it began is removed instead.
 */
export function releaseReservation(
  reservation: { startDate: string; endDate: string | null; terminatedOn: string | null },
  on: string,
  leaseStart: string | null,
): { remove: true } | { remove: false; endDate: string | null; terminatedOn: string | null } {
  if (leaseStart !== null) {
    const end = addDays(leaseStart, -1);
    if (end < reservation.startDate) return { remove: true };
    const endDate = reservation.endDate !== null && reservation.endDate < end ? reservation.endDate : end;
    return { remove: false, endDate, terminatedOn: reservation.terminatedOn };
  }
  if (on <= reservation.startDate) return { remove: true };
  const terminatedOn = reservation.terminatedOn !== null && reservation.terminatedOn < on ? reservation.terminatedOn : on;
  return { remove: false, endDate: reservation.endDate, terminatedOn };
}

/** The day a signing firm entered the district: the signing day, or the lease's start when that came first. */
export function enteredOnSigning(signedOn: string, leaseStart: string): string {
  return leaseStart < signedOn ? leaseStart : signedOn;
}
