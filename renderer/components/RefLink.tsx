// A link to a referenced record, labelled with its name (fetched once per data version).
import { useEffect } from 'react';
import type { EntityName } from '../../shared/enums';
import { rowLabel } from '../features/inventory/labels';
import { routes, tabOfEntity } from '../lib/routes';
import type { AnyRow } from '../stores/inventory';
import { useLookups } from '../stores/lookups';
import { useUi } from '../stores/ui';
import { Link } from './Link';

/** A referenced record's list row: undefined while loading, null when it does not exist. */
export function useRefRow(entity: EntityName, id: string | null): AnyRow | null | undefined {
  const key = `${entity}:${id ?? ''}`;
  const row = useLookups((s) => (id ? s.rows[key] : undefined));
  const version = useLookups((s) => s.version);
  useEffect(() => {
    if (id) void useLookups.getState().row(entity, id);
  }, [entity, id, version]);
  return row;
}

export function useRefLabel(entity: EntityName, id: string | null): string | null {
  const locale = useUi((s) => s.locale);
  const row = useRefRow(entity, id);
  if (!id) return null;
  if (row === undefined) return '…';
  if (row === null) return id;
  return rowLabel(entity, row, locale);
}

export function RefLink({ entity, id, empty }: { entity: EntityName; id: string | null; empty?: string }) {
  const label = useRefLabel(entity, id);
  if (!id) return <span className="muted">{empty ?? '—'}</span>;
  return (
    <Link route={routes.detail(tabOfEntity(entity), id)} testId={`link-${entity}`}>
      {label}
    </Link>
  );
}
