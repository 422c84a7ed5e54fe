// The targets the figures are measured against: the remembered picks, dropped when the target is gone.
import { useEffect } from 'react';
import type { TargetRow } from '../../../shared/models';
import { useDashboard } from '../../stores/dashboard';
import { useChannel } from './useChannel';

export interface TargetPicks {
  spaceTargetId?: string;
  firmsTargetId?: string;
}

/** The picks to send with every accounting call, and the targets there are to pick from (null while loading). */
export function useTargetPicks(): { picks: TargetPicks; targets: TargetRow[] | null } {
  const space = useDashboard((s) => s.spaceTargetId);
  const firms = useDashboard((s) => s.firmsTargetId);
  const list = useChannel('targets:list', { limit: 1000, sortBy: 'dueDate', sortDir: 'asc' });
  const rows = list.value?.rows;
  useEffect(() => {
    if (!rows || list.stale) return;
    const has = (id: string) => rows.some((r) => r.id === id);
    if (space && !has(space)) useDashboard.getState().setTarget('space', null);
    if (firms && !has(firms)) useDashboard.getState().setTarget('firms', null);
  }, [rows, list.stale, space, firms]);
  const picks: TargetPicks = {};
  if (space) picks.spaceTargetId = space;
  if (firms) picks.firmsTargetId = firms;
  return { picks, targets: rows ?? null };
}
