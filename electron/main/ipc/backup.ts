// PLACEHOLDER (being written): backup handlers.
import { AppError } from '../../../shared/errors';
import type { PartialHandlers } from './types';

const todo = (): never => { throw new AppError('internal', 'not implemented yet'); };
export const backupHandlers: PartialHandlers<'backup:list' | 'backup:create' | 'backup:restore'> = {
  'backup:list': todo, 'backup:create': todo, 'backup:restore': todo,
};
