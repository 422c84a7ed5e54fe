// The shell: header, the routed screen, first-run and other dialogs; wires events, menu and shortcuts.
import { lazy, Suspense, useEffect } from 'react';
import type { MenuCommand } from '../shared/contract';
import { errorMessage } from '../shared/messages';
import { onConnectionStatus, onEvent } from './api/client';
import { focusNextView, IS_MAC } from './components/keyboard';
import { AboutDialog } from './features/app/AboutDialog';
import { AccessBanner } from './features/app/AccessBanner';
import { BackupDialog } from './features/app/BackupDialog';
import { Header } from './features/app/Header';
import { Notice } from './features/app/Notice';
import { SetupDialog } from './features/app/SetupDialog';
import { DashboardScreen } from './features/dashboard/DashboardScreen';
import { InventoryScreen } from './features/inventory/InventoryScreen';
import { PipelineScreen } from './features/pipeline/PipelineScreen';
import { SheetDialogs } from './features/sheets/SheetDialogs';
import { SurveyBanner } from './features/survey/SurveyBanner';
import { SurveyScreen } from './features/survey/SurveyScreen';
import { routes, type Route } from './lib/routes';
import { matchShortcut } from './lib/shortcuts';
import { useT, type Translate } from './i18n';
import { useApp } from './stores/app';
import { useHistory } from './stores/history';
import { useInventory } from './stores/inventory';
import { useLookups } from './stores/lookups';
import { useSheets } from './stores/sheets';
import { useUi } from './stores/ui';

// The map (and maplibre with it) loads only when the map is opened, keeping it out of every other screen's start.
const MapScreen = lazy(() => import('./features/map/MapScreen').then((m) => ({ default: m.MapScreen })));
const ReportScreen = lazy(() => import('./features/report/ReportScreen').then((m) => ({ default: m.ReportScreen })));

function runMenuCommand(command: MenuCommand, file?: string): void {
  const ui = useUi.getState();
  switch (command) {
    case 'undo':
    case 'redo':
      // On macOS the menu takes Cmd+Z even while a field is being typed in: then it is the field's own undo.
      if (isTyping(document.activeElement)) document.execCommand(command);
      else void useHistory.getState().step(command);
      return;
    case 'language:zh-CN':
      ui.setLocale('zh-CN');
      return;
    case 'language:en':
      ui.setLocale('en');
      return;
    case 'about':
      ui.openDialog('about');
      return;
    case 'backup-done':
      ui.notify({ kind: 'info', key: 'backup.done' });
      return;
    case 'go:dashboard':
      ui.navigate({ screen: 'dashboard' });
      return;
    case 'go:map':
      ui.navigate({ screen: 'map' });
      return;
    case 'go:inventory':
      ui.navigate(ui.lastInventory);
      return;
    case 'sheets:export':
      useSheets.getState().openExport(true);
      return;
    case 'sheets:import':
      void useSheets.getState().pickAndImport();
      return;
    case 'sheets:template':
      void useSheets.getState().downloadTemplate(ui.locale);
      return;
    case 'go:survey':
    case 'survey-merge':
      ui.navigate(routes.survey(command === 'survey-merge' ? file : undefined));
      return;
    case 'go:pipeline':
      ui.navigate(routes.pipeline());
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const SCREENS = { 'go:dashboard': 'dashboard', 'go:map': 'map', 'go:survey': 'survey' } as const;

/**
 * The shortcuts (lib/shortcuts.ts): Alt+1…5 switch screen; Alt+N new record, Ctrl+S save, Ctrl+F the list's or the
 * map's search (the control marked `data-shortcut`, when it is there and enabled); Ctrl+Z undo, Ctrl+Shift+Z and
 * Ctrl+Y redo — except while typing, where the field's own undo applies. Not behind an open dialog.
 */
function onKeyDown(e: KeyboardEvent): void {
  const action = matchShortcut(e);
  if (!action || document.querySelector('[aria-modal="true"]')) return;
  // On macOS Option+N, Option+1… type characters (˜, ¡…): in a text field they stay the field's.
  if (IS_MAC && e.altKey && isTyping(e.target)) return;
  const ui = useUi.getState();
  switch (action) {
    case 'go:dashboard':
    case 'go:map':
    case 'go:survey':
      e.preventDefault();
      ui.navigate({ screen: SCREENS[action] });
      return;
    case 'go:inventory':
      e.preventDefault();
      ui.navigate(ui.lastInventory);
      return;
    case 'go:pipeline':
      e.preventDefault();
      ui.navigate(routes.pipeline());
      return;
    case 'new':
    case 'save':
    case 'search': {
      // Ctrl+F: the list's own search (SQL-backed) or the map's, not the page's find.
      const control = document.querySelector<HTMLInputElement | HTMLButtonElement>(`[data-shortcut="${action}"]`);
      if (!control || control.disabled) return;
      e.preventDefault();
      if (control instanceof HTMLInputElement) {
        control.focus();
        control.select();
      } else {
        if (action === 'new') focusNextView();
        control.click();
      }
      return;
    }
    case 'undo':
    case 'redo':
      if (isTyping(e.target)) return;
      e.preventDefault();
      void useHistory.getState().step(action);
  }
}

/** The screen's name, the page's one level-one heading (read by screen readers; the screen shows it by its tab). */
function screenTitle(route: Route, t: Translate): string {
  switch (route.screen) {
    case 'inventory':
      return t('a11y.screen.inventory', { tab: t(`tab.${route.tab}`) });
    case 'dashboard':
      return route.stacking ? t('term.stackingPlan') : t('nav.dashboard');
    case 'map':
      return t('nav.map');
    case 'survey':
      return t('nav.survey');
    case 'pipeline':
      return t('nav.pipeline');
    case 'report':
      return t('report.title');
  }
}

export function App() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const route = useUi((s) => s.route);
  const dialog = useUi((s) => s.dialog);
  const info = useApp((s) => s.info);
  const loadError = useApp((s) => s.loadError);
  const dataVersion = useApp((s) => s.dataVersion);
  const connection = useApp((s) => s.connection);
  // A refused token explains a `forbidden` load error better than the error itself.
  const showLoadError = loadError && !(loadError.code === 'forbidden' && connection === 'refused');

  useEffect(() => {
    void useApp.getState().load();
    const onHash = () => useUi.getState().syncRoute();
    window.addEventListener('hashchange', onHash);
    window.addEventListener('keydown', onKeyDown);
    const offData = onEvent('data-changed', (p) => {
      if (p.reason === 'open' || p.reason === 'restore' || p.reason === 'access') void useApp.getState().load();
      useApp.getState().dataChanged();
    });
    const offMenu = onEvent('menu', (p) => runMenuCommand(p.command, p.file));
    const offConnection = onConnectionStatus((s) => useApp.getState().setConnection(s));
    return () => {
      offConnection();
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', onKeyDown);
      offData();
      offMenu();
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    // Exactly the app name: Electron's main process reads the title to relabel its menu in this language.
    document.title = t('app.name');
  }, [locale, t]);

  // Every change of data (own edits, undo/redo, another window, a restore) refreshes what is on screen.
  useEffect(() => {
    if (dataVersion > 0) useInventory.getState().refreshAll();
    void useHistory.getState().refresh();
    void useLookups.getState().load(dataVersion);
  }, [dataVersion]);

  // The printed report stands alone: no header, menus or dialogs on its pages (issue 9).
  if (route.screen === 'report') {
    return (
      <Suspense fallback={<div className="screen-loading">…</div>}>
        <ReportScreen report={route.report} />
      </Suspense>
    );
  }

  return (
    <div className="app" data-testid="app" data-ready={info ? 'true' : 'false'}>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('a11y.skip')}
      </a>
      <Header />
      <AccessBanner />
      <SurveyBanner />
      <main className="main" id="main" tabIndex={-1}>
        <h1 className="sr-only" data-testid="screen-title">
          {screenTitle(route, t)}
        </h1>
        {connection === 'refused' ? (
          <div className="banner error" role="alert" data-testid="connection-refused">
            {t('app.connection.refused')}
            <div>{t('app.tokenHint')}</div>
          </div>
        ) : null}
        {connection === 'retrying' ? (
          <div className="banner warn" role="status" data-testid="connection-retrying">
            {t('app.connection.retrying')}
          </div>
        ) : null}
        {showLoadError ? (
          <div className="banner error" data-testid="load-error">
            {errorMessage(loadError, locale)}
          </div>
        ) : null}
        {route.screen === 'inventory' ? <InventoryScreen tab={route.tab} view={route.view} /> : null}
        {route.screen === 'dashboard' ? <DashboardScreen /> : null}
        {route.screen === 'survey' ? <SurveyScreen file={route.file} /> : null}
        {route.screen === 'pipeline' ? <PipelineScreen view={route.view} open={route.open} /> : null}
        {route.screen === 'map' ? (
          <Suspense
            fallback={
              <div className="screen-loading" data-testid="map-loading">
                …
              </div>
            }
          >
            <MapScreen />
          </Suspense>
        ) : null}
      </main>
      {info?.needsSetup ? <SetupDialog /> : null}
      {dialog === 'about' ? <AboutDialog /> : null}
      {dialog === 'backups' ? <BackupDialog /> : null}
      <SheetDialogs />
      <Notice />
    </div>
  );
}
