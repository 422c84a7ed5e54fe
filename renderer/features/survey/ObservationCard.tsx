// What the surveyor records for one building or unit, saved as it is typed (a short pause, or leaving the field,
// sends the changed fields; each save is one transaction in the package): observed status, tenant seen, measured
// area, notes, location (typed, or taken from a photo's GPS tag) and photos.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { OBSERVED_STATUSES, type Observation, type PhotoRef, type SurveyEntity } from '../../../shared/survey/model';
import { invoke } from '../../api/client';
import { useT } from '../../i18n';
import { useCanWrite } from '../../stores/app';
import { useUi } from '../../stores/ui';
import { PhotoStrip } from './PhotoStrip';
import { preparePhoto } from './photoFile';
import { pickOnMap } from './SurveyPick';

interface Draft {
  status: string;
  tenantSeen: string;
  measuredAreaM2: string;
  notes: string;
  lon: string;
  lat: string;
}

const draftOf = (o: Observation | null): Draft => ({
  status: o?.status ?? '',
  tenantSeen: o?.tenantSeen ?? '',
  measuredAreaM2: o?.measuredAreaM2 == null ? '' : String(o.measuredAreaM2),
  notes: o?.notes ?? '',
  lon: o?.lon == null ? '' : String(o.lon),
  lat: o?.lat == null ? '' : String(o.lat),
});

const numberOrNull = (text: string): number | null | undefined => {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
};

/** The fields that differ from what was saved, as the channel takes them (undefined: not valid yet, not sent). */
function changesOf(saved: Draft, now: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (now.status !== saved.status) out.status = now.status === '' ? null : now.status;
  if (now.tenantSeen !== saved.tenantSeen) out.tenantSeen = now.tenantSeen;
  if (now.notes !== saved.notes) out.notes = now.notes;
  if (now.measuredAreaM2 !== saved.measuredAreaM2) {
    const n = numberOrNull(now.measuredAreaM2);
    if (n === null || (n !== undefined && n > 0)) out.measuredAreaM2 = n;
  }
  if (now.lon !== saved.lon || now.lat !== saved.lat) {
    const lon = numberOrNull(now.lon);
    const lat = numberOrNull(now.lat);
    if (lon !== undefined && lat !== undefined && (lon === null) === (lat === null))
      Object.assign(out, { lon, lat, locationSource: lon === null ? null : 'typed' });
  }
  return out;
}

interface Props {
  entity: SurveyEntity;
  id: string;
  title: string;
  subtitle?: string;
  observation: Observation | null;
  photos: PhotoRef[];
}

export function ObservationCard({ entity, id, title, subtitle, observation, photos }: Props) {
  const t = useT();
  const canWrite = useCanWrite();
  const [draft, setDraft] = useState<Draft>(() => draftOf(observation));
  const saved = useRef<Draft>(draftOf(observation));
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>(observation ? 'saved' : 'idle');
  const [adding, setAdding] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(draft);
  latest.current = draft;

  const save = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const now = latest.current;
    const changes = changesOf(saved.current, now);
    if (Object.keys(changes).length === 0) return;
    setState('saving');
    const r = await invoke('survey:observe', { entity, id, ...changes });
    if (!r.ok) {
      setState('error');
      useUi.getState().notify({ kind: 'error', error: r.error });
      return;
    }
    saved.current = draftOf(r.value);
    setState('saved');
  };

  // Leaving the card (another building chosen, the screen closed) still saves what was typed.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () => () => {
      if (timer.current) void saveRef.current();
    },
    [],
  );

  const change = (field: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    latest.current = { ...latest.current, [field]: value };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), 350);
  };

  const addPhotos = async (files: FileList | null) => {
    if (!files?.length) return;
    setAdding(true);
    for (const file of Array.from(files)) {
      const photo = await preparePhoto(file);
      if (!photo.ok) {
        useUi
          .getState()
          .notify({ kind: 'info', key: photo.reason === 'type' ? 'survey.photoType' : 'survey.photoSize', params: { name: photo.name } });
        continue;
      }
      const r = await invoke('survey:photo-add', { entity, id, ...photo.input });
      if (!r.ok) useUi.getState().notify({ kind: 'error', error: r.error });
      else if (r.value.lat !== null && r.value.lon !== null && draft.lat === '') {
        const fromPhoto = { lon: String(r.value.lon), lat: String(r.value.lat) };
        setDraft((d) => ({ ...d, ...fromPhoto }));
        saved.current = { ...saved.current, ...fromPhoto };
      }
    }
    setAdding(false);
  };

  const field = (label: string, input: ReactNode) => (
    <label className="obs-field">
      <span>{label}</span>
      {input}
    </label>
  );
  const text = (name: keyof Draft, extra: Record<string, unknown> = {}) => (
    <input
      value={draft[name]}
      disabled={!canWrite}
      data-testid={`obs-${name}-${id}`}
      onChange={(e) => change(name, e.target.value)}
      onBlur={() => void save()}
      {...extra}
    />
  );
  return (
    <article className={`obs-card${draft.status ? ' visited' : ''}`} data-testid={`obs-${id}`} data-state={state}>
      <header>
        <strong>{title}</strong>
        {subtitle ? <span className="muted"> {subtitle}</span> : null}
        <span className={`obs-state ${state}`} data-testid={`obs-state-${id}`}>
          {state === 'idle' ? '' : t(`survey.state.${state}`)}
        </span>
      </header>
      <div className="obs-grid">
        {field(
          t('survey.status'),
          <select
            value={draft.status}
            disabled={!canWrite}
            data-testid={`obs-status-${id}`}
            onChange={(e) => {
              change('status', e.target.value);
            }}
          >
            <option value="">{t('survey.notVisited')}</option>
            {OBSERVED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`survey.observed.${s}`)}
              </option>
            ))}
          </select>,
        )}
        {entity === 'unit' ? field(t('survey.tenantSeen'), text('tenantSeen', { maxLength: 200 })) : null}
        {entity === 'unit' ? field(t('survey.measuredArea'), text('measuredAreaM2', { inputMode: 'decimal' })) : null}
        {field(t('survey.lon'), text('lon', { inputMode: 'decimal' }))}
        {field(t('survey.lat'), text('lat', { inputMode: 'decimal' }))}
        <label className="obs-field wide">
          <span>{t('survey.notes')}</span>
          <textarea
            value={draft.notes}
            rows={2}
            maxLength={4000}
            disabled={!canWrite}
            data-testid={`obs-notes-${id}`}
            onChange={(e) => change('notes', e.target.value)}
            onBlur={() => void save()}
          />
        </label>
      </div>
      <PhotoStrip photos={photos} />
      <button
        type="button"
        className="small"
        disabled={!canWrite}
        data-testid={`obs-pick-${id}`}
        onClick={() => pickOnMap({ entity, id, label: title })}
      >
        {t('survey.pickOnMap')}
      </button>{' '}
      <label className="button small add-photo">
        {adding ? t('survey.adding') : t('survey.addPhoto')}
        <input
          type="file"
          accept="image/*"
          multiple
          hidden
          disabled={!canWrite || adding}
          data-testid={`photo-input-${id}`}
          onChange={(e) => {
            void addPhotos(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
    </article>
  );
}
