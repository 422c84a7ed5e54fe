// The sample district generator and the empty start. `app:setup` and the CLI call these two functions only.
import { AppError } from '../../../../shared/errors';
import { uuidv7, seededRandom } from '../../../../shared/ids';
import type { Db } from '../../db/connection';
import { inBatch } from '../../db/writer';
import { baselineTargets, baselineZones, indicatorTargets } from './baseline';
import { layoutDistrict } from './district';
import { layoutLeases } from './leases';
import { layoutPipeline } from './pipeline';
import { layoutReturns } from './returns';
import type { NewId, SampleDistrict } from './model';
import { SAMPLE_NOW, SAMPLE_PLANS, type SamplePlan, type SampleSize } from './plan';
import { Rng } from './random';
import { setMeta } from '../../db/repos/meta';
import { ensureEmpty, writeDistrict } from './write';
import { layoutTenants } from './tenants';
import { layoutUnits } from './units';

export type { SampleSize } from './plan';

export interface SeedOptions {
  size: SampleSize;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The empty start: zones and plan targets, nothing else. Refuses a database that already has zones. */
export function seedBaseline(db: Db, opts: { now?: () => string } = {}): void {
  inBatch(db, { label: 'Zones and targets / 片区和目标', origin: 'sample', now: opts.now }, (w) => {
    ensureEmpty(db);
    for (const z of baselineZones(uuidv7)) w.insert('zone', z.draft, z.id);
    for (const t of [...baselineTargets(uuidv7), ...indicatorTargets(uuidv7)]) w.insert('target', t.draft, t.id);
    setMeta(db, { setup_done: '1' });
  });
}

/** Ids that are the same on every run: UUIDv7 on a clock that ticks one millisecond per id, seeded bytes. */
export function deterministicIds(seed: number, startIso = '2021-01-01T00:00:00.000Z'): NewId {
  const bytes = seededRandom(seed ^ 0x5eed).bytes;
  let ms = Date.parse(startIso);
  return () => uuidv7(ms++, bytes);
}

/** The whole district in memory, same on every run for the same plan. */
export function buildDistrict(plan: SamplePlan): SampleDistrict {
  const rng = new Rng(plan.seed);
  const newId = deterministicIds(plan.seed);
  const zones = baselineZones(newId);
  const targets = baselineTargets(newId);
  const { parks, buildings } = layoutDistrict(plan, rng, newId, zones);
  const units = layoutUnits(plan, rng, newId, buildings);
  const tenants = layoutTenants(plan, rng, newId);
  const leases = layoutLeases(plan, rng, newId, buildings, units, tenants);
  const { prospects, deals } = plan.pipeline
    ? layoutPipeline(plan.pipeline, plan.seed, newId, { buildings, units, tenants, leases })
    : { prospects: [], deals: [] };
  // Issue 9's additions take their ids after everything else, so the rest of the district keeps its ids.
  targets.push(...indicatorTargets(newId));
  const returns = layoutReturns(plan.seed, newId, tenants, leases);
  return { zones, targets, parks, buildings, units, tenants, leases, prospects, deals, returns };
}

/** Generates and writes a sample district for any plan (tests use small plans on the large code path). */
export function seedPlan(
  db: Db,
  plan: SamplePlan,
  opts: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): void {
  if (opts.signal?.aborted) throw new AppError('cancelled', 'Sample generation cancelled');
  const district = buildDistrict(plan);
  inBatch(
    db,
    {
      label: `Sample district (${plan.size}) / 示例数据（${plan.size === 'large' ? '大型' : '标准'}）`,
      origin: 'sample',
      now: () => SAMPLE_NOW,
      newId: deterministicIds(plan.seed + 1, '2020-06-01T00:00:00.000Z'),
      unlogged: plan.unlogged,
    },
    (w) => {
      ensureEmpty(db);
      writeDistrict(w, district, opts);
      setMeta(db, { setup_done: '1', is_sample: '1', sample_size: plan.size });
    },
  );
}

/** The empty start plus a deterministic, realistic sample district of the given size. */
export function seedSample(db: Db, opts: SeedOptions): void {
  seedPlan(db, SAMPLE_PLANS[opts.size], opts);
}
