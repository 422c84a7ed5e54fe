// PLACEHOLDER (being written): app handlers.
import { AppError } from '../../../shared/errors';
import type { PartialHandlers } from './types';

const todo = (): never => { throw new AppError('internal', 'not implemented yet'); };
export const appHandlers: PartialHandlers<'app:info' | 'app:setup'> = { 'app:info': todo, 'app:setup': todo };
