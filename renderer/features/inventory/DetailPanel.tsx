// A record's fields, where it sits, what hangs off it, and its history; edit and delete from here.
import { useRef, useState } from 'react';
import type { EntityName } from '../../../shared/enums';
import { errorMessage } from '../../../shared/messages';
import type { RowMap } from '../../../shared/models';
import { useArrivalFocus } from '../../components/keyboard';
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { routes, tabOfEntity } from '../../lib/routes';
import { useUi } from '../../stores/ui';
import type { AnyRow } from '../../stores/inventory';
import { Breadcrumbs } from './Breadcrumbs';
import { CONFIGS } from './config';
import { DeleteDialog } from './DeleteDialog';
import { fieldValue } from './fieldValue';
import { HistoryPanel } from './HistoryPanel';
import { rowLabel } from './labels';
import { FloorList, RelatedList } from './Related';
import { useRecord } from './useRecord';
import { useCanWrite } from '../../stores/app';
import { RecordPhotos } from '../survey/RecordPhotos';

export function DetailPanel({ entity, id }: { entity: EntityName; id: string }) {
  const t = useT();
  const canWrite = useCanWrite();
  const locale = useUi((s) => s.locale);
  const record = useRecord(entity, id);
  const [deleting, setDeleting] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(title, record.status === 'ok');
  const config = CONFIGS[entity];
  const tab = tabOfEntity(entity);
  if (record.status === 'loading') return <section className="detail muted">{t('list.loading')}</section>;
  if (record.status === 'error') {
    return (
      <section className="detail" data-testid="detail">
        <div className="banner error">{errorMessage(record.error, locale)}</div>
        <Link route={routes.list(tab)}>{t('detail.backToList')}</Link>
      </section>
    );
  }
  const row = record.row;
  const values = row as unknown as Record<string, unknown>;
  return (
    <section className="detail" data-testid="detail" data-id={row.id} data-version={row.version}>
      <Breadcrumbs entity={entity} row={row} />
      <header className="detail-head">
        <div>
          <div className="eyebrow">{t(`entity.${entity}`)}</div>
          <h2 data-testid="detail-title" ref={title} tabIndex={-1}>
            {rowLabel(entity, row, locale)}
          </h2>
        </div>
        <div className="actions">
          {entity === 'building' ? (
            <Link route={routes.stacking(row.id)} className="button" testId="open-stacking">
              {t('term.stackingPlan')}
            </Link>
          ) : null}
          {entity === 'building' ? <MapLink building={row as RowMap['building']} /> : null}
          {canWrite ? (
            <Link route={routes.edit(tab, row.id)} className="button" testId="edit">
              {t('action.edit')}
            </Link>
          ) : (
            <button type="button" data-testid="edit" disabled title={t('access.readOnlyHint')}>
              {t('action.edit')}
            </button>
          )}
          <button
            type="button"
            className="danger"
            data-testid="delete"
            disabled={!canWrite}
            title={canWrite ? undefined : t('access.readOnlyHint')}
            onClick={() => setDeleting(true)}
          >
            {t('action.delete')}
          </button>
        </div>
      </header>
      <dl className="fields">
        {config.fields.map((f) => (
          <div key={f.name} className={f.wide ? 'wide' : undefined} data-testid={`value-${f.name}`}>
            <dt>{t(f.label)}</dt>
            <dd>{fieldValue(f, values[f.name], locale, t)}</dd>
          </div>
        ))}
        {(config.facts ?? []).map((f) => (
          <div key={f.label}>
            <dt>{t(f.label)}</dt>
            <dd>{f.render(row, { locale, t })}</dd>
          </div>
        ))}
        <div className="wide meta">
          <dt>{t('detail.updated')}</dt>
          <dd>
            {formatDateTime(row.updatedAt)} · v{row.version}
          </dd>
        </div>
      </dl>
      <RelatedFor entity={entity} row={row} />
      {entity === 'building' || entity === 'unit' ? <RecordPhotos entity={entity} id={row.id} /> : null}
      <HistoryPanel entity={entity} id={row.id} />
      {deleting ? <DeleteDialog entity={entity} row={row} onClose={() => setDeleting(false)} /> : null}
    </section>
  );
}

/** A building on the map: where it is, or, without an outline, "place on map" to draw one (issue 10, item 8). */
export function MapLink({ building }: { building: RowMap['building'] }) {
  const t = useT();
  const canWrite = useCanWrite();
  const place = building.footprint === null && canWrite;
  return (
    <Link route={routes.onMap(building.id, place)} className="button" testId="open-on-map">
      {t(place ? 'map.placeOnMap' : 'map.showOnMap')}
    </Link>
  );
}

function RelatedFor({ entity, row }: { entity: EntityName; row: AnyRow }) {
  const t = useT();
  const add = (
    tab: Parameters<typeof routes.create>[0],
    prefill: Record<string, string>,
    label: Parameters<typeof t>[0],
    testId: string,
  ) => (
    <Link route={routes.create(tab, prefill)} className="button small" testId={testId}>
      {t(label)}
    </Link>
  );
  switch (entity) {
    case 'zone':
      return (
        <>
          <RelatedList
            entity="park"
            query={{ zoneId: row.id }}
            title="related.parks"
            omit={['col.zone']}
            actions={add('parks', { zoneId: row.id }, 'new.park', 'add-park')}
          />
          <RelatedList
            entity="building"
            query={{ zoneId: row.id }}
            title="related.buildings"
            omit={['col.zone']}
            actions={add('buildings', { zoneId: row.id }, 'new.building', 'add-building')}
          />
        </>
      );
    case 'park': {
      const p = row as RowMap['park'];
      return (
        <RelatedList
          entity="building"
          query={{ parkId: p.id }}
          title="related.buildings"
          omit={['col.park']}
          actions={add('buildings', { zoneId: p.zoneId, parkId: p.id }, 'new.building', 'add-building')}
        />
      );
    }
    case 'building':
      return (
        <FloorList
          buildingId={row.id}
          actions={
            <span className="related-actions">
              <Link route={routes.generate(row.id)} className="button small" testId="generate-units">
                {t('generate.open')}
              </Link>
              {add('units', { buildingId: row.id }, 'new.unit', 'add-unit')}
            </span>
          }
        />
      );
    case 'unit': {
      const u = row as RowMap['unit'];
      return (
        <RelatedList
          entity="lease"
          query={{ unitId: u.id }}
          title="related.leases"
          omit={['col.building', 'col.unit']}
          actions={add('leases', { unitId: u.id, areaM2: String(u.areaM2) }, 'new.lease', 'add-lease')}
        />
      );
    }
    case 'tenant':
      return (
        <>
          <RelatedList
            entity="lease"
            query={{ tenantId: row.id }}
            title="related.leases"
            omit={['col.tenant']}
            actions={add('leases', { tenantId: row.id }, 'new.lease', 'add-lease')}
          />
          <RelatedList
            entity="tenant_return"
            query={{ tenantId: row.id, sortBy: 'year', sortDir: 'desc' }}
            title="related.returns"
            omit={['col.tenant']}
            actions={add('returns', { tenantId: row.id }, 'new.tenant_return', 'add-return')}
          />
        </>
      );
    default:
      return null;
  }
}
