// Tenant attraction (招商, issue 14): the deals at the as-of date as a board or a sortable list, filtered by manager,
// zone, category and time in stage, or the conversion rates; a deal or prospect opens beside them.
import { STAGE_AGES } from '../../../shared/accounting/pipeline-flow';
import { TENANT_CATEGORIES } from '../../../shared/enums';
import { errorMessage } from '../../../shared/messages';
import { Link } from '../../components/Link';
import { enumKey, useT } from '../../i18n';
import { localName } from '../../lib/format';
import { PIPELINE_VIEWS, routes, type PipelineOpen, type PipelineView } from '../../lib/routes';
import { useAsOf } from '../../stores/asOf';
import { useLookups } from '../../stores/lookups';
import { usePipeline, type PipelineFilters } from '../../stores/pipeline';
import { useUi } from '../../stores/ui';
import { AsOfInput } from '../dashboard/AsOfInput';
import { PanelBoundary } from '../dashboard/PanelBoundary';
import { useChannel } from '../dashboard/useChannel';
import { Board } from './Board';
import { DealList } from './DealList';
import { DealPanel } from './DealPanel';
import { FlowView } from './FlowView';
import { ProspectPanel } from './ProspectPanel';
import './pipeline.css';

function Filters({ managers }: { managers: string[] }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const zones = useLookups((s) => s.zones);
  const filters = usePipeline((s) => s.filters);
  const set = usePipeline((s) => s.setFilter);
  const select = <K extends keyof PipelineFilters>(name: K, all: string, options: [string, string][]) => (
    <select
      className="filter"
      data-testid={`pipeline-filter-${name}`}
      aria-label={all}
      value={filters[name] ?? ''}
      onChange={(e) => set(name, (e.target.value || null) as PipelineFilters[K] | null)}
    >
      <option value="">{all}</option>
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
  return (
    <>
      {select(
        'manager',
        t('filter.allManagers'),
        managers.map((m) => [m, m]),
      )}
      {select(
        'zoneId',
        t('filter.allZones'),
        zones.map((z) => [z.id, localName(z, locale)]),
      )}
      {select(
        'category',
        t('filter.allCategories2'),
        TENANT_CATEGORIES.map((c) => [c, t(enumKey(c))]),
      )}
      {select(
        'age',
        t('filter.allAges'),
        STAGE_AGES.map((a) => [a, t(`pipeline.age.${a}`)]),
      )}
      {Object.keys(filters).length ? (
        <button type="button" onClick={() => usePipeline.getState().clearFilters()}>
          {t('filter.clear')}
        </button>
      ) : null}
    </>
  );
}

export function PipelineScreen({ view, open }: { view: PipelineView; open?: PipelineOpen }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const filters = usePipeline((s) => s.filters);
  const announcement = usePipeline((s) => s.announcement);
  const deals = useChannel('pipeline:deals', view === 'flow' ? null : { asOf, ...filters });
  const rows = deals.value?.rows ?? [];
  return (
    <div className="pipeline" data-testid="screen-pipeline">
      <div className="pipeline-bar">
        <h2 className="pipeline-title">{t('pipeline.title')}</h2>
        <nav className="tabs pipeline-views" aria-label={t('pipeline.views')}>
          {PIPELINE_VIEWS.map((v) => (
            <Link key={v} route={routes.pipeline(v, open)} testId={`pipeline-view-${v}`} className={`tab${v === view ? ' active' : ''}`}>
              {t(`pipeline.${v}`)}
            </Link>
          ))}
        </nav>
        <AsOfInput />
        <Link route={routes.create('prospects')} testId="pipeline-new-prospect" className="button-link">
          {t('pipeline.newProspect')}
        </Link>
        <Link route={routes.list('prospects')} testId="pipeline-prospects">
          {t('pipeline.prospects')}
        </Link>
      </div>
      {view !== 'flow' ? (
        <div className="toolbar pipeline-filters">
          <Filters managers={deals.value?.managers ?? []} />
        </div>
      ) : null}
      <div className="sr-only" role="status" aria-live="polite" data-testid="pipeline-announcement">
        {announcement}
      </div>
      {deals.error ? <div className="banner error">{errorMessage(deals.error, locale)}</div> : null}
      <div className="pipeline-body">
        <div className="pipeline-main" data-ready={deals.stale ? 'false' : 'true'}>
          <PanelBoundary fallback={t('dashboard.failed')}>
            {view === 'board' ? <Board rows={rows} view={view} /> : null}
            {view === 'list' ? <DealList rows={rows} /> : null}
            {view === 'flow' ? <FlowView /> : null}
          </PanelBoundary>
        </div>
        {open ? (
          <PanelBoundary key={`${open.kind}:${open.id}`} fallback={t('dashboard.failed')}>
            {open.kind === 'deal' ? <DealPanel id={open.id} view={view} /> : <ProspectPanel id={open.id} view={view} />}
          </PanelBoundary>
        ) : null}
      </div>
    </div>
  );
}
