import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import { useApp } from '../../stores/app';
import { useUi } from '../../stores/ui';

export function AboutDialog() {
  const t = useT();
  const info = useApp((s) => s.info);
  const close = () => useUi.getState().openDialog(null);
  return (
    <Modal
      title={t('about.title')}
      onClose={close}
      testId="about-dialog"
      footer={
        <button type="button" data-testid="close-about" onClick={close}>
          {t('action.close')}
        </button>
      }
    >
      <p>{t('about.blurb')}</p>
      <dl className="fields">
        <div>
          <dt>{t('about.version')}</dt>
          <dd data-testid="about-version">{info?.version ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('about.schema')}</dt>
          <dd>{info?.schemaVersion ?? '—'}</dd>
        </div>
        <div className="wide">
          <dt>{t('about.database')}</dt>
          <dd className="path" data-testid="about-db">
            {info?.dbPath ?? '—'}
          </dd>
        </div>
        <div>
          <dt>{t('about.transport')}</dt>
          <dd>{info ? t(info.transport === 'web' ? 'about.web' : 'about.electron') : '—'}</dd>
        </div>
        <div>
          <dt>{t('about.data')}</dt>
          <dd>{info?.isSample ? t('app.sample') : t('about.ownData')}</dd>
        </div>
      </dl>
    </Modal>
  );
}
