// list / get / create / update / dependents / delete for every inventory entity, written once.
import { PLURALS, type Channel } from '../../../shared/contract';
import { ENTITIES, type EntityName } from '../../../shared/enums';
import { AppError } from '../../../shared/errors';
import type { Draft } from '../../../shared/models';
import { LIST_REPOS } from '../db/repos';
import { floorsOf } from '../db/repos/units';
import { createRecord, deleteRecord, updateRecord } from '../services/inventory/crud';
import { deletePlan } from '../services/inventory/deletion';
import { generateUnits } from '../services/inventory/generate';
import { ruleErrorsOfInput } from '../services/inventory/validate';
import type { FieldError } from '../../../shared/errors';
import type { Session } from '../session';
import type { PartialHandlers } from './types';

type CrudVerb = 'list' | 'get' | 'create' | 'update' | 'dependents' | 'delete';
type CrudChannel = Extract<Channel, `${(typeof PLURALS)[EntityName]}:${CrudVerb}`>;
type InventoryChannel = CrudChannel | 'units:floors' | 'units:generate';
type AnyHandler = (input: never, session: Session) => unknown;

function getRow(session: Session, entity: EntityName, id: string) {
  const [row] = LIST_REPOS[entity].rows(session.db, [id]);
  if (!row) throw new AppError('not_found', `${entity} ${id} not found`, { entity, id });
  return row;
}

function entityHandlers(entity: EntityName): Record<string, AnyHandler> {
  const p = PLURALS[entity];
  const changed = (s: Session) => s.emit('data-changed', { reason: 'edit' });
  return {
    [`${p}:list`]: ((query: Record<string, unknown>, s: Session) => LIST_REPOS[entity].list(s.db, query as never)) as AnyHandler,
    [`${p}:get`]: (({ id }: { id: string }, s: Session) => getRow(s, entity, id)) as AnyHandler,
    [`${p}:create`]: ((draft: Draft<EntityName>, s: Session) => {
      const created = createRecord(s.db, entity, draft as never);
      changed(s);
      return created;
    }) as AnyHandler,
    [`${p}:update`]: (({ id, version, changes }: { id: string; version: number; changes: Partial<Draft<EntityName>> }, s: Session) => {
      const updated = updateRecord(s.db, entity, id, version, changes as never);
      changed(s);
      return updated;
    }) as AnyHandler,
    [`${p}:dependents`]: (({ id }: { id: string }, s: Session) => {
      getRow(s, entity, id);
      return deletePlan(s.db, entity, id);
    }) as AnyHandler,
    [`${p}:delete`]: (({ id, version }: { id: string; version: number }, s: Session) => {
      const result = deleteRecord(s.db, entity, id, version);
      changed(s);
      return result;
    }) as AnyHandler,
  };
}

/** Deals have no generic channels (their stages move through ./pipeline.ts). */
const CRUD_ENTITIES = ENTITIES.filter((e) => e !== 'deal');
const generic = Object.assign({}, ...CRUD_ENTITIES.map(entityHandlers)) as Record<string, AnyHandler>;

export const inventoryHandlers = {
  ...(generic as unknown as PartialHandlers<CrudChannel>),
  'units:floors': ({ buildingId }, s) => {
    getRow(s, 'building', buildingId);
    return floorsOf(s.db, buildingId);
  },
  'units:generate': (spec, s) => {
    const result = generateUnits(s.db, spec);
    s.emit('data-changed', { reason: 'edit' });
    return result;
  },
} satisfies PartialHandlers<InventoryChannel>;

/**
 * For a create or update whose input fails its schema: the cross-record rules over the fields that are fine, so the
 * one answer lists every problem (issue 10, item 7). Other channels: nothing to add.
 */
export function alsoInvalid(channel: Channel, raw: unknown, session: Session): FieldError[] {
  const entity = CRUD_ENTITIES.find((e) => channel === `${PLURALS[e]}:create` || channel === `${PLURALS[e]}:update`);
  if (!entity) return [];
  const id = channel.endsWith(':update') && typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  if (channel.endsWith(':update') && typeof id !== 'string') return [];
  return ruleErrorsOfInput(session.db, entity, raw, typeof id === 'string' ? { id } : null);
}
