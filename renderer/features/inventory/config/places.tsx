// Zones, parks and buildings.
import { BUILDING_STATUSES, UNIT_USES, ZONE_KINDS } from '../../../../shared/enums';
import type { BuildingRow, ParkRow, ZoneRow } from '../../../../shared/models';
import { enumKey } from '../../../i18n';
import { formatArea, formatDate, formatNumber, localName } from '../../../lib/format';
import { isRentableMismatch, rentableMismatch } from '../../../../shared/rules/buildings';
import { typed, typedFacts, type EntityConfig } from './types';

export const zoneConfig: EntityConfig = {
  entity: 'zone',
  columns: typed<ZoneRow>([
    { header: 'col.code', sortKey: 'code', width: '110px', render: (r) => r.code },
    { header: 'col.name', sortKey: 'name', width: '2fr', render: (r, c) => localName(r, c.locale) },
    { header: 'col.kind', sortKey: 'kind', width: '1fr', render: (r, c) => c.t(enumKey(r.kind)) },
    { header: 'col.parkCount', width: '90px', align: 'end', render: (r, c) => formatNumber(r.parkCount, c.locale) },
    {
      header: 'col.buildingCount',
      sortKey: 'buildingCount',
      width: '90px',
      align: 'end',
      render: (r, c) => formatNumber(r.buildingCount, c.locale),
    },
  ]),
  filters: [{ name: 'kind', kind: 'enum', label: 'field.kind', all: 'filter.allZoneKinds', options: ZONE_KINDS }],
  fields: [
    { name: 'code', kind: 'text', label: 'field.code' },
    { name: 'kind', kind: 'enum', label: 'field.kind', options: ZONE_KINDS },
    { name: 'nameZh', kind: 'text', label: 'field.nameZh' },
    { name: 'nameEn', kind: 'text', label: 'field.nameEn' },
  ],
  defaults: { code: '', kind: 'cluster', nameZh: '', nameEn: '' },
  createConstants: { boundary: null },
  facts: typedFacts<ZoneRow>([
    { label: 'col.parkCount', render: (r, c) => formatNumber(r.parkCount, c.locale) },
    { label: 'col.buildingCount', render: (r, c) => formatNumber(r.buildingCount, c.locale) },
  ]),
};

export const parkConfig: EntityConfig = {
  entity: 'park',
  columns: typed<ParkRow>([
    { header: 'col.name', sortKey: 'name', width: '2fr', render: (r, c) => localName(r, c.locale) },
    { header: 'col.zone', sortKey: 'zone', width: '1.2fr', render: (r, c) => localName(r.zoneName, c.locale) },
    { header: 'col.theme', sortKey: 'theme', width: '1.5fr', render: (r) => r.theme || '—' },
    { header: 'col.operator', width: '1.5fr', render: (r) => r.operator || '—' },
    {
      header: 'col.buildingCount',
      sortKey: 'buildingCount',
      width: '90px',
      align: 'end',
      render: (r, c) => formatNumber(r.buildingCount, c.locale),
    },
  ]),
  filters: [{ name: 'zoneId', kind: 'zone', label: 'field.zoneId', all: 'filter.allZones' }],
  fields: [
    { name: 'zoneId', kind: 'ref', ref: 'zone', label: 'field.zoneId' },
    { name: 'nameZh', kind: 'text', label: 'field.nameZh' },
    { name: 'nameEn', kind: 'text', label: 'field.nameEn' },
    { name: 'theme', kind: 'text', label: 'field.theme' },
    { name: 'operator', kind: 'text', label: 'field.operator' },
  ],
  defaults: { zoneId: '', nameZh: '', nameEn: '', theme: '', operator: '' },
  createConstants: { boundary: null },
  facts: typedFacts<ParkRow>([{ label: 'col.buildingCount', render: (r, c) => formatNumber(r.buildingCount, c.locale) }]),
};

export const buildingConfig: EntityConfig = {
  entity: 'building',
  columns: typed<BuildingRow>([
    { header: 'col.name', sortKey: 'name', width: '2fr', render: (r, c) => localName(r, c.locale) },
    { header: 'col.zone', sortKey: 'zone', width: '1fr', render: (r, c) => localName(r.zoneName, c.locale) },
    {
      header: 'col.park',
      sortKey: 'park',
      width: '1.3fr',
      render: (r, c) => (r.parkName ? localName(r.parkName, c.locale) : c.t('building.standalone')),
    },
    { header: 'col.status', sortKey: 'status', width: '90px', render: (r, c) => c.t(enumKey(r.status)) },
    { header: 'col.floors', sortKey: 'floorsAbove', width: '70px', align: 'end', render: (r) => `${r.floorsAbove}/${r.floorsBelow}` },
    { header: 'col.unitCount', sortKey: 'unitCount', width: '70px', align: 'end', render: (r, c) => formatNumber(r.unitCount, c.locale) },
    { header: 'col.unitArea', sortKey: 'unitAreaM2', width: '130px', align: 'end', render: (r, c) => formatArea(r.unitAreaM2, c.locale) },
    { header: 'col.delivery', sortKey: 'deliveryDate', width: '100px', render: (r) => formatDate(r.deliveryDate) },
  ]),
  filters: [
    { name: 'zoneId', kind: 'zone', label: 'field.zoneId', all: 'filter.allZones' },
    { name: 'parkId', kind: 'park', label: 'field.parkId', all: 'filter.allParks' },
    { name: 'status', kind: 'enum', label: 'field.status', all: 'filter.allStatuses', options: BUILDING_STATUSES },
    { name: 'use', kind: 'enum', label: 'field.use', all: 'filter.allUses', options: UNIT_USES },
    { name: 'themeOnly', kind: 'bool', label: 'filter.themeOnly' },
  ],
  fields: [
    { name: 'nameZh', kind: 'text', label: 'field.nameZh' },
    { name: 'nameEn', kind: 'text', label: 'field.nameEn' },
    { name: 'zoneId', kind: 'ref', ref: 'zone', label: 'field.zoneId' },
    {
      name: 'parkId',
      kind: 'ref',
      ref: 'park',
      label: 'field.parkId',
      nullable: true,
      hint: 'hint.parkOptional',
      emptyLabel: 'building.standalone',
      refQuery: (v): Record<string, string> => (typeof v.zoneId === 'string' && v.zoneId ? { zoneId: v.zoneId } : {}),
    },
    { name: 'address', kind: 'text', label: 'field.address', wide: true },
    { name: 'isThemeBuilding', kind: 'bool', label: 'field.isThemeBuilding' },
    { name: 'status', kind: 'enum', label: 'field.status', options: BUILDING_STATUSES },
    { name: 'floorsAbove', kind: 'integer', label: 'field.floorsAbove' },
    { name: 'floorsBelow', kind: 'integer', label: 'field.floorsBelow' },
    { name: 'grossFloorAreaM2', kind: 'number', label: 'field.grossFloorAreaM2', nullable: true, area: true },
    { name: 'declaredRentableM2', kind: 'number', label: 'field.declaredRentableM2', nullable: true, area: true },
    {
      name: 'deliveryDate',
      kind: 'date',
      label: 'field.deliveryDate',
      nullable: true,
      hint: 'hint.deliveryPipeline',
      emptyLabel: 'building.pipeline',
    },
  ],
  defaults: {
    nameZh: '',
    nameEn: '',
    zoneId: '',
    parkId: '',
    address: '',
    isThemeBuilding: false,
    status: 'operational',
    floorsAbove: '',
    floorsBelow: '0',
    grossFloorAreaM2: '',
    declaredRentableM2: '',
    deliveryDate: '',
  },
  createConstants: { footprint: null },
  facts: typedFacts<BuildingRow>([
    { label: 'col.unitCount', render: (r, c) => formatNumber(r.unitCount, c.locale) },
    {
      label: 'col.unitArea',
      render: (r, c) => {
        const mismatch = rentableMismatch(r.unitAreaM2, r.declaredRentableM2);
        return (
          <>
            {formatArea(r.unitAreaM2, c.locale)}
            {mismatch !== null && isRentableMismatch(r.unitAreaM2, r.declaredRentableM2) ? (
              <span className="warning" data-testid="rentable-mismatch">
                {c.t('building.mismatch', { pct: formatNumber(mismatch * 100, c.locale, 1) })}
              </span>
            ) : null}
          </>
        );
      },
    },
  ]),
};
