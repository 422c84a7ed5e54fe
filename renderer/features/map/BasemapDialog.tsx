// The basemap choice, remembered per database: none (default, fully offline) or an https raster tile template.
import { useState } from 'react';
import type { BasemapSetting } from '../../../shared/map-views';
import { errorMessage } from '../../../shared/messages';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import { isTileTemplate } from '../../map/layers/style';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';

export function BasemapDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const current = useMap((s) => s.basemap);
  const saveBasemap = useMap((s) => s.saveBasemap);
  const [kind, setKind] = useState<'none' | 'raster-url'>(current.kind === 'raster-url' ? 'raster-url' : 'none');
  const [url, setUrl] = useState(current.kind === 'raster-url' ? current.source : '');
  const [error, setError] = useState<string | null>(null);
  const invalid = kind === 'raster-url' && !isTileTemplate(url.trim());

  async function save() {
    if (invalid) {
      setError(t('map.basemap.urlInvalid'));
      return;
    }
    const setting: BasemapSetting = kind === 'none' ? { kind: 'none', source: '' } : { kind: 'raster-url', source: url.trim() };
    const failed = await saveBasemap(setting);
    if (failed) setError(errorMessage(failed, locale));
    else onClose();
  }

  return (
    <Modal title={t('map.basemap.title')} onClose={onClose} testId="basemap-dialog"
      footer={(
        <>
          <button type="button" onClick={onClose} data-testid="basemap-cancel">{t('map.basemap.cancel')}</button>
          <button type="button" className="primary" onClick={() => void save()} data-testid="basemap-save">{t('map.basemap.save')}</button>
        </>
      )}>
      <label className="map-radio">
        <input type="radio" name="basemap" checked={kind === 'none'} onChange={() => setKind('none')} data-testid="basemap-none" />
        {t('map.basemap.none')}
      </label>
      <label className="map-radio">
        <input type="radio" name="basemap" checked={kind === 'raster-url'} onChange={() => setKind('raster-url')} data-testid="basemap-raster" />
        {t('map.basemap.raster')}
      </label>
      {kind === 'raster-url' ? (
        <div className="map-basemap-url">
          <input type="text" value={url} onChange={(e) => { setUrl(e.target.value); setError(null); }} aria-invalid={invalid && url !== ''}
            placeholder="https://…/{z}/{x}/{y}.png" aria-label={t('map.basemap.url')} data-testid="basemap-url" />
          <div className="muted">{t('map.basemap.url')}</div>
          <div className="muted">{t('map.basemap.online')}</div>
        </div>
      ) : null}
      <p className="muted">{t('map.basemap.pmtiles')}</p>
      {error ? <div className="field-error" role="alert" data-testid="basemap-error">{error}</div> : null}
    </Modal>
  );
}
