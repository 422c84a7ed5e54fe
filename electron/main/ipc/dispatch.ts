// The one entry point for both transports: validate the channel and its input with the contract's schema,
// run the handler, and turn every outcome into a Result. Nothing a renderer sends can crash main.
import { contract, isChannel, isWriteChannel, type Channel } from '../../../shared/contract';
import { AppError, toErrorShape, type Result } from '../../../shared/errors';
import { toFieldErrors } from '../../../shared/validation/primitives';
import { surveyGate } from '../../../shared/survey/contract';
import { gateError } from '../services/survey/gate';
import type { Session } from '../session';
import type { FieldError } from '../../../shared/errors';
import { alsoInvalid } from './inventory';
import type { HandlerMap } from './types';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** The rules' view of an input that failed its schema; a failure to read adds nothing (the shape errors still go back). */
function moreProblems(channel: Channel, rawInput: unknown, session: Session): FieldError[] {
  try {
    return alsoInvalid(channel, rawInput, session);
  } catch {
    return [];
  }
}

/**
 * Lets another thread answer a call (electron/main/workers/offload.ts): the answer's promise, or null to run the
 * handler here. `local` runs the handler here (a fallback, or after preparing something elsewhere).
 */
export type Offload = (channel: Channel, input: unknown, session: Session, local: () => unknown) => Promise<unknown> | null;

export function createDispatcher(session: Session, handlers: HandlerMap, offload?: Offload): Dispatch {
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
        if (onlyShape) throw new AppError('bad_input', `Malformed input for ${channel}`, { fields });
        // The rules over the fields that are fine, so one answer names every problem (reads only).
        const more = moreProblems(channel, rawInput, session).filter((m) => !fields.some((f) => f.field === m.field && f.code === m.code));
        throw new AppError('validation', `Invalid input for ${channel}`, { fields: [...fields, ...more] });
      }
      // Refused before the handler runs where this process may not write (another program holds the file, or
      // the file was replaced under it), with a message that says why.
      // A survey package open instead of the office database: only the survey's own work (see surveyGate).
      const refused = surveyGate(session.kind, channel, parsed.data);
      if (refused) throw gateError(refused, channel);
      if (isWriteChannel(channel)) session.assertWritable();
      const handler = handlers[channel] as (input: unknown, session: Session) => unknown;
      const local = () => handler(parsed.data, session);
      const value = await (offload?.(channel, parsed.data, session, local) ?? local());
      return { ok: true, value };
    } catch (err) {
      // Constraint failures that slipped past validation still come back as a result, never a crash.
      if (!(err instanceof AppError)) console.error(`[dispatch] ${channel}:`, err);
      return { ok: false, error: toErrorShape(err) };
    }
  };
}

export type { Channel };
