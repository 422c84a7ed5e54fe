// How deals move through the stages, read from their dated stage histories as they stood at D: stage-to-stage
// conversion and days spent per stage, per quarter of entering the stage; how long a deal has sat in its stage and
// whether it is stale. See docs/ARCHITECTURE.md, "The pipeline forecast".
//
// Each entry into a stage is one visit. Its outcome is read from the deal's next entry (on or before D):
// a later stage → advanced; lost → lost; an earlier stage → returned; none → still open. A visit's days are the days
// to that next entry. The conversion rate of a stage is advanced / entered; the median days are taken over the
// visits that ended.
import { daysBetween, quarterOf } from '../dates';
import { LIVE_STAGES, type LiveStage } from '../enums';
import { isLive, stageAt, stagePath, stageRank, type StagePath } from '../rules/deals';
import { STALE_DAYS } from './pipeline';

export interface StageFlow {
  stage: LiveStage;
  entered: number;
  advanced: number;
  lost: number;
  returned: number;
  open: number;
  /** advanced / entered; null when nothing entered. */
  rate: number | null;
  /** Median days from entering the stage to the next entry, over the visits that ended; null when none did. */
  medianDays: number | null;
}

export interface QuarterFlow {
  /** e.g. '2025-Q3': the quarter the visits entered their stage. */
  quarter: string;
  stages: StageFlow[];
}

export interface ConversionView {
  asOf: string;
  /** Every quarter in which some deal entered a live stage, oldest first. */
  quarters: QuarterFlow[];
  /** All visits whatever their quarter. */
  overall: StageFlow[];
}

type Outcome = 'advanced' | 'lost' | 'returned' | 'open';

interface Visit {
  stage: LiveStage;
  quarter: string;
  outcome: Outcome;
  days: number | null;
}

function visitsOf(deal: StagePath, asOf: string): Visit[] {
  const path = stagePath(deal).filter((e) => e.on <= asOf);
  const visits: Visit[] = [];
  path.forEach((entry, i) => {
    if (!isLive(entry.stage)) return;
    const next = path[i + 1];
    let outcome: Outcome = 'open';
    if (next) outcome = next.stage === 'lost' ? 'lost' : stageRank(next.stage) > stageRank(entry.stage) ? 'advanced' : 'returned';
    visits.push({ stage: entry.stage, quarter: quarterOf(entry.on), outcome, days: next ? daysBetween(entry.on, next.on) : null });
  });
  return visits;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function flows(visits: readonly Visit[]): StageFlow[] {
  return LIVE_STAGES.map((stage) => {
    const mine = visits.filter((v) => v.stage === stage);
    const count = (o: Outcome) => mine.filter((v) => v.outcome === o).length;
    const days = mine.flatMap((v) => (v.days === null ? [] : [v.days]));
    return {
      stage,
      entered: mine.length,
      advanced: count('advanced'),
      lost: count('lost'),
      returned: count('returned'),
      open: count('open'),
      rate: mine.length ? count('advanced') / mine.length : null,
      medianDays: median(days),
    };
  });
}

export function conversionView(deals: readonly StagePath[], asOf: string): ConversionView {
  const visits = deals.flatMap((d) => visitsOf(d, asOf));
  const quarters = [...new Set(visits.map((v) => v.quarter))].sort();
  return {
    asOf,
    quarters: quarters.map((quarter) => ({ quarter, stages: flows(visits.filter((v) => v.quarter === quarter)) })),
    overall: flows(visits),
  };
}

/** Days a deal has been in its stage at D (null: not begun by D). */
export function daysInStage(deal: StagePath, asOf: string): number | null {
  const at = stageAt(deal, asOf);
  return at ? daysBetween(at.on, asOf) : null;
}

/** Stale at D: live at D, with no stage change for more than STALE_DAYS days. */
export function isStale(deal: StagePath, asOf: string): boolean {
  const at = stageAt(deal, asOf);
  return at !== null && isLive(at.stage) && daysBetween(at.on, asOf) > STALE_DAYS;
}

/** The stage-age filter's bands (days in the current stage at D). */
export const STAGE_AGES = ['fresh', 'month', 'quarter', 'older'] as const;
export type StageAge = (typeof STAGE_AGES)[number];

export function stageAgeOf(days: number): StageAge {
  if (days <= STALE_DAYS) return 'fresh';
  if (days <= 90) return 'month';
  if (days <= 180) return 'quarter';
  return 'older';
}
