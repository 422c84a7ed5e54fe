// One line naming a record, in the user's language.
import type { EntityName, Locale } from '../../../shared/enums';
import type { RowMap } from '../../../shared/models';
import { formatFloor, localName } from '../../lib/format';
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
      return localName(row as RowMap['park'], locale);
    case 'unit': {
      const u = row as RowMap['unit'];
      return `${localName(u.buildingName, locale)} · ${formatFloor(u.floor, locale)} ${u.label}`;
    }
    case 'lease': {
      const l = row as RowMap['lease'];
      return `${localName(l.tenantName, locale)} · ${localName(l.buildingName, locale)} ${l.unitLabel}`;
    }
    case 'target':
      return (row as RowMap['target']).label;
  }
}
