// Fetch one record (with its joined display fields); refetched whenever the data changes.
import { useEffect, useState } from 'react';
import type { EntityName } from '../../../shared/enums';
import type { AppErrorShape } from '../../../shared/errors';
import { getRow } from '../../api/entities';
import { useApp } from '../../stores/app';
import type { AnyRow } from '../../stores/inventory';

export type RecordState = { status: 'loading' } | { status: 'ok'; row: AnyRow } | { status: 'error'; error: AppErrorShape };

export function useRecord(entity: EntityName, id: string): RecordState {
  const dataVersion = useApp((s) => s.dataVersion);
  const [state, setState] = useState<RecordState & { key?: string }>({ status: 'loading' });
  const key = `${entity}:${id}`;
  useEffect(() => {
    let live = true;
    void getRow(entity, id).then((r) => {
      if (!live) return;
      setState(r.ok ? { status: 'ok', row: r.value, key } : { status: 'error', error: r.error, key });
    });
    return () => {
      live = false;
    };
  }, [entity, id, key, dataVersion]);
  // Never show the previous record's data under a new id.
  return state.key === key ? state : { status: 'loading' };
}
