// A deal's refusals, each naming its unit (an over-let unit, a missing start date): under the form that met them.
import type { AppErrorShape } from '../../../shared/errors';
import { useT } from '../../i18n';
import { useUi } from '../../stores/ui';
import { dealProblems } from './moves';

export function Problems({ error }: { error: AppErrorShape | null }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  if (!error) return null;
  return (
    <div className="banner error" role="alert" data-testid="deal-errors">
      <strong>{t('deal.errors')}</strong>
      <ul>
        {dealProblems(error, locale).map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
