// Window math for a fixed-row-height virtual list, and the page arithmetic for fetching rows in windows.

export interface VirtualWindow {
  /** First row index to render (inclusive). */
  start: number;
  /** Row index after the last one to render (exclusive). */
  end: number;
  /** Pixel offset of row `start` from the top of the scroll content. */
  offsetTop: number;
  /** Total scroll height. */
  totalHeight: number;
}

export function virtualWindow(scrollTop: number, viewportHeight: number, rowHeight: number, rowCount: number, overscan = 6): VirtualWindow {
  const totalHeight = Math.max(0, rowCount) * rowHeight;
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0, offsetTop: 0, totalHeight };
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, totalHeight - viewportHeight));
  const first = Math.floor(top / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, first + visible + overscan);
  return { start, end, offsetTop: start * rowHeight, totalHeight };
}

/** Page indexes (of `pageSize` rows each) that cover rows [start, end). */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start || pageSize <= 0) return [];
  const first = Math.floor(start / pageSize);
  const last = Math.floor((end - 1) / pageSize);
  const pages: number[] = [];
  for (let p = first; p <= last; p += 1) pages.push(p);
  return pages;
}

/** Pages to evict so that at most `keep` remain, farthest from the visible page first. */
export function pagesToEvict(cached: readonly number[], visiblePage: number, keep: number): number[] {
  if (cached.length <= keep) return [];
  return [...cached].sort((a, b) => Math.abs(b - visiblePage) - Math.abs(a - visiblePage)).slice(0, cached.length - keep);
}

/** Scroll position that brings row `index` into view (minimal movement), or null if it is already visible. */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return null;
}
