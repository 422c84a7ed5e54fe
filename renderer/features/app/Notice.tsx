import { useEffect } from 'react';
import { errorMessage } from '../../../shared/messages';
import { useT } from '../../i18n';
import { localLabel } from '../../lib/format';
import { useUi } from '../../stores/ui';

/** A short-lived notice in the corner (saved, undone, or an error that has no form to show it). */
export function Notice() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const notice = useUi((s) => s.notice);
  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(() => useUi.getState().dismissNotice(), notice.kind === 'error' ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  const params = notice.kind === 'info' && notice.params ? { ...notice.params } : undefined;
  if (params && typeof params.label === 'string') params.label = localLabel(params.label, locale);
  const text = notice.kind === 'error' ? errorMessage(notice.error, locale) : t(notice.key, params);
  return (
    <div className={`notice ${notice.kind}`} role="status" data-testid="notice" onClick={() => useUi.getState().dismissNotice()}>
      {text}
    </div>
  );
}
