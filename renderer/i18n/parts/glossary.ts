// The glossary's terms (shared/glossary.ts) as catalogue keys `term.<name>`, in both languages: every screen names a
// figure, a unit status or the stacking plan through these keys, never with its own text.
import type { Locale } from '../../../shared/enums';
import type { UnitStatus } from '../../../shared/accounting/figures';
import { GLOSSARY, STATUS_TERMS, TERMS, type Term } from '../../../shared/glossary';
import type { BuildingState } from '../../../shared/rules/buildings';

export type TermKey = `term.${Term}`;

function catalogue(locale: Locale): Record<TermKey, string> {
  return Object.fromEntries(TERMS.map((t) => [`term.${t}`, GLOSSARY[t][locale]])) as Record<TermKey, string>;
}

export const glossaryZh = catalogue('zh-CN');
export const glossaryEn = catalogue('en');

/** The catalogue key of a term. */
export function termKey(term: Term): TermKey {
  return `term.${term}`;
}

/** A unit status is named after the figure its area counts in. */
export function statusKey(status: UnitStatus): TermKey {
  return termKey(STATUS_TERMS[status]);
}

/** A building's state at the as-of date (buildingStateAt): pipeline is the glossary's term. */
export const STATE_KEYS = {
  pipeline: 'term.pipeline',
  renovating: 'map.status.renovating',
  operational: 'map.status.operational',
} as const satisfies Record<BuildingState, string>;
