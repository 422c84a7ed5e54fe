// What the pipeline channels return (tenant attraction, 招商): the board and list rows at D, one deal in full,
// the forecast against the targets and the vacant space that fits a prospect's need.
import type { PipelineForecast, StageProbabilities } from '../accounting/pipeline';
import type { StageAge } from '../accounting/pipeline-flow';
import type { DealStage, TenantCategory, UnitUse } from '../enums';
import type { Deal, LocalName, Prospect, StageEntry, Target } from '../models';

/** A unit a deal names that another live deal names too (flagged on both). */
export interface UnitClash {
  unitId: string;
  label: string;
  /** The other live deals naming it. */
  dealIds: string[];
}

/** A deal as the board and the list show it at D. */
export interface DealCard {
  id: string;
  version: number;
  prospectId: string;
  prospectName: LocalName;
  category: TenantCategory;
  manager: string;
  /** The stage at D and the day it was entered. */
  stage: DealStage;
  stageOn: string;
  daysInStage: number;
  age: StageAge;
  stale: boolean;
  /** The deal moved on after D (its latest stage and date): moves at D are refused. */
  later: StageEntry | null;
  buildingId: string | null;
  buildingName: LocalName | null;
  zoneId: string | null;
  floor: number | null;
  unitLabels: string[];
  areaM2: number;
  moveIn: string | null;
  probability: number;
  lostReason: string;
  clashes: UnitClash[];
}

export interface DealsView {
  asOf: string;
  rows: DealCard[];
  probabilities: StageProbabilities;
  /** Every manager named on a prospect, for the filter. */
  managers: string[];
}

export interface DealUnit {
  id: string;
  label: string;
  floor: number;
  areaM2: number;
  use: UnitUse;
}

export interface DealLease {
  id: string;
  kind: 'lease' | 'reservation';
  unitLabel: string;
  startDate: string;
  endDate: string | null;
  terminatedOn: string | null;
  areaM2: number;
}

export interface DealDetail {
  card: DealCard;
  deal: Deal;
  prospect: Prospect;
  /** Every stage entered, oldest first. */
  path: StageEntry[];
  units: DealUnit[];
  /** The reservations and leases it created that still exist. */
  leases: DealLease[];
}

export interface FirmsOutlook {
  target: Target | null;
  /** New firms at D (the roll-up's figure). */
  counted: number;
  expected: number;
  /** counted + expected */
  outlook: number;
}

export interface SpaceOutlook {
  target: Target | null;
  /** Leased at D (the roll-up's figure). */
  leasedM2: number;
  signedAheadM2: number;
  expectedAreaM2: number;
  /** leased + signed, starting later + expected */
  outlookM2: number;
}

export interface ForecastView {
  asOf: string;
  probabilities: StageProbabilities;
  /** Against the firms target's due date. */
  firms: FirmsOutlook;
  /** Against the space target's due date. */
  space: SpaceOutlook;
  /** The pipeline by the firms target's due date (its byStage is the board's columns at D). */
  pipeline: PipelineForecast;
  /** The pipeline by the space target's due date. */
  spacePipeline: PipelineForecast;
}

/** A vacant unit, or a floor's vacant units together, that fits a need. */
export interface SpaceMatch {
  kind: 'unit' | 'floor';
  buildingId: string;
  buildingName: LocalName;
  zoneId: string;
  zoneName: LocalName;
  parkId: string | null;
  floor: number;
  unitIds: string[];
  unitLabels: string[];
  use: UnitUse;
  /** The area offered: one unit's free area (or the need, when smaller), or the floor's units whole. */
  areaM2: number;
  /** The proposal's area (one unit: the area offered; whole units: empty). */
  proposalAreaM2: number | null;
  /** Lower is better: how far the area is from the need, plus a step for another zone or park. */
  score: number;
  /** Live deals that already name one of these units. */
  offeredIn: number;
}

export interface MatchView {
  prospectId: string;
  /** The date the space must be free (the wanted move-in, or D when it is past or unknown). */
  date: string;
  needM2: number | null;
  use: UnitUse | null;
  matches: SpaceMatch[];
}
