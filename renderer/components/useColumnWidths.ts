// Resizable columns (issue 10, item 13) of the inventory lists and the dashboard's vacancy list: drag a header's
// right edge; the widths are kept per list in this browser, so a long name can be given room and stays readable after a reload.
import { useCallback, useState, type PointerEvent as ReactPointerEvent } from 'react';

const KEY = 'park-space-desk.columns.';
const MIN_PX = 48;

function saved(list: string, count: number): (string | null)[] {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(KEY + list) ?? '[]');
    const arr = Array.isArray(raw) ? raw : [];
    return Array.from({ length: count }, (_, i) =>
      typeof arr[i] === 'string' && /^\d+px$/.test(arr[i] as string) ? (arr[i] as string) : null,
    );
  } catch {
    return Array.from({ length: count }, () => null);
  }
}

/** The grid template for these columns (a dragged width in px, else the column's own), and the drag handler. */
export function useColumnWidths(
  list: string,
  defaults: string[],
): { template: string; startResize(index: number, e: ReactPointerEvent<HTMLElement>): void } {
  const [widths, setWidths] = useState<(string | null)[]>(() => saved(list, defaults.length));
  const template = defaults.map((d, i) => widths[i] ?? d).join(' ');
  const startResize = useCallback(
    (index: number, e: ReactPointerEvent<HTMLElement>) => {
      e.preventDefault();
      e.stopPropagation();
      const cell = e.currentTarget.parentElement;
      const start = cell?.getBoundingClientRect().width ?? 100;
      const x0 = e.clientX;
      let latest: (string | null)[] = [];
      const move = (ev: PointerEvent) => {
        const px = `${Math.max(MIN_PX, Math.round(start + ev.clientX - x0))}px`;
        setWidths((cur) => {
          latest = Array.from({ length: defaults.length }, (_, i) => (i === index ? px : (cur[i] ?? null)));
          return latest;
        });
      };
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        if (latest.length) window.localStorage.setItem(KEY + list, JSON.stringify(latest));
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
    },
    [list, defaults.length],
  );
  return { template, startResize };
}
