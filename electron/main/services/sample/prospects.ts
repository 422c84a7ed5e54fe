// Who the sample's prospects are: a contact person, where they came from, who follows them up, and for firms not yet
// in the district a new name and (most of the time) a unique credit code from another city.
import names from '../../../../assets/sample/names.json';
import type { ProspectSource, TenantCategory } from '../../../../shared/enums';
import type { Draft } from '../../../../shared/models';
import { usccCheckChar } from '../../../../shared/uscc';
import type { Planned } from './model';
import type { Rng } from './random';

const MANAGERS = ['王磊', '李娜', '张伟', '刘洋', '陈静'];
const SOURCES: readonly (readonly [ProspectSource, number])[] = [
  ['referral', 30],
  ['event', 20],
  ['policy_desk', 25],
  ['inbound', 10],
  ['agent', 10],
  ['other', 5],
];
const CATEGORIES: readonly (readonly [TenantCategory, number])[] = [
  ['fintech', 45],
  ['professional_service', 20],
  ['research', 8],
  ['supervision_tech', 10],
  ['financial_institution', 12],
  ['other', 5],
];
/** Firms looking to come from elsewhere: the city's name and its division code for their credit codes. */
const CITIES: readonly [string, string, string][] = [
  ['上海', 'Shanghai', '310101'],
  ['深圳', 'Shenzhen', '440304'],
  ['杭州', 'Hangzhou', '330106'],
  ['天津', 'Tianjin', '120116'],
  ['广州', 'Guangzhou', '440106'],
];
const NOTES = [
  '',
  '',
  '关注政策支持 / Asks about policy support',
  '需要独立出入口 / Needs its own entrance',
  '希望靠近地铁 / Wants to be near the metro',
  '总部迁入意向 / Considering moving its head office',
];
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function contactOf(rng: Rng): string {
  const family = rng.pick(['周', '吴', '郑', '孙', '马', '朱', '胡', '林']);
  return `${family}${rng.pick(['先生', '女士'])} 13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** A prospect's contact, source, manager and notes. */
export function prospectDetails(rng: Rng): Pick<Draft<'prospect'>, 'contact' | 'source' | 'manager' | 'notes'> {
  return { contact: contactOf(rng), source: rng.weighted(SOURCES), manager: rng.pick(MANAGERS), notes: rng.pick(NOTES) };
}

/** Makes firms from other cities, their names and credit codes unlike the district's tenants' and each other's. */
export function firmMaker(
  rng: Rng,
  tenants: Planned<'tenant'>[],
): () => Pick<Draft<'prospect'>, 'nameZh' | 'nameEn' | 'uscc' | 'category'> {
  const codes = new Set(tenants.map((t) => t.draft.uscc));
  const takenNames = new Set(tenants.map((t) => t.draft.nameZh));
  return () => {
    for (;;) {
      const category = rng.weighted(CATEGORIES);
      const [cityZh, cityEn, division] = rng.pick(CITIES);
      const prefix = rng.pick(names.tenantPrefixes);
      const form = rng.pick(names.tenantForms[category]);
      const nameZh = `${cityZh}${prefix[0]}${form[0]}`;
      if (takenNames.has(nameZh)) continue;
      takenNames.add(nameZh);
      let uscc = '';
      if (rng.chance(0.6)) {
        let body = `${form[2] ?? '91'}${division}`;
        for (let i = 0; i < 9; i += 1) body += USCC_CHARS.charAt(rng.int(0, USCC_CHARS.length - 1));
        uscc = body + usccCheckChar(body);
        if (codes.has(uscc)) continue;
        codes.add(uscc);
      }
      return { nameZh, nameEn: `${cityEn} ${prefix[1]} ${form[1]}`, uscc, category };
    }
  };
}
