// "Prepare survey": choose the buildings (a zone, a park, or buildings picked from the list), name the surveyor,
// and write the package (beside the database under surveys/, or at a path typed here). Progress is shown and the
// work can be cancelled.
import { useState } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import type { PrepareResult, SurveyScope } from '../../../shared/survey/model';
import { invoke } from '../../api/client';
import { Picker } from '../../components/Picker';
import { useRefLabel } from '../../components/RefLink';
import { useT } from '../../i18n';
import { useUi } from '../../stores/ui';
import { useSurveyPick } from './SurveyPick';
import { useTask } from './useTask';

type Kind = SurveyScope['kind'];

export function PreparePanel({ onPrepared }: { onPrepared(file: string): void }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const picked = useSurveyPick((s) => s.picked);
  const setPicked = useSurveyPick((s) => s.setPicked);
  const [kind, setKind] = useState<Kind>(picked.length ? 'buildings' : 'park');
  const [zoneId, setZoneId] = useState('');
  const [parkId, setParkId] = useState('');
  const [next, setNext] = useState('');
  const [surveyor, setSurveyor] = useState('');
  const [out, setOut] = useState('');
  const [result, setResult] = useState<PrepareResult | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const task = useTask('survey-prepare');

  const scope: SurveyScope | null =
    kind === 'zone'
      ? zoneId
        ? { kind, id: zoneId }
        : null
      : kind === 'park'
        ? parkId
          ? { kind, id: parkId }
          : null
        : picked.length
          ? { kind, ids: picked }
          : null;

  const prepare = async () => {
    if (!scope) return;
    setError(null);
    setResult(null);
    const r = await task.run((taskId) => invoke('survey:prepare', { scope, surveyor, taskId, ...(out.trim() ? { out: out.trim() } : {}) }));
    if (r.ok) {
      setResult(r.value);
      onPrepared(r.value.file);
    } else if (r.error.code !== 'cancelled') setError(r.error);
  };

  return (
    <section className="detail survey-panel" data-testid="survey-prepare">
      <h2>{t('survey.prepareTitle')}</h2>
      <p className="muted">{t('survey.prepareHint')}</p>
      <div className="survey-form">
        <label>
          <span>{t('survey.scope')}</span>
          <select value={kind} data-testid="prepare-kind" onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="zone">{t('survey.scope.zone')}</option>
            <option value="park">{t('survey.scope.park')}</option>
            <option value="buildings">{t('survey.scope.buildings')}</option>
          </select>
        </label>
        {kind === 'zone' ? (
          <label>
            <span>{t('field.zoneId')}</span>
            <Picker name="prepare-zone" entity="zone" value={zoneId} onChange={setZoneId} />
          </label>
        ) : null}
        {kind === 'park' ? (
          <label>
            <span>{t('field.parkId')}</span>
            <Picker name="prepare-park" entity="park" value={parkId} onChange={setParkId} />
          </label>
        ) : null}
        {kind === 'buildings' ? (
          <div className="wide">
            <label>
              <span>{t('survey.addBuilding')}</span>
              <Picker
                name="prepare-building"
                entity="building"
                value={next}
                onChange={(id) => {
                  if (id && !picked.includes(id)) setPicked([...picked, id]);
                  setNext('');
                }}
              />
            </label>
            <ul className="picked" data-testid="prepare-picked">
              {picked.map((id) => (
                <li key={id}>
                  <PickedBuilding id={id} />{' '}
                  <button type="button" className="small" onClick={() => setPicked(picked.filter((p) => p !== id))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <label>
          <span>{t('survey.surveyor')}</span>
          <input value={surveyor} maxLength={100} data-testid="prepare-surveyor" onChange={(e) => setSurveyor(e.target.value)} />
        </label>
        <label className="wide">
          <span>{t('survey.outFile')}</span>
          <input value={out} placeholder={t('survey.outDefault')} data-testid="prepare-out" onChange={(e) => setOut(e.target.value)} />
        </label>
      </div>
      <div className="actions">
        <button
          type="button"
          className="primary"
          data-testid="prepare-run"
          disabled={!scope || !surveyor.trim() || task.busy}
          onClick={() => void prepare()}
        >
          {t('survey.prepare')}
        </button>
        {task.busy ? (
          <button type="button" onClick={() => void task.cancel()}>
            {t('action.cancel')}
          </button>
        ) : null}
        {task.progress ? <progress max={task.progress.total} value={task.progress.done} /> : null}
      </div>
      {error ? (
        <div className="banner error" data-testid="prepare-error">
          {errorMessage(error, locale)}
        </div>
      ) : null}
      {result ? (
        <div className="banner info" data-testid="prepare-done">
          {t('survey.prepared', { buildings: result.counts.building ?? 0, units: result.counts.unit ?? 0 })}
          <div className="path" data-testid="prepare-file">
            {result.file}
          </div>
        </div>
      ) : null}
    </section>
  );
}

function PickedBuilding({ id }: { id: string }) {
  const label = useRefLabel('building', id);
  return <span>{label}</span>;
}
