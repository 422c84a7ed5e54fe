// Where a record sits: zone › park › building › floor › unit › lease, each a link back up.
import type { ReactNode } from 'react';
import { Link } from '../../components/Link';
import { RefLink } from '../../components/RefLink';
import { useT } from '../../i18n';
import { formatFloor, localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import type { EntityName } from '../../../shared/enums';
import type { RowMap } from '../../../shared/models';
import { useUi } from '../../stores/ui';
import type { AnyRow } from '../../stores/inventory';

export function Breadcrumbs({ entity, row, floor }: { entity: EntityName; row: AnyRow; floor?: number }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const crumbs: ReactNode[] = [];
  const floorLink = (buildingId: string, f: number) => (
    <Link key="floor" route={routes.floor(buildingId, f)} testId="crumb-floor">
      {formatFloor(f, locale)}
    </Link>
  );
  if (entity === 'park') crumbs.push(<RefLink key="zone" entity="zone" id={(row as RowMap['park']).zoneId} />);
  if (entity === 'building') {
    const b = row as RowMap['building'];
    crumbs.push(<RefLink key="zone" entity="zone" id={b.zoneId} />);
    if (b.parkId) crumbs.push(<RefLink key="park" entity="park" id={b.parkId} />);
    if (floor !== undefined) {
      crumbs.push(
        <Link key="building" route={routes.detail('buildings', b.id)} testId="crumb-building">
          {localName(b, locale)}
        </Link>,
      );
    }
  }
  if (entity === 'unit') {
    const u = row as RowMap['unit'];
    crumbs.push(
      <Link key="building" route={routes.detail('buildings', u.buildingId)} testId="crumb-building">
        {localName(u.buildingName, locale)}
      </Link>,
      floorLink(u.buildingId, u.floor),
    );
  }
  if (entity === 'lease') {
    const l = row as RowMap['lease'];
    crumbs.push(
      <Link key="building" route={routes.detail('buildings', l.buildingId)} testId="crumb-building">
        {localName(l.buildingName, locale)}
      </Link>,
      floorLink(l.buildingId, l.unitFloor),
      <Link key="unit" route={routes.detail('units', l.unitId)} testId="crumb-unit">
        {l.unitLabel}
      </Link>,
    );
  }
  if (!crumbs.length) return null;
  return (
    <nav className="crumbs" aria-label={t('detail.breadcrumbs')} data-testid="breadcrumbs">
      {crumbs.map((c, i) => (
        <span key={i} className="crumb">
          {c}
          <span className="crumb-sep">›</span>
        </span>
      ))}
    </nav>
  );
}
