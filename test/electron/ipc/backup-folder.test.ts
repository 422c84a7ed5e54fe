// The backups folder (issue 10, item 12): every transport tells where it is; outside the desktop app (web mode, where a
// browser cannot open a local folder) the open channel answers opened: false, and the dialog shows the path to copy.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWriteChannel } from '../../../shared/contract';
import { createTempSession, type TempSession } from '../../helpers/tempSession';

let t: TempSession;
beforeEach(() => {
  t = createTempSession();
});
afterEach(() => t.cleanup());

describe('the backups folder', () => {
  it('is named to every transport; web mode cannot open it and says so', async () => {
    expect(await t.call('backup:folder', {})).toEqual({ path: path.join(t.dir, 'backups') });
    expect(await t.call('backup:open-folder', {})).toEqual({ opened: false });
    expect(isWriteChannel('backup:folder') || isWriteChannel('backup:open-folder')).toBe(false);
  });
});
