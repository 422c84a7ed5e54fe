// Long work the user can watch and cancel: a task id chosen here, its `progress` events, and `survey:cancel`.
import { useEffect, useRef, useState } from 'react';
import type { EventMap } from '../../../shared/contract';
import { invoke, onEvent } from '../../api/client';

export function useTask(kind: EventMap['progress']['kind']) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const current = useRef<string | null>(null);
  useEffect(
    () =>
      onEvent('progress', (p) => {
        if (p.kind === kind && p.taskId === current.current) setProgress(p.finished ? null : { done: p.done, total: p.total });
      }),
    [kind],
  );
  return {
    busy,
    progress,
    async run<T>(work: (taskId: string) => Promise<T>): Promise<T> {
      const taskId = `${kind}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      current.current = taskId;
      setBusy(true);
      try {
        return await work(taskId);
      } finally {
        setBusy(false);
        setProgress(null);
        current.current = null;
      }
    },
    async cancel() {
      if (current.current) await invoke('survey:cancel', { taskId: current.current });
    },
  };
}
