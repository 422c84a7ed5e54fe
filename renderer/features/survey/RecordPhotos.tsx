// The photos of a building or unit on its detail page: merged from surveys (office) or taken in this package.
import { useEffect, useState } from 'react';
import type { PhotoRef, SurveyEntity } from '../../../shared/survey/model';
import { invoke } from '../../api/client';
import { useT } from '../../i18n';
import { useApp } from '../../stores/app';
import { PhotoStrip } from './PhotoStrip';

export function RecordPhotos({ entity, id }: { entity: SurveyEntity; id: string }) {
  const t = useT();
  const dataVersion = useApp((s) => s.dataVersion);
  const [photos, setPhotos] = useState<PhotoRef[]>([]);
  useEffect(() => {
    let live = true;
    void invoke('survey:photos', { entity, id }).then((r) => {
      if (live) setPhotos(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, [entity, id, dataVersion]);
  if (photos.length === 0) return null;
  return (
    <section className="related" data-testid="record-photos">
      <h3>{t('survey.photos', { count: photos.length })}</h3>
      <PhotoStrip photos={photos} />
    </section>
  );
}
