// `--sample` / `--empty`: answer the first-run question before the browser asks it, through the same
// dispatcher the renderer uses. Returns a one-line problem, or null when the database is ready.
import type { AppInfo } from '../../shared/contract';
import type { Dispatch } from '../main/ipc/dispatch';

export async function prepareDatabase(dispatch: Dispatch, setup: 'sample' | 'empty' | null): Promise<string | null> {
  if (setup === null) return null;
  const info = await dispatch('app:info', {});
  if (!info.ok) return `app:info failed: ${info.error.message}`;
  if (!(info.value as AppInfo).needsSetup) {
    process.stderr.write(`web mode: --${setup} ignored, this database is already set up\n`);
    return null;
  }
  process.stderr.write(`web mode: setting up the ${setup === 'sample' ? 'sample district' : 'empty database'}...\n`);
  const done = await dispatch('app:setup', { mode: setup });
  return done.ok ? null : `app:setup (${setup}) failed: ${done.error.message}`;
}
