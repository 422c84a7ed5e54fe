// One floor of a building: its units, one click from the building and one click to each unit.
import { useRef } from 'react';
import { errorMessage } from '../../../shared/messages';
import { useArrivalFocus } from '../../components/keyboard';
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { formatFloor, localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import type { RowMap } from '../../../shared/models';
import { useUi } from '../../stores/ui';
import { Breadcrumbs } from './Breadcrumbs';
import { RelatedList } from './Related';
import { useRecord } from './useRecord';

export function FloorPanel({ buildingId, floor }: { buildingId: string; floor: number }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const record = useRecord('building', buildingId);
  const title = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(title, record.status === 'ok');
  if (record.status === 'loading') return <section className="detail muted">{t('list.loading')}</section>;
  if (record.status === 'error')
    return (
      <section className="detail">
        <div className="banner error">{errorMessage(record.error, locale)}</div>
      </section>
    );
  const b = record.row as RowMap['building'];
  return (
    <section className="detail" data-testid="floor-detail" data-floor={floor}>
      <Breadcrumbs entity="building" row={b} floor={floor} />
      <header className="detail-head">
        <div>
          <div className="eyebrow">{localName(b, locale)}</div>
          <h2 data-testid="detail-title" ref={title} tabIndex={-1}>
            {formatFloor(floor, locale)}
          </h2>
        </div>
      </header>
      <RelatedList
        entity="unit"
        query={{ buildingId, floor }}
        title="related.units"
        omit={['col.building', 'col.floor']}
        actions={
          <Link route={routes.create('units', { buildingId, floor: String(floor) })} className="button small" testId="add-unit">
            {t('new.unit')}
          </Link>
        }
      />
    </section>
  );
}
