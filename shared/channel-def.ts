// A channel of the one IPC contract (shared/contract.ts): its input schema plus a phantom result type. Here, apart
// from the contract, so that the feature modules whose channels the contract gathers (sheets, survey, pipeline)
// define theirs the same way without importing the contract.
import type { z } from 'zod';

export interface ChannelDef<I extends z.ZodTypeAny, O> {
  input: I;
  /** Never set at run time; carries the result type. */
  readonly result?: O;
}

/** `def<Result>()(inputSchema)`: the result type given, the input's inferred. */
export const def =
  <O>() =>
  <I extends z.ZodTypeAny>(input: I): ChannelDef<I, O> => ({ input });
