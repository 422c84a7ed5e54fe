// PLACEHOLDER (being written): history handlers.
import { AppError } from '../../../shared/errors';
import type { PartialHandlers } from './types';

const todo = (): never => { throw new AppError('internal', 'not implemented yet'); };
export const historyHandlers: PartialHandlers<'history:state' | 'history:undo' | 'history:redo' | 'history:record'> = {
  'history:state': todo, 'history:undo': todo, 'history:redo': todo, 'history:record': todo,
};
