// The break-down table: zone → park → building → floor, expanded level by level, or by use; sortable; every
// row links to its record (and a building to its stacking plan). The totals row is the headline's.
import type { RollupView } from '../../../shared/accounting/views';
import { rowKeys } from '../../components/rowKeys';
import { useT } from '../../i18n';
import { useDashboard } from '../../stores/dashboard';
import { BreakdownLevel, FigureCells, UseRows } from './BreakdownRows';
import { COLUMNS } from './columns';
import { Info } from './Info';
import { nextSort, type SortKey, type TreeNode } from './lib/tree';
import type { TargetPicks } from './useTargetPicks';

export function Breakdown({
  zones,
  uses,
  buildings,
  picks,
}: {
  zones: RollupView;
  uses: RollupView | null;
  buildings: RollupView | null;
  picks: TargetPicks;
}) {
  const t = useT();
  const mode = useDashboard((s) => s.breakdownMode);
  const sort = useDashboard((s) => s.sort);
  // The top rows: the zones, or the one zone or park the dashboard is narrowed to.
  const level = zones.by === 'park' ? 'park' : 'zone';
  const roots: TreeNode[] = zones.rows.map((row) => ({ level, row, zoneId: level === 'zone' ? row.id : (row.parentId ?? '') }));
  // Every building as one ranked list (issue 10, item 11), sortable like the tree.
  const flat: TreeNode[] = (buildings?.rows ?? []).map((row) => ({ level: 'building', row, zoneId: row.parentId ?? '' }));
  const header = (key: SortKey, label: string) => (
    <button
      type="button"
      className={`th-sort${sort.key === key ? ' sorted' : ''}`}
      data-testid={`bd-sort-${key}`}
      onClick={() => useDashboard.getState().setSort(nextSort(sort, key))}
    >
      {label}
      <span className="sort-mark" aria-hidden="true">
        {sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
      </span>
    </button>
  );
  // The sort order belongs to the column header, not its button.
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none');
  return (
    <section className="dash-card" data-testid="breakdown" data-mode={mode}>
      <header className="dash-card-head">
        <h2>
          {t('breakdown.title')} <Info rule="rule.breakdown" />
        </h2>
        <div className="seg" role="group" aria-label={t('breakdown.title')}>
          {(['place', 'building', 'use'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className={`small${mode === m ? ' active' : ''}`}
              aria-pressed={mode === m}
              data-testid={`bd-mode-${m}`}
              onClick={() => useDashboard.getState().setBreakdownMode(m)}
            >
              {t(m === 'place' ? 'breakdown.byPlace' : m === 'building' ? 'breakdown.byBuilding' : 'breakdown.byUse')}
            </button>
          ))}
        </div>
      </header>
      <div className="bd-scroll">
        <table className="bd-table">
          <thead>
            <tr>
              <th className="bd-name" aria-sort={ariaSort('name')}>
                {header('name', t('breakdown.name'))}
              </th>
              {COLUMNS.map((c) => (
                <th key={c.key} className="num" title={t(c.rule)} aria-sort={ariaSort(c.key)}>
                  {header(c.key, t(c.label))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody onKeyDown={rowKeys('tr.bd-row')}>
            {mode === 'place' ? <BreakdownLevel nodes={roots} depth={0} asOf={zones.asOf} picks={picks} /> : null}
            {mode === 'building' ? (
              buildings ? (
                <BreakdownLevel nodes={flat} depth={0} asOf={zones.asOf} picks={picks} />
              ) : (
                <UseRows view={null} />
              )
            ) : null}
            {mode === 'use' ? <UseRows view={uses} /> : null}
          </tbody>
          <tfoot>
            <tr data-testid="bd-total">
              <th className="bd-name">{t('breakdown.total')}</th>
              <FigureCells figures={zones.totals} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
