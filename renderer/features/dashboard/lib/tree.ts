// The break-down table's tree: which roll-up lists a row's children, the expansion state, and sorting of
// siblings. Pure, so it is unit-tested.
import type { RollupRowView } from '../../../../shared/accounting/views';

export type Level = 'zone' | 'park' | 'building' | 'floor';

export interface TreeNode {
  level: Level;
  row: RollupRowView;
  /** The zone this row sits in (for the '' park: buildings of this zone without a park). */
  zoneId: string;
}

export interface ChildQuery {
  by: 'park' | 'building' | 'floor';
  withinId: string;
  /** Keep only rows with this parentId (a building's parent is its park, else its zone). */
  parentId?: string;
  level: Level;
}

/** A unique key per node: the '' park exists once per zone. */
export function nodeKey(node: Pick<TreeNode, 'level' | 'zoneId'> & { row: Pick<RollupRowView, 'id'> }): string {
  return node.level === 'park' && node.row.id === '' ? `park:@${node.zoneId}` : `${node.level}:${node.row.id}`;
}

/** How to list a node's children; null for a floor (the bottom of the tree). */
export function childQuery(node: TreeNode): ChildQuery | null {
  switch (node.level) {
    case 'zone':
      return { by: 'park', withinId: node.row.id, level: 'park' };
    case 'park':
      return node.row.id === ''
        ? { by: 'building', withinId: node.zoneId, parentId: node.zoneId, level: 'building' }
        : { by: 'building', withinId: node.row.id, level: 'building' };
    case 'building':
      return { by: 'floor', withinId: node.row.id, level: 'floor' };
    case 'floor':
      return null;
  }
}

/** The children of a node from the roll-up's rows. */
export function childNodes(parent: TreeNode, query: ChildQuery, rows: RollupRowView[]): TreeNode[] {
  const kept = query.parentId === undefined ? rows : rows.filter((r) => r.parentId === query.parentId);
  return kept.map((row) => ({ level: query.level, row, zoneId: parent.zoneId }));
}

/** The floor number of a floor row (`buildingId:floor`). */
export function floorOf(id: string): number {
  return Number(id.slice(id.lastIndexOf(':') + 1));
}

export function toggleKey(expanded: readonly string[], key: string): string[] {
  return expanded.includes(key) ? expanded.filter((k) => k !== key) : [...expanded, key];
}

export type SortKey =
  'name' | 'providedM2' | 'leasedM2' | 'reservedM2' | 'availableM2' | 'outOfServiceM2' | 'pipelineM2' | 'preLetM2' | 'occupancy';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Next sort after a click on a column: same column flips, a new one starts descending (names ascending). */
export function nextSort(cur: Sort, key: SortKey): Sort {
  if (cur.key === key) return { key, dir: cur.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'name' ? 'asc' : 'desc' };
}

/** Siblings in order: by `label` (floors by number) or by a figure; empty figures (no occupancy) sort last. */
export function sortNodes(nodes: TreeNode[], sort: Sort, label: (n: TreeNode) => string, collator: Intl.Collator): TreeNode[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = nodes.map((n, i) => ({ n, i }));
  keyed.sort((a, b) => {
    let c: number;
    if (sort.key === 'name') {
      c =
        a.n.level === 'floor' && b.n.level === 'floor'
          ? floorOf(a.n.row.id) - floorOf(b.n.row.id)
          : collator.compare(label(a.n), label(b.n));
    } else {
      const va = a.n.row[sort.key];
      const vb = b.n.row[sort.key];
      if (va === null || vb === null) return va === vb ? a.i - b.i : va === null ? 1 : -1;
      c = va - vb;
    }
    return c !== 0 ? c * sign : a.i - b.i;
  });
  return keyed.map((k) => k.n);
}
