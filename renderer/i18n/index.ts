// Interface texts in Simplified Chinese and English. Errors and field messages come from shared/messages.ts.
// The catalogues and lookups live in catalog.ts; this module adds the hook that follows the chosen language.
import { useCallback } from 'react';
import { useUi } from '../stores/ui';
import { translate, type Translate } from './catalog';

export { CATALOGS, enumKey, hasKey, translate, type EnumValue, type MessageKey, type Translate } from './catalog';

export function useT(): Translate {
  const locale = useUi((s) => s.locale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}
