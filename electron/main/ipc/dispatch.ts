// The one entry point for both transports: validate the channel and its input with the contract's schema,
// run the handler, and turn every outcome into a Result. Nothing a renderer sends can crash main.
import { contract, isChannel, isWriteChannel, type Channel } from '../../../shared/contract';
import { AppError, toErrorShape, type Result } from '../../../shared/errors';
import { toFieldErrors } from '../../../shared/validation/primitives';
import { surveyGate } from '../../../shared/survey/contract';
import { gateError } from '../services/survey/gate';
import type { Session } from '../session';
import type { HandlerMap } from './types';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

export function createDispatcher(session: Session, handlers: HandlerMap): Dispatch {
  return async (channel, rawInput) => {
    try {
      if (typeof channel !== 'string' || !isChannel(channel)) {
        throw new AppError('unknown_channel', `Unknown channel ${String(channel).slice(0, 80)}`);
      }
      // No input means an empty object; null is not "no input" and fails the schema like any other non-object.
      const parsed = contract[channel].input.safeParse(rawInput === undefined ? {} : rawInput);
      if (!parsed.success) {
        const fields = toFieldErrors(parsed.error.issues);
        const onlyShape = fields.every((f) => f.code === 'invalid_type') && fields.some((f) => f.field === '');
        throw onlyShape
          ? new AppError('bad_input', `Malformed input for ${channel}`, { fields })
          : new AppError('validation', `Invalid input for ${channel}`, { fields });
      }
      // Refused before the handler runs where this process may not write (another program holds the file, or
      // the file was replaced under it), with a message that says why.
      // A survey package open instead of the office database: only the survey's own work (see surveyGate).
      const refused = surveyGate(session.kind, channel, parsed.data);
      if (refused) throw gateError(refused, channel);
      if (isWriteChannel(channel)) session.assertWritable();
      const handler = handlers[channel] as (input: unknown, session: Session) => unknown;
      const value = await handler(parsed.data, session);
      return { ok: true, value };
    } catch (err) {
      // Constraint failures that slipped past validation still come back as a result, never a crash.
      if (!(err instanceof AppError)) console.error(`[dispatch] ${channel}:`, err);
      return { ok: false, error: toErrorShape(err) };
    }
  };
}

export type { Channel };
