// Survey mode's main screen: the package's buildings with their progress (units visited of total) on the left,
// the chosen building's observation and one card per unit on the right. Corrections to a building's or unit's
// attributes and outlines go through the usual inventory forms and the map (links here), into the package.
import { useEffect, useState } from 'react';
import type { SurveyBuildingView } from '../../../shared/survey/model';
import { invoke } from '../../api/client';
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import { useApp } from '../../stores/app';
import { useUi } from '../../stores/ui';
import { ObservationCard } from './ObservationCard';
import { useSurveyInfo } from './SurveyBanner';
import { useSurveyPick } from './SurveyPick';

function floorName(floor: number): string {
  return floor < 0 ? `B${-floor}` : `F${floor}`;
}

export function RecordSurvey() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const info = useSurveyInfo();
  const dataVersion = useApp((s) => s.dataVersion);
  const buildingId = useSurveyPick((s) => s.building);
  const setBuildingId = useSurveyPick((s) => s.setBuilding);
  const [view, setView] = useState<SurveyBuildingView | null>(null);
  const chosen = buildingId ?? info?.buildings[0]?.buildingId ?? null;

  useEffect(() => {
    if (!chosen) return undefined;
    let live = true;
    void invoke('survey:building', { buildingId: chosen }).then((r) => {
      if (live && r.ok) setView(r.value);
    });
    return () => {
      live = false;
    };
  }, [chosen, dataVersion]);

  if (!info) return <div className="screen-loading">…</div>;
  const building = info.buildings.find((b) => b.buildingId === chosen);
  return (
    <div className="survey-record" data-testid="survey-record">
      <aside className="survey-buildings">
        <h2>{t('survey.buildings')}</h2>
        <div className="muted">{t('survey.progressAll', { visited: info.visited, total: info.total })}</div>
        <ul>
          {info.buildings.map((b) => (
            <li key={b.buildingId}>
              <button
                type="button"
                className={b.buildingId === chosen ? 'active' : undefined}
                data-testid={`survey-building-${b.buildingId}`}
                onClick={() => setBuildingId(b.buildingId)}
              >
                <span>{localName({ zh: b.nameZh, en: b.nameEn }, locale)}</span>
                <progress max={Math.max(b.total, 1)} value={b.visited} />
                <span className="muted" data-testid={`survey-progress-${b.buildingId}`}>
                  {t('survey.progress', { visited: b.visited, total: b.total })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="survey-building">
        {building && view ? (
          <>
            <header className="detail-head">
              <h2>{localName({ zh: building.nameZh, en: building.nameEn }, locale)}</h2>
              <div className="actions">
                <Link route={routes.edit('buildings', building.buildingId)} className="button" testId="survey-correct-building">
                  {t('survey.correct')}
                </Link>
                <Link route={{ screen: 'map' }} className="button">
                  {t('survey.outline')}
                </Link>
              </div>
            </header>
            <ObservationCard
              key={`b:${building.buildingId}`}
              entity="building"
              id={building.buildingId}
              title={t('survey.theBuilding')}
              observation={view.building}
              photos={view.photos}
            />
            {view.units.map((u) => (
              <div key={u.id} className="survey-unit">
                <ObservationCard
                  entity="unit"
                  id={u.id}
                  title={`${floorName(u.floor)} · ${u.label}`}
                  subtitle={t('survey.recorded', { area: u.areaM2 })}
                  observation={u.observation}
                  photos={u.photos}
                />
                <Link route={routes.edit('units', u.id)} className="small" testId={`survey-correct-${u.id}`}>
                  {t('survey.correct')}
                </Link>
              </div>
            ))}
          </>
        ) : (
          <div className="muted">{t('list.loading')}</div>
        )}
      </section>
    </div>
  );
}
