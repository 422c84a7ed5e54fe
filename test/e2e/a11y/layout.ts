// The layout checks of the small-screen run (zoom.e2e.test.ts), evaluated inside the page: what sticks out at the
// side where nothing scrolls to it, dialogs that do not fit the window, the map's floating parts leaving the map,
// and text below 12 px.

/** What is wrong with the layout on screen, as readable lines (empty when nothing). */
export function layoutProblems(): string[] {
  interface El {
    tagName: string;
    className: unknown;
    getAttribute(n: string): string | null;
    getBoundingClientRect(): { left: number; right: number; top: number; bottom: number; width: number; height: number };
    parentElement: El | null;
    closest(s: string): El | null;
  }
  const g = globalThis as unknown as {
    document: {
      documentElement: { clientWidth: number; clientHeight: number; scrollWidth: number };
      body: El;
      querySelectorAll(s: string): El[];
      createTreeWalker(root: El, what: number): { nextNode(): { textContent: string | null; parentElement: El | null } | null };
    };
    getComputedStyle(el: El): {
      overflowX: string;
      overflowY: string;
      visibility: string;
      display: string;
      fontSize: string;
      position: string;
    };
  };
  const doc = g.document;
  const vw = doc.documentElement.clientWidth;
  const vh = doc.documentElement.clientHeight;
  const name = (el: El) =>
    `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''}`;
  const problems: string[] = [];
  if (doc.documentElement.scrollWidth > vw + 1) problems.push(`the page scrolls sideways (${doc.documentElement.scrollWidth} > ${vw})`);
  const scrolls = (el: El, axis: 'x') => {
    for (let a = el.parentElement; a && a !== doc.body; a = a.parentElement) {
      if (axis === 'x' && g.getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  for (const el of doc.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || g.getComputedStyle(el).visibility === 'hidden' || el.closest('.sr-only, .skip-link')) continue;
    if ((r.right > vw + 1 || r.left < -1) && !scrolls(el, 'x'))
      problems.push(`${name(el)} is cut off at the side (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`);
  }
  // The page scrolls up and down to what is below; a dialog (fixed in the window) must fit in it.
  for (const el of doc.querySelectorAll('.modal')) {
    const r = el.getBoundingClientRect();
    if (r.top < -1 || r.bottom > vh + 1 || r.left < -1 || r.right > vw + 1) problems.push(`${name(el)} does not fit the window`);
  }
  // The map's legend and panel float over the map, not over its toolbar.
  const map = doc.querySelectorAll('.map-body')[0]?.getBoundingClientRect();
  for (const el of map ? doc.querySelectorAll('.map-legend, .map-side') : []) {
    const r = el.getBoundingClientRect();
    if (map && (r.top < map.top - 1 || r.bottom > map.bottom + 1 || r.left < map.left - 1 || r.right > map.right + 1))
      problems.push(`${name(el)} leaves the map`);
  }
  const text = doc.createTreeWalker(doc.body, 4);
  for (let n = text.nextNode(); n; n = text.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent?.trim() || el.closest('svg, .sr-only, option, script, style')) continue;
    const size = parseFloat(g.getComputedStyle(el).fontSize);
    if (size < 12) problems.push(`${name(el)} "${n.textContent.trim().slice(0, 30)}" is ${size}px`);
  }
  return [...new Set(problems)].slice(0, 30);
}
