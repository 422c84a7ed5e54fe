// One line naming a record, in the user's language.
import type { EntityName, Locale } from '../../../shared/enums';
import type { RowMap } from '../../../shared/models';
import { formatArea, formatFloor, formatNumber, localName } from '../../lib/format';
import { translate } from '../../i18n/catalog';
import type { AnyRow } from '../../stores/inventory';

export function rowLabel(entity: EntityName, row: AnyRow, locale: Locale): string {
  switch (entity) {
    case 'zone': {
      const z = row as RowMap['zone'];
      return `${z.code} ${localName(z, locale)}`;
    }
    case 'park':
    case 'building':
    case 'tenant':
    case 'prospect':
      return localName(row as RowMap['park'], locale);
    case 'deal': {
      const d = row as RowMap['deal'];
      return `${localName(d.prospectName, locale)} · ${translate(locale, `enum.${d.stage}`)}`;
    }
    case 'unit': {
      const u = row as RowMap['unit'];
      return `${localName(u.buildingName, locale)} · ${formatFloor(u.floor, locale)} ${u.label}`;
    }
    case 'lease': {
      const l = row as RowMap['lease'];
      return `${localName(l.tenantName, locale)} · ${localName(l.buildingName, locale)} ${l.unitLabel}`;
    }
    case 'target': {
      // Its figure and due date in the interface language first; its label (typed in one language) after.
      const g = row as RowMap['target'];
      const value = g.metric === 'space_provided_m2' ? formatArea(g.value, locale) : formatNumber(g.value, locale, 0);
      const name = translate(locale, 'target.name', { value, date: g.dueDate });
      return g.label ? `${name} · ${g.label}` : name;
    }
    case 'tenant_return': {
      const r = row as RowMap['tenant_return'];
      return `${localName(r.tenantName, locale)} · ${r.year}`;
    }
  }
}
