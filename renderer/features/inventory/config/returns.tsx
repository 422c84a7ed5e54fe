// Tenants' annual returns (issue 9): the list, the form, and the table by year on a tenant's page.
import type { TenantReturnRow } from '../../../../shared/models';
import { formatNumber, localName } from '../../../lib/format';
import { typed, type EntityConfig } from './types';

import type { Ctx } from './types';

const yesNo = (v: boolean, c: Ctx) => c.t(v ? 'common.yes' : 'common.no');

export const tenantReturnConfig: EntityConfig = {
  entity: 'tenant_return',
  columns: typed<TenantReturnRow>([
    { header: 'col.year', sortKey: 'year', width: '70px', render: (r) => String(r.year) },
    { header: 'col.tenant', sortKey: 'tenant', width: '2fr', render: (r, c) => localName(r.tenantName, c.locale) },
    {
      header: 'col.revenue',
      sortKey: 'revenueCny',
      width: '150px',
      align: 'end',
      render: (r, c) => formatNumber(r.revenueCny, c.locale, 0),
    },
    {
      header: 'col.headcount',
      sortKey: 'headcount',
      width: '90px',
      align: 'end',
      render: (r, c) => formatNumber(r.headcount, c.locale, 0),
    },
    { header: 'col.highTech', width: '90px', render: (r, c) => yesNo(r.highTech, c) },
    { header: 'col.patents', width: '120px', align: 'end', render: (r) => `${r.inventionPatents} / ${r.highQualityPatents}` },
    { header: 'col.standards', width: '120px', align: 'end', render: (r) => `${r.standardsDomestic} / ${r.standardsInternational}` },
  ]),
  filters: [],
  fields: [
    { name: 'tenantId', kind: 'ref', ref: 'tenant', label: 'field.tenantId' },
    { name: 'year', kind: 'integer', label: 'field.year' },
    { name: 'revenueCny', kind: 'number', label: 'field.revenueCny' },
    { name: 'headcount', kind: 'integer', label: 'field.headcount' },
    { name: 'highTech', kind: 'bool', label: 'field.highTech' },
    { name: 'inventionPatents', kind: 'integer', label: 'field.inventionPatents' },
    { name: 'highQualityPatents', kind: 'integer', label: 'field.highQualityPatents' },
    { name: 'standardsDomestic', kind: 'integer', label: 'field.standardsDomestic' },
    { name: 'standardsInternational', kind: 'integer', label: 'field.standardsInternational' },
  ],
  defaults: {
    tenantId: '',
    year: String(new Date().getFullYear() - 1),
    revenueCny: '',
    headcount: '',
    highTech: false,
    inventionPatents: '0',
    highQualityPatents: '0',
    standardsDomestic: '0',
    standardsInternational: '0',
  },
  keepForNext: ['tenantId'],
};
