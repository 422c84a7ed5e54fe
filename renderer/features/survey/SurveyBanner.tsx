// Shown all the time in survey mode: which package is open, for whom, how far the survey is, and that the office
// database is not open here.
import { useEffect, useState } from 'react';
import type { SurveyInfo } from '../../../shared/survey/model';
import { invoke } from '../../api/client';
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { routes } from '../../lib/routes';
import { useApp } from '../../stores/app';

export function useSurveyInfo(): SurveyInfo | null {
  const mode = useApp((s) => s.info?.mode);
  const dataVersion = useApp((s) => s.dataVersion);
  const [info, setInfo] = useState<SurveyInfo | null>(null);
  useEffect(() => {
    if (mode !== 'survey') {
      setInfo(null);
      return undefined;
    }
    let live = true;
    void invoke('survey:info', {}).then((r) => {
      if (live && r.ok) setInfo(r.value);
    });
    return () => {
      live = false;
    };
  }, [mode, dataVersion]);
  return info;
}

export function SurveyBanner() {
  const t = useT();
  const info = useSurveyInfo();
  if (!info) return null;
  return (
    <div className="banner survey-banner" role="status" data-testid="survey-banner">
      <strong>{t('survey.mode')}</strong>{' '}
      {t('survey.modeText', {
        surveyor: info.surveyor,
        date: info.createdAt.slice(0, 10),
        visited: info.visited,
        total: info.total,
        photos: info.photos,
      })}{' '}
      <Link route={routes.survey()} testId="survey-open">
        {t('survey.record')}
      </Link>
    </div>
  );
}
