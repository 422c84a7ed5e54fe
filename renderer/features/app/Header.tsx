// App name, navigation, undo/redo, sample badge, backups, about and the language switch.
import { shortcutOf } from '../../components/keyboard';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { localLabel } from '../../lib/format';
import { useApp, useCanWrite } from '../../stores/app';
import { useHistory } from '../../stores/history';
import { useUi } from '../../stores/ui';

export function Header() {
  const t = useT();
  const canWrite = useCanWrite();
  const route = useUi((s) => s.route);
  const info = useApp((s) => s.info);
  const history = useHistory((s) => s.state);
  const busy = useHistory((s) => s.busy);
  const locale = useUi((s) => s.locale);
  const openDialog = useUi((s) => s.openDialog);
  const lastInventory = useUi((s) => s.lastInventory);
  const nav = [
    { screen: 'dashboard' as const, route: { screen: 'dashboard' as const } },
    { screen: 'inventory' as const, route: lastInventory },
    { screen: 'map' as const, route: { screen: 'map' as const } },
    { screen: 'survey' as const, route: { screen: 'survey' as const } },
    { screen: 'pipeline' as const, route: { screen: 'pipeline' as const, view: 'board' as const } },
  ];
  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ▦
        </span>
        <span className="app-name">{t('app.name')}</span>
        {info?.isSample ? (
          <span className="sample-badge" data-testid="sample-badge" title={t('app.sampleHint')}>
            {t('app.sample')}
          </span>
        ) : null}
      </div>
      <nav className="main-nav" aria-label={t('app.name')}>
        {nav.map((n) => (
          <Link
            key={n.screen}
            route={n.route}
            testId={`nav-${n.screen}`}
            className={route.screen === n.screen ? 'active' : undefined}
            current={route.screen === n.screen}
            title={t('a11y.shortcut', { keys: shortcutOf(`go:${n.screen}`).label })}
            keys={shortcutOf(`go:${n.screen}`).aria}
          >
            {t(`nav.${n.screen}`)}
          </Link>
        ))}
      </nav>
      <div className="header-tools">
        <button
          type="button"
          data-testid="undo"
          disabled={!history.canUndo || busy || !canWrite}
          title={`${history.undoLabel ? t('history.undoWhat', { label: localLabel(history.undoLabel, locale) }) : t('history.nothingToUndo')} (${shortcutOf('undo').label})`}
          aria-label={t('history.undo')}
          aria-keyshortcuts={shortcutOf('undo').aria}
          onClick={() => void useHistory.getState().step('undo')}
        >
          ↶ {t('history.undo')}
        </button>
        <button
          type="button"
          data-testid="redo"
          disabled={!history.canRedo || busy || !canWrite}
          title={`${history.redoLabel ? t('history.redoWhat', { label: localLabel(history.redoLabel, locale) }) : t('history.nothingToRedo')} (${shortcutOf('redo').label})`}
          aria-label={t('history.redo')}
          aria-keyshortcuts={shortcutOf('redo').aria}
          onClick={() => void useHistory.getState().step('redo')}
        >
          ↷ {t('history.redo')}
        </button>
        <button type="button" data-testid="open-backups" onClick={() => openDialog('backups')}>
          {t('backup.open')}
        </button>
        <button type="button" data-testid="open-about" onClick={() => openDialog('about')}>
          {t('about.open')}
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}
