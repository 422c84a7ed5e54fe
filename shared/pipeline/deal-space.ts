// A deal's space and terms before any are named: where a new deal starts (the prospect panel's "New deal" and
// "Propose", the sample's deals).
import type { Deal } from '../models';

type NoSpace = Pick<Deal, 'buildingId' | 'floor' | 'unitIds' | 'areaM2' | 'startDate' | 'endDate' | 'rentCnyPerM2Day' | 'lostReason'>;

export function noDealSpace(): NoSpace {
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
