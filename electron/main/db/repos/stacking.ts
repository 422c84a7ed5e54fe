// What a building's stacking plan is drawn from: the building, its units (top floor first) and the leases and
// reservations on them, each with its tenant's name.
import type { Building, LocalName, Unit } from '../../../../shared/models';
import type { Db } from '../connection';
import { rowToRecord } from '../tables';

export interface StackingLease {
  id: string;
  unitId: string;
  kind: 'lease' | 'reservation';
  startDate: string;
  endDate: string | null;
  terminatedOn: string | null;
  areaM2: number;
  tenantName: LocalName;
}

type LeaseRow = Omit<StackingLease, 'tenantName'> & { tzh: string; ten: string };

/** The building with its units and their leases, or null when there is no such building. */
export function stackingInputs(db: Db, buildingId: string): { building: Building; units: Unit[]; leases: StackingLease[] } | null {
  const row = db.prepare('SELECT * FROM building WHERE id = ?').get(buildingId) as Record<string, unknown> | undefined;
  if (!row) return null;
  const units = (
    db.prepare('SELECT * FROM unit WHERE building_id = ? ORDER BY floor DESC, label').all(buildingId) as Record<string, unknown>[]
  ).map((r) => rowToRecord('unit', r));
  const leases = (
    db
      .prepare(
        `
    SELECT l.id, l.unit_id AS unitId, l.kind, l.start_date AS startDate, l.end_date AS endDate, l.terminated_on AS terminatedOn,
      l.area_m2 AS areaM2, t.name_zh AS tzh, t.name_en AS ten
    FROM lease l JOIN unit u ON u.id = l.unit_id JOIN tenant t ON t.id = l.tenant_id
    WHERE u.building_id = ?`,
      )
      .all(buildingId) as LeaseRow[]
  ).map(({ tzh, ten, ...l }) => ({ ...l, tenantName: { zh: tzh, en: ten } }));
  return { building: rowToRecord('building', row), units, leases };
}
