// The sample district as plain records in memory, before anything is written.
import type { EntityName } from '../../../../shared/enums';
import type { Draft } from '../../../../shared/models';

export interface Planned<E extends EntityName> {
  id: string;
  draft: Draft<E>;
}

export interface PlannedBuilding extends Planned<'building'> {
  zoneCode: string;
  /** Research-flavoured park: some units are labs. */
  labPark: boolean;
  /** Rentable area of one above-ground floor as first laid out (m², before calibration). */
  floorRentableM2: number;
  /** Rentable / gross. */
  efficiency: number;
  hasUnits: boolean;
}

export interface SampleDistrict {
  zones: Planned<'zone'>[];
  targets: Planned<'target'>[];
  parks: Planned<'park'>[];
  buildings: PlannedBuilding[];
  units: Planned<'unit'>[];
  tenants: Planned<'tenant'>[];
  leases: Planned<'lease'>[];
  prospects: Planned<'prospect'>[];
  deals: Planned<'deal'>[];
  returns: Planned<'tenant_return'>[];
}

export type NewId = () => string;
