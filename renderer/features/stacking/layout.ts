// Stacking-plan geometry and colour classes: floor bars sized against the largest floor, unit blocks by area,
// row heights that suit a 2-floor building and a 40-floor tower alike. Pure, so it is unit-tested.
import type { StackingPlan, StackingUnit, UnitStatus } from '../../../shared/accounting/views';
import { UNIT_STATUSES } from '../../../shared/accounting/views';

/** Row height in px: tall rows for a few floors, compact ones for a tower (the plan stays about one screen). */
export function rowHeight(floorCount: number, budgetPx = 600): number {
  if (floorCount <= 0) return 56;
  return Math.max(16, Math.min(56, Math.floor(budgetPx / floorCount)));
}

export interface BlockLayout {
  unit: StackingUnit;
  /** Share of the floor bar, in percent. */
  widthPct: number;
}

export interface FloorLayout {
  floor: number;
  areaM2: number;
  /** Length of this floor's bar against the largest floor, in percent (an empty floor: 0). */
  barPct: number;
  blocks: BlockLayout[];
}

/** Floors as bars: the largest floor fills the width; every unit keeps at least `minPct` of its floor so it can be clicked. */
export function layoutFloors(plan: Pick<StackingPlan, 'floors'>, minPct = 1.5): FloorLayout[] {
  const largest = Math.max(0, ...plan.floors.map((f) => f.areaM2));
  return plan.floors.map((f) => {
    const n = f.units.length;
    const floorMin = n > 0 ? Math.min(minPct, 100 / n) : 0;
    const raw = f.units.map((u) => (f.areaM2 > 0 ? (u.areaM2 / f.areaM2) * 100 : 100 / n));
    // Lift the small blocks to the minimum and take that share from the others in proportion.
    const lifted = raw.map((w) => Math.max(w, floorMin));
    const extra = lifted.reduce((s, w) => s + w, 0) - 100;
    const room = raw.reduce((s, w) => s + (w > floorMin ? w - floorMin : 0), 0);
    const widths = lifted.map((w, i) => ((raw[i] as number) > floorMin && room > 0 ? w - (extra * (w - floorMin)) / room : w));
    return {
      floor: f.floor,
      areaM2: f.areaM2,
      barPct: largest > 0 ? (f.areaM2 / largest) * 100 : 0,
      blocks: f.units.map((unit, i) => ({ unit, widthPct: widths[i] as number })),
    };
  });
}

export const EXPIRY_BANDS = ['m3', 'm6', 'm12', 'later', 'open', 'none'] as const;
export type ExpiryBand = (typeof EXPIRY_BANDS)[number];

/** Months-to-expiry colour band of a unit's lease: within 3/6/12 months, later, open-ended, or no lease. */
export function expiryBand(u: Pick<StackingUnit, 'lease' | 'monthsToExpiry'>): ExpiryBand {
  if (!u.lease) return 'none';
  if (u.monthsToExpiry === null) return 'open';
  if (u.monthsToExpiry < 3) return 'm3';
  if (u.monthsToExpiry < 6) return 'm6';
  if (u.monthsToExpiry < 12) return 'm12';
  return 'later';
}

/**
 * The coloured parts of a unit's block, left to right in legend order: each status's share of the unit's area
 * in percent (a partly let unit is partly filled). Shares come from the server (unitShares), never re-derived.
 */
export function shareSegments(u: Pick<StackingUnit, 'areaM2' | 'shares'>): { status: UnitStatus; pct: number }[] {
  const whole = Math.max(
    u.areaM2,
    UNIT_STATUSES.reduce((s, k) => s + u.shares[k], 0),
  );
  if (!(whole > 0)) return [];
  return UNIT_STATUSES.filter((k) => u.shares[k] > 0).map((k) => ({ status: k, pct: (u.shares[k] / whole) * 100 }));
}

/** Show a block's label only where it fits (the bar is about `barPx` wide). */
export function labelFits(widthPct: number, barPct: number, label: string, barPx = 900): boolean {
  return (widthPct / 100) * (barPct / 100) * barPx >= Math.max(28, label.length * 7 + 8);
}
