// Entity → its list query and its row builder, so the inventory handlers can be written once for all entities.
import type { EntityName } from '../../../../shared/enums';
import type { Page, RowMap } from '../../../../shared/models';
import type { listQueries } from '../../../../shared/validation/queries';
import type { z } from 'zod';
import type { Db } from '../connection';
import { buildingRows, listBuildings } from './buildings';
import { dealRows, listDeals } from './deals';
import { listProspects, prospectRows } from './prospects';
import { leaseRows, listLeases } from './leases';
import { listParks, parkRows } from './parks';
import { listTargets, targetRows } from './targets';
import { listTenantReturns, tenantReturnRows } from './tenant-returns';
import { listTenants, tenantRows } from './tenants';
import { listUnits, unitRows } from './units';
import { listZones, zoneRows } from './zones';

export interface ListRepo<E extends EntityName> {
  list(db: Db, query: z.output<(typeof listQueries)[E]>): Page<RowMap[E]>;
  rows(db: Db, ids: string[]): RowMap[E][];
}

export const LIST_REPOS: { [E in EntityName]: ListRepo<E> } = {
  zone: { list: listZones, rows: zoneRows },
  park: { list: listParks, rows: parkRows },
  building: { list: listBuildings, rows: buildingRows },
  unit: { list: listUnits, rows: (db, ids) => unitRows(db, ids) },
  tenant: { list: listTenants, rows: tenantRows },
  lease: { list: listLeases, rows: leaseRows },
  target: { list: listTargets, rows: targetRows },
  prospect: { list: listProspects, rows: prospectRows },
  deal: { list: listDeals, rows: dealRows },
  tenant_return: { list: listTenantReturns, rows: tenantReturnRows },
};
