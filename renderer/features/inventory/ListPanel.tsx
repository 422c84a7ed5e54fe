// One entity's list: search, filters, sortable headers, total, and virtualised rows fetched in pages.
import { useCallback, type CSSProperties } from 'react';
import { VirtualList } from '../../components/VirtualList';
import { useT } from '../../i18n';
import { entityOfTab, routes, type Tab } from '../../lib/routes';
import { PAGE_SIZE, rowAt, useInventory } from '../../stores/inventory';
import { useUi } from '../../stores/ui';
import { errorMessage } from '../../../shared/messages';
import { CONFIGS } from './config';
import { ListToolbar } from './ListToolbar';
import { useColumnWidths } from '../../components/useColumnWidths';
import { ColumnResizer } from '../../components/ColumnResizer';

const ROW_HEIGHT = 34;

export function ListPanel({ tab, selectedId, compact }: { tab: Tab; selectedId: string | null; compact: boolean }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const navigate = useUi((s) => s.navigate);
  const list = useInventory((s) => s.lists[tab]);
  const config = CONFIGS[entityOfTab(tab)];
  const columns = compact ? config.columns.slice(0, 3) : config.columns;
  const { template, startResize } = useColumnWidths(
    `${tab}${compact ? '.compact' : ''}`,
    columns.map((c) => c.width),
  );
  const readable = readableColumns(template);
  const grid: CSSProperties = { gridTemplateColumns: readable.template };
  const generation = list.generation;
  const onRange = useCallback(
    (start: number, end: number) => useInventory.getState().ensureRange(tab, start, end),
    // `generation` is a dependency on purpose: a new query or a refresh asks for the visible pages again.
    [tab, generation],
  );
  const total = list.total ?? 0;
  let selectedIndex: number | null = null;
  if (selectedId) {
    for (const [p, rows] of Object.entries(list.pages)) {
      const i = rows.findIndex((r) => r.id === selectedId);
      if (i >= 0) selectedIndex = Number(p) * PAGE_SIZE + i;
    }
  }

  return (
    <section className="list-panel" data-testid={`list-${tab}`}>
      <ListToolbar tab={tab} list={list} />
      {list.error ? <div className="banner error">{errorMessage(list.error, locale)}</div> : null}
      {list.total === 0 ? (
        <div className="empty" data-testid="list-empty">
          {t('list.empty')}
        </div>
      ) : null}
      {/* A table to assistive technology: the header's cells carry the sort order; the rows are read with their columns. */}
      <div
        className="list-table"
        role="table"
        aria-label={t(`tab.${tab}`)}
        aria-rowcount={total + 1}
        style={{ '--list-min': `${readable.minPx}px` } as CSSProperties}
      >
        <div className="list-header" role="row" aria-rowindex={1} style={grid}>
          {columns.map((c, i) => {
            const sorted = c.sortKey && list.sortBy === c.sortKey;
            const label = t(c.header);
            return (
              <div
                key={c.header}
                role="columnheader"
                className={`th${c.align === 'end' ? ' end' : ''}${sorted ? ' sorted' : ''}`}
                aria-sort={c.sortKey ? (sorted ? (list.sortDir === 'asc' ? 'ascending' : 'descending') : 'none') : undefined}
              >
                {c.sortKey ? (
                  <button
                    type="button"
                    className="th-button"
                    data-testid={`sort-${c.sortKey}`}
                    onClick={() => useInventory.getState().toggleSort(tab, c.sortKey ?? '')}
                  >
                    {label}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted ? (list.sortDir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  label
                )}
                <ColumnResizer index={i} onStart={startResize} />
              </div>
            );
          })}
        </div>
        <VirtualList
          testId="list-rows"
          rowCount={total}
          rowHeight={ROW_HEIGHT}
          onRangeChange={onRange}
          revealIndex={selectedIndex}
          label={t(`tab.${tab}`)}
          role="rowgroup"
          onKeyDown={(e) => {
            // Up/Down (Page Up/Down, Home/End) move the selection (and the detail) through the list; the rows come in as they load.
            const step = listStep(e.key, total);
            if (step === null || total === 0) return;
            e.preventDefault();
            const from = selectedIndex ?? -1;
            const next = Math.min(Math.max(Number.isFinite(step) ? from + step : step, 0), total - 1);
            const row = rowAt(list, next);
            if (row) navigate(routes.detail(tab, row.id));
          }}
          resetKey={`${tab}|${list.search}|${list.sortBy}|${list.sortDir}|${JSON.stringify(list.filters)}`}
          renderRow={(i) => {
            const row = rowAt(list, i);
            if (!row) {
              return (
                <div key={`pending-${i}`} className="row pending" role="row" aria-rowindex={i + 2} style={{ ...grid, height: ROW_HEIGHT }}>
                  <span className="muted" role="cell">
                    …
                  </span>
                </div>
              );
            }
            return (
              <div
                key={row.id}
                className={`row${row.id === selectedId ? ' selected' : ''}`}
                role="row"
                aria-rowindex={i + 2}
                aria-current={row.id === selectedId ? 'true' : undefined}
                style={{ ...grid, height: ROW_HEIGHT }}
                data-testid="row"
                data-id={row.id}
                onClick={() => navigate(routes.detail(tab, row.id))}
              >
                {columns.map((c) => {
                  const content = c.render(row, { locale, t });
                  // A cut-off value can still be read whole (issue 10, item 13).
                  return (
                    <span
                      key={c.header}
                      role="cell"
                      className={`td${c.align === 'end' ? ' end' : ''}`}
                      title={typeof content === 'string' || typeof content === 'number' ? String(content) : undefined}
                    >
                      {content}
                    </span>
                  );
                })}
              </div>
            );
          }}
        />
      </div>
    </section>
  );
}

/** The columns with a floor of 90 px per `fr` (the list scrolls sideways below that, issue 13) and their least width. */
function readableColumns(template: string): { template: string; minPx: number } {
  const cols = template.split(' ').filter(Boolean);
  const px = (w: string) => (w.endsWith('px') ? parseFloat(w) : w.endsWith('fr') ? 90 * parseFloat(w) : 90);
  return {
    template: cols.map((w) => (w.endsWith('fr') ? `minmax(${px(w)}px, ${w})` : w)).join(' '),
    minPx: cols.reduce((sum, w) => sum + px(w), 0) + 8 * (cols.length - 1) + 20,
  };
}

/** Rows a key moves the list's selection by: ±1, a page (10), or to either end (±Infinity); null for other keys. */
function listStep(key: string, total: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return 1;
    case 'ArrowUp':
      return -1;
    case 'PageDown':
      return Math.min(10, total);
    case 'PageUp':
      return -Math.min(10, total);
    case 'End':
      return Infinity;
    case 'Home':
      return -Infinity;
    default:
      return null;
  }
}
