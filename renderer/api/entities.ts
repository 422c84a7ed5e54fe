// Typed access to the seven CRUD channel families, for code that picks the entity at run time.
import { PLURALS, type Channel, type DeletePlan, type DeleteResult } from '../../shared/contract';
import type { EntityName } from '../../shared/enums';
import type { Result } from '../../shared/errors';
import type { EntityMap, Page, RowMap } from '../../shared/models';
import { invokeDynamic } from './client';

type Verb = 'list' | 'get' | 'create' | 'update' | 'dependents' | 'delete';

function channel(entity: EntityName, verb: Verb): Channel {
  return `${PLURALS[entity]}:${verb}` as Channel;
}

export type ListQuery = Record<string, string | number | boolean | undefined>;

export function listRows<E extends EntityName>(entity: E, query: ListQuery): Promise<Result<Page<RowMap[E]>>> {
  const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''));
  return invokeDynamic(channel(entity, 'list'), clean) as Promise<Result<Page<RowMap[E]>>>;
}

export function getRow<E extends EntityName>(entity: E, id: string): Promise<Result<RowMap[E]>> {
  return invokeDynamic(channel(entity, 'get'), { id }) as Promise<Result<RowMap[E]>>;
}

export function createRecord<E extends EntityName>(entity: E, draft: Record<string, unknown>): Promise<Result<EntityMap[E]>> {
  return invokeDynamic(channel(entity, 'create'), draft) as Promise<Result<EntityMap[E]>>;
}

export function updateRecord<E extends EntityName>(
  entity: E,
  id: string,
  version: number,
  changes: Record<string, unknown>,
): Promise<Result<EntityMap[E]>> {
  return invokeDynamic(channel(entity, 'update'), { id, version, changes }) as Promise<Result<EntityMap[E]>>;
}

export function dependentsOf(entity: EntityName, id: string): Promise<Result<DeletePlan>> {
  return invokeDynamic(channel(entity, 'dependents'), { id }) as Promise<Result<DeletePlan>>;
}

export function deleteRecord(entity: EntityName, id: string, version: number): Promise<Result<DeleteResult>> {
  return invokeDynamic(channel(entity, 'delete'), { id, version }) as Promise<Result<DeleteResult>>;
}
