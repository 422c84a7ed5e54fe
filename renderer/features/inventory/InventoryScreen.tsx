// The inventory: a tab per entity, its list on the left, the chosen record (or a form) on the right.
import { useEffect } from 'react';
import { Link } from '../../components/Link';
import { useT } from '../../i18n';
import { entityOfTab, routes, TABS, type InventoryView, type Tab } from '../../lib/routes';
import { DetailPanel } from './DetailPanel';
import { FloorPanel } from './FloorPanel';
import { GenerateUnits } from './GenerateUnits';
import { ListPanel } from './ListPanel';
import { useInventory } from '../../stores/inventory';
import { CreateForm, EditForm } from './RecordForm';

export function InventoryScreen({ tab, view }: { tab: Tab; view: InventoryView }) {
  const t = useT();
  const entity = entityOfTab(tab);
  const selectedId = view.kind === 'list' || view.kind === 'new' ? null : view.id;
  const side = view.kind !== 'list';
  // A new unit of a building: the list beside it shows that building's units (issue 10, item 5).
  const forBuilding = tab === 'units' && view.kind === 'new' ? view.prefill.buildingId : undefined;
  useEffect(() => {
    if (forBuilding && useInventory.getState().lists.units.filters.buildingId !== forBuilding)
      useInventory.getState().setFilter('units', 'buildingId', forBuilding);
  }, [forBuilding]);
  return (
    <div className="inventory">
      <nav className="tabs" aria-label={t('nav.inventory')}>
        {TABS.map((tb) => (
          <Link key={tb} route={routes.list(tb)} testId={`tab-${tb}`} className={`tab${tb === tab ? ' active' : ''}`} current={tb === tab}>
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
            {view.kind === 'generate' ? <GenerateUnits key={view.id} buildingId={view.id} /> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
