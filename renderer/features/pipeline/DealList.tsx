// The same deals as the board, as a table sortable by any column (click or Enter on a header).
import type { DealCard } from '../../../shared/pipeline/views';
import { enumKey, useT, type MessageKey } from '../../i18n';
import { formatArea, formatDate, localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import { usePipeline, type ListSortKey } from '../../stores/pipeline';
import { useUi } from '../../stores/ui';
import { formatPercent } from '../dashboard/columns';
import { spaceText } from './DealCard';
import { sortCards } from './sort';

const COLUMNS: { key: ListSortKey | null; header: MessageKey; end?: boolean }[] = [
  { key: 'prospect', header: 'col.prospect' },
  { key: 'stage', header: 'col.stage' },
  { key: 'stageOn', header: 'col.since' },
  { key: 'daysInStage', header: 'col.days', end: true },
  { key: 'manager', header: 'col.manager' },
  { key: null, header: 'col.space' },
  { key: 'areaM2', header: 'col.area', end: true },
  { key: 'moveIn', header: 'col.moveIn' },
  { key: 'probability', header: 'col.probability', end: true },
];

export function DealList({ rows }: { rows: DealCard[] }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const sort = usePipeline((s) => s.sort);
  const sorted = sortCards(rows, sort.key, sort.dir, locale);
  return (
    <div className="deal-list">
      <table className="table" data-testid="pipeline-list">
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.key !== null && sort.key === c.key;
              return (
                <th
                  key={c.header}
                  className={c.end ? 'end' : undefined}
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {c.key ? (
                    <button
                      type="button"
                      className="link"
                      data-testid={`sort-${c.key}`}
                      onClick={() => usePipeline.getState().toggleSort(c.key as ListSortKey)}
                    >
                      {t(c.header)}{' '}
                      {active ? (
                        <span className="sort-mark" aria-hidden="true">
                          {sort.dir === 'asc' ? '▲' : '▼'}
                        </span>
                      ) : null}
                    </button>
                  ) : (
                    t(c.header)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((card) => (
            <tr key={card.id} data-testid="deal-row" className={card.stale ? 'is-stale' : undefined}>
              <td>
                <a
                  href={`#/pipeline/list/deals/${encodeURIComponent(card.id)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    useUi.getState().navigate(routes.pipeline('list', { kind: 'deal', id: card.id }));
                  }}
                >
                  {localName(card.prospectName, locale)}
                </a>
                {card.stale ? <span className="flag stale">{t('pipeline.stale')}</span> : null}
                {card.clashes.length ? (
                  <span className="flag clash" title={card.clashes.map((c) => c.label).join(', ')}>
                    !
                  </span>
                ) : null}
              </td>
              <td>{t(enumKey(card.stage))}</td>
              <td>{formatDate(card.stageOn)}</td>
              <td className="end">{card.daysInStage}</td>
              <td>{card.manager || '—'}</td>
              <td>{spaceText(card, locale, '—')}</td>
              <td className="end">{card.areaM2 > 0 ? formatArea(card.areaM2, locale) : '—'}</td>
              <td>{formatDate(card.moveIn)}</td>
              <td className="end">{card.probability > 0 ? formatPercent(card.probability, locale) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!rows.length ? <div className="empty">{t('pipeline.empty')}</div> : null}
    </div>
  );
}
