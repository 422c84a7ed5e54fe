// A child process for crash and lock tests: does one kind of real work on a real file through the app's own code,
// reports each acknowledged step on stdout as one line, and can kill itself with SIGKILL at a named step
// (fault injection) — or is killed by the parent at a random moment.
//   hold <db> <program>                    take the file's write lock, print `locked`, wait until killed
//   sample <db> [step]                     write the standard sample to <db> (as `cli sample --force` does)
//   writes <db>                            open a session, create tenants one by one, print `ack <id>` after each
//   restore <db> <backup file name> [step] restore that backup over <db> through the app's restore
//   import <db> <spreadsheet>              read the file, print `parsed`, apply it in one transaction, print `done`
//   survey-record <package>                open the package in survey mode and record observations, photos and
//                                          corrections in a loop, printing `ack <kind> <id> <value>` after each
//   survey-merge <db> <package> [step]     merge the package into <db> (resolve: survey), `start` / `done`
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import { tryWriteLock } from '../../electron/main/db/write-lock';
import { restoreBackup } from '../../electron/main/services/backup-restore';
import { writeSampleFile } from '../../electron/main/services/sample/file';
import { parseImport, runImport } from '../../electron/main/services/sheets/import';
import { Session } from '../../electron/main/session';
import type { LockProgram } from '../../shared/access';
import { createBackup } from '../../electron/main/services/backup';
import { applySurvey } from '../../electron/main/services/survey/merge';
import { recordSurvey } from './survey-recorder';

const [mode, file, arg, step] = process.argv.slice(2);
/** Kept referenced: a lock whose connection is garbage-collected would be released. */
const held: unknown[] = [];
const say = (line: string) => process.stdout.write(`${line}\n`);
const killAt = (wanted: string | undefined) => (at: string) => {
  if (at === wanted) process.kill(process.pid, 'SIGKILL');
};

async function main(): Promise<void> {
  if (!file) throw new Error('no file');
  if (mode === 'hold') {
    const attempt = tryWriteLock(file, (arg ?? 'cli') as LockProgram);
    held.push(attempt);
    say(attempt.ok ? 'locked' : 'busy');
    setInterval(() => undefined, 60_000);
    return;
  }
  if (mode === 'sample') {
    say('start');
    writeSampleFile(file, { size: 'standard', fault: killAt(arg) });
    say('done');
    return;
  }
  if (mode === 'survey-record') {
    await recordSurvey(file, say);
    return;
  }
  if (mode === 'survey-merge') {
    const session = new Session({ dbPath: file, transport: 'web', appVersion: '0.0.0-crash', whenLocked: 'fail', watchMs: 0 });
    say('start');
    await applySurvey(
      { db: session.db, dbPath: session.dbPath, backup: async () => (await createBackup(session, 'manual')).file },
      arg ?? '',
      { resolve: 'survey', fault: killAt(step) },
    );
    say('done');
    session.close();
    return;
  }
  const session = new Session({ dbPath: file, transport: 'web', appVersion: '0.0.0-crash', whenLocked: 'fail', watchMs: 0 });
  const dispatch = createDispatcher(session, handlers);
  if (mode === 'writes') {
    say('open');
    for (let i = 0; ; i += 1) {
      const r = await dispatch('tenants:create', {
        nameZh: `崩溃测试企业 ${i}`,
        nameEn: `Crash ${i}`,
        uscc: '',
        category: 'fintech',
        enteredDistrictOn: null,
      });
      if (!r.ok) throw new Error(r.error.message);
      say(`ack ${(r.value as { id: string }).id}`);
    }
  }
  if (mode === 'import') {
    const parsed = await parseImport(arg ?? '', 'import.xlsx');
    say('parsed');
    const result = runImport(session.db, parsed, 'apply');
    say(result.outcome.applied ? `done ${result.outcome.update}` : 'not applied');
    session.close();
    return;
  }
  if (mode === 'restore') {
    say('open');
    await restoreBackup(session, arg ?? '', { fault: killAt(step) });
    say('done');
    session.close();
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(3);
});
