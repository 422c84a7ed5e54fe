// A record's field as shown in the detail view.
import type { ReactNode } from 'react';
import { RefLink } from '../../components/RefLink';
import { enumKey, type Translate } from '../../i18n';
import { formatArea, formatDate, formatFloor, formatNumber } from '../../lib/format';
import type { Locale } from '../../../shared/enums';
import type { FieldSpec } from './config';
import type { EnumValue } from './config/types';

export function fieldValue(spec: FieldSpec, value: unknown, locale: Locale, t: Translate): ReactNode {
  if (spec.kind === 'bool') return value === true ? t('common.yes') : t('common.no');
  if (value === null || value === undefined || value === '') {
    return <span className="muted">{spec.emptyLabel ? t(spec.emptyLabel) : '—'}</span>;
  }
  switch (spec.kind) {
    case 'ref':
      return spec.ref ? <RefLink entity={spec.ref} id={String(value)} /> : String(value);
    case 'enum':
      return t(enumKey(value as EnumValue));
    case 'number':
      return spec.area ? formatArea(Number(value), locale) : formatNumber(Number(value), locale);
    case 'integer':
      if (spec.name === 'year') return String(value);
      return spec.name === 'floor' ? formatFloor(Number(value), locale) : formatNumber(Number(value), locale, 0);
    case 'date':
      return formatDate(String(value));
    default:
      return String(value);
  }
}
