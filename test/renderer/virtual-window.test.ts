import { describe, expect, it } from 'vitest';
import { pagesFor, pagesToEvict, scrollToReveal, virtualWindow } from '../../renderer/lib/virtualWindow';

describe('virtual window', () => {
  it('renders only the rows in view plus the overscan', () => {
    const w = virtualWindow(0, 340, 34, 100_000, 5);
    expect(w).toEqual({ start: 0, end: 16, offsetTop: 0, totalHeight: 3_400_000 });
    const mid = virtualWindow(34 * 50_000 + 10, 340, 34, 100_000, 5);
    expect(mid.start).toBe(49_995);
    expect(mid.end).toBe(50_016);
    expect(mid.offsetTop).toBe(49_995 * 34);
    expect(mid.end - mid.start).toBeLessThan(30);
  });

  it('clamps at both ends and handles empty lists', () => {
    const end = virtualWindow(10_000_000, 340, 34, 1000, 5);
    expect(end.end).toBe(1000);
    expect(end.start).toBeGreaterThan(980);
    expect(virtualWindow(-50, 340, 34, 3, 5)).toEqual({ start: 0, end: 3, offsetTop: 0, totalHeight: 102 });
    expect(virtualWindow(0, 340, 34, 0)).toEqual({ start: 0, end: 0, offsetTop: 0, totalHeight: 0 });
  });

  it('maps a row range to the pages to fetch', () => {
    expect(pagesFor(0, 16, 100)).toEqual([0]);
    expect(pagesFor(95, 130, 100)).toEqual([0, 1]);
    expect(pagesFor(100, 200, 100)).toEqual([1]);
    expect(pagesFor(5, 5, 100)).toEqual([]);
  });

  it('evicts the cached pages farthest from the visible one', () => {
    expect(pagesToEvict([0, 1, 2, 50, 51], 51, 3).sort((a, b) => a - b)).toEqual([0, 1]);
    expect(pagesToEvict([0, 1], 0, 3)).toEqual([]);
  });

  it('scrolls just enough to reveal a row', () => {
    expect(scrollToReveal(10, 0, 340, 34)).toBe(34);
    expect(scrollToReveal(2, 0, 340, 34)).toBeNull();
    expect(scrollToReveal(2, 200, 340, 34)).toBe(68);
  });
});
