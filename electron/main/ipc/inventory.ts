// PLACEHOLDER (being written): inventory handlers.
import type { Channel } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { PartialHandlers } from './types';

type InventoryChannel = Exclude<Channel, `app:${string}` | `history:${string}` | `backup:${string}`>;
const todo = (): never => { throw new AppError('internal', 'not implemented yet'); };
export const inventoryHandlers = new Proxy({}, { get: () => todo }) as PartialHandlers<InventoryChannel>;
