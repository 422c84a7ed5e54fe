// The basemap choice, remembered per database: none (default, fully offline), an https raster tile template
// (the only case where requests leave the app), or a local PMTiles file picked in this session.
import { useState } from 'react';
import type { BasemapSetting } from '../../../shared/map-views';
import { errorMessage } from '../../../shared/messages';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import type { LocalTiles } from '../../map/layers/basemap';
import { isTileTemplate } from '../../map/layers/style';
import { openPmtiles } from '../../map/pmtiles';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';

type Choice = 'none' | 'raster-url' | 'pmtiles';

export function BasemapDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const current = useMap((s) => s.basemap);
  const currentTiles = useMap((s) => s.localTiles);
  const saveBasemap = useMap((s) => s.saveBasemap);
  const [kind, setKind] = useState<Choice>(current.kind === 'raster-url' || current.kind === 'pmtiles' ? current.kind : 'none');
  const [url, setUrl] = useState(current.kind === 'raster-url' ? current.source : '');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const invalid = kind === 'raster-url' && !isTileTemplate(url.trim());

  async function save() {
    if (invalid) {
      setError(t('map.basemap.urlInvalid'));
      return;
    }
    let tiles: LocalTiles | null = null;
    if (kind === 'pmtiles') {
      if (!file && !currentTiles) {
        setError(t('map.basemap.pmtilesPick'));
        return;
      }
      try {
        tiles = file ? await openPmtiles(file) : currentTiles;
      } catch {
        setError(t('map.basemap.pmtilesInvalid'));
        return;
      }
    }
    const setting: BasemapSetting = kind === 'raster-url' ? { kind, source: url.trim() } : { kind, source: '' };
    const failed = await saveBasemap(setting, tiles);
    if (failed) setError(errorMessage(failed, locale));
    else onClose();
  }

  const radio = (value: Choice, label: string) => (
    <label className="map-radio">
      <input type="radio" name="basemap" checked={kind === value} onChange={() => { setKind(value); setError(null); }} data-testid={`basemap-${value}`} />
      {label}
    </label>
  );

  return (
    <Modal title={t('map.basemap.title')} onClose={onClose} testId="basemap-dialog"
      footer={(
        <>
          <button type="button" onClick={onClose} data-testid="basemap-cancel">{t('map.basemap.cancel')}</button>
          <button type="button" className="primary" onClick={() => void save()} data-testid="basemap-save">{t('map.basemap.save')}</button>
        </>
      )}>
      {radio('none', t('map.basemap.none'))}
      {radio('raster-url', t('map.basemap.raster'))}
      {kind === 'raster-url' ? (
        <div className="map-basemap-url">
          <input type="text" value={url} onChange={(e) => { setUrl(e.target.value); setError(null); }} aria-invalid={invalid && url !== ''}
            placeholder="https://…/{z}/{x}/{y}.png" aria-label={t('map.basemap.url')} data-testid="basemap-url" />
          <div className="muted">{t('map.basemap.url')}</div>
          <div className="muted">{t('map.basemap.online')}</div>
        </div>
      ) : null}
      {radio('pmtiles', t('map.basemap.pmtiles'))}
      {kind === 'pmtiles' ? (
        <div className="map-basemap-url">
          <input type="file" accept=".pmtiles" data-testid="basemap-file" aria-label={t('map.basemap.pmtiles')}
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setError(null); }} />
          {currentTiles && !file ? <div className="muted">{t('map.basemap.pmtilesCurrent', { name: currentTiles.name })}</div> : null}
          <div className="muted">{t('map.basemap.pmtilesHint')}</div>
        </div>
      ) : null}
      {error ? <div className="field-error" role="alert" data-testid="basemap-error">{error}</div> : null}
    </Modal>
  );
}
