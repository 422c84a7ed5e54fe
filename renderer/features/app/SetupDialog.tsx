// First run: start with the sample district (marked as sample) or empty (zones and targets only).
import { useState } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import { useApp } from '../../stores/app';
import { useUi } from '../../stores/ui';

export function SetupDialog() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const busy = useApp((s) => s.settingUp);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const choose = async (mode: 'sample' | 'empty') => {
    setError(await useApp.getState().setup(mode));
  };
  return (
    <Modal title={t('setup.title')} testId="setup-dialog">
      <div className="setup-intro">
        <p>{t('setup.intro')}</p>
        <LanguageSwitch testId="setup-language" />
      </div>
      <div className="setup-choices">
        <button type="button" className="choice" data-testid="setup-sample" disabled={busy} onClick={() => void choose('sample')}>
          <strong>{t('setup.sample')}</strong>
          <span>{t('setup.sampleHint')}</span>
        </button>
        <button type="button" className="choice" data-testid="setup-empty" disabled={busy} onClick={() => void choose('empty')}>
          <strong>{t('setup.empty')}</strong>
          <span>{t('setup.emptyHint')}</span>
        </button>
      </div>
      {busy ? <p className="muted">{t('setup.working')}</p> : null}
      {error ? <p className="banner error">{errorMessage(error, locale)}</p> : null}
    </Modal>
  );
}
