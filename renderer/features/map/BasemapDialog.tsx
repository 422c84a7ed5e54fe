// The basemap choice, remembered per database: none (default, fully offline), an https raster tile template
// (the only case where requests leave the app), or a local PMTiles file picked in this session.
import { useState } from 'react';
import type { BasemapSetting } from '../../../shared/map-views';
import { errorMessage } from '../../../shared/messages';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import type { LocalTiles } from '../../map/layers/basemap';
import { isTileTemplate } from '../../map/layers/style';
import { openConfiguredPmtiles, openPmtiles } from '../../map/pmtiles';
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
  const [filePath, setFilePath] = useState(current.kind === 'pmtiles' ? current.source : '');
  const [error, setError] = useState<string | null>(null);
  const invalid = kind === 'raster-url' && !isTileTemplate(url.trim());

  async function save() {
    if (invalid) {
      setError(t('map.basemap.urlInvalid'));
      return;
    }
    let tiles: LocalTiles | null = null;
    const path = filePath.trim();
    if (kind === 'pmtiles' && !path && !file && !currentTiles) {
      setError(t('map.basemap.pmtilesPick'));
      return;
    }
    if (kind === 'pmtiles' && path && !/^(\/|[A-Za-z]:\\).*\.pmtiles$/i.test(path)) {
      setError(t('map.basemap.pmtilesPathInvalid'));
      return;
    }
    const setting: BasemapSetting =
      kind === 'raster-url' ? { kind, source: url.trim() } : kind === 'pmtiles' ? { kind, source: file ? '' : path } : { kind, source: '' };
    if (kind === 'pmtiles' && !file && path) {
      // Save the path first: the app's origin serves the file configured for the database, then open it from there.
      const failedPath = await saveBasemap(setting, currentTiles);
      if (failedPath) return setError(errorMessage(failedPath, locale));
    }
    if (kind === 'pmtiles') {
      try {
        tiles = file ? await openPmtiles(file) : path ? await openConfiguredPmtiles(path) : currentTiles;
      } catch {
        setError(t('map.basemap.pmtilesInvalid'));
        return;
      }
    }
    const failed = await saveBasemap(setting, tiles);
    if (failed) setError(errorMessage(failed, locale));
    else onClose();
  }

  const radio = (value: Choice, label: string) => (
    <label className="map-radio">
      <input
        type="radio"
        name="basemap"
        checked={kind === value}
        onChange={() => {
          setKind(value);
          setError(null);
        }}
        data-testid={`basemap-${value}`}
      />
      {label}
    </label>
  );

  return (
    <Modal
      title={t('map.basemap.title')}
      onClose={onClose}
      testId="basemap-dialog"
      footer={
        <>
          <button type="button" onClick={onClose} data-testid="basemap-cancel">
            {t('map.basemap.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void save()} data-testid="basemap-save">
            {t('map.basemap.save')}
          </button>
        </>
      }
    >
      {radio('none', t('map.basemap.none'))}
      {radio('raster-url', t('map.basemap.raster'))}
      {kind === 'raster-url' ? (
        <div className="map-basemap-url">
          <input
            type="text"
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              setError(null);
            }}
            aria-invalid={invalid && url !== ''}
            placeholder="https://…/{z}/{x}/{y}.png"
            aria-label={t('map.basemap.url')}
            data-testid="basemap-url"
          />
          <div className="muted">{t('map.basemap.url')}</div>
          <div className="muted">{t('map.basemap.online')}</div>
        </div>
      ) : null}
      {radio('pmtiles', t('map.basemap.pmtiles'))}
      {kind === 'pmtiles' ? (
        <div className="map-basemap-url">
          <input
            type="text"
            value={filePath}
            placeholder="/…/basemap.pmtiles"
            data-testid="basemap-path"
            aria-label={t('map.basemap.pmtilesPath')}
            onChange={(e) => {
              setFilePath(e.target.value);
              setError(null);
            }}
          />
          <div className="muted">{t('map.basemap.pmtilesPathHint')}</div>
          <input
            type="file"
            accept=".pmtiles"
            data-testid="basemap-file"
            aria-label={t('map.basemap.pmtiles')}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setError(null);
            }}
          />
          {currentTiles && !file ? <div className="muted">{t('map.basemap.pmtilesCurrent', { name: currentTiles.name })}</div> : null}
          <div className="muted">{t('map.basemap.pmtilesHint')}</div>
        </div>
      ) : null}
      {error ? (
        <div className="field-error" role="alert" data-testid="basemap-error">
          {error}
        </div>
      ) : null}
    </Modal>
  );
}
