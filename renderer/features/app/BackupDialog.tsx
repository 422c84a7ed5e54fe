// Backups beside the database: list, back up now, restore one after a confirmation (progress if reported).
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, EventMap } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import { invoke, onEvent } from '../../api/client';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useApp, useCanWrite } from '../../stores/app';
import { BackupFolder } from './BackupFolder';
import { useUi } from '../../stores/ui';

export function BackupDialog() {
  const t = useT();
  const canWrite = useCanWrite();
  const locale = useUi((s) => s.locale);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [progress, setProgress] = useState<EventMap['progress'] | null>(null);
  const close = () => useUi.getState().openDialog(null);

  const load = useCallback(async () => {
    const r = await invoke('backup:list', {});
    if (r.ok) setBackups(r.value);
    else setError(r.error);
  }, []);

  useEffect(() => {
    void load();
    return onEvent('progress', (p) => {
      if (p.kind === 'backup' || p.kind === 'restore') setProgress(p.finished ? null : p);
    });
  }, [load]);

  const backupNow = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('backup:create', {});
    setBusy(false);
    setProgress(null);
    if (!r.ok) setError(r.error);
    else useUi.getState().notify({ kind: 'info', key: 'backup.done' });
    void load();
  };

  const restore = async (b: BackupInfo) => {
    setBusy(true);
    setError(null);
    const r = await invoke('backup:restore', { file: b.file });
    setBusy(false);
    setProgress(null);
    setConfirming(null);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    useApp.getState().setInfo(r.value);
    useApp.getState().dataChanged();
    useUi.getState().notify({ kind: 'info', key: 'backup.restored', params: { file: b.file } });
    void load();
  };

  return (
    <Modal
      title={t('backup.title')}
      onClose={busy ? undefined : close}
      testId="backup-dialog"
      wide
      footer={
        <>
          <button type="button" className="primary" data-testid="backup-now" disabled={busy} onClick={() => void backupNow()}>
            {t('backup.now')}
          </button>
          <button type="button" data-testid="close-backups" disabled={busy} onClick={close}>
            {t('action.close')}
          </button>
        </>
      }
    >
      {progress ? (
        <div className="progress" data-testid="backup-progress">
          <progress max={progress.total || 1} value={progress.done} />
          <span>{t(progress.kind === 'restore' ? 'backup.restoring' : 'backup.working')}</span>
        </div>
      ) : busy ? (
        <p className="muted">{t('backup.working')}</p>
      ) : null}
      {error ? <p className="banner error">{errorMessage(error, locale)}</p> : null}
      {confirming ? (
        <div className="confirm" data-testid="restore-confirm">
          <p>{t('backup.confirmRestore', { file: confirming.file, at: formatDateTime(confirming.createdAt) })}</p>
          <button type="button" className="danger" data-testid="confirm-restore" disabled={busy} onClick={() => void restore(confirming)}>
            {t('backup.restore')}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
            {t('action.cancel')}
          </button>
        </div>
      ) : null}
      {backups === null ? <p className="muted">{t('list.loading')}</p> : null}
      {backups && backups.length === 0 ? <p className="muted">{t('backup.none')}</p> : null}
      {backups && backups.length > 0 ? (
        <p className="muted" data-testid="backup-total">
          {t('backup.total', {
            count: backups.length,
            size: formatBytes(
              backups.reduce((sum, b) => sum + b.sizeBytes, 0),
              locale,
            ),
          })}
        </p>
      ) : null}
      <BackupFolder />
      <p className="muted small">{t('backup.policy')}</p>
      {backups && backups.length > 0 ? (
        <table className="table" data-testid="backup-list">
          <thead>
            <tr>
              <th>{t('backup.when')}</th>
              <th>{t('backup.reason')}</th>
              <th>{t('backup.size')}</th>
              <th>{t('backup.file')}</th>
              <th>
                <span className="sr-only">{t('a11y.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.file} data-testid="backup-row">
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{t(`backup.reason.${b.reason}`)}</td>
                <td className="end">{formatBytes(b.sizeBytes, locale)}</td>
                <td className="path">{b.file}</td>
                <td>
                  <button
                    type="button"
                    className="small"
                    disabled={busy || !canWrite}
                    title={canWrite ? undefined : t('access.readOnlyHint')}
                    data-testid="restore"
                    onClick={() => setConfirming(b)}
                  >
                    {t('backup.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Modal>
  );
}
