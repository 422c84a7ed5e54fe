// Tenants' annual returns 2021–2025 for the sample district (issue 9): every tenant holding a lease on 31 December
// of a year files one for that year, except a few that have not (more of them for the latest year, as the office
// is still collecting). Revenue grows about 9 % a year with a wide spread; high-tech firms file invention patents
// and now and then lead or join a standard. Its own random stream, so the rest of the sample is unchanged.
import type { TenantCategory } from '../../../../shared/enums';
import { isActiveOn } from '../../../../shared/rules/leases';
import type { NewId, Planned } from './model';
import { Rng } from './random';

export const RETURN_YEARS = [2021, 2022, 2023, 2024, 2025] as const;

/** Share of the expected returns that are missing, per year (the latest is still being collected). */
const MISSING: Record<number, number> = { 2021: 0.04, 2022: 0.05, 2023: 0.06, 2024: 0.08, 2025: 0.22 };

const HIGH_TECH_SHARE: Record<TenantCategory, number> = {
  fintech: 0.45,
  research: 0.6,
  supervision_tech: 0.5,
  professional_service: 0.05,
  financial_institution: 0.1,
  other: 0.05,
};

/** Median revenue of the first year filed (CNY). */
const BASE_REVENUE: Record<TenantCategory, number> = {
  fintech: 80e6,
  research: 30e6,
  supervision_tech: 40e6,
  professional_service: 25e6,
  financial_institution: 400e6,
  other: 15e6,
};

export function layoutReturns(
  seed: number,
  newId: NewId,
  tenants: Planned<'tenant'>[],
  leases: Planned<'lease'>[],
): Planned<'tenant_return'>[] {
  const rng = new Rng(seed ^ 0x7e7a);
  const leasesOf = new Map<string, Planned<'lease'>[]>();
  for (const l of leases) {
    if (l.draft.kind !== 'lease') continue;
    const list = leasesOf.get(l.draft.tenantId) ?? [];
    list.push(l);
    leasesOf.set(l.draft.tenantId, list);
  }
  const out: Planned<'tenant_return'>[] = [];
  for (const t of tenants) {
    const own = leasesOf.get(t.id) ?? [];
    const category = t.draft.category;
    const highTech = rng.chance(HIGH_TECH_SHARE[category]);
    let revenue = BASE_REVENUE[category] * Math.exp(rng.float(-1.2, 1.2));
    const headcount0 = Math.max(3, Math.round(revenue / rng.float(400_000, 1_200_000)));
    let headcount = headcount0;
    for (const year of RETURN_YEARS) {
      const growth = rng.float(-0.12, 0.3);
      revenue *= 1 + growth;
      headcount = Math.max(1, Math.round(headcount * (1 + growth * rng.float(0.3, 0.8))));
      const present = own.some((l) => isActiveOn(l.draft, `${year}-12-31`));
      if (!present || rng.chance(MISSING[year] ?? 0)) continue;
      const patents = highTech
        ? rng.weighted([
            [0, 30],
            [1, 25],
            [2, 20],
            [3, 12],
            [5, 8],
            [8, 5],
          ] as const)
        : rng.weighted([
            [0, 90],
            [1, 10],
          ] as const);
      const highQuality = patents === 0 ? 0 : rng.int(0, patents);
      out.push({
        id: newId(),
        draft: {
          tenantId: t.id,
          year,
          revenueCny: Math.round(revenue),
          headcount,
          highTech,
          inventionPatents: patents,
          highQualityPatents: highQuality,
          standardsDomestic: rng.chance(highTech ? 0.025 : 0.004) ? 1 : 0,
          standardsInternational: rng.chance(highTech ? 0.006 : 0.001) ? 1 : 0,
        },
      });
    }
  }
  return out;
}
