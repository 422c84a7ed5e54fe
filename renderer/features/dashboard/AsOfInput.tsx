// The as-of date field: ISO YYYY-MM-DD in both languages (as everywhere in the app), taken as soon as it is a
// real date; a half-typed or impossible date is marked and left out until corrected.
import { useEffect, useState } from 'react';
import { isIsoDate } from '../../../shared/dates';
import { useT } from '../../i18n';
import { useAsOf } from '../../stores/asOf';

export function AsOfInput() {
  const t = useT();
  const asOf = useAsOf((s) => s.asOf);
  const [draft, setDraft] = useState(asOf);
  useEffect(() => setDraft(asOf), [asOf]);
  const valid = isIsoDate(draft);
  return (
    <label className="as-of">
      <span>{t('asOf.label')}</span>
      <input
        type="text"
        inputMode="numeric"
        data-testid="as-of"
        placeholder="YYYY-MM-DD"
        maxLength={10}
        size={10}
        value={draft}
        aria-invalid={!valid || undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (isIsoDate(e.target.value)) useAsOf.getState().setAsOf(e.target.value);
        }}
        onBlur={() => setDraft(useAsOf.getState().asOf)}
      />
    </label>
  );
}
