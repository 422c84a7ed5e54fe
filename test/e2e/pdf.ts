// A PDF read back by independent tools (Debian's poppler-utils): its pages, its text, its fonts, and a page
// rendered to pixels. Rendered pages are kept under test/e2e/__screenshots__/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCREENSHOT_DIR } from './harness';

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function pdfInfo(file: string): { pages: number; pageSize: string } {
  const out = run('pdfinfo', [file]);
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0), pageSize: /^Page size:\s+(.+)$/m.exec(out)?.[1] ?? '' };
}

/** The text in reading order, lines as laid out (`-layout` keeps a table row on one line). */
export function pdfText(file: string): string {
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  // name, type (may hold spaces), encoding, emb, sub, uni, object, id: read the three yes/no columns from the right.
  return lines.map((l) => {
    const parts = l.trim().split(/\s+/);
    return { name: parts[0] ?? '', embedded: parts[parts.length - 5] === 'yes' };
  });
}

/**
 * Renders every page as a greyscale image (to count ink) and as PNG (kept under `__screenshots__/<name>-<n>.png`);
 * answers each page's share of pixels that are not white.
 */
export function renderPages(file: string, name: string): number[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-pdf-'));
  try {
    run('pdftoppm', ['-r', '40', '-gray', file, path.join(dir, 'p')]);
    run('pdftoppm', ['-r', '60', '-png', file, path.join(dir, 'png')]);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const files = readdirSync(dir).sort();
    for (const f of files.filter((x) => x.endsWith('.png'))) {
      const n = Number(/-(\d+)\.png$/.exec(f)?.[1] ?? 0);
      copyFileSync(path.join(dir, f), path.join(SCREENSHOT_DIR, `${name}-${n}.png`));
    }
    return files.filter((f) => f.endsWith('.pgm')).map((f) => inkShare(readFileSync(path.join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Share of non-white pixels in a binary PGM (P5, 8-bit). */
function inkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const v of pixels) if (v < 235) ink += 1;
  return ink / pixels.length;
}
