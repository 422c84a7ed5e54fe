// Long survey work (prepare, merge) that the user can cancel: each run registers an AbortController under the
// task id the renderer chose, `survey:cancel` aborts it. (A general `tasks:cancel` for import/export is being
// added on another branch; the two are to be unified.)
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/errors';

const running = new Map<string, AbortController>();

export interface Task {
  id: string;
  signal: AbortSignal;
  /** Throws 'cancelled' when the user cancelled. */
  check(): void;
  end(): void;
}

export function startTask(id: string = `task-${randomUUID()}`): Task {
  const controller = new AbortController();
  running.set(id, controller);
  return {
    id,
    signal: controller.signal,
    check() {
      if (controller.signal.aborted) throw new AppError('cancelled', `Task ${id} cancelled`);
    },
    end() {
      if (running.get(id) === controller) running.delete(id);
    },
  };
}

export function cancelTask(id: string): boolean {
  const controller = running.get(id);
  if (!controller) return false;
  controller.abort();
  return true;
}

/** Lets other work (and a cancel request) in between steps. */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
