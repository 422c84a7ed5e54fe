// How big each sample district is. Counts are exact: the generator hits every one of them.

export type SampleSize = 'standard' | 'large';

export interface SamplePlan {
  size: string;
  seed: number;
  parks: number;
  buildings: number;
  /** Stand-alone theme buildings (no park); the rest stand in parks. */
  themeBuildings: number;
  units: number;
  tenants: number;
  /** Leases and reservations together. */
  leases: number;
  /** Grid cell for placing footprints (m); a footprint's sides stay within 80% of it. */
  cellM: number;
  /**
   * Provided space at the end of 2025 is scaled into this range (m²), or left as generated (null).
   * The standard sample is tuned to sit just short of the 500,000 m² target.
   */
  providedAtEnd2025: readonly [number, number] | null;
  /** Skip change_log rows (the large benchmark sample). */
  unlogged: boolean;
  /** Prospects and deals by how they end up (services/sample/pipeline.ts); none in the benchmark sample. */
  pipeline: { signed: number; reserved: number; lost: number; live: number } | null;
}

export const SAMPLE_PLANS: Record<SampleSize, SamplePlan> = {
  standard: {
    size: 'standard',
    seed: 20_210_101,
    parks: 8,
    buildings: 40,
    themeBuildings: 6,
    units: 1_500,
    tenants: 300,
    leases: 1_200,
    cellM: 100,
    providedAtEnd2025: [478_000, 493_000],
    unlogged: false,
    pipeline: { signed: 16, reserved: 6, lost: 18, live: 40 },
  },
  large: {
    size: 'large',
    seed: 20_250_101,
    parks: 400,
    buildings: 2_000,
    themeBuildings: 200,
    units: 100_000,
    tenants: 15_000,
    leases: 150_000,
    cellM: 45,
    providedAtEnd2025: null,
    unlogged: true,
    pipeline: null,
  },
};

/** The day the sample's statuses and terminations are written "as of". */
export const SAMPLE_AS_OF = '2026-06-30';
/** Timestamps of sample rows (created/updated). */
export const SAMPLE_NOW = '2026-06-30T08:00:00.000Z';
/** Lease starts are spread up to this day. */
export const SAMPLE_HORIZON = '2026-12-31';
/** The plan window of the district targets. */
export const PLAN_START = '2021-01-01';
export const PLAN_DUE = '2025-12-31';
