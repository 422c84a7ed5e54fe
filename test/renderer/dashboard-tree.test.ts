// The break-down tree: which roll-up lists a row's children, keys, expansion and sorting of siblings.
import { describe, expect, it } from 'vitest';
import type { RollupRowView } from '../../shared/accounting/views';
import {
  childNodes,
  childQuery,
  floorOf,
  nextSort,
  nodeKey,
  sortNodes,
  toggleKey,
  type TreeNode,
} from '../../renderer/features/dashboard/lib/tree';

function row(id: string, parentId: string | null, providedM2 = 0, occupancy: number | null = null, name = id): RollupRowView {
  return {
    id,
    parentId,
    name: { zh: name, en: name },
    providedM2,
    leasedM2: 0,
    reservedM2: 0,
    outOfServiceM2: 0,
    availableM2: 0,
    pipelineM2: 0,
    preLetM2: 0,
    occupancy,
    targetProgress: null,
    newFirms: 0,
  };
}

const zone: TreeNode = { level: 'zone', row: row('z1', null), zoneId: 'z1' };

describe('break-down tree', () => {
  it('lists a zone by park, a park by building, the no-park group by building of the zone, a building by floor', () => {
    expect(childQuery(zone)).toEqual({ by: 'park', withinId: 'z1', level: 'park' });
    expect(childQuery({ level: 'park', row: row('p1', 'z1'), zoneId: 'z1' })).toEqual({
      by: 'building',
      withinId: 'p1',
      level: 'building',
    });
    expect(childQuery({ level: 'park', row: row('', 'z1'), zoneId: 'z1' })).toEqual({
      by: 'building',
      withinId: 'z1',
      parentId: 'z1',
      level: 'building',
    });
    expect(childQuery({ level: 'building', row: row('b1', 'p1'), zoneId: 'z1' })).toEqual({ by: 'floor', withinId: 'b1', level: 'floor' });
    expect(childQuery({ level: 'floor', row: row('b1:3', 'b1'), zoneId: 'z1' })).toBeNull();
  });

  it('keeps only the buildings without a park under the no-park group', () => {
    const noPark: TreeNode = { level: 'park', row: row('', 'z1'), zoneId: 'z1' };
    const q = childQuery(noPark);
    if (!q) throw new Error('no query');
    const kids = childNodes(noPark, q, [row('b1', 'p1'), row('b2', 'z1'), row('b3', 'z1')]);
    expect(kids.map((k) => k.row.id)).toEqual(['b2', 'b3']);
    expect(kids.every((k) => k.level === 'building' && k.zoneId === 'z1')).toBe(true);
  });

  it('gives the no-park group one key per zone', () => {
    expect(nodeKey({ level: 'park', row: row('', 'z1'), zoneId: 'z1' })).not.toBe(
      nodeKey({ level: 'park', row: row('', 'z2'), zoneId: 'z2' }),
    );
    expect(nodeKey({ level: 'building', row: row('b1', 'p1'), zoneId: 'z1' })).toBe('building:b1');
  });

  it('reads floor numbers, basements included', () => {
    expect(floorOf('0190-abc:12')).toBe(12);
    expect(floorOf('0190-abc:-2')).toBe(-2);
  });

  it('toggles expansion', () => {
    expect(toggleKey([], 'zone:z1')).toEqual(['zone:z1']);
    expect(toggleKey(['zone:z1', 'park:p1'], 'zone:z1')).toEqual(['park:p1']);
  });

  it('flips the direction on the same column; a new figure column starts descending, the name ascending', () => {
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'providedM2')).toEqual({ key: 'providedM2', dir: 'desc' });
    expect(nextSort({ key: 'providedM2', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
  });

  it('sorts siblings by figure (empty last), by name, and floors by number', () => {
    const collator = new Intl.Collator('en', { numeric: true });
    const nodes: TreeNode[] = [
      row('a', 'z', 30, 0.5, 'Beta'),
      row('b', 'z', 10, null, 'alpha'),
      row('c', 'z', 20, 0.9, 'Gamma 10'),
      row('d', 'z', 20, 0.1, 'Gamma 9'),
    ].map((r) => ({ level: 'building', row: r, zoneId: 'z' }));
    const label = (n: TreeNode) => n.row.name.en;
    const ids = (s: Parameters<typeof sortNodes>[1]) => sortNodes(nodes, s, label, collator).map((n) => n.row.id);
    expect(ids({ key: 'providedM2', dir: 'desc' })).toEqual(['a', 'c', 'd', 'b']); // ties keep their order
    expect(ids({ key: 'providedM2', dir: 'asc' })).toEqual(['b', 'c', 'd', 'a']);
    expect(ids({ key: 'occupancy', dir: 'desc' })).toEqual(['c', 'a', 'd', 'b']);
    expect(ids({ key: 'occupancy', dir: 'asc' })).toEqual(['d', 'a', 'c', 'b']);
    expect(ids({ key: 'name', dir: 'asc' })).toEqual(['b', 'a', 'd', 'c']); // numeric: Gamma 9 before Gamma 10
    const floors: TreeNode[] = ['b:2', 'b:-1', 'b:10', 'b:1'].map((id) => ({ level: 'floor', row: row(id, 'b'), zoneId: 'z' }));
    expect(sortNodes(floors, { key: 'name', dir: 'desc' }, label, collator).map((n) => n.row.id)).toEqual(['b:10', 'b:2', 'b:1', 'b:-1']);
  });
});
