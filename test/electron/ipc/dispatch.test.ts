import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/contract';
import { handlers } from '../../../electron/main/ipc/handlers';
import { createTempSession, type TempSession } from '../../helpers/tempSession';

let t: TempSession;
beforeEach(() => {
  t = createTempSession();
});
afterEach(() => t.cleanup());

const writes = () =>
  (t.session.db.prepare('SELECT (SELECT count(*) FROM change_log) + (SELECT count(*) FROM history_batch) AS n').get() as { n: number }).n;

describe('dispatch: the contract at the process boundary', () => {
  it('has exactly one handler per channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof handlers[channel]).toBe('function');
  });

  it('answers an unknown channel with an error result', async () => {
    const result = await t.raw('files:delete-everything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await t.raw('__proto__', {})).ok).toBe(false);
    expect((await t.raw('constructor', {})).ok).toBe(false);
  });

  it('turns schema failures into field errors and writes nothing', async () => {
    const before = writes();
    const result = await t.dispatch('units:create', {
      buildingId: 'x',
      floor: 1.5,
      label: '',
      areaM2: -5,
      use: 'office',
      countsTowardTarget: true,
      outOfService: false,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.details?.fields).toEqual(
      expect.arrayContaining([
        { field: 'areaM2', code: 'not_positive' },
        { field: 'label', code: 'required' },
        { field: 'floor', code: 'not_integer' },
      ]),
    );
    expect(writes()).toBe(before);
  });

  it('rejects impossible dates and unknown fields', async () => {
    const result = await t.dispatch('targets:create', {
      metric: 'new_firms',
      value: 10,
      startDate: '2025-02-30',
      dueDate: '2025-12-31',
      zoneId: null,
      label: 'x',
    });
    expect(!result.ok && result.error.details?.fields).toEqual([{ field: 'startDate', code: 'invalid_date' }]);
    const extra = await t.raw('zones:list', { search: 'a', sql: 'DROP TABLE zone' });
    expect(extra.ok).toBe(false);
  });

  it('refuses an outline with more vertices than any drawn shape has, before checking it', async () => {
    const ring = Array.from({ length: 5001 }, (_, i) => [116.3 + Math.cos(i / 800) * 0.01, 39.9 + Math.sin(i / 800) * 0.01]);
    ring.push(ring[0]!);
    const result = await t.dispatch('zones:create', {
      code: 'Z',
      nameZh: '区',
      nameEn: 'Z',
      kind: 'cluster',
      boundary: { type: 'Polygon', coordinates: [ring] },
    });
    expect(!result.ok && result.error.details?.fields?.[0]?.field).toBe('boundary');
  });

  it('reports field names without the update wrapper', async () => {
    const created = await t.call('zones:create', { code: 'C', nameZh: '核心', nameEn: 'Core', kind: 'core', boundary: null });
    const result = await t.dispatch('zones:update', { id: created.id, version: 1, changes: { nameZh: '  ' } });
    expect(!result.ok && result.error.details?.fields).toEqual([{ field: 'nameZh', code: 'required' }]);
  });

  it('survives arbitrary input from a compromised renderer on every channel, writing nothing', async () => {
    const before = writes();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS.filter((c) => c !== 'app:setup')), fc.anything(), async (channel, input) => {
        const result = await t.raw(channel, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(typeof result.error.code).toBe('string');
      }),
      { numRuns: 400 },
    );
    expect(writes()).toBe(before);
  });
});
