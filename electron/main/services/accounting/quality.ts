// The data-quality panel: what a manager should fix before trusting the figures.
import type { QualityView } from '../../../../shared/accounting/views';
import { checkUscc } from '../../../../shared/uscc';
import type { Db } from '../../db/connection';
import {
  buildingsWithoutDeliveryDate,
  buildingsWithoutFootprint,
  countLeasesPastEnd,
  leasesPastEnd,
  mismatchedBuildings,
  tenantCodes,
} from '../../db/repos/quality';

const LIMIT = 200;

export function quality(db: Db, asOf: string): QualityView {
  const mismatched = mismatchedBuildings(db);
  const noFootprint = buildingsWithoutFootprint(db);
  const noDelivery = buildingsWithoutDeliveryDate(db);
  const badTenants = tenantCodes(db)
    .map((t) => ({ ...t, problem: t.uscc === '' ? ('missing' as const) : checkUscc(t.uscc) }))
    .filter((t): t is typeof t & { problem: NonNullable<typeof t.problem> } => t.problem !== null);
  return {
    mismatchedBuildings: mismatched.slice(0, LIMIT).map((r) => ({ ...r, difference: (r.unitSumM2 - r.declaredM2) / r.declaredM2 })),
    buildingsWithoutFootprint: noFootprint.slice(0, LIMIT),
    buildingsWithoutDeliveryDate: noDelivery.slice(0, LIMIT),
    tenantsWithoutValidCode: badTenants.slice(0, LIMIT),
    leasesPastEnd: leasesPastEnd(db, asOf, LIMIT),
    counts: {
      mismatchedBuildings: mismatched.length,
      buildingsWithoutFootprint: noFootprint.length,
      buildingsWithoutDeliveryDate: noDelivery.length,
      tenantsWithoutValidCode: badTenants.length,
      leasesPastEnd: countLeasesPastEnd(db, asOf),
    },
  };
}
