// Accessibility (issue 13): axe-core over every screen and dialog of the sample district, in Simplified Chinese and
// in English, as each is opened fresh (a new page load per screen). Any violation of any impact fails that screen.
// The screens are listed in a11y/screens.ts, one line each, per kind of session: the office database, survey mode,
// a read-only second program, and a new database's first-run question.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/enums';
import { axeViolations, summarise, type Violation } from './a11y/axe';
import { conflictInOffice, editTenant, importFile, preparePackage, recordSurvey, sampleIds, type SampleIds } from './a11y/fixtures';
import { FIRST_RUN_SCREENS, hashFor, OFFICE_SCREENS, READ_ONLY_SCREENS, SURVEY_MODE_SCREENS, type Screen } from './a11y/screens';
import { loadFresh, openBrowser, startWebApp, type BrowserSession, type WebApp } from './harness';

const WAIT = { timeout: 60_000 };
const LOCALES: Locale[] = ['zh-CN', 'en'];
const found = new Map<string, Violation[]>();
const files = { import: '', survey: '' };
let office: WebApp;
let ids: SampleIds;

beforeAll(async () => {
  office = await startWebApp({ mode: 'sample' });
  ids = await sampleIds(office.api);
  await editTenant(office.api, ids.tenant);
  files.import = await importFile(office.dbPath);
  files.survey = await preparePackage(office.api, ids.tower);
});

afterAll(async () => {
  await office?.stop();
  const lines = [...found].map(([name, v]) => `${name.padEnd(40)} ${summarise(v)}`);
  process.stdout.write(`\naxe-core violations per screen:\n${lines.join('\n')}\n`);
  if (process.env.A11Y_REPORT) writeFileSync(process.env.A11Y_REPORT, JSON.stringify(Object.fromEntries(found), null, 2));
});

/** Open the app in `locale` once (the token and the language are kept by the page's storage). */
async function openIn(browser: BrowserSession, app: WebApp, locale: Locale): Promise<void> {
  await loadFresh(browser.page, app.url);
  await browser.page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
  await browser.page.evaluate((l) => {
    (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('park-space-desk.locale', l);
  }, locale);
}

async function check(browser: BrowserSession, app: WebApp, screen: Screen, locale: Locale, sample: SampleIds | null): Promise<void> {
  const page = browser.page;
  // A fresh load for every screen: nothing left open by the one before.
  await loadFresh(page, `${app.origin}/${hashFor(screen, sample)}`);
  if (!screen.bare) await page.locator('[data-testid="app"][data-ready="true"]').waitFor(WAIT);
  for (const selector of [screen.ready].flat()) await page.locator(selector).first().waitFor(WAIT);
  await screen.setup?.({ page, by: (testId) => page.locator(`[data-testid="${testId}"]`), files });
  expect(
    await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang),
  ).toBe(locale);
  const violations = await axeViolations(page);
  found.set(`${locale} ${screen.name}`, violations);
  expect(
    violations.map((v) => `${v.impact} ${v.rule} (${v.count}): ${v.help} — ${v.nodes.map((n) => `${n.target} [${n.summary}]`).join('; ')}`),
  ).toEqual([]);
}

function checkAll(screens: Screen[], session: () => { browser: BrowserSession; app: WebApp; sample: SampleIds | null }): void {
  for (const locale of LOCALES) {
    describe(locale, () => {
      beforeAll(async () => {
        const s = session();
        await openIn(s.browser, s.app, locale);
      });
      for (const screen of screens) {
        it(screen.name, async () => {
          const s = session();
          await check(s.browser, s.app, screen, locale, s.sample);
        });
      }
    });
  }
}

describe('survey mode', () => {
  let survey: WebApp;
  let browser: BrowserSession;
  beforeAll(async () => {
    survey = await startWebApp({ survey: files.survey });
    await recordSurvey(survey.api, ids.unit);
    browser = await openBrowser(survey);
  });
  afterAll(async () => {
    await browser?.close();
    await survey?.stop();
    // The office changes the surveyed area too: the merge shows a conflict.
    await conflictInOffice(office.api, ids.unit);
  });
  checkAll(SURVEY_MODE_SCREENS, () => ({ browser, app: survey, sample: ids }));
});

describe('office', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser(office);
  });
  afterAll(async () => {
    await browser?.close();
  });
  checkAll(OFFICE_SCREENS, () => ({ browser, app: office, sample: ids }));
});

describe('read-only second program', () => {
  let second: WebApp;
  let browser: BrowserSession;
  beforeAll(async () => {
    second = await startWebApp({ dbPath: office.dbPath, mode: 'none' });
    browser = await openBrowser(second);
  });
  afterAll(async () => {
    await browser?.close();
    await second?.stop();
  });
  checkAll(READ_ONLY_SCREENS, () => ({ browser, app: second, sample: ids }));
});

describe('first run', () => {
  let fresh: WebApp;
  let browser: BrowserSession;
  beforeAll(async () => {
    fresh = await startWebApp({ mode: 'none' });
    browser = await openBrowser(fresh);
  });
  afterAll(async () => {
    await browser?.close();
    await fresh?.stop();
  });
  checkAll(FIRST_RUN_SCREENS, () => ({ browser, app: fresh, sample: null }));
});
