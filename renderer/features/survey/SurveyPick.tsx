// A location from the map: the surveyor asks for it on an observation card, the map screen says what to click,
// and the next click on the map becomes that building's or unit's location (source 'map').
import { create } from 'zustand';
import type { SurveyEntity } from '../../../shared/survey/model';
import { invoke } from '../../api/client';
import { useT } from '../../i18n';
import { routes } from '../../lib/routes';
import { useApp } from '../../stores/app';
import { useUi } from '../../stores/ui';

interface PickTarget {
  entity: SurveyEntity;
  id: string;
  label: string;
}

interface SurveyUi {
  target: PickTarget | null;
  /** The building open on the recording screen (kept while the map is used). */
  building: string | null;
  /** Buildings picked by hand for the next package (from the list, or from the map). */
  picked: string[];
  set(target: PickTarget | null): void;
  setBuilding(id: string): void;
  setPicked(ids: string[]): void;
}

export const useSurveyPick = create<SurveyUi>((set) => ({
  target: null,
  building: null,
  picked: [],
  set: (target) => set({ target }),
  setBuilding: (building) => set({ building }),
  setPicked: (picked) => set({ picked }),
}));

/** On the map's building panel (office): adds the building to the hand-picked list and opens "Prepare survey". */
export function AddToSurvey({ buildingId }: { buildingId: string }) {
  const t = useT();
  const mode = useApp((s) => s.info?.mode);
  if (mode !== 'office') return null;
  const add = () => {
    const { picked, setPicked } = useSurveyPick.getState();
    if (!picked.includes(buildingId)) setPicked([...picked, buildingId]);
    useUi.getState().navigate(routes.survey());
  };
  return (
    <button type="button" className="small" data-testid="map-add-to-survey" onClick={add}>
      {t('survey.addToSurvey')}
    </button>
  );
}

/** Starts a pick: the map opens and waits for a click. */
export function pickOnMap(target: PickTarget): void {
  useSurveyPick.getState().set(target);
  useUi.getState().navigate({ screen: 'map' });
}

/** Called by the map for every click; true when the click was taken as a survey location. */
export function placeSurveyLocation([lon, lat]: [number, number]): boolean {
  const target = useSurveyPick.getState().target;
  if (!target) return false;
  useSurveyPick.getState().set(null);
  void invoke('survey:observe', { entity: target.entity, id: target.id, lon, lat, locationSource: 'map' }).then((r) => {
    if (!r.ok) {
      useUi.getState().notify({ kind: 'error', error: r.error });
      return;
    }
    useUi.getState().notify({ kind: 'info', key: 'survey.locationSet', params: { label: target.label } });
    useUi.getState().navigate(routes.survey());
  });
  return true;
}

export function SurveyPickBanner() {
  const t = useT();
  const target = useSurveyPick((s) => s.target);
  if (!target) return null;
  return (
    <div className="map-status banner info" role="status" data-testid="survey-pick">
      {t('survey.pickHint', { label: target.label })}{' '}
      <button type="button" className="small" onClick={() => useSurveyPick.getState().set(null)}>
        {t('action.cancel')}
      </button>
    </div>
  );
}
