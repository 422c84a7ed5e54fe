// Writing deals: create, edit, move to a stage, delete, and convert a prospect into a tenant. Each is one batch
// (one undo step); a stage change is one dated update of the deal in change_log, with what it did to the inventory.
import { AppError, validationError } from '../../../../shared/errors';
import type { DealStage } from '../../../../shared/enums';
import type { Deal, Tenant } from '../../../../shared/models';
import type { DealCreate, DealEdit } from '../../../../shared/pipeline/channels';
import { HOLDING_STAGES, moveProblems } from '../../../../shared/rules/deals';
import type { Db } from '../../db/connection';
import { inBatch, type ChangeWriter } from '../../db/writer';
import { createIn, recordName, updateIn } from '../inventory/crud';
import { ensureTenant, release, reserve, sign, type DealSpace } from './effects';

const STAGE_NAMES: Record<DealStage, { zh: string; en: string }> = {
  contact: { zh: '初次接触', en: 'contact' },
  visit: { zh: '实地考察', en: 'visit' },
  proposal: { zh: '方案', en: 'proposal' },
  negotiation: { zh: '谈判', en: 'negotiation' },
  reserved: { zh: '已预留', en: 'reserved' },
  signed: { zh: '已签约', en: 'signed' },
  lost: { zh: '已流失', en: 'lost' },
};

// ' / ' separates the languages of a history label, so a name must not carry it.
const clean = (t: string) => t.replaceAll(' / ', ' ∕ ');

/** A history label in both languages ("招商项目 某公司 → 已签约 / Deal Some Co → signed"). */
function label(w: ChangeWriter, deal: Deal, what: { zh: string; en: string }): string {
  const name = recordName(w, 'deal', deal);
  return `招商项目 ${clean(name.zh)}${what.zh} / Deal ${clean(name.en)}${what.en}`;
}

/** What entering `to` on `on` does to the inventory: the ids the deal then holds, and a lease start it fixed. */
function enter(
  w: ChangeWriter,
  from: DealStage | null,
  to: DealStage,
  on: string,
  space: DealSpace,
  prospectId: string,
): Pick<Deal, 'leaseIds' | 'startDate'> {
  const prospect = w.require('prospect', prospectId);
  if (to === 'signed') return sign(w, space, prospect, on);
  const kept = from === 'reserved' ? release(w, space.leaseIds, on, null) : [...space.leaseIds];
  if (to === 'reserved') return { leaseIds: [...kept, ...reserve(w, space, prospect, on)], startDate: space.startDate };
  return { leaseIds: kept, startDate: space.startDate };
}

export function createDeal(db: Db, input: DealCreate): Deal {
  return inBatch(db, { label: '新建招商项目 / Create deal', origin: 'user' }, (w) => {
    const { prospectId, stage, stageOn, ...space } = input;
    if (!w.get('prospect', prospectId)) throw validationError([{ field: 'prospectId', code: 'reference_missing' }]);
    const held = enter(w, null, stage, stageOn, { ...space, leaseIds: [] }, prospectId);
    const deal = createIn(w, 'deal', { ...space, ...held, prospectId, stage, stageOn, history: [] });
    w.relabel(label(w, deal, { zh: `：${STAGE_NAMES[stage].zh}`, en: `: ${STAGE_NAMES[stage].en}` }));
    return deal;
  });
}

const SPACE_FIELDS = ['buildingId', 'floor', 'unitIds', 'areaM2', 'startDate', 'endDate', 'rentCnyPerM2Day'] as const;

export function updateDeal(db: Db, id: string, version: number, changes: Partial<DealEdit>): Deal {
  return inBatch(db, { label: '修改招商项目 / Edit deal', origin: 'user' }, (w) => {
    const deal = w.require('deal', id);
    if (HOLDING_STAGES.includes(deal.stage)) {
      const moved = SPACE_FIELDS.filter(
        (f) => f in changes && changes[f] !== undefined && JSON.stringify(changes[f]) !== JSON.stringify(deal[f]),
      );
      if (moved.length) throw validationError(moved.map((field) => ({ field, code: 'deal_space_fixed' })));
    }
    const updated = updateIn(w, 'deal', id, version, changes);
    w.relabel(label(w, updated, { zh: '：修改', en: ': edit' }));
    return updated;
  });
}

export function moveDeal(db: Db, input: { id: string; version: number; stage: DealStage; on: string; lostReason?: string }): Deal {
  return inBatch(db, { label: '推进招商项目 / Move deal', origin: 'user' }, (w) => {
    const deal = w.require('deal', input.id);
    if (deal.version !== input.version)
      throw new AppError('conflict', `deal ${deal.id} is at version ${deal.version}`, { entity: 'deal', id: deal.id });
    const lostReason = input.stage === 'lost' ? (input.lostReason ?? deal.lostReason) : deal.lostReason;
    const problems = moveProblems(deal, input.stage, input.on, lostReason);
    if (problems.length) throw validationError(problems);
    const held = enter(w, deal.stage, input.stage, input.on, deal, deal.prospectId);
    const moved = updateIn(w, 'deal', deal.id, input.version, {
      ...held,
      stage: input.stage,
      stageOn: input.on,
      history: [...deal.history, { stage: deal.stage, on: deal.stageOn }],
      lostReason,
    });
    w.relabel(label(w, moved, { zh: ` → ${STAGE_NAMES[input.stage].zh}`, en: ` → ${STAGE_NAMES[input.stage].en}` }));
    return moved;
  });
}

/** Deletes the deal record; reservations and leases it made stay in the inventory as they are. */
export function deleteDeal(db: Db, id: string, version: number): { deleted: number } {
  return inBatch(db, { label: '删除招商项目 / Delete deal', origin: 'user' }, (w) => {
    const deal = w.require('deal', id);
    w.relabel(label(w, deal, { zh: '：删除', en: ': delete' }));
    w.remove('deal', id, version);
    return { deleted: 1 };
  });
}

/** The prospect becomes a tenant carrying its data (or is linked to the tenant with its credit code). */
export function convertProspect(db: Db, id: string, version: number): Tenant {
  return inBatch(db, { label: '意向企业转为企业 / Convert prospect to tenant', origin: 'user' }, (w) => {
    const prospect = w.require('prospect', id);
    if (prospect.version !== version)
      throw new AppError('conflict', `prospect ${id} is at version ${prospect.version}`, { entity: 'prospect', id });
    const tenant = ensureTenant(w, prospect);
    const name = recordName(w, 'prospect', prospect);
    w.relabel(`意向企业 ${clean(name.zh)} 转为企业 / Convert prospect ${clean(name.en)} to tenant`);
    return tenant;
  });
}
