// Tenants: firms in the target categories (and a few others) with valid, unique unified social credit codes
// registered in Xicheng (division 110102).
import names from '../../../../assets/sample/names.json';
import type { TenantCategory } from '../../../../shared/enums';
import { usccCheckChar } from '../../../../shared/uscc';
import type { NewId, Planned } from './model';
import type { SamplePlan } from './plan';
import type { Rng } from './random';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const XICHENG = '110102';
const FORMS: Record<TenantCategory, string[][]> = names.tenantForms;

const CATEGORY_WEIGHTS: readonly (readonly [TenantCategory, number])[] = [
  ['fintech', 40],
  ['professional_service', 20],
  ['research', 8],
  ['supervision_tech', 8],
  ['financial_institution', 14],
  ['other', 10],
];

function newUscc(rng: Rng, authority: string, taken: Set<string>): string {
  for (;;) {
    let body = `${authority}${XICHENG}`;
    for (let i = 0; i < 9; i += 1) body += USCC_CHARS.charAt(rng.int(0, USCC_CHARS.length - 1));
    const code = body + usccCheckChar(body);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

export function layoutTenants(plan: SamplePlan, rng: Rng, newId: NewId): Planned<'tenant'>[] {
  const codes = new Set<string>();
  const seen = new Map<string, number>();
  const tenants: Planned<'tenant'>[] = [];
  for (let i = 0; i < plan.tenants; i += 1) {
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const form = rng.pick(FORMS[category]);
    let prefix = rng.pick(names.tenantPrefixes);
    let zh = `北京${prefix[0]}${form[0]}`;
    if (seen.has(zh)) {
      // A second brand word before a numbered fallback keeps most names natural.
      const second = rng.pick(names.tenantPrefixes);
      prefix = [`${prefix[0]}${second[0]}`, `${prefix[1]} ${second[1]}`];
      zh = `北京${prefix[0]}${form[0]}`;
    }
    let en = `Beijing ${prefix[1]} ${form[1]}`;
    const n = (seen.get(zh) ?? 0) + 1;
    seen.set(zh, n);
    if (n > 1) {
      zh = `${zh}（${n}）`;
      en = `${en} (${n})`;
    }
    tenants.push({
      id: newId(),
      draft: { nameZh: zh, nameEn: en, uscc: newUscc(rng, form[2] ?? '91', codes), category, enteredDistrictOn: null },
    });
  }
  return tenants;
}
