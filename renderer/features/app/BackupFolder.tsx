// Where the backups are (issue 10, item 12): the folder's path, and a button that opens it in the desktop app or
// copies the path in a browser (which cannot open a folder on this computer).
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import { invoke } from '../../api/client';
import { useT } from '../../i18n';
import { useApp } from '../../stores/app';
import { useUi } from '../../stores/ui';

export function BackupFolder() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const desktop = useApp((s) => s.info?.transport === 'electron');
  const [folder, setFolder] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    void invoke('backup:folder', {}).then((r) => (r.ok ? setFolder(r.value.path) : setError(r.error)));
  }, []);

  const open = async () => {
    setError(null);
    const r = await invoke('backup:open-folder', {});
    if (!r.ok) setError(r.error);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(folder ?? '');
      setNote(t('backup.folderCopied'));
    } catch {
      setNote(t('backup.folderCopyFailed'));
    }
  };

  return (
    <div className="backup-folder" data-testid="backup-folder">
      <span className="muted">{t('backup.folder')}</span>
      <code data-testid="backup-folder-path">{folder ?? '…'}</code>
      {desktop ? (
        <button type="button" className="small" data-testid="backup-open-folder" disabled={!folder} onClick={() => void open()}>
          {t('backup.openFolder')}
        </button>
      ) : (
        <button
          type="button"
          className="small"
          data-testid="backup-copy-folder"
          disabled={!folder}
          onClick={() => void copy()}
          title={t('backup.folderBrowserHint')}
        >
          {t('backup.copyFolder')}
        </button>
      )}
      {note ? (
        <span className="muted" role="status" data-testid="backup-folder-note">
          {note}
        </span>
      ) : null}
      {error ? <span className="field-error">{errorMessage(error, locale)}</span> : null}
    </div>
  );
}
