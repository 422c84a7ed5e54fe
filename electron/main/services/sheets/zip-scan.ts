// Looks inside an XLSX (a zip) before any spreadsheet library does: reads the central directory, refuses
// encrypted entries, zip64 and unknown compression, and inflates every entry once with a hard bound on its
// size (the declared size, and 1 GiB in all), so a zip bomb is stopped before it inflates. The same pass counts
// each worksheet's rows and finds merged cells, and reads the sheet names from xl/workbook.xml.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../../../shared/errors';
import type { BadFileReason } from '../../../../shared/sheets/file-problems';

export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** Entries that unpack beyond this ratio (and beyond 20 MB) are refused as a bomb. */
const MAX_RATIO = 250;
const MAX_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface SheetScan {
  /** The worksheet's part name, e.g. xl/worksheets/sheet1.xml. */
  part: string;
  name: string;
  rows: number;
  /** The first merged range ('' when none). */
  merged: string | null;
}

export const badFile = (reason: BadFileReason, message: string, params: Record<string, string | number> = {}): AppError =>
  new AppError('bad_file', message, { reason, ...params });

async function readAt(fd: import('node:fs/promises').FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fd.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

export async function readCentralDirectory(file: string, size: number): Promise<ZipEntry[]> {
  const fd = await open(file, 'r');
  try {
    const tailLength = Math.min(size, 65_557);
    const tail = await readAt(fd, size - tailLength, tailLength);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tail.length) throw badFile('damaged', 'No zip end-of-directory record');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
      throw badFile('file_too_large', 'Zip64 archives are not read', { max: 4096 });
    if (count > MAX_ENTRIES) throw badFile('zip_bomb', `Too many zip entries (${count})`, { max: MAX_UNPACKED_BYTES / 1048576 });
    if (cdOffset + cdSize > size) throw badFile('damaged', 'Central directory beyond the end of the file');
    const cd = await readAt(fd, cdOffset, cdSize);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i += 1) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw badFile('damaged', 'Damaged central directory');
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      entries.push({
        flags: cd.readUInt16LE(p + 8),
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
        name: cd.toString('utf8', p + 46, p + 46 + nameLength),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    for (const e of entries) {
      e.localOffset = await dataOffset(fd, e, size);
    }
    return entries;
  } finally {
    await fd.close();
  }
}

async function dataOffset(fd: import('node:fs/promises').FileHandle, e: ZipEntry, size: number): Promise<number> {
  const head = await readAt(fd, e.localOffset, 30);
  if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) throw badFile('damaged', `Damaged local header of ${e.name}`);
  const start = e.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  if (start + e.compressedSize > size) throw badFile('damaged', `${e.name} runs past the end of the file`);
  return start;
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** Counts "<row " / "<row>" and finds the first <mergeCell in a worksheet's text, across chunk boundaries. */
class SheetTextScan {
  rows = 0;
  merged: string | null = null;
  private tail = '';
  private pendingMerge = '';

  feed(chunk: Buffer): void {
    const text = this.tail + chunk.toString('latin1');
    for (let i = text.indexOf('<row'); i >= 0; i = text.indexOf('<row', i + 4)) {
      const next = text[i + 4];
      if (next === ' ' || next === '>') this.rows += 1;
    }
    if (this.merged === null) {
      const at = text.indexOf('<mergeCell ');
      if (at >= 0) {
        this.merged = '';
        this.pendingMerge = text.slice(at, at + 120);
      }
    } else if (this.merged === '' && this.pendingMerge.length < 120) {
      this.pendingMerge += text.slice(0, 120);
    }
    if (this.merged === '') this.merged = /ref="([A-Z]+\d+:[A-Z]+\d+)"/.exec(this.pendingMerge)?.[1] ?? '';
    // Keep fewer characters than the shortest pattern ("<row" + one), so no match is counted twice.
    this.tail = text.slice(-4);
  }
}

/** Shared by every entry of one file: what may still be unpacked in all. */
export interface UnpackBudget {
  left: number;
}

export const newBudget = (): UnpackBudget => ({ left: MAX_UNPACKED_BYTES });

/**
 * The entry's bytes, unpacked in chunks, stopped (as a zip bomb) the moment they pass the entry's declared size or
 * what is left of the budget; refuses encrypted entries and compression methods other than stored and deflate.
 */
export async function* entryChunks(file: string, e: ZipEntry, budget: UnpackBudget): AsyncGenerator<Buffer> {
  if (e.flags & 1) throw badFile('encrypted', `${e.name} is encrypted`);
  if (e.method !== 0 && e.method !== 8) throw badFile('damaged', `${e.name} uses compression method ${e.method}`);
  const bomb = () => badFile('zip_bomb', `${e.name} unpacks beyond its bound`, { max: MAX_UNPACKED_BYTES / 1048576 });
  if (e.size > budget.left || (e.size > 20 * 1048576 && e.size > MAX_RATIO * Math.max(1, e.compressedSize))) throw bomb();
  if (e.compressedSize === 0) return;
  const raw = createReadStream(file, { start: e.localOffset, end: e.localOffset + e.compressedSize - 1 });
  const source = e.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  let produced = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > e.size || produced > budget.left) throw bomb();
      yield chunk;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw badFile('damaged', `${e.name} cannot be unpacked: ${(err as Error).message}`);
  } finally {
    raw.destroy();
    budget.left -= produced;
  }
}

/** A whole (small) entry as text. */
export async function entryText(file: string, e: ZipEntry, budget: UnpackBudget): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of entryChunks(file, e, budget)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Worksheet part → sheet name, from xl/workbook.xml and its relationships. */
function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = rid ? targets.get(rid) : undefined;
    if (name !== undefined && part) names.set(part, decodeXml(name));
  }
  return names;
}

export interface XlsxScan {
  entries: ZipEntry[];
  /** Worksheets in workbook order. */
  sheets: SheetScan[];
}

/** Inflates every entry within bounds; returns the worksheets with their names, row counts and merged cells. */
export async function scanXlsx(file: string, size: number): Promise<XlsxScan> {
  const entries = await readCentralDirectory(file, size);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('xl/workbook.xml')) throw badFile('not_spreadsheet', 'A zip without xl/workbook.xml');
  const declared = entries.reduce((s, e) => s + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES)
    throw badFile('zip_bomb', `Declared ${declared} bytes unpacked`, { max: MAX_UNPACKED_BYTES / 1048576 });
  const budget = newBudget();
  const texts = new Map<string, string>();
  const scans = new Map<string, SheetTextScan>();
  for (const e of entries) {
    if (e.name === 'xl/workbook.xml' || e.name === 'xl/_rels/workbook.xml.rels') texts.set(e.name, await entryText(file, e, budget));
    else if (WORKSHEET.test(e.name)) {
      const scan = new SheetTextScan();
      for await (const chunk of entryChunks(file, e, budget)) scan.feed(chunk);
      scans.set(e.name, scan);
    } else for await (const chunk of entryChunks(file, e, budget)) void chunk;
  }
  const names = sheetNames(texts.get('xl/workbook.xml') ?? '', texts.get('xl/_rels/workbook.xml.rels') ?? '');
  const ordered = [...names.keys()].filter((part) => scans.has(part));
  for (const part of scans.keys()) if (!ordered.includes(part)) ordered.push(part);
  const sheets = ordered.map((part) => {
    const scan = scans.get(part) as SheetTextScan;
    return { part, name: names.get(part) ?? part, rows: scan.rows, merged: scan.merged };
  });
  return { entries, sheets };
}
