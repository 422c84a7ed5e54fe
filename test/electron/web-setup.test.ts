// `--sample` / `--empty` answer the first-run question through the real dispatcher, once.
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../electron/web/setup';
import { createTempSession, type TempSession } from '../helpers/tempSession';

let temp: TempSession | undefined;
afterEach(() => temp?.cleanup());

const count = (t: TempSession, table: string) => (t.session.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

describe('web mode first-run answer', () => {
  it('leaves the question to the UI without a flag', async () => {
    temp = createTempSession();
    expect(await prepareDatabase(temp.raw, null)).toBeNull();
    expect(await temp.call('app:info', {})).toMatchObject({ needsSetup: true });
  });

  it('--empty sets up zones and targets only, and is not repeated', async () => {
    temp = createTempSession();
    expect(await prepareDatabase(temp.raw, 'empty')).toBeNull();
    expect(await temp.call('app:info', {})).toMatchObject({ needsSetup: false, isSample: false });
    expect(count(temp, 'zone')).toBe(3);
    expect(count(temp, 'building')).toBe(0);
    const log = count(temp, 'change_log');
    expect(await prepareDatabase(temp.raw, 'sample')).toBeNull();
    expect(count(temp, 'change_log')).toBe(log);
    expect(count(temp, 'building')).toBe(0);
  });

  it('--sample sets up the sample district', async () => {
    temp = createTempSession();
    expect(await prepareDatabase(temp.raw, 'sample')).toBeNull();
    expect(await temp.call('app:info', {})).toMatchObject({ needsSetup: false, isSample: true });
    expect(count(temp, 'building')).toBe(40);
  });
});
