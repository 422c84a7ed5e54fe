// Long work that can be cancelled: the renderer names a task (its taskId) when it starts one, and `tasks:cancel`
// aborts it. One registry per session; a task leaves it when it ends, so a late cancel finds nothing.
import { AppError } from '../../../shared/errors';
import type { Session } from '../session';

const registries = new WeakMap<Session, Map<string, AbortController>>();

function registry(session: Session): Map<string, AbortController> {
  let r = registries.get(session);
  if (!r) registries.set(session, (r = new Map()));
  return r;
}

export interface Task {
  signal: AbortSignal;
  end(): void;
}

export function startTask(session: Session, taskId: string): Task {
  const tasks = registry(session);
  if (tasks.has(taskId)) throw new AppError('conflict', `Task ${taskId} is already running`, { id: taskId });
  const controller = new AbortController();
  tasks.set(taskId, controller);
  return { signal: controller.signal, end: () => tasks.delete(taskId) };
}

/** Aborts the task if it is still running; says whether it was. */
export function cancelTask(session: Session, taskId: string): boolean {
  const controller = registry(session).get(taskId);
  if (!controller) return false;
  controller.abort();
  return true;
}
