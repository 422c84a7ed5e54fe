// Rows of the break-down: one level of siblings (sorted), each row with its figures, and its children fetched
// from the roll-up (`by` the next level, `withinId` the row) when expanded.
import { useMemo } from 'react';
import type { Figures } from '../../../shared/accounting/figures';
import type { RollupView } from '../../../shared/accounting/views';
import { UNIT_USES, type UnitUse } from '../../../shared/enums';
import { Link } from '../../components/Link';
import { enumKey, useT, type Translate } from '../../i18n';
import { formatArea, formatFloor, localName } from '../../lib/format';
import { routes, type Route } from '../../lib/routes';
import { useDashboard } from '../../stores/dashboard';
import { useUi } from '../../stores/ui';
import { COLUMNS, formatPercent } from './columns';
import { childNodes, childQuery, floorOf, nodeKey, sortNodes, toggleKey, type TreeNode } from './lib/tree';
import { useChannel } from './useChannel';
import type { TargetPicks } from './useTargetPicks';

export function FigureCells({ figures }: { figures: Figures }) {
  const locale = useUi((s) => s.locale);
  return (
    <>
      {COLUMNS.map((c) => {
        const v = figures[c.key];
        return (
          <td key={c.key} className="num" data-col={c.key} data-value={v ?? ''}>
            {c.key === 'occupancy' ? formatPercent(v, locale) : formatArea(v, locale)}
          </td>
        );
      })}
    </>
  );
}

function nodeLabel(n: TreeNode, locale: 'zh-CN' | 'en', t: Translate): string {
  if (n.level === 'floor') return formatFloor(floorOf(n.row.id), locale);
  if (n.level === 'park' && n.row.id === '') return t('breakdown.noPark');
  return localName(n.row.name, locale);
}

function nodeRoute(n: TreeNode): Route {
  switch (n.level) {
    case 'zone':
      return routes.detail('zones', n.row.id);
    case 'park':
      return n.row.id === '' ? routes.detail('zones', n.zoneId) : routes.detail('parks', n.row.id);
    case 'building':
      return routes.detail('buildings', n.row.id);
    case 'floor':
      return routes.floor(n.row.parentId ?? '', floorOf(n.row.id));
  }
}

export function BreakdownLevel({ nodes, depth, asOf, picks }: { nodes: TreeNode[]; depth: number; asOf: string; picks: TargetPicks }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const sort = useDashboard((s) => s.sort);
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(locale, { numeric: true });
    return sortNodes(nodes, sort, (n) => nodeLabel(n, locale, t), collator);
  }, [nodes, sort, locale, t]);
  return (
    <>
      {sorted.map((n) => (
        <NodeRows key={nodeKey(n)} node={n} depth={depth} asOf={asOf} picks={picks} />
      ))}
    </>
  );
}

function NodeRows({ node, depth, asOf, picks }: { node: TreeNode; depth: number; asOf: string; picks: TargetPicks }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const key = nodeKey(node);
  const open = useDashboard((s) => s.expanded.includes(key));
  const canOpen = childQuery(node) !== null;
  const label = nodeLabel(node, locale, t);
  return (
    <>
      <tr
        className={`bd-row level-${node.level}`}
        data-testid="bd-row"
        data-level={node.level}
        data-id={node.row.id}
        data-open={open ? 'true' : 'false'}
      >
        <th className="bd-name" style={{ paddingLeft: 8 + depth * 18 }}>
          {canOpen ? (
            <button
              type="button"
              className="twist"
              data-testid="bd-toggle"
              aria-expanded={open}
              aria-label={`${t(open ? 'breakdown.collapse' : 'breakdown.expand')} ${label}`}
              onClick={() => useDashboard.getState().setExpanded(toggleKey(useDashboard.getState().expanded, key))}
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="twist-space" />
          )}
          {node.level === 'zone' || (node.level === 'park' && node.row.id !== '') ? (
            // A zone or park narrows the dashboard to it (its figures), rather than opening its record (issue 10, item 11).
            <button
              type="button"
              className="link row-focus"
              data-testid="bd-scope"
              title={t('dashboard.scopeTo', { name: label })}
              onClick={() => useDashboard.getState().setScope({ kind: node.level === 'zone' ? 'zone' : 'park', id: node.row.id })}
            >
              {label}
            </button>
          ) : (
            <Link route={nodeRoute(node)} testId="bd-link" className="row-focus">
              {label}
            </Link>
          )}
          {node.level === 'building' ? (
            <Link route={routes.stacking(node.row.id)} className="bd-stack" testId="bd-stacking">
              {t('term.stackingPlan')}
            </Link>
          ) : null}
        </th>
        <FigureCells figures={node.row} />
      </tr>
      {open ? <Children node={node} depth={depth + 1} asOf={asOf} picks={picks} /> : null}
    </>
  );
}

function Children({ node, depth, asOf, picks }: { node: TreeNode; depth: number; asOf: string; picks: TargetPicks }) {
  const t = useT();
  const q = childQuery(node);
  const result = useChannel('accounting:rollup', q ? { asOf, by: q.by, withinId: q.withinId, ...picks } : null);
  const nodes = q && result.value ? childNodes(node, q, result.value.rows) : [];
  if (!result.value) {
    return (
      <tr className="bd-row muted">
        <td colSpan={COLUMNS.length + 1} style={{ paddingLeft: 8 + depth * 18 }}>
          {t('dashboard.loading')}
        </td>
      </tr>
    );
  }
  return <BreakdownLevel nodes={nodes} depth={depth} asOf={asOf} picks={picks} />;
}

const isUse = (id: string): id is UnitUse => (UNIT_USES as readonly string[]).includes(id);

export function UseRows({ view }: { view: RollupView | null }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const sort = useDashboard((s) => s.sort);
  if (!view)
    return (
      <tr>
        <td colSpan={COLUMNS.length + 1} className="muted">
          {t('dashboard.loading')}
        </td>
      </tr>
    );
  const label = (id: string) => (isUse(id) ? t(enumKey(id)) : t('breakdown.noUnits'));
  const nodes: TreeNode[] = view.rows.map((row) => ({ level: 'zone', row, zoneId: '' }));
  const sorted = sortNodes(nodes, sort, (n) => label(n.row.id), new Intl.Collator(locale));
  return (
    <>
      {sorted.map(({ row: r }) => (
        <tr key={r.id} className="bd-row" data-testid="bd-row" data-level="use" data-id={r.id}>
          <th className="bd-name">
            <span className="twist-space" />
            {label(r.id)}
          </th>
          <FigureCells figures={r} />
        </tr>
      ))}
    </>
  );
}
