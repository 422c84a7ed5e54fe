import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE, formatHash, parseHash, routes, tokenFromHash, type Route } from '../../renderer/lib/routes';

describe('hash routes', () => {
  it('parses the top-level screens', () => {
    expect(parseHash('#/dashboard')).toEqual({ screen: 'dashboard' });
    expect(parseHash('#/map')).toEqual({ screen: 'map' });
    expect(parseHash('#/dashboard/stacking/0190-b1')).toEqual(routes.stacking('0190-b1'));
    expect(parseHash('#/dashboard/stacking')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/dashboard/elsewhere/b1')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/inventory')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/nowhere/at/all')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/map/buildings/b1')).toEqual(routes.onMap('b1'));
    expect(parseHash('#/map/buildings/b1/draw')).toEqual(routes.onMap('b1', true));
    expect(parseHash('#/map/buildings/b1/paint')).toEqual(DEFAULT_ROUTE);
  });

  it('parses inventory tabs, records, forms and floors', () => {
    expect(parseHash('#/inventory/units')).toEqual(routes.list('units'));
    expect(parseHash('#/inventory/buildings/0190-abc')).toEqual(routes.detail('buildings', '0190-abc'));
    expect(parseHash('#/inventory/buildings/0190-abc/edit')).toEqual(routes.edit('buildings', '0190-abc'));
    expect(parseHash('#/inventory/buildings/0190-abc/floors/-2')).toEqual(routes.floor('0190-abc', -2));
    expect(parseHash('#/inventory/units/new?buildingId=b1&floor=3')).toEqual(routes.create('units', { buildingId: 'b1', floor: '3' }));
    expect(parseHash('#/inventory/widgets/1')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/inventory/buildings/b1/floors/x')).toEqual(routes.list('buildings'));
    expect(parseHash('#/inventory/buildings/b1/generate')).toEqual(routes.generate('b1'));
    expect(parseHash('#/inventory/units/u1/generate')).toEqual(routes.list('units'));
  });

  it('parses the attraction screen: its views and the deal or prospect open beside them', () => {
    expect(parseHash('#/pipeline')).toEqual(routes.pipeline());
    expect(parseHash('#/pipeline/list')).toEqual(routes.pipeline('list'));
    expect(parseHash('#/pipeline/flow/deals/d1')).toEqual(routes.pipeline('flow', { kind: 'deal', id: 'd1' }));
    expect(parseHash('#/pipeline/board/prospects/p1')).toEqual(routes.pipeline('board', { kind: 'prospect', id: 'p1' }));
    expect(parseHash('#/pipeline/chart')).toEqual(routes.pipeline());
    expect(parseHash('#/pipeline/list/leases/l1')).toEqual(routes.pipeline('list'));
    expect(parseHash('#/inventory/prospects/p1/edit')).toEqual(routes.edit('prospects', 'p1'));
  });

  it('round-trips every kind of route', () => {
    const all: Route[] = [
      { screen: 'dashboard' },
      { screen: 'map' },
      routes.list('zones'),
      routes.detail('tenants', 'id with space/slash'),
      routes.edit('leases', 'l-1'),
      routes.create('leases', { unitId: 'u 1', areaM2: '12.5' }),
      routes.create('targets'),
      routes.floor('b-9', 12),
      routes.stacking('b 9/x'),
      routes.generate('b 9'),
      routes.onMap('b 9'),
      routes.onMap('b/9', true),
      routes.pipeline('list'),
      routes.pipeline('board', { kind: 'deal', id: 'd 1/x' }),
      routes.pipeline('flow', { kind: 'prospect', id: 'p-1' }),
    ];
    for (const r of all) expect(parseHash(formatHash(r))).toEqual(r);
  });

  it('takes the web token from a first-load hash only', () => {
    expect(tokenFromHash('#token=AbC_-123')).toBe('AbC_-123');
    expect(tokenFromHash('#/inventory')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });
});
