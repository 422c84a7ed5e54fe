// Every screen and dialog the accessibility run checks, one line each: a name, the route to open (placeholders
// `{tower}`, `{unit}`… are the sample's records, see fixtures.ts), what to wait for, and optionally what to do
// first (open a dialog, expand a panel). A new screen is one more line in the list of the session it needs.
import type { Locator, Page } from 'playwright-core';
import type { SampleIds } from './fixtures';

export interface ScreenContext {
  page: Page;
  by(testId: string): Locator;
  /** Files made for this run: the spreadsheet for the import preview, the survey package. */
  files: { import: string; survey: string };
}

export interface Screen {
  name: string;
  /** The route, e.g. `#/inventory/units/{unit}`; placeholders are keys of SampleIds. */
  hash: string;
  /** Selectors present once the screen has its data (all of them). */
  ready: string | string[];
  /** A page without the app's window around it (the printed report): nothing to wait for but `ready`. */
  bare?: boolean;
  setup?: (c: ScreenContext) => Promise<void>;
}

const WAIT = { timeout: 60_000 };
const id = (testId: string) => `[data-testid="${testId}"]`;
const MAP_READY = '[data-testid="map"][data-has-data="true"][data-idle="true"]';
const DASHBOARD_READY = ['headline', 'trajectory', 'expiries', 'quality', 'vacancies', 'plan-indicators', 'outlook'].map(
  (p) => `${id(p)}[data-ready="true"]`,
);

const click =
  (testId: string, then: string) =>
  async ({ by, page }: ScreenContext) => {
    await by(testId).first().click();
    await page.locator(then).first().waitFor(WAIT);
  };

/** Every panel of the dashboard loaded, the data-quality lists open, a zone and its first park expanded. */
async function dashboardAllOpen({ page, by }: ScreenContext): Promise<void> {
  const lists = page.locator('[data-testid="quality"] details');
  for (let i = 0; i < (await lists.count()); i += 1) await lists.nth(i).locator('summary').click();
  await by('bd-toggle').first().click();
  await page.locator('[data-testid="bd-row"][data-level="park"] [data-testid="bd-toggle"]').first().click();
  await page.locator('[data-testid="bd-row"][data-level="building"]').first().waitFor(WAIT);
}

const lists = (tab: string): Screen[] => [
  { name: `${tab}-list`, hash: `#/inventory/${tab}`, ready: `${id(`list-${tab}`)} ${id('row')}` },
  { name: `${tab}-new`, hash: `#/inventory/${tab}/new`, ready: id('record-form') },
];
const records = (tab: string, key: keyof SampleIds): Screen[] => [
  {
    name: `${tab}-detail-history`,
    hash: `#/inventory/${tab}/{${key}}`,
    ready: `${id('detail')}[data-id]`,
    setup: click('history-toggle', id('history-entry')),
  },
  { name: `${tab}-edit`, hash: `#/inventory/${tab}/{${key}}/edit`, ready: `${id('record-form')} ${id('save')}` },
];

/** The office database (the sample district), writable. */
export const OFFICE_SCREENS: Screen[] = [
  { name: 'dashboard', hash: '#/dashboard', ready: DASHBOARD_READY, setup: dashboardAllOpen },
  {
    name: 'dashboard-by-building',
    hash: '#/dashboard',
    ready: DASHBOARD_READY,
    setup: click('bd-mode-building', '[data-testid="bd-row"][data-level="building"]'),
  },
  {
    name: 'dashboard-by-use',
    hash: '#/dashboard',
    ready: DASHBOARD_READY,
    setup: click('bd-mode-use', '[data-testid="bd-row"][data-level="use"]'),
  },
  { name: 'dashboard-scoped', hash: '#/dashboard', ready: DASHBOARD_READY, setup: click('bd-scope', id('dashboard-scope')) },
  {
    name: 'stacking',
    hash: '#/dashboard/stacking/{tower}',
    ready: `${id('stacking')}[data-ready="true"]`,
    setup: click('stack-block', id('unit-panel')),
  },
  {
    name: 'stacking-expiry',
    hash: '#/dashboard/stacking/{tower}',
    ready: `${id('stacking')}[data-ready="true"]`,
    setup: click('colour-expiry', `${id('colour-expiry')}.active`),
  },
  ...lists('zones'),
  ...records('zones', 'zone'),
  ...lists('parks'),
  ...records('parks', 'park'),
  ...lists('buildings'),
  ...records('buildings', 'tower'),
  { name: 'buildings-floor', hash: '#/inventory/buildings/{tower}/floors/{towerFloor}', ready: id('floor-detail') },
  {
    name: 'buildings-generate',
    hash: '#/inventory/buildings/{tower}/generate',
    ready: id('generate-units'),
    setup: async ({ page, by }) => {
      await by('gen-areas').fill('120');
      await page.locator(id('gen-preview')).waitFor(WAIT);
    },
  },
  ...lists('units'),
  ...records('units', 'unit'),
  ...lists('tenants'),
  ...records('tenants', 'tenant'),
  {
    name: 'tenants-delete',
    hash: '#/inventory/tenants/{tenant}',
    ready: `${id('detail')}[data-id]`,
    setup: click('delete', id('delete-dialog')),
  },
  ...lists('leases'),
  ...records('leases', 'lease'),
  { name: 'leases-new-errors', hash: '#/inventory/leases/new', ready: id('record-form'), setup: click('save', id('form-error')) },
  {
    name: 'leases-new-picker',
    hash: '#/inventory/leases/new',
    ready: id('record-form'),
    setup: click('field-unitId', `${id('options-unitId')} ${id('picker-option')}`),
  },
  ...lists('targets'),
  ...records('targets', 'target'),
  ...lists('returns'),
  ...records('returns', 'return'),
  ...lists('prospects'),
  ...records('prospects', 'prospect'),
  { name: 'pipeline-board', hash: '#/pipeline/board', ready: id('deal-card') },
  { name: 'pipeline-list', hash: '#/pipeline/list', ready: id('deal-row') },
  { name: 'pipeline-flow', hash: '#/pipeline/flow', ready: id('flow-overall') },
  { name: 'pipeline-deal', hash: '#/pipeline/board/deals/{deal}', ready: id('deal-stage') },
  {
    name: 'pipeline-prospect-match',
    hash: '#/pipeline/board/prospects/{prospect}',
    ready: id('prospect-edit'),
    setup: click('prospect-match', `${id('match-list')}, ${id('match-none')}`),
  },
  { name: 'report', hash: '#/report?period=month', ready: `${id('report')}[data-ready="true"]`, bare: true },
  { name: 'map', hash: '#/map', ready: MAP_READY },
  { name: 'map-building', hash: '#/map/buildings/{tower}', ready: [MAP_READY, id('map-panel')] },
  { name: 'map-filters', hash: '#/map', ready: MAP_READY, setup: click('map-filters', id('map-filter-pop')) },
  {
    name: 'map-search',
    hash: '#/map',
    ready: MAP_READY,
    setup: async ({ page, by }) => {
      await by('map-search').fill('A');
      await page.locator(id('map-search-hit')).first().waitFor(WAIT);
    },
  },
  { name: 'map-draw', hash: '#/map/buildings/{tower}/draw', ready: id('map-draw-panel') },
  { name: 'map-basemap', hash: '#/map', ready: MAP_READY, setup: click('map-basemap', id('basemap-dialog')) },
  { name: 'backups', hash: '#/inventory/buildings', ready: id('list-buildings'), setup: click('open-backups', id('backup-total')) },
  { name: 'about', hash: '#/inventory/buildings', ready: id('list-buildings'), setup: click('open-about', id('about-dialog')) },
  {
    name: 'sheets-export',
    hash: '#/dashboard',
    ready: `${id('headline')}[data-ready="true"]`,
    setup: click('sheets-export', id('export-dialog')),
  },
  {
    name: 'sheets-import-preview',
    hash: '#/dashboard',
    ready: `${id('headline')}[data-ready="true"]`,
    setup: async ({ page, by, files }) => {
      await by('sheets-file').setInputFiles(files.import);
      await page
        .locator(`${id('import-errors')}, ${id('import-changes')}`)
        .first()
        .waitFor(WAIT);
    },
  },
  { name: 'survey-prepare', hash: '#/survey', ready: id('survey-prepare'), setup: click('prepare-kind', id('prepare-kind')) },
  {
    name: 'survey-merge-conflicts',
    hash: '#/survey',
    ready: id('survey-merge'),
    setup: async ({ page, by, files }) => {
      await by('merge-file').fill(files.survey);
      await by('merge-inspect').click();
      await page
        .locator(`${id('merge-report')} [data-testid^="conflict-group-"]`)
        .first()
        .waitFor(WAIT);
    },
  },
];

/** A survey package open in survey mode (no office database). */
export const SURVEY_MODE_SCREENS: Screen[] = [
  { name: 'survey-recording', hash: '#/survey', ready: `${id('survey-record')} .obs-card` },
  { name: 'survey-correct-unit', hash: '#/inventory/units/{unit}/edit', ready: `${id('record-form')} ${id('save')}` },
  {
    name: 'survey-pick-on-map',
    hash: '#/survey',
    ready: `${id('survey-record')} .obs-card`,
    setup: async ({ page }) => {
      await page.locator('[data-testid^="obs-pick-"]').first().click();
      await page
        .locator(`${id('survey-pick')}, ${MAP_READY}`)
        .first()
        .waitFor(WAIT);
      await page.locator(MAP_READY).waitFor(WAIT);
    },
  },
];

/** A second program on the office database: read-only, with the banner. */
export const READ_ONLY_SCREENS: Screen[] = [
  { name: 'read-only-buildings', hash: '#/inventory/buildings', ready: [id('access-banner'), `${id('list-buildings')} ${id('row')}`] },
  { name: 'read-only-building', hash: '#/inventory/buildings/{tower}', ready: [id('access-banner'), `${id('detail')}[data-id]`] },
];

/** A new database: the first-run question. */
export const FIRST_RUN_SCREENS: Screen[] = [{ name: 'first-run', hash: '#/inventory/buildings', ready: id('setup-dialog') }];

export function hashFor(screen: Screen, ids: SampleIds | null): string {
  return screen.hash.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = ids?.[key as keyof SampleIds];
    if (value === undefined) throw new Error(`${screen.name}: no sample record for {${key}}`);
    return encodeURIComponent(String(value));
  });
}
