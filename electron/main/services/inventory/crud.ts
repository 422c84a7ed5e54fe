// Create, update and delete for every entity: one transaction each, cross-record rules on the resulting
// record, all writes through the change log as one undoable batch.
import type { DeleteResult } from '../../../../shared/contract';
import type { EntityName } from '../../../../shared/enums';
import { AppError, validationError } from '../../../../shared/errors';
import type { Draft, EntityMap } from '../../../../shared/models';
import { normalizeUscc } from '../../../../shared/uscc';
import type { Db } from '../../db/connection';
import { draftOf } from '../../db/tables';
import { inBatch, type ChangeWriter } from '../../db/writer';
import { deleteWithDependents } from './deletion';
import { ruleErrors } from './rules';

const LABELS: Record<EntityName, { zh: string; en: string }> = {
  zone: { zh: '片区', en: 'zone' },
  park: { zh: '园区', en: 'park' },
  building: { zh: '楼宇', en: 'building' },
  unit: { zh: '单元', en: 'unit' },
  tenant: { zh: '企业', en: 'tenant' },
  lease: { zh: '租约', en: 'lease' },
  target: { zh: '目标', en: 'target' },
  prospect: { zh: '意向企业', en: 'prospect' },
  deal: { zh: '招商项目', en: 'deal' },
  tenant_return: { zh: '年报', en: 'annual return' },
};

/** A record's name in both languages, as a history label names it (a lease by its tenant and unit). */
export function recordName(w: Pick<ChangeWriter, 'get'>, entity: EntityName, record: EntityMap[EntityName]): { zh: string; en: string } {
  const r = record as unknown as Record<string, unknown>;
  if ('nameZh' in r) return { zh: String(r.nameZh), en: String(r.nameEn || r.nameZh) };
  if (entity === 'lease') {
    const l = record as EntityMap['lease'];
    const t = w.get('tenant', l.tenantId);
    const u = w.get('unit', l.unitId);
    const tail = u ? ` · ${u.label}` : '';
    return { zh: `${t?.nameZh ?? ''}${tail}`, en: `${t?.nameEn || t?.nameZh || ''}${tail}` };
  }
  if (entity === 'deal') {
    const p = w.get('prospect', (record as EntityMap['deal']).prospectId);
    return { zh: p?.nameZh ?? '', en: p?.nameEn || p?.nameZh || '' };
  }
  if (entity === 'tenant_return') {
    const y = record as EntityMap['tenant_return'];
    const t = w.get('tenant', y.tenantId);
    return { zh: `${t?.nameZh ?? ''} ${y.year}`, en: `${t?.nameEn || t?.nameZh || ''} ${y.year}` };
  }
  const label = String(r.label ?? '');
  return { zh: label, en: label };
}

/**
 * History labels are stored bilingual ("修改楼宇 一号楼 / Edit building Building 1") so either UI language can show
 * them; with the record's name, undo says what it undid (issue 10, item 10).
 */
export function batchLabel(action: 'create' | 'update' | 'delete', entity: EntityName, name?: { zh: string; en: string }): string {
  const zh = { create: '新建', update: '修改', delete: '删除' }[action];
  const en = { create: 'Create', update: 'Edit', delete: 'Delete' }[action];
  // ' / ' separates the languages, so a name must not carry it.
  const clean = (text: string) => (text ? ` ${text.replaceAll(' / ', ' ∕ ')}` : '');
  return `${zh}${LABELS[entity].zh}${clean(name?.zh ?? '')} / ${en} ${LABELS[entity].en}${clean(name?.en ?? '')}`;
}

export function normalize<E extends EntityName>(entity: E, draft: Draft<E>): Draft<E> {
  if (entity === 'tenant' || entity === 'prospect') {
    const t = draft as Draft<'tenant' | 'prospect'>;
    return { ...t, uscc: normalizeUscc(t.uscc) } as unknown as Draft<E>;
  }
  return draft;
}

function check<E extends EntityName>(entity: E, w: ChangeWriter, draft: Draft<E>, id: string | null): void {
  const errors = ruleErrors(w, entity, draft, id);
  if (errors.length) throw validationError(errors);
}

/** Create inside a batch that is already open, under the same rules as the form's create. */
export function createIn<E extends EntityName>(w: ChangeWriter, entity: E, input: Draft<E>): EntityMap[E] {
  const draft = normalize(entity, input);
  check(entity, w, draft, null);
  return w.insert(entity, draft);
}

/** Update inside a batch that is already open, under the same rules as the form's save (version checked when given). */
export function updateIn<E extends EntityName>(
  w: ChangeWriter,
  entity: E,
  id: string,
  version: number | undefined,
  changes: Partial<Draft<E>>,
): EntityMap[E] {
  const current = w.require(entity, id);
  if (version !== undefined && current.version !== version)
    throw new AppError('conflict', `${entity} ${id} is at version ${current.version}`, { entity, id });
  // A key present with `undefined` (possible over Electron IPC) means "not changed", never "clear it".
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Draft<E>>;
  const draft = normalize(entity, { ...draftOf(entity, current), ...given });
  check(entity, w, draft, id);
  return w.update(entity, id, draft, version);
}

export function createRecord<E extends EntityName>(db: Db, entity: E, input: Draft<E>): EntityMap[E] {
  return inBatch(db, { label: batchLabel('create', entity), origin: 'user' }, (w) => {
    const created = createIn(w, entity, input);
    w.relabel(batchLabel('create', entity, recordName(w, entity, created)));
    return created;
  });
}

export function updateRecord<E extends EntityName>(
  db: Db,
  entity: E,
  id: string,
  version: number,
  changes: Partial<Draft<E>>,
): EntityMap[E] {
  return inBatch(db, { label: batchLabel('update', entity), origin: 'user' }, (w) => {
    const updated = updateIn(w, entity, id, version, changes);
    w.relabel(batchLabel('update', entity, recordName(w, entity, updated)));
    return updated;
  });
}

export function deleteRecord(db: Db, entity: EntityName, id: string, version: number): DeleteResult {
  return inBatch(db, { label: batchLabel('delete', entity), origin: 'user' }, (w) => {
    const before = w.get(entity, id);
    if (before) w.relabel(batchLabel('delete', entity, recordName(w, entity, before)));
    return deleteWithDependents(w, entity, id, version);
  });
}
