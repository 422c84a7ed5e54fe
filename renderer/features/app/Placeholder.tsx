// Dashboard and map arrive in later issues; say so plainly and point to what works.
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { useUi } from '../../stores/ui';

export function Placeholder({ screen }: { screen: 'dashboard' | 'map' }) {
  const t = useT();
  const lastInventory = useUi((s) => s.lastInventory);
  return (
    <div className="placeholder" data-testid={`screen-${screen}`}>
      <h2>{t(`nav.${screen}`)}</h2>
      <p>{t(screen === 'dashboard' ? 'placeholder.dashboard' : 'placeholder.map')}</p>
      <Link route={lastInventory} className="button primary" testId="go-inventory">{t('placeholder.toInventory')}</Link>
    </div>
  );
}
