// The accounting rules of ARCHITECTURE "What the numbers mean" that more than one caller applies, each written
// once. Where SQL needs a rule, electron/main/db/repos/rules-sql.ts holds its one fragment, and
// test/electron/accounting/rules-sql.test.ts holds fragment and function equal over random values.
// The roll-up's hot loops work on yyyymmdd day numbers (dateNumber; NEVER for a missing date), so the rules take
// those; the ISO forms convert and call the same rule.
import { round2 } from './figures';
import { dateNumber } from './inventory-index';

/** Delivered at D: a delivery date on or before D (no delivery date = pipeline, NEVER ≥ any D). */
export function isDelivered(deliveryDay: number, asOfDay: number): boolean {
  return deliveryDay <= asOfDay;
}

/** isDelivered for ISO dates (null = no delivery date). */
export function isDeliveredOn(deliveryDate: string | null, asOf: string): boolean {
  return isDelivered(dateNumber(deliveryDate), dateNumber(asOf));
}

/** The new-firms target's window as day numbers. */
export interface FirmsDays {
  start: number;
  due: number;
}

export function firmsDays(firms: { startDate: string; dueDate: string } | null): FirmsDays | null {
  return firms ? { start: dateNumber(firms.startDate), due: dateNumber(firms.dueDate) } : null;
}

/**
 * A new firm at D: a tenant in a target category (TARGET_TENANT_CATEGORIES) that entered the district inside the
 * firms target's window and on or before D. Without a firms target nobody counts.
 */
export function isNewFirm(targetCategory: boolean, enteredDay: number, asOfDay: number, firms: FirmsDays | null): boolean {
  return firms !== null && targetCategory && enteredDay >= firms.start && enteredDay <= firms.due && enteredDay <= asOfDay;
}

/** Provided space minus the target's value, to 0.01 m² (negative = short of the target). */
export function gapToTarget(providedM2: number, targetM2: number): number {
  return round2(providedM2 - targetM2);
}

/**
 * A target whose due date lies before D has a result: what was reached at its due date, met or missed. Screens
 * state that result first and D's figure second (issue 10, item 2).
 */
export function isPastDue(dueDate: string, asOf: string): boolean {
  return dueDate < asOf;
}
