// One file operation at a time per session: a backup copies page by page across event-loop turns, so a restore,
// an Open or a Save-as that closed the connection meanwhile would break it. Operations queue instead.
const tails = new WeakMap<object, Promise<unknown>>();

/** Runs `work` after every earlier operation on `key` has settled (whether it succeeded or not). */
export function withFileLock<T>(key: object, work: () => Promise<T> | T): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  tails.set(
    key,
    run.catch(() => undefined),
  );
  return run;
}
