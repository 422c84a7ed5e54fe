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
import { RULES } from './rules';

const LABELS: Record<EntityName, { zh: string; en: string }> = {
  zone: { zh: '片区', en: 'zone' },
  park: { zh: '园区', en: 'park' },
  building: { zh: '楼宇', en: 'building' },
  unit: { zh: '单元', en: 'unit' },
  tenant: { zh: '企业', en: 'tenant' },
  lease: { zh: '租约', en: 'lease' },
  target: { zh: '目标', en: 'target' },
};

/** History labels are stored bilingual ("新建 楼宇 / Create building") so either UI language can show them. */
export function batchLabel(action: 'create' | 'update' | 'delete', entity: EntityName): string {
  const zh = { create: '新建', update: '修改', delete: '删除' }[action];
  const en = { create: 'Create', update: 'Edit', delete: 'Delete' }[action];
  return `${zh}${LABELS[entity].zh} / ${en} ${LABELS[entity].en}`;
}

function normalize<E extends EntityName>(entity: E, draft: Draft<E>): Draft<E> {
  if (entity === 'tenant') {
    const t = draft as Draft<'tenant'>;
    return { ...t, uscc: normalizeUscc(t.uscc) } as unknown as Draft<E>;
  }
  return draft;
}

function check<E extends EntityName>(entity: E, w: Parameters<(typeof RULES)[E]>[0], draft: Draft<E>, id: string | null): void {
  const errors = RULES[entity](w, draft, id);
  if (errors.length) throw validationError(errors);
}

/**
 * One create inside a batch that is already open: normalise, check the entity's rules, insert. The form's
 * create and the spreadsheet import (many rows in one batch) both go through here, so they enforce the same rules.
 */
export function applyCreate<E extends EntityName>(w: ChangeWriter, entity: E, input: Draft<E>): EntityMap[E] {
  const draft = normalize(entity, input);
  check(entity, w, draft, null);
  return w.insert(entity, draft);
}

/** One update inside an open batch: version check, the record as it would be, the entity's rules, write. */
export function applyUpdate<E extends EntityName>(w: ChangeWriter, entity: E, id: string, version: number, changes: Partial<Draft<E>>): EntityMap[E] {
  const current = w.require(entity, id);
  if (current.version !== version) throw new AppError('conflict', `${entity} ${id} is at version ${current.version}`, { entity, id });
  // A key present with `undefined` (possible over Electron IPC) means "not changed", never "clear it".
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Draft<E>>;
  const draft = normalize(entity, { ...draftOf(entity, current), ...given });
  check(entity, w, draft, id);
  return w.update(entity, id, draft, version);
}

export function createRecord<E extends EntityName>(db: Db, entity: E, input: Draft<E>): EntityMap[E] {
  return inBatch(db, { label: batchLabel('create', entity), origin: 'user' }, (w) => applyCreate(w, entity, input));
}

export function updateRecord<E extends EntityName>(db: Db, entity: E, id: string, version: number, changes: Partial<Draft<E>>): EntityMap[E] {
  return inBatch(db, { label: batchLabel('update', entity), origin: 'user' }, (w) => applyUpdate(w, entity, id, version, changes));
}

export function deleteRecord(db: Db, entity: EntityName, id: string, version: number): DeleteResult {
  return inBatch(db, { label: batchLabel('delete', entity), origin: 'user' }, (w) => deleteWithDependents(w, entity, id, version));
}
