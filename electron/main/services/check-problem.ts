// What the whole-file checker reports: one problem per broken rule, with an English message and the
// code and params a UI needs to say it in its own language.
import type { EntityName } from '../../../shared/enums';
import type { FieldError } from '../../../shared/errors';
import { fieldMessage } from '../../../shared/messages';

export interface Problem {
  entity: EntityName | 'database';
  id: string | null;
  field: string;
  code: string;
  /** English. */
  message: string;
  params?: Record<string, string | number>;
}

export function fieldProblem(entity: EntityName, id: string, error: FieldError): Problem {
  const problem: Problem = { entity, id, field: error.field, code: error.code, message: fieldMessage(error, 'en') };
  if (error.params && Object.keys(error.params).length) problem.params = error.params;
  return problem;
}

export function databaseProblem(code: string, message: string, field = ''): Problem {
  return { entity: 'database', id: null, field, code, message };
}
