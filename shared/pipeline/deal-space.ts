// A deal's space and terms before any are named: where a new deal starts (the deal panel's "New deal", the sample's deals).
import type { Deal } from '../models';

export type DealSpace = Pick<
  Deal,
  'buildingId' | 'floor' | 'unitIds' | 'areaM2' | 'startDate' | 'endDate' | 'rentCnyPerM2Day' | 'lostReason'
>;

export function noDealSpace(): DealSpace {
  return {
    buildingId: null,
    floor: null,
    unitIds: [],
    areaM2: null,
    startDate: null,
    endDate: null,
    rentCnyPerM2Day: null,
    lostReason: '',
  };
}
