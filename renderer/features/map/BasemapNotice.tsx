// Why the basemap is missing (or has holes), over the map: the configured file could not be opened, its tiles
// could not be loaded, or the setting could not be read. Dismissable; it comes back only for a new basemap.
import { errorMessage } from '../../../shared/messages';
import { useT } from '../../i18n';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';

export function BasemapNotice() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const problem = useMap((s) => s.basemapProblem);
  if (!problem || problem.dismissed) return null;
  let text: string;
  if (problem.kind === 'file') text = t('map.basemap.problem.file', { name: problem.name, detail: problem.detail });
  else if (problem.kind === 'tiles') text = t('map.basemap.problem.tiles', { detail: problem.detail });
  else text = t('map.basemap.problem.setting', { detail: errorMessage(problem.error, locale) });
  return (
    <div className="map-notice banner error" role="alert" data-testid="map-basemap-problem" data-kind={problem.kind}>
      <span>{text}</span>
      <button type="button" onClick={() => useMap.getState().dismissBasemapProblem()}>
        {t('map.basemap.problem.dismiss')}
      </button>
    </div>
  );
}
