// "Merge survey": name a package (typed, or chosen from File > Merge Survey…), read it against the office database,
// decide the conflicts (stored as decided, so the merge can be left and resumed), merge. Undo takes the whole
// merge back in one step.
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import type { MergeReport, Side, SurveyEntity } from '../../../shared/survey/model';
import { invoke } from '../../api/client';
import { useT } from '../../i18n';
import { useApp, useCanWrite } from '../../stores/app';
import { useUi } from '../../stores/ui';
import { MergeReportView } from './MergeReportView';
import { useTask } from './useTask';

export function MergePanel({ file: initial }: { file?: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const canWrite = useCanWrite();
  const dataVersion = useApp((s) => s.dataVersion);
  const [file, setFile] = useState(initial ?? '');
  const [report, setReport] = useState<MergeReport | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const task = useTask('survey-merge');

  const inspect = async (path = file) => {
    if (!path.trim()) return;
    setBusy(true);
    const r = await invoke('survey:inspect', { file: path.trim() });
    setBusy(false);
    setError(r.ok ? null : r.error);
    setReport(r.ok ? r.value : null);
  };

  useEffect(() => {
    if (initial) {
      setFile(initial);
      void inspect(initial);
    }
  }, [initial]);
  // Undo, redo and edits elsewhere change what the package is compared with.
  useEffect(() => {
    if (report) void inspect(report.file);
  }, [dataVersion]);

  const decide = async (decisions: { entity: SurveyEntity; id: string; field: string; choice: Side }[]) => {
    if (!report) return;
    // Shown at once; the stored decisions come back with the report.
    const chosen = new Map(decisions.map((d) => [`${d.entity}:${d.id}:${d.field}`, d.choice]));
    const conflicts = report.conflicts.map((c) => ({ ...c, choice: chosen.get(`${c.entity}:${c.id}:${c.field}`) ?? c.choice }));
    setReport({ ...report, conflicts, unresolved: conflicts.filter((c) => c.choice === null).length });
    setBusy(true);
    const r = await invoke('survey:decide', { file: report.file, decisions });
    setBusy(false);
    if (r.ok) setReport(r.value);
    else {
      setReport(report);
      useUi.getState().notify({ kind: 'error', error: r.error });
    }
  };

  const apply = async () => {
    if (!report) return;
    const r = await task.run((taskId) => invoke('survey:apply', { file: report.file, taskId }));
    if (!r.ok) {
      if (r.error.code !== 'cancelled') setError(r.error);
      return;
    }
    setReport(r.value.report);
    useApp.getState().dataChanged();
    useUi.getState().notify({ kind: 'info', key: 'survey.merged', params: { count: r.value.written, backup: r.value.backup ?? '—' } });
  };

  return (
    <section className="detail survey-panel" data-testid="survey-merge">
      <h2>{t('survey.mergeTitle')}</h2>
      <p className="muted">{t('survey.mergeHint')}</p>
      <div className="survey-form">
        <label className="wide">
          <span>{t('survey.packageFile')}</span>
          <input
            value={file}
            data-testid="merge-file"
            placeholder="/…/…parksurvey"
            onChange={(e) => setFile(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void inspect();
            }}
          />
        </label>
      </div>
      <div className="actions">
        <button type="button" data-testid="merge-inspect" disabled={!file.trim() || busy} onClick={() => void inspect()}>
          {t('survey.inspect')}
        </button>
      </div>
      {error ? (
        <div className="banner error" data-testid="merge-error">
          {errorMessage(error, locale)}
        </div>
      ) : null}
      {report ? (
        <MergeReportView
          report={report}
          busy={busy || task.busy}
          canWrite={canWrite}
          decide={(d) => void decide(d)}
          apply={() => void apply()}
          progress={
            task.busy ? (
              <>
                {task.progress ? <progress max={task.progress.total} value={task.progress.done} /> : null}
                <button type="button" onClick={() => void task.cancel()}>
                  {t('action.cancel')}
                </button>
              </>
            ) : null
          }
        />
      ) : null}
    </section>
  );
}
