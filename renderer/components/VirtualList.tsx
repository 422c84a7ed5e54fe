// A fixed-row-height virtual list: only the rows in view (plus a few) are in the DOM, whatever the count.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { scrollToReveal, virtualWindow } from '../lib/virtualWindow';

interface Props {
  rowCount: number;
  rowHeight: number;
  renderRow(index: number): ReactNode;
  onRangeChange?(start: number, end: number): void;
  /** Row to keep in view (e.g. the selected record), if known. */
  revealIndex?: number | null;
  testId?: string;
  /** Changes when the content should be scrolled back to the top (a new query). */
  resetKey?: string | number;
  onKeyDown?(e: KeyboardEvent<HTMLDivElement>): void;
  label?: string;
  /** The list's role to assistive technology (e.g. `rowgroup` inside a table); none by default. */
  role?: string;
}

export function VirtualList({
  rowCount,
  rowHeight,
  renderRow,
  onRangeChange,
  revealIndex,
  testId,
  resetKey,
  onKeyDown,
  label,
  role,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  useEffect(() => {
    const el = ref.current;
    if (!el || revealIndex === null || revealIndex === undefined || revealIndex < 0) return;
    const next = scrollToReveal(revealIndex, el.scrollTop, el.clientHeight, rowHeight);
    if (next !== null) el.scrollTop = next;
  }, [revealIndex, rowHeight]);

  const win = virtualWindow(scrollTop, height, rowHeight, rowCount);

  useEffect(() => {
    onRangeChange?.(win.start, win.end);
  }, [win.start, win.end, onRangeChange]);

  const rows: ReactNode[] = [];
  for (let i = win.start; i < win.end; i += 1) rows.push(renderRow(i));

  return (
    <div
      className="vlist"
      ref={ref}
      data-testid={testId}
      role={role}
      aria-label={role ? label : undefined}
      tabIndex={onKeyDown ? 0 : undefined}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="vlist-content" role="presentation" style={{ height: win.totalHeight }}>
        <div className="vlist-window" role="presentation" style={{ transform: `translateY(${win.offsetTop}px)` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
