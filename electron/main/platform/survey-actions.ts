// The File menu's survey items: open a package in survey mode (this window then works on the package; the office
// database is closed and stays untouched until File > Open Database…), and choose a package to merge (the
// renderer's merge view takes it from there). A package is never remembered as the database to start with.
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { Locale } from '../../../shared/enums';
import { PACKAGE_EXTENSION } from '../../../shared/survey/model';
import { withFileLock } from '../services/backup';
import type { Session } from '../session';
import { showError } from './dialogs';
import { t } from './strings';

export interface SurveyActionContext {
  session: Session;
  window(): BrowserWindow | null;
  locale(): Locale;
}

async function choosePackage(win: BrowserWindow | null, locale: Locale, title: string, defaultDir: string): Promise<string | null> {
  const options = {
    title,
    defaultPath: defaultDir,
    filters: [{ name: t(locale, 'filterSurvey'), extensions: [PACKAGE_EXTENSION.slice(1)] }],
    properties: ['openFile'] as 'openFile'[],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

export function createSurveyActions(ctx: SurveyActionContext): { openSurvey(): void; mergeSurvey(): void } {
  const { session } = ctx;
  const surveysDir = () => path.join(path.dirname(session.dbPath), 'surveys');
  const fail = (err: unknown) => showError(ctx.window(), ctx.locale(), err).catch((e: unknown) => console.error('[survey-actions]', e));
  return {
    openSurvey() {
      void choosePackage(ctx.window(), ctx.locale(), t(ctx.locale(), 'openSurveyTitle'), surveysDir())
        .then((file) =>
          file ? withFileLock(session, () => session.switchTo(file, { kind: 'survey', whenLocked: 'read-only' })) : undefined,
        )
        .catch(fail);
    },
    mergeSurvey() {
      void choosePackage(ctx.window(), ctx.locale(), t(ctx.locale(), 'mergeSurveyTitle'), surveysDir())
        .then((file) => {
          if (file) session.emit('menu', { command: 'survey-merge', file });
        })
        .catch(fail);
    },
  };
}
