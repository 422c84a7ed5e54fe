// Helpers of the spreadsheet tests: a digest of every row of every table, a small zip writer for hand-made
// files, a GBK encoder built from Node's own decoder, the CLI as a child process, and reading sheets back with
// exceljs's non-streaming reader (a second reader, not the code under test).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Db } from '../../../electron/main/db/connection';
import { openDatabase } from '../../../electron/main/db/connection';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

/**
 * SHA-256 over every row of every ordinary table (schema order, rowid order): any write anywhere changes it. Virtual
 * tables and their shadow tables (the unit search index, kept by triggers) follow the tables they index.
 */
export function digestDb(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master s WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
    AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL%' AND s.name LIKE v.name || '\\_%' ESCAPE '\\')
    ORDER BY name`,
    )
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`#${name}\n`);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}

export function digestFile(file: string): string {
  const db = openDatabase(file, { readonly: true });
  try {
    return digestDb(db);
  } finally {
    db.close();
  }
}

/** The user-visible fields of every inventory row (no versions or timestamps): what an undo must restore. */
export function inventoryState(db: Db): string {
  const hash = createHash('sha256');
  for (const table of ['zone', 'park', 'building', 'unit', 'tenant', 'lease', 'target']) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
    for (const r of rows) {
      const { version: _v, updated_at: _u, ...rest } = r;
      hash.update(`${table}:${JSON.stringify(rest)}\n`);
    }
  }
  return hash.digest('hex');
}

interface ZipInput {
  name: string;
  data: Buffer;
  method?: 0 | 8;
  declaredSize?: number;
  flags?: number;
  /** `data` is already deflated (method 8): written as it is. */
  deflated?: boolean;
}

/** A zip file (stored or deflated entries), with the declared size overridable to make a lying archive. */
export function makeZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = method === 8 && !e.deflated ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

let gbkTable: Map<string, number[]> | null = null;

/** Text → GBK bytes, from the reverse of Node's GBK decoder (no encoder ships with Node). */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.from([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', ...env };
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsxCli, 'electron/cli/main.ts', ...args],
      { cwd: root, env: base, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
      },
    );
  });
}

/** A worksheet read back as header → column number, and rows of cell values (the second reader). */
export interface ReadSheet {
  header: Map<string, number>;
  rows: ExcelJS.CellValue[][];
}

export async function readBack(file: string): Promise<Map<string, ReadSheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, ReadSheet>();
  wb.eachSheet((ws) => {
    const header = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => header.set(String(cell.value), col));
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const values: ExcelJS.CellValue[] = [];
      for (let c = 1; c <= header.size; c += 1) values[c] = row.getCell(c).value;
      rows.push(values);
    });
    out.set(ws.name, { header, rows });
  });
  return out;
}

export const col = (sheet: ReadSheet, header: string): number => {
  const n = sheet.header.get(header);
  if (n === undefined) throw new Error(`no column ${header}; have ${[...sheet.header.keys()].join(', ')}`);
  return n;
};
