// Prospects (a ledger tab of their own) and deals (shown on the attraction screen; this config names them in links).
import { DEAL_STAGES, PROSPECT_SOURCES, TENANT_CATEGORIES, UNIT_USES } from '../../../../shared/enums';
import type { DealRow, ProspectRow } from '../../../../shared/models';
import { enumKey } from '../../../i18n';
import { formatArea, formatDate, formatNumber, localName } from '../../../lib/format';
import { typed, typedFacts, type EntityConfig } from './types';

export const prospectConfig: EntityConfig = {
  entity: 'prospect',
  columns: typed<ProspectRow>([
    { header: 'col.name', sortKey: 'name', width: '2fr', render: (r, c) => localName(r, c.locale) },
    { header: 'col.category', sortKey: 'category', width: '1fr', render: (r, c) => c.t(enumKey(r.category)) },
    { header: 'col.manager', sortKey: 'manager', width: '90px', render: (r) => r.manager || '—' },
    { header: 'col.source', sortKey: 'source', width: '90px', render: (r, c) => c.t(enumKey(r.source)) },
    {
      header: 'col.need',
      sortKey: 'needM2',
      width: '110px',
      align: 'end',
      render: (r, c) => (r.needM2 === null ? '—' : formatArea(r.needM2, c.locale)),
    },
    { header: 'col.wanted', sortKey: 'wantedMoveIn', width: '100px', render: (r) => formatDate(r.wantedMoveIn) },
    { header: 'col.deals', sortKey: 'dealCount', width: '70px', align: 'end', render: (r, c) => formatNumber(r.dealCount, c.locale) },
  ]),
  filters: [
    { name: 'category', kind: 'enum', label: 'field.category', all: 'filter.allCategories', options: TENANT_CATEGORIES },
    { name: 'source', kind: 'enum', label: 'field.source', all: 'filter.allSources', options: PROSPECT_SOURCES },
    { name: 'zoneId', kind: 'zone', label: 'field.zoneId', all: 'filter.allZones' },
  ],
  fields: [
    { name: 'nameZh', kind: 'text', label: 'field.nameZh' },
    { name: 'nameEn', kind: 'text', label: 'field.nameEn' },
    { name: 'uscc', kind: 'text', label: 'field.uscc', hint: 'hint.uscc' },
    { name: 'category', kind: 'enum', label: 'field.category', options: TENANT_CATEGORIES },
    { name: 'contact', kind: 'text', label: 'field.contact' },
    { name: 'source', kind: 'enum', label: 'field.source', options: PROSPECT_SOURCES },
    { name: 'manager', kind: 'text', label: 'field.manager' },
    { name: 'needM2', kind: 'number', label: 'field.needM2', area: true, nullable: true, hint: 'hint.needM2' },
    { name: 'use', kind: 'enum', label: 'field.prospectUse', options: UNIT_USES, nullable: true, hint: 'hint.prospectUse' },
    { name: 'zoneId', kind: 'ref', ref: 'zone', label: 'field.zoneId', nullable: true },
    {
      name: 'parkId',
      kind: 'ref',
      ref: 'park',
      label: 'field.parkId',
      nullable: true,
      refQuery: (v): Record<string, string> => (typeof v.zoneId === 'string' && v.zoneId ? { zoneId: v.zoneId } : {}),
    },
    { name: 'wantedMoveIn', kind: 'date', label: 'field.wantedMoveIn', nullable: true },
    { name: 'notes', kind: 'text', label: 'field.notes', wide: true },
    { name: 'tenantId', kind: 'ref', ref: 'tenant', label: 'field.prospectTenant', nullable: true },
  ],
  defaults: {
    nameZh: '',
    nameEn: '',
    uscc: '',
    category: 'fintech',
    contact: '',
    source: 'referral',
    manager: '',
    needM2: '',
    use: 'office',
    zoneId: '',
    parkId: '',
    wantedMoveIn: '',
    notes: '',
    tenantId: '',
  },
  facts: typedFacts<ProspectRow>([{ label: 'col.deals', render: (r, c) => formatNumber(r.dealCount, c.locale) }]),
};

export const dealConfig: EntityConfig = {
  entity: 'deal',
  columns: typed<DealRow>([
    { header: 'col.prospect', sortKey: 'prospect', width: '2fr', render: (r, c) => localName(r.prospectName, c.locale) },
    { header: 'col.stage', sortKey: 'stage', width: '1fr', render: (r, c) => c.t(enumKey(r.stage)) },
    { header: 'col.since', sortKey: 'stageOn', width: '100px', render: (r) => formatDate(r.stageOn) },
    {
      header: 'col.area',
      sortKey: 'areaM2',
      width: '110px',
      align: 'end',
      render: (r, c) => (r.areaM2 === null ? '—' : formatArea(r.areaM2, c.locale)),
    },
  ]),
  filters: [{ name: 'stage', kind: 'enum', label: 'field.stage', all: 'filter.allStatuses', options: DEAL_STAGES }],
  fields: [
    { name: 'prospectId', kind: 'ref', ref: 'prospect', label: 'field.prospectId' },
    { name: 'buildingId', kind: 'ref', ref: 'building', label: 'field.buildingId', nullable: true },
    { name: 'areaM2', kind: 'number', label: 'field.dealArea', area: true, nullable: true },
    { name: 'startDate', kind: 'date', label: 'field.startDate', nullable: true },
    { name: 'endDate', kind: 'date', label: 'field.endDate', nullable: true },
  ],
  defaults: {},
};
