// Electron main: lifecycle only. Everything with logic lives in window.ts, ipc/, services/ and platform/.
import { app, BrowserWindow, session as webSessions } from 'electron';
import type { MenuCommand } from '../../shared/contract';
import type { Locale } from '../../shared/enums';
import { forwardEvents, registerIpc } from './ipc/register';
import { handlers } from './ipc/handlers';
import { createFileActions } from './platform/file-actions';
import { askOpenReadOnly, chooseSpreadsheet, chooseSpreadsheetTarget, showError } from './platform/dialogs';
import { installMenu } from './platform/menu';
import { createSurveyActions } from './platform/survey-actions';
import {
  defaultDbPath,
  nativeBindingPath,
  preloadPath,
  readSettings,
  readWorkerPath,
  rendererRoot,
  startupDbPath,
  writeSettings,
} from './platform/paths';
import { localeFromSystem, localeFromTitle, t } from './platform/strings';
import { migrationBackupHook } from './services/backup';
import { startBackupSchedule } from './services/backup-schedule';
import { setReportPrinter } from './services/report/printer';
import { stagingOf } from './services/sheets/staging';
import { electronReportPrinter } from './platform/report-pdf';
import { Session, type WhenLocked } from './session';
import { AppError } from '../../shared/errors';
import { createMainWindow, denyPermissions, hardenWebContents, installAppProtocol, registerAppScheme } from './window';
import { policyFor } from './csp';
import { configuredBasemapFile, readBasemapRange } from './services/basemap-file';
import { offloadTo, warmOnStart } from './workers/offload';
import { ReadPool } from './workers/read-pool';
import { readPhoto } from './services/survey/photos';

let mainWindow: BrowserWindow | null = null;
let session: Session | null = null;
let readPool: ReadPool | null = null;

function openSession(file: string, whenLocked: WhenLocked): Session {
  return new Session({
    dbPath: file,
    transport: 'electron',
    appVersion: app.getVersion(),
    nativeBinding: nativeBindingPath(app.getAppPath(), app.isPackaged),
    beforeMigrate: migrationBackupHook(),
    whenLocked,
  });
}

/** Opens `file` for writing; when another program holds it, asks whether to open it read-only (null: the user declined). */
async function openAsking(file: string, locale: Locale): Promise<Session | null> {
  try {
    return openSession(file, 'fail');
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'database_locked')) throw err;
    return (await askOpenReadOnly(null, locale, err)) ? openSession(file, 'read-only') : null;
  }
}

/** The remembered database, or the one in the user-data folder when the remembered one cannot be opened. */
async function startSession(userData: string, locale: Locale): Promise<Session | null> {
  const first = startupDbPath(userData);
  try {
    return await openAsking(first, locale);
  } catch (err) {
    const fallback = defaultDbPath(userData);
    if (first === fallback) throw err;
    await showError(null, locale, err, `${t(locale, 'startFailed')}: ${first}`);
    return openAsking(fallback, locale);
  }
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const appPath = app.getAppPath();
  let locale: Locale = readSettings(userData).locale ?? localeFromSystem(app.getLocale());

  let current: Session;
  try {
    const opened = await startSession(userData, locale);
    if (!opened) {
      app.quit();
      return;
    }
    current = opened;
  } catch (err) {
    await showError(null, locale, err, t(locale, 'startFailed'));
    app.quit();
    return;
  }
  session = current;
  writeSettings(userData, { lastDbPath: current.dbPath });

  installAppProtocol(
    rendererRoot(appPath),
    () => policyFor(current),
    (range) => readBasemapRange(configuredBasemapFile(current.db), range),
    (sha, thumb) => readPhoto(current, sha, thumb),
  );
  denyPermissions(webSessions.defaultSession);
  // Heavy reads run in a worker thread with its own read-only connection, so the window never freezes.
  const workerScript = readWorkerPath(appPath);
  readPool = workerScript ? new ReadPool({ script: workerScript, nativeBinding: nativeBindingPath(appPath, app.isPackaged) }) : null;
  registerIpc(current, handlers, readPool ? offloadTo(readPool) : undefined);
  if (readPool) void warmOnStart(readPool, current, (err) => console.error('[read worker] snapshot failed:', err));
  // The spreadsheet channels choose files through native dialogs here (web mode uploads and downloads instead).
  stagingOf(current).native = {
    chooseImportFile: () => chooseSpreadsheet(mainWindow, locale),
    chooseSaveFile: (name) => chooseSpreadsheetTarget(mainWindow, locale, name),
  };
  forwardEvents(current, () => mainWindow?.webContents ?? null);
  // The monthly report's PDF: the print route in a hidden window, printed by Chromium's printToPDF (issue 9).
  setReportPrinter(current, electronReportPrinter({ preload: preloadPath(appPath), title: t(locale, 'appName') }));

  const fileActions = createFileActions({
    session: current,
    window: () => mainWindow,
    locale: () => locale,
    remember: (dbPath) => writeSettings(userData, { lastDbPath: dbPath }),
  });
  const surveyActions = createSurveyActions({ session: current, window: () => mainWindow, locale: () => locale });
  const rebuildMenu = (): void =>
    installMenu({
      locale,
      isPackaged: app.isPackaged,
      isMac: process.platform === 'darwin',
      actions: {
        ...fileActions,
        ...surveyActions,
        command: (command: MenuCommand) => current.emit('menu', { command }),
        setLanguage: (next) => {
          applyLocale(next);
          current.emit('menu', { command: next === 'en' ? 'language:en' : 'language:zh-CN' });
        },
      },
    });
  function applyLocale(next: Locale): void {
    locale = next;
    writeSettings(userData, { locale: next });
    rebuildMenu();
  }
  rebuildMenu();

  mainWindow = createMainWindow({ preload: preloadPath(appPath), title: t(locale, 'appName') });
  // The renderer titles the page in its language; a switch made inside the UI relabels the menu too.
  mainWindow.on('page-title-updated', (_event, title) => {
    const shown = localeFromTitle(title);
    if (shown && shown !== locale) applyLocale(shown);
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  startBackupSchedule(current, (err: unknown) => console.error('[backup] automatic backup failed:', err));
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void readPool?.close();
    readPool = null;
    session?.close();
    session = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      console.error('[main] start failed:', err);
      app.quit();
    });
}
