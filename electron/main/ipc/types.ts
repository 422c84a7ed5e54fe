// A handler per channel: parsed input in, result out. The map type makes a missing handler a compile error.
import type { Channel, ParsedInputOf, ResultOf } from '../../../shared/contract';
import type { Session } from '../session';

export type Handler<C extends Channel> = (input: ParsedInputOf<C>, session: Session) => ResultOf<C> | Promise<ResultOf<C>>;

export type HandlerMap = { [C in Channel]: Handler<C> };

/** Handlers for a subset of channels (one file per domain), merged in ./handlers.ts. */
export type PartialHandlers<C extends Channel> = { [K in C]: Handler<K> };
