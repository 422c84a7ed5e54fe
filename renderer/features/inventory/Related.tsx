// Records that hang off the one shown: a building's floors, a floor's units, a unit's leases, and so on.
import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import type { FloorSummary } from '../../../shared/contract';
import type { EntityName } from '../../../shared/enums';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import { invoke } from '../../api/client';
import { openable } from '../../components/openable';
import { rowKeys } from '../../components/rowKeys';
import { listRows } from '../../api/entities';
import { useT, type MessageKey } from '../../i18n';
import { formatArea, formatFloor, formatNumber } from '../../lib/format';
import { routes, tabOfEntity } from '../../lib/routes';
import { useApp } from '../../stores/app';
import type { AnyRow } from '../../stores/inventory';
import { useUi } from '../../stores/ui';
import { CONFIGS } from './config';

const RELATED_LIMIT = 200;

interface RelatedProps {
  entity: EntityName;
  query: Record<string, string | number>;
  title: MessageKey;
  /** Column headers to leave out (e.g. the building, when listing one building's units). */
  omit?: MessageKey[];
  actions?: ReactNode;
}

export function RelatedList({ entity, query, title, omit = [], actions }: RelatedProps) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const navigate = useUi((s) => s.navigate);
  const dataVersion = useApp((s) => s.dataVersion);
  const [state, setState] = useState<{ rows: AnyRow[]; total: number } | { error: AppErrorShape } | null>(null);
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    let live = true;
    void listRows(entity, { ...(JSON.parse(queryKey) as Record<string, string | number>), limit: RELATED_LIMIT }).then((r) => {
      if (live) setState(r.ok ? { rows: r.value.rows, total: r.value.total } : { error: r.error });
    });
    return () => {
      live = false;
    };
  }, [entity, queryKey, dataVersion]);
  const columns = CONFIGS[entity].columns.filter((c) => !omit.includes(c.header));
  const grid: CSSProperties = { gridTemplateColumns: columns.map((c) => c.width).join(' ') };
  const tab = tabOfEntity(entity);
  return (
    <section className="related" data-testid={`related-${tab}`}>
      <header className="related-head">
        <h3>
          {t(title)}
          {state && 'rows' in state ? (
            <span className="count" data-testid={`related-${tab}-count`}>
              {formatNumber(state.total, locale)}
            </span>
          ) : null}
        </h3>
        {actions}
      </header>
      {state === null ? <div className="muted">{t('list.loading')}</div> : null}
      {state && 'error' in state ? <div className="banner error">{errorMessage(state.error, locale)}</div> : null}
      {state && 'rows' in state ? (
        state.rows.length === 0 ? (
          <div className="muted">{t('list.empty')}</div>
        ) : (
          <div className="mini-table" role="table" aria-label={t(title)} onKeyDown={rowKeys('[role="row"][tabindex]')}>
            <div className="list-header" role="row" style={grid}>
              {columns.map((c) => (
                <span key={c.header} role="columnheader" className={`th${c.align === 'end' ? ' end' : ''}`}>
                  {t(c.header)}
                </span>
              ))}
            </div>
            {state.rows.map((row) => (
              <div
                key={row.id}
                className="row"
                role="row"
                style={grid}
                data-testid="related-row"
                data-id={row.id}
                {...openable(() => navigate(routes.detail(tab, row.id)))}
              >
                {columns.map((c) => (
                  <span key={c.header} role="cell" className={`td${c.align === 'end' ? ' end' : ''}`}>
                    {c.render(row, { locale, t })}
                  </span>
                ))}
              </div>
            ))}
            {state.total > state.rows.length ? (
              <div className="muted">{t('related.more', { n: formatNumber(state.total - state.rows.length, locale) })}</div>
            ) : null}
          </div>
        )
      ) : null}
    </section>
  );
}

export function FloorList({ buildingId, actions }: { buildingId: string; actions?: ReactNode }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const navigate = useUi((s) => s.navigate);
  const dataVersion = useApp((s) => s.dataVersion);
  const [floors, setFloors] = useState<FloorSummary[] | { error: AppErrorShape } | null>(null);
  useEffect(() => {
    let live = true;
    void invoke('units:floors', { buildingId }).then((r) => {
      if (live) setFloors(r.ok ? r.value : { error: r.error });
    });
    return () => {
      live = false;
    };
  }, [buildingId, dataVersion]);
  return (
    <section className="related" data-testid="floors">
      <header className="related-head">
        <h3>{t('detail.floors')}</h3>
        {actions}
      </header>
      {floors === null ? <div className="muted">{t('list.loading')}</div> : null}
      {floors && 'error' in floors ? <div className="banner error">{errorMessage(floors.error, locale)}</div> : null}
      {Array.isArray(floors) ? (
        floors.length === 0 ? (
          <div className="muted">{t('detail.noUnits')}</div>
        ) : (
          <div className="mini-table floors" role="table" aria-label={t('detail.floors')} onKeyDown={rowKeys('[role="row"][tabindex]')}>
            <div className="list-header" role="row">
              <span className="th" role="columnheader">
                {t('col.floor')}
              </span>
              <span className="th end" role="columnheader">
                {t('col.unitCount')}
              </span>
              <span className="th end" role="columnheader">
                {t('col.area')}
              </span>
            </div>
            {floors.map((f) => (
              <div
                key={f.floor}
                className="row"
                role="row"
                data-testid="floor-row"
                data-floor={f.floor}
                {...openable(() => navigate(routes.floor(buildingId, f.floor)))}
              >
                <span className="td" role="cell">
                  {formatFloor(f.floor, locale)}
                </span>
                <span className="td end" role="cell">
                  {formatNumber(f.unitCount, locale)}
                </span>
                <span className="td end" role="cell">
                  {formatArea(f.areaM2, locale)}
                </span>
              </div>
            ))}
          </div>
        )
      ) : null}
    </section>
  );
}
