// Arrow keys through the rows of a table or list (issue 13): Up/Down (Home/End) move the focus to the next row's
// control (the one with class `row-focus`, else the row itself when it takes the focus, else its first control);
// Right/Left open and close a row that expands (its `aria-expanded` toggle). Rows not yet drawn by a virtual list
// come in as the focus scrolls the list.
import type { KeyboardEvent } from 'react';

const CONTROL = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

function target(row: Element): HTMLElement | null {
  if (row instanceof HTMLElement && row.tabIndex >= 0 && row.hasAttribute('tabindex')) return row;
  return row.querySelector<HTMLElement>('.row-focus') ?? row.querySelector<HTMLElement>(CONTROL);
}

export function rowKeys(rowSelector: string): (e: KeyboardEvent<HTMLElement>) => void {
  return (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const from = e.target instanceof Element ? e.target.closest(rowSelector) : null;
    if (!from || !e.currentTarget.contains(from)) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const toggle = from.querySelector<HTMLElement>('[aria-expanded]');
      const open = toggle?.getAttribute('aria-expanded') === 'true';
      if (toggle && open === (e.key === 'ArrowLeft')) {
        e.preventDefault();
        toggle.click();
      }
      return;
    }
    const rows = [...e.currentTarget.querySelectorAll(rowSelector)].filter((r) => target(r) !== null);
    const at = rows.indexOf(from);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[e.key];
    if (next === undefined || at < 0) return;
    const row = rows[Math.min(Math.max(next, 0), rows.length - 1)];
    if (!row) return;
    e.preventDefault();
    target(row)?.focus();
  };
}

/**
 * Arrow keys through a grid of buttons laid out in rows (the stacking plan's floors and units): Left/Right to the
 * previous and next cell of the row, Up/Down to the cell at the same place in the row above or below (its last
 * cell when that row is shorter), Home/End to the row's ends.
 */
export function gridKeys(rowSelector: string, cellSelector: string): (e: KeyboardEvent<HTMLElement>) => void {
  return (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !(e.target instanceof Element)) return;
    const cell = e.target.closest(cellSelector);
    const row = cell?.closest(rowSelector);
    if (!cell || !row) return;
    const rows = [...e.currentTarget.querySelectorAll(rowSelector)].filter((r) => r.querySelector(cellSelector));
    const cellsOf = (r: Element) => [...r.querySelectorAll<HTMLElement>(cellSelector)];
    const at = cellsOf(row).indexOf(cell as HTMLElement);
    const r = rows.indexOf(row);
    let next: HTMLElement | undefined;
    if (e.key === 'ArrowLeft') next = cellsOf(row)[at - 1];
    else if (e.key === 'ArrowRight') next = cellsOf(row)[at + 1];
    else if (e.key === 'Home') next = cellsOf(row)[0];
    else if (e.key === 'End') next = cellsOf(row).at(-1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const other = rows[r + (e.key === 'ArrowUp' ? -1 : 1)];
      const cells = other ? cellsOf(other) : [];
      next = cells[Math.min(at, cells.length - 1)];
    } else return;
    e.preventDefault();
    next?.focus();
  };
}
