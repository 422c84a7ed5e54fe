// One package against the office, field by field: what applies, each conflict with its three values side by side
// (decided per field, per record or all at once, stored as decided), the discrepancies with links to the records,
// the photo check — and the merge itself, possible once nothing is undecided and every photo is accounted for.
import type { ReactNode } from 'react';
import type { MergeReport, Side, Conflict } from '../../../shared/survey/model';
import { RefLink } from '../../components/RefLink';
import { useT } from '../../i18n';
import { useUi } from '../../stores/ui';
import { PhotoStrip } from './PhotoStrip';
import { fieldLabel, surveyValue } from './values';

interface Props {
  report: MergeReport;
  busy: boolean;
  canWrite: boolean;
  decide(decisions: { entity: Conflict['entity']; id: string; field: string; choice: Side }[]): void;
  apply(): void;
  progress: ReactNode;
}

const groupKey = (c: { entity: string; id: string }) => `${c.entity}:${c.id}`;

export function MergeReportView({ report, busy, canWrite, decide, apply, progress }: Props) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const groups = new Map<string, Conflict[]>();
  for (const c of report.conflicts) groups.set(groupKey(c), [...(groups.get(groupKey(c)) ?? []), c]);
  const evidence = (c: { entity: string; id: string }) => report.manifest.filter((p) => p.entity === c.entity && p.entityId === c.id);
  const photoProblems = report.photos.missing.length + report.photos.mismatched.length;
  const ready = report.state === 'new' && report.unresolved === 0 && photoProblems === 0;
  const all = (choice: Side, list: Conflict[]) => decide(list.map((c) => ({ entity: c.entity, id: c.id, field: c.field, choice })));
  return (
    <div className="merge-report" data-testid="merge-report" data-state={report.state} data-unresolved={report.unresolved}>
      <p>
        {t('survey.reportHead', {
          surveyor: report.package.surveyor,
          date: report.package.createdAt.slice(0, 10),
          observations: report.observations,
        })}
        {report.state === 'merged' ? (
          <strong className="badge" data-testid="merge-state">
            {' '}
            {t('survey.alreadyMerged')}
          </strong>
        ) : null}
      </p>

      <h3>{t('survey.appliedTitle', { count: report.applied.length })}</h3>
      {report.applied.length ? (
        <table className="merge-table" data-testid="merge-applied">
          <tbody>
            {report.applied.map((a) => (
              <tr key={`${a.entity}:${a.id}:${a.field}`}>
                <td>
                  <RefLink entity={a.entity} id={a.id} />
                </td>
                <td>{fieldLabel(a.field, t)}</td>
                <td>
                  {surveyValue(a.entity, a.field, a.base, locale, t)} → {surveyValue(a.entity, a.field, a.survey, locale, t)}
                </td>
                <td className="muted">{a.side === 'both' ? t('survey.sameBoth') : t('survey.surveyOnly')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('survey.none')}</p>
      )}

      <h3>{t('survey.conflictsTitle', { count: report.conflicts.length, open: report.unresolved })}</h3>
      {report.conflicts.length > 1 ? (
        <div className="actions">
          <button
            type="button"
            disabled={busy || !canWrite}
            data-testid="conflicts-all-survey"
            onClick={() => all('survey', report.conflicts)}
          >
            {t('survey.allSurvey')}
          </button>
          <button
            type="button"
            disabled={busy || !canWrite}
            data-testid="conflicts-all-office"
            onClick={() => all('office', report.conflicts)}
          >
            {t('survey.allOffice')}
          </button>
        </div>
      ) : null}
      {[...groups.entries()].map(([key, list]) => (
        <div className="conflict-group" key={key} data-testid={`conflict-group-${list[0]?.id}`}>
          <header>
            <RefLink entity={list[0]!.entity} id={list[0]!.id} />
            {list.length > 1 ? (
              <>
                <button type="button" className="small" disabled={busy || !canWrite} onClick={() => all('survey', list)}>
                  {t('survey.groupSurvey')}
                </button>
                <button type="button" className="small" disabled={busy || !canWrite} onClick={() => all('office', list)}>
                  {t('survey.groupOffice')}
                </button>
              </>
            ) : null}
          </header>
          <table className="merge-table conflicts">
            <thead>
              <tr>
                <th>{t('survey.field')}</th>
                <th>{t('survey.base')}</th>
                <th>{t('survey.surveyValue')}</th>
                <th>{t('survey.officeValue')}</th>
                <th>{t('survey.choice')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.field} data-testid={`conflict-${c.id}-${c.field}`} data-choice={c.choice ?? ''}>
                  <td>{fieldLabel(c.field, t)}</td>
                  <td data-testid="conflict-base">{surveyValue(c.entity, c.field, c.base, locale, t)}</td>
                  <td data-testid="conflict-survey">{surveyValue(c.entity, c.field, c.survey, locale, t)}</td>
                  <td data-testid="conflict-office">{surveyValue(c.entity, c.field, c.office, locale, t)}</td>
                  <td className="choice">
                    {(['survey', 'office'] as const).map((side) => (
                      <label key={side}>
                        <input
                          type="radio"
                          name={`${c.id}:${c.field}`}
                          checked={c.choice === side}
                          disabled={busy || !canWrite}
                          data-testid={`choose-${side}-${c.id}-${c.field}`}
                          onChange={() => decide([{ entity: c.entity, id: c.id, field: c.field, choice: side }])}
                        />
                        {t(side === 'survey' ? 'survey.takeSurvey' : 'survey.keepOffice')}
                      </label>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <PhotoStrip photos={evidence(list[0]!)} packageFile={report.file} />
        </div>
      ))}

      <h3>{t('survey.discrepanciesTitle', { count: report.discrepancies.length })}</h3>
      <p className="muted">{t('survey.discrepanciesHint')}</p>
      <ul className="discrepancies" data-testid="merge-discrepancies">
        {report.discrepancies.map((d) => (
          <li key={`${d.kind}:${d.id}`} data-testid={`discrepancy-${d.kind}`}>
            <RefLink entity={d.entity} id={d.id} /> — {t(`survey.disc.${d.kind}`, d.details)}
          </li>
        ))}
      </ul>

      <h3>{t('survey.photosTitle')}</h3>
      <p data-testid="merge-photos" data-missing={report.photos.missing.length} data-mismatched={report.photos.mismatched.length}>
        {t('survey.photoCheck', { present: report.photos.present, expected: report.photos.expected })}
        {report.photos.missing.length ? (
          <span className="error-text"> {t('survey.photosMissing', { names: report.photos.missing.map((p) => p.name).join(', ') })}</span>
        ) : null}
        {report.photos.mismatched.length ? (
          <span className="error-text">
            {' '}
            {t('survey.photosAltered', { names: report.photos.mismatched.map((p) => p.name).join(', ') })}
          </span>
        ) : null}
      </p>

      <div className="actions">
        <button type="button" className="primary" data-testid="merge-apply" disabled={!ready || busy || !canWrite} onClick={apply}>
          {t('survey.apply')}
        </button>
        {progress}
        {!ready && report.state === 'new' ? <span className="muted">{t('survey.applyBlocked')}</span> : null}
      </div>
    </div>
  );
}
