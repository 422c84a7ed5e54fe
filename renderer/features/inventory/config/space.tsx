// Units, tenants, leases and targets.
import { BUILDING_STATUSES, LEASE_KINDS, TARGET_METRICS, TENANT_CATEGORIES, UNIT_USES } from '../../../../shared/enums';
import type { LeaseRow, TargetRow, TenantRow, UnitRow } from '../../../../shared/models';
import { enumKey } from '../../../i18n';
import { freeAreaM2 } from '../../../../shared/accounting/figures';
import { isIsoDate } from '../../../../shared/dates';
import { formatArea, formatDate, formatFloor, formatNumber, localName } from '../../../lib/format';
import { typed, typedFacts, type EntityConfig } from './types';

export const unitConfig: EntityConfig = {
  entity: 'unit',
  columns: typed<UnitRow>([
    { header: 'col.label', sortKey: 'label', width: '1fr', render: (r) => r.label },
    { header: 'col.building', sortKey: 'building', width: '2fr', render: (r, c) => localName(r.buildingName, c.locale) },
    { header: 'col.floor', sortKey: 'floor', width: '80px', align: 'end', render: (r, c) => formatFloor(r.floor, c.locale) },
    { header: 'col.area', sortKey: 'areaM2', width: '130px', align: 'end', render: (r, c) => formatArea(r.areaM2, c.locale) },
    { header: 'col.use', sortKey: 'use', width: '90px', render: (r, c) => c.t(enumKey(r.use)) },
    { header: 'col.activeLeases', width: '80px', align: 'end', render: (r, c) => formatNumber(r.activeLeaseCount, c.locale) },
  ]),
  filters: [
    { name: 'zoneId', kind: 'zone', label: 'field.zoneId', all: 'filter.allZones' },
    { name: 'parkId', kind: 'park', label: 'field.parkId', all: 'filter.allParks' },
    { name: 'use', kind: 'enum', label: 'field.use', all: 'filter.allUses', options: UNIT_USES },
    { name: 'status', kind: 'enum', label: 'filter.buildingStatus', all: 'filter.allStatuses', options: BUILDING_STATUSES },
  ],
  fields: [
    { name: 'buildingId', kind: 'ref', ref: 'building', label: 'field.buildingId' },
    { name: 'floor', kind: 'integer', label: 'field.floor', hint: 'hint.floor' },
    { name: 'label', kind: 'text', label: 'field.label' },
    { name: 'areaM2', kind: 'number', label: 'field.areaM2', area: true },
    { name: 'use', kind: 'enum', label: 'field.use', options: UNIT_USES },
    { name: 'countsTowardTarget', kind: 'bool', label: 'field.countsTowardTarget' },
    { name: 'outOfService', kind: 'bool', label: 'field.outOfService' },
  ],
  defaults: { buildingId: '', floor: '1', label: '', areaM2: '', use: 'office', countsTowardTarget: true, outOfService: false },
  keepForNext: ['buildingId', 'floor', 'use', 'countsTowardTarget', 'outOfService'],
  facts: typedFacts<UnitRow>([{ label: 'col.activeLeases', render: (r, c) => formatNumber(r.activeLeaseCount, c.locale) }]),
};

export const tenantConfig: EntityConfig = {
  entity: 'tenant',
  columns: typed<TenantRow>([
    { header: 'col.name', sortKey: 'name', width: '2fr', render: (r, c) => localName(r, c.locale) },
    { header: 'col.uscc', sortKey: 'uscc', width: '180px', render: (r) => r.uscc },
    { header: 'col.category', sortKey: 'category', width: '1fr', render: (r, c) => c.t(enumKey(r.category)) },
    { header: 'col.entered', sortKey: 'enteredDistrictOn', width: '100px', render: (r) => formatDate(r.enteredDistrictOn) },
    {
      header: 'col.leaseCount',
      sortKey: 'leaseCount',
      width: '70px',
      align: 'end',
      render: (r, c) => formatNumber(r.leaseCount, c.locale),
    },
  ]),
  filters: [{ name: 'category', kind: 'enum', label: 'field.category', all: 'filter.allCategories', options: TENANT_CATEGORIES }],
  fields: [
    { name: 'nameZh', kind: 'text', label: 'field.nameZh' },
    { name: 'nameEn', kind: 'text', label: 'field.nameEn' },
    { name: 'uscc', kind: 'text', label: 'field.uscc', hint: 'hint.uscc' },
    { name: 'category', kind: 'enum', label: 'field.category', options: TENANT_CATEGORIES },
    { name: 'enteredDistrictOn', kind: 'date', label: 'field.enteredDistrictOn', nullable: true },
  ],
  defaults: { nameZh: '', nameEn: '', uscc: '', category: 'fintech', enteredDistrictOn: '' },
  facts: typedFacts<TenantRow>([{ label: 'col.leaseCount', render: (r, c) => formatNumber(r.leaseCount, c.locale) }]),
};

export const leaseConfig: EntityConfig = {
  entity: 'lease',
  columns: typed<LeaseRow>([
    { header: 'col.tenant', sortKey: 'tenant', width: '2fr', render: (r, c) => localName(r.tenantName, c.locale) },
    { header: 'col.building', sortKey: 'building', width: '1.6fr', render: (r, c) => localName(r.buildingName, c.locale) },
    { header: 'col.unit', sortKey: 'unit', width: '1fr', render: (r, c) => `${formatFloor(r.unitFloor, c.locale)} ${r.unitLabel}` },
    { header: 'col.kind', width: '80px', render: (r, c) => c.t(enumKey(r.kind)) },
    { header: 'col.start', sortKey: 'startDate', width: '100px', render: (r) => formatDate(r.startDate) },
    { header: 'col.end', sortKey: 'endDate', width: '100px', render: (r) => formatDate(r.endDate) },
    { header: 'col.area', sortKey: 'areaM2', width: '120px', align: 'end', render: (r, c) => formatArea(r.areaM2, c.locale) },
  ]),
  filters: [
    { name: 'zoneId', kind: 'zone', label: 'field.zoneId', all: 'filter.allZones' },
    { name: 'parkId', kind: 'park', label: 'field.parkId', all: 'filter.allParks' },
    { name: 'kind', kind: 'enum', label: 'field.leaseKind', all: 'filter.allLeaseKinds', options: LEASE_KINDS },
    { name: 'activeOn', kind: 'today', label: 'filter.activeToday' },
  ],
  fields: [
    {
      // Each unit with its area, what is let at the lease's start and what is free; picking one fills in the free area.
      name: 'unitId',
      kind: 'ref',
      ref: 'unit',
      label: 'field.unitId',
      refQuery: (v): Record<string, string> =>
        typeof v.startDate === 'string' && isIsoDate(v.startDate.trim()) ? { asOf: v.startDate.trim() } : {},
      pickDetail: (row, c) => {
        const u = row as UnitRow;
        return c.t('lease.unitPick', {
          area: formatArea(u.areaM2, c.locale),
          date: u.heldOn,
          held: formatArea(u.heldM2, c.locale),
          free: formatArea(freeAreaM2(u.areaM2, u.heldM2, 0), c.locale),
        });
      },
      pickFill: (row) => {
        const u = row as UnitRow;
        return { areaM2: String(Math.round(freeAreaM2(u.areaM2, u.heldM2, 0) * 100) / 100) };
      },
    },
    { name: 'tenantId', kind: 'ref', ref: 'tenant', label: 'field.tenantId' },
    { name: 'kind', kind: 'enum', label: 'field.leaseKind', options: LEASE_KINDS },
    { name: 'areaM2', kind: 'number', label: 'field.leaseArea', area: true },
    { name: 'startDate', kind: 'date', label: 'field.startDate' },
    { name: 'endDate', kind: 'date', label: 'field.endDate', nullable: true, hint: 'hint.openEnded', emptyLabel: 'lease.openEnded' },
    { name: 'rentCnyPerM2Day', kind: 'number', label: 'field.rent', nullable: true },
    { name: 'terminatedOn', kind: 'date', label: 'field.terminatedOn', nullable: true },
  ],
  defaults: { unitId: '', tenantId: '', kind: 'lease', areaM2: '', startDate: '', endDate: '', rentCnyPerM2Day: '', terminatedOn: '' },
  keepForNext: ['tenantId', 'kind', 'startDate', 'endDate', 'rentCnyPerM2Day'],
};

export const targetConfig: EntityConfig = {
  entity: 'target',
  columns: typed<TargetRow>([
    { header: 'col.label', sortKey: 'label', width: '2fr', render: (r) => r.label },
    { header: 'col.metric', sortKey: 'metric', width: '1.2fr', render: (r, c) => c.t(enumKey(r.metric)) },
    {
      header: 'col.value',
      width: '140px',
      align: 'end',
      render: (r, c) => (r.metric === 'space_provided_m2' ? formatArea(r.value, c.locale) : formatNumber(r.value, c.locale)),
    },
    { header: 'col.start', width: '100px', render: (r) => formatDate(r.startDate) },
    { header: 'col.due', sortKey: 'dueDate', width: '100px', render: (r) => formatDate(r.dueDate) },
    { header: 'col.zone', width: '1fr', render: (r, c) => (r.zoneName ? localName(r.zoneName, c.locale) : c.t('target.wholeDistrict')) },
  ]),
  filters: [],
  fields: [
    { name: 'label', kind: 'text', label: 'field.label', wide: true },
    { name: 'metric', kind: 'enum', label: 'field.metric', options: TARGET_METRICS },
    { name: 'value', kind: 'number', label: 'field.value' },
    {
      name: 'zoneId',
      kind: 'ref',
      ref: 'zone',
      label: 'field.zoneId',
      nullable: true,
      hint: 'hint.wholeDistrict',
      emptyLabel: 'target.wholeDistrict',
    },
    { name: 'startDate', kind: 'date', label: 'field.startDate' },
    { name: 'dueDate', kind: 'date', label: 'field.dueDate' },
  ],
  defaults: { label: '', metric: 'space_provided_m2', value: '', zoneId: '', startDate: '', dueDate: '' },
};
