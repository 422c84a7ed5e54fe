import type { EntityName } from '../../../../shared/enums';
import { buildingConfig, parkConfig, zoneConfig } from './places';
import { tenantReturnConfig } from './returns';
import { leaseConfig, targetConfig, tenantConfig, unitConfig } from './space';
import { dealConfig, prospectConfig } from './pipeline';
import type { EntityConfig } from './types';

export const CONFIGS: Record<EntityName, EntityConfig> = {
  zone: zoneConfig,
  park: parkConfig,
  building: buildingConfig,
  unit: unitConfig,
  tenant: tenantConfig,
  lease: leaseConfig,
  target: targetConfig,
  tenant_return: tenantReturnConfig,
  prospect: prospectConfig,
  deal: dealConfig,
};

export type { Ctx, EntityConfig, FieldSpec, FilterSpec, FormValues } from './types';
