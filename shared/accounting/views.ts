// What the accounting channels return: the dashboard, the stacking plan, the CLI and (later) the map and
// spreadsheets read these shapes.
import type { TargetMetric, UnitUse } from '../enums';
import type { LocalName, Target } from '../models';
import type { RollupGroup } from './rollup';
import type { Figures, StatusShares, UnitStatus } from './figures';

export interface RollupRowView extends Figures {
  /** Zone/park/building id, `buildingId:floor`, or the unit use; '' = none (no park, no units). */
  id: string;
  name: LocalName;
  /** The building of a floor row; the zone of a park or building row. */
  parentId: string | null;
}

export interface TargetsInUse {
  space: Target | null;
  firms: Target | null;
}

/** A target's result at its due date: what was reached then and the gap to its value (negative = missed). */
export interface TargetResult {
  date: string;
  reached: number;
  gap: number;
}

export interface RollupView {
  asOf: string;
  by: RollupGroup;
  targets: TargetsInUse;
  totals: Figures;
  rows: RollupRowView[];
  /** For each target in use whose due date lies before D (isPastDue): its result at the due date; else null. */
  atDue: { space: TargetResult | null; firms: TargetResult | null };
}

export interface TrajectoryPoint {
  date: string;
  providedM2: number;
  leasedM2: number;
  /** After today: the figure follows planned delivery dates and signed leases not yet started. */
  projected: boolean;
}

export interface TrajectoryView {
  targets: TargetsInUse;
  points: TrajectoryPoint[];
  /** Provided space at the space target's due date, and the gap to its value (negative = short). */
  atDue: { date: string; providedM2: number; gapM2: number } | null;
}

export interface ExpiryLease {
  leaseId: string;
  unitId: string;
  unitLabel: string;
  buildingId: string;
  buildingName: LocalName;
  tenantName: LocalName;
  areaM2: number;
  lastDay: string;
}

export interface ExpiryBucket {
  months: 3 | 6 | 12;
  areaM2: number;
  tenantCount: number;
  unitCount: number;
}

export interface ExpiriesView {
  asOf: string;
  buckets: ExpiryBucket[];
  /** The leases ending within 12 months, soonest first. */
  leases: ExpiryLease[];
}

export interface VacancyRow {
  unitId: string;
  label: string;
  floor: number;
  use: UnitUse;
  areaM2: number;
  availableM2: number;
  buildingId: string;
  buildingName: LocalName;
  zoneId: string;
  zoneName: LocalName;
}

export interface QualityView {
  mismatchedBuildings: { id: string; name: LocalName; unitSumM2: number; declaredM2: number; difference: number }[];
  buildingsWithoutFootprint: { id: string; name: LocalName }[];
  buildingsWithoutDeliveryDate: { id: string; name: LocalName }[];
  tenantsWithoutValidCode: { id: string; name: LocalName; uscc: string; problem: 'missing' | 'uscc_format' | 'uscc_checksum' }[];
  leasesPastEnd: { id: string; tenantName: LocalName; unitLabel: string; buildingName: LocalName; endDate: string }[];
  /** Full counts, where the lists above are cut at their limit. */
  counts: Record<
    'mismatchedBuildings' | 'buildingsWithoutFootprint' | 'buildingsWithoutDeliveryDate' | 'tenantsWithoutValidCode' | 'leasesPastEnd',
    number
  >;
}

export { UNIT_STATUSES, type StatusShares, type UnitStatus } from './figures';

export interface StackingUnit {
  id: string;
  label: string;
  areaM2: number;
  use: UnitUse;
  /** What most describes the unit at D (the order of unitStatus); a partly let unit is still drawn by its shares. */
  status: UnitStatus;
  /** Its area split between the statuses at D, exactly as the roll-up books it (unitShares). */
  shares: StatusShares;
  leasedM2: number;
  reservedM2: number;
  /** The active lease or reservation ending last (null when none, or open-ended). */
  lease: { id: string; tenantName: LocalName; lastDay: string | null; kind: 'lease' | 'reservation' } | null;
  monthsToExpiry: number | null;
}

export interface StackingPlan {
  buildingId: string;
  name: LocalName;
  asOf: string;
  delivered: boolean;
  /**
   * The building's figures at D from the dashboard's roll-up (accounting:rollup by building), as status shares;
   * not counted: the area of its units that do not count toward the target (no roll-up figure).
   */
  totals: StatusShares;
  /** Every floor of the building, top floor first, including floors without units. */
  floors: { floor: number; areaM2: number; units: StackingUnit[] }[];
}

/** One plan indicator at D (docs/ARCHITECTURE.md, "Plan indicators"); values in the target's unit. */
export interface IndicatorView {
  metric: TargetMetric;
  /** m² provided, new firms, mean growth in %, high-quality patents per year, or standards in the window; null = no data. */
  value: number | null;
  target: Target | null;
  /** value / the target's value (null without either). */
  progress: number | null;
  /**
   * The value year by year (space and firms: at each year's end, or D in D's year; growth, patents: that year; standards: to that year).
   */
  trend: { year: number; value: number | null }[];
  /** Revenue growth: how many tenants the mean is based on (null for the other indicators). */
  basis: number | null;
  /** Indicators from annual returns: the year counted last, and how many tenants expected to report for it have not. */
  reporting: { year: number; expected: number; missing: number } | null;
}

export interface IndicatorsView {
  asOf: string;
  /** The latest year whose returns can be complete at D (the year before D's). */
  reportYear: number;
  items: IndicatorView[];
}
