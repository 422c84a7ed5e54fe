// One word per concept (issue 10, item 4): the catalogues' `term.*` keys and the command line's figure names are the
// glossary's, no other catalogue text repeats a term under another key, and no text anywhere uses a retired word.
// The screens' use of the keys is checked in Chromium (test/e2e/one-truth.e2e.test.ts).
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { CLI_MESSAGES, HELP, say } from '../../electron/cli/messages';
import { AREA_KEYS } from '../../shared/accounting/figures';
import { FIGURE_TERMS, GLOSSARY, RETIRED_WORDS, STATUS_TERMS, TERMS } from '../../shared/glossary';
import { UNIT_STATUSES } from '../../shared/accounting/figures';
import type { Locale } from '../../shared/enums';
import { COMPUTED_SHEETS, IMPORT_SHEETS, columnsOf } from '../../shared/sheets/spec';

const CATALOGUES: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, en };
const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('the glossary', () => {
  it('is the catalogues’ term.* keys, word for word, in both languages', () => {
    for (const locale of LOCALES) {
      for (const term of TERMS) expect(CATALOGUES[locale][`term.${term}`], `${locale} ${term}`).toBe(GLOSSARY[term][locale]);
    }
  });

  it('names every roll-up figure and every unit status', () => {
    for (const k of [...AREA_KEYS, 'occupancy', 'newFirms'] as const) expect(TERMS).toContain(FIGURE_TERMS[k]);
    for (const s of UNIT_STATUSES) expect(TERMS).toContain(STATUS_TERMS[s]);
  });

  it('names the figure columns of every exported sheet with the same words', () => {
    const figureKeys = Object.keys(FIGURE_TERMS) as (keyof typeof FIGURE_TERMS)[];
    let checked = 0;
    for (const sheet of [...IMPORT_SHEETS, ...COMPUTED_SHEETS]) {
      for (const col of columnsOf(sheet)) {
        const key = figureKeys.find((k) => k === col.key);
        if (!key) continue;
        checked += 1;
        expect(col.zh.startsWith(GLOSSARY[FIGURE_TERMS[key]]['zh-CN']), `${sheet}.${col.key} ${col.zh}`).toBe(true);
        expect(col.en.startsWith(GLOSSARY[FIGURE_TERMS[key]].en), `${sheet}.${col.key} ${col.en}`).toBe(true);
      }
    }
    // Summary (8 figures and new firms), Floor schedule (3), Vacancies (1) and Units' two computed columns.
    expect(checked).toBe(15);
  });

  it('gives the command line the same figure names', () => {
    const cli: Record<string, keyof typeof FIGURE_TERMS> = {
      fig_provided: 'providedM2',
      fig_leased: 'leasedM2',
      fig_reserved: 'reservedM2',
      fig_available: 'availableM2',
      fig_out_of_service: 'outOfServiceM2',
      fig_pipeline: 'pipelineM2',
      fig_pre_let: 'preLetM2',
      fig_occupancy: 'occupancy',
      fig_new_firms: 'newFirms',
    };
    for (const locale of LOCALES) {
      for (const [key, figure] of Object.entries(cli)) {
        expect(say(key as keyof typeof CLI_MESSAGES, locale), `${locale} ${key}`).toBe(GLOSSARY[FIGURE_TERMS[figure]][locale]);
      }
    }
  });

  it('is the only catalogue entry whose whole text is a term (but for field labels and enum values)', () => {
    for (const locale of LOCALES) {
      const terms = new Map<string, string>(TERMS.map((t) => [GLOSSARY[t][locale], t]));
      for (const [key, text] of Object.entries(CATALOGUES[locale])) {
        // Stored fields' labels (field.*) and closed-vocabulary values (enum.*) name a record's field, not a figure.
        if (/^(term|field|enum)\./.test(key)) continue;
        expect(terms.has(text), `${locale} ${key} repeats the term “${text}”: use term.${terms.get(text)}`).toBe(false);
      }
    }
  });

  it('leaves no retired word in the catalogues, the CLI messages or its help', () => {
    for (const locale of LOCALES) {
      const texts = [
        ...Object.entries(CATALOGUES[locale]),
        ...Object.entries(CLI_MESSAGES).map(([k, m]) => [k, m[locale]] as const),
        ['help', HELP[locale]] as const,
      ];
      for (const [key, text] of texts) {
        for (const word of RETIRED_WORDS[locale]) expect(text.includes(word), `${locale} ${key}: “${word}” in “${text}”`).toBe(false);
      }
    }
  });
});
