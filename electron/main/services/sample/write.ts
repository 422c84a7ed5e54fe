// Writes a planned district through the change-logged writer, reporting progress and honouring cancellation
// (a throw inside the batch rolls the whole transaction back).
import type { EntityName } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import { firstTableWithRows } from '../../db/repos/counts';
import type { ChangeWriter } from '../../db/writer';
import type { Planned, SampleDistrict } from './model';

const CHECK_EVERY = 250;
const REPORT_EVERY = 1_000;

/** Sample and baseline data go only into a database without inventory rows. */
export function ensureEmpty(db: Db): void {
  const table = firstTableWithRows(db);
  if (table) throw new AppError('conflict', `The database already has ${table} rows; sample data needs an empty database`, { table });
}

export function districtCounts(d: SampleDistrict): Record<EntityName, number> {
  return {
    zone: d.zones.length,
    park: d.parks.length,
    building: d.buildings.length,
    unit: d.units.length,
    tenant: d.tenants.length,
    lease: d.leases.length,
    target: d.targets.length,
    tenant_return: d.returns.length,
    prospect: d.prospects.length,
    deal: d.deals.length,
  };
}

export function writeDistrict(
  w: ChangeWriter,
  d: SampleDistrict,
  opts: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
): void {
  const total = Object.values(districtCounts(d)).reduce((s, n) => s + n, 0);
  let done = 0;
  const step = () => {
    done += 1;
    if (done % CHECK_EVERY === 0 && opts.signal?.aborted) throw new AppError('cancelled', 'Sample generation cancelled');
    if (done % REPORT_EVERY === 0) opts.onProgress?.(done, total);
  };
  const put = <E extends EntityName>(entity: E, rows: Planned<E>[]) => {
    for (const row of rows) {
      w.insert(entity, row.draft, row.id);
      step();
    }
  };
  opts.onProgress?.(0, total);
  put('zone', d.zones);
  put('target', d.targets);
  put('park', d.parks);
  put(
    'building',
    d.buildings.map((b) => ({ id: b.id, draft: b.draft })),
  );
  put('unit', d.units);
  put('tenant', d.tenants);
  put('lease', d.leases);
  put('tenant_return', d.returns);
  put('prospect', d.prospects);
  put('deal', d.deals);
  if (opts.signal?.aborted) throw new AppError('cancelled', 'Sample generation cancelled');
  opts.onProgress?.(total, total);
}
