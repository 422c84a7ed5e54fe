// The inventory: a tab per entity, its list on the left, the chosen record (or a form) on the right.
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { entityOfTab, routes, TABS, type InventoryView, type Tab } from '../../lib/routes';
import { DetailPanel } from './DetailPanel';
import { FloorPanel } from './FloorPanel';
import { ListPanel } from './ListPanel';
import { CreateForm, EditForm } from './RecordForm';

export function InventoryScreen({ tab, view }: { tab: Tab; view: InventoryView }) {
  const t = useT();
  const entity = entityOfTab(tab);
  const selectedId = view.kind === 'list' || view.kind === 'new' ? null : view.id;
  const side = view.kind !== 'list';
  return (
    <div className="inventory">
      <nav className="tabs" aria-label={t('nav.inventory')}>
        {TABS.map((tb) => (
          <Link key={tb} route={routes.list(tb)} testId={`tab-${tb}`} className={`tab${tb === tab ? ' active' : ''}`}>
            {t(`tab.${tb}`)}
          </Link>
        ))}
      </nav>
      <div className={`inventory-body${side ? ' split' : ''}`}>
        <ListPanel tab={tab} selectedId={selectedId} compact={side} />
        {side ? (
          <div className="side">
            {view.kind === 'detail' ? <DetailPanel key={`${entity}:${view.id}`} entity={entity} id={view.id} /> : null}
            {view.kind === 'edit' ? <EditForm key={`${entity}:${view.id}`} entity={entity} id={view.id} /> : null}
            {view.kind === 'new' ? <CreateForm entity={entity} prefill={view.prefill} /> : null}
            {view.kind === 'floor' ? <FloorPanel key={`${view.id}:${view.floor}`} buildingId={view.id} floor={view.floor} /> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
