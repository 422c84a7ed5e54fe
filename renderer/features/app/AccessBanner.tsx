// Shown while this window may not change the database: another program holds its write lock (with who and since
// when), or the file was replaced under this window. "Try again" / "Reopen" asks main to take the lock now.
import { useState } from 'react';
import { PROGRAM_NAMES } from '../../../shared/messages';
import { invoke } from '../../api/client';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useApp } from '../../stores/app';
import { useUi } from '../../stores/ui';

export function AccessBanner() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const access = useApp((s) => s.info?.access);
  const [busy, setBusy] = useState(false);
  const [stillLocked, setStillLocked] = useState(false);
  if (!access || access.mode === 'write') return null;

  const retry = async () => {
    setBusy(true);
    const r = await invoke('app:retry-write', {});
    setBusy(false);
    if (!r.ok) {
      useUi.getState().notify({ kind: 'error', error: r.error });
      return;
    }
    useApp.getState().setInfo(r.value);
    useApp.getState().dataChanged();
    setStillLocked(r.value.access.mode !== 'write');
  };

  const holder = access.reason === 'locked' ? access.holder : null;
  const text =
    access.reason === 'replaced'
      ? t('access.replaced')
      : holder
        ? t('access.lockedBy', { program: PROGRAM_NAMES[holder.program][locale], pid: holder.pid, since: formatDateTime(holder.since) })
        : t('access.lockedUnknown');
  return (
    <div className="banner warn access-banner" role="status" data-testid="access-banner" data-reason={access.reason}>
      <strong>{t('access.readOnly')}</strong> {text}
      <button type="button" className="small" data-testid="access-retry" disabled={busy} onClick={() => void retry()}>
        {t(access.reason === 'replaced' ? 'access.reopen' : 'access.retry')}
      </button>
      {stillLocked ? (
        <span className="muted" data-testid="access-still-locked">
          {' '}
          {t('access.stillLocked')}
        </span>
      ) : null}
    </div>
  );
}
