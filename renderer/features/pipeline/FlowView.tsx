// Stage-to-stage conversion and median days per stage, per quarter of entering the stage (shared/accounting/
// pipeline-flow.ts), and the editable chance of signing per stage that the forecast weighs deals by.
import { useEffect, useState } from 'react';
import type { StageProbabilities } from '../../../shared/accounting/pipeline';
import type { StageFlow } from '../../../shared/accounting/pipeline-flow';
import { LIVE_STAGES } from '../../../shared/enums';
import { errorMessage } from '../../../shared/messages';
import { invoke } from '../../api/client';
import { enumKey, useT } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { useAsOf } from '../../stores/asOf';
import { useApp, useCanWrite } from '../../stores/app';
import { useUi } from '../../stores/ui';
import { formatPercent } from '../dashboard/columns';
import { useChannel } from '../dashboard/useChannel';

function Cell({ flow }: { flow: StageFlow | undefined }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  if (!flow || flow.entered === 0) return <td className="end muted">—</td>;
  return (
    <td className="end" title={`${t('flow.entered')} ${flow.entered} · ${flow.advanced} / ${flow.lost} / ${flow.returned} / ${flow.open}`}>
      {t('flow.cell', {
        rate: formatPercent(flow.rate, locale),
        days: flow.medianDays === null ? '—' : t('pipeline.days', { days: formatNumber(flow.medianDays, locale, 1) }),
      })}
      <div className="muted small">
        {t('flow.entered')} {flow.entered}
      </div>
    </td>
  );
}

export function FlowView() {
  const t = useT();
  const asOf = useAsOf((s) => s.asOf);
  const view = useChannel('pipeline:conversion', { asOf });
  const v = view.value;
  return (
    <div className="flow" data-testid="pipeline-flow">
      <h3>{t('flow.title')}</h3>
      <p className="hint">{t('flow.rule')}</p>
      {v ? (
        <table className="table flow-table">
          <thead>
            <tr>
              <th>{t('flow.quarter')}</th>
              {LIVE_STAGES.map((s) => (
                <th key={s} className="end">
                  {t(enumKey(s))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...v.quarters].reverse().map((q) => (
              <tr key={q.quarter} data-testid={`flow-${q.quarter}`}>
                <th scope="row">{q.quarter}</th>
                {LIVE_STAGES.map((s) => (
                  <Cell key={s} flow={q.stages.find((x) => x.stage === s)} />
                ))}
              </tr>
            ))}
            <tr className="flow-overall" data-testid="flow-overall">
              <th scope="row">{t('flow.overall')}</th>
              {LIVE_STAGES.map((s) => (
                <Cell key={s} flow={v.overall.find((x) => x.stage === s)} />
              ))}
            </tr>
          </tbody>
        </table>
      ) : (
        <div className="muted">{t('pipeline.loading')}</div>
      )}
      <Probabilities />
    </div>
  );
}

function Probabilities() {
  const t = useT();
  const canWrite = useCanWrite();
  const stored = useChannel('pipeline:probabilities', {});
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const locale = useUi((s) => s.locale);
  useEffect(() => {
    if (stored.value)
      setValues(Object.fromEntries(LIVE_STAGES.map((s) => [s, String(Math.round((stored.value as StageProbabilities)[s] * 1000) / 10)])));
  }, [stored.value]);
  const save = async () => {
    const next = Object.fromEntries(LIVE_STAGES.map((s) => [s, Number(values[s]) / 100])) as StageProbabilities;
    const r = await invoke('pipeline:set-probabilities', next);
    if (r.ok) {
      setError(null);
      useUi.getState().notify({ kind: 'info', key: 'flow.probabilitiesSaved' });
      useApp.getState().dataChanged();
    } else setError(errorMessage(r.error, locale));
  };
  return (
    <form
      className="probabilities"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('flow.probabilities')}</h3>
      <div className="probability-grid">
        {LIVE_STAGES.map((s) => (
          <label key={s} className="form-field">
            <span>{t(enumKey(s))} (%)</span>
            <input
              type="number"
              min={0}
              max={100}
              step={0.1}
              data-testid={`probability-${s}`}
              value={values[s] ?? ''}
              disabled={!canWrite}
              onChange={(e) => setValues((v) => ({ ...v, [s]: e.target.value }))}
            />
          </label>
        ))}
      </div>
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
      <button type="submit" disabled={!canWrite} data-testid="save-probabilities">
        {t('flow.saveProbabilities')}
      </button>
    </form>
  );
}
