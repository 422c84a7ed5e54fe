// A surveyed field's name and value as the merge view shows them (the inventory's own field specs where it has one).
import type { ReactNode } from 'react';
import type { Locale } from '../../../shared/enums';
import type { SurveyEntity } from '../../../shared/survey/model';
import type { Translate } from '../../i18n';
import { hasKey } from '../../i18n';
import { CONFIGS } from '../inventory/config';
import { fieldValue } from '../inventory/fieldValue';

export function fieldLabel(field: string, t: Translate): string {
  if (field === '*') return t('survey.wholeRecord');
  const key = `field.${field}`;
  return hasKey(key) ? t(key) : field;
}

export function surveyValue(entity: SurveyEntity, field: string, value: unknown, locale: Locale, t: Translate): ReactNode {
  if (field === 'footprint') return value === null || value === undefined ? <span className="muted">—</span> : t('survey.shape');
  if (field === '*') {
    if (value === null || value === undefined) return <span className="muted">{t('survey.deleted')}</span>;
    return Object.entries(value as Record<string, unknown>).map(([f, v]) => (
      <div key={f}>
        {fieldLabel(f, t)}: {surveyValue(entity, f, v, locale, t)}
      </div>
    ));
  }
  const spec = CONFIGS[entity].fields.find((f) => f.name === field);
  if (!spec) return value === null || value === undefined ? '—' : String(value);
  return fieldValue(spec, value, locale, t);
}
