// The drag handle on a header's right edge (issue 10, item 13): the inventory lists and the dashboard's vacancy list.
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useT } from '../i18n';

export function ColumnResizer({ index, onStart }: { index: number; onStart(index: number, e: ReactPointerEvent<HTMLElement>): void }) {
  const t = useT();
  return (
    <span
      className="col-resize"
      role="separator"
      aria-orientation="vertical"
      title={t('list.resize')}
      data-testid={`col-resize-${index}`}
      onPointerDown={(e) => onStart(index, e)}
      onClick={(e) => e.stopPropagation()}
    />
  );
}
