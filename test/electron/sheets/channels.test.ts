// The spreadsheet channels through the real dispatcher and web mode's HTTP routes on a sample database:
// export and a one-time download, upload → preview → apply → undo (with a backup of reason 'import'), the error
// file fixed and imported again, cancelling, and a read-only window refused before any work.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventMap } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import type { ImportPreview } from '../../../shared/sheets/results';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../electron/web/server';
import { createReadySession, createTempSession, type TempSession } from '../../helpers/tempSession';

let temp: TempSession;
let server: WebServer;
const token = 'sheets-test-token-0123456789';
const events: EventMap['progress'][] = [];
const changes: EventMap['data-changed'][] = [];

beforeAll(async () => {
  temp = await createReadySession({ setup: 'sample' });
  const staticDir = path.join(temp.dir, 'www');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  server = await startWebServer({ session: temp.session, dispatch: temp.raw, staticDir, token, port: 0 });
  temp.session.onEvent((event, payload) => {
    if (event === 'progress') events.push(payload as EventMap['progress']);
    if (event === 'data-changed') changes.push(payload as EventMap['data-changed']);
  });
});
afterAll(async () => {
  await server?.close();
  temp?.cleanup();
});

async function post<T>(channel: string, input: unknown): Promise<Result<T>> {
  const res = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Result<T>;
}
async function value<T>(channel: string, input: unknown): Promise<T> {
  const r = await post<T>(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

async function upload(name: string, bytes: Buffer): Promise<string> {
  const res = await fetch(`${server.origin}/api/sheets/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: token },
    body: bytes,
  });
  const r = (await res.json()) as Result<{ uploadId: string }>;
  if (!r.ok) throw new Error(r.error.message);
  return r.value.uploadId;
}

async function download(fileId: string): Promise<{ status: number; disposition: string | null; body: Buffer }> {
  const saved = await value<{ download: string }>('sheets:save', { fileId });
  const res = await fetch(`${server.origin}${saved.download}`, { headers: { [TOKEN_HEADER]: token } });
  return { status: res.status, disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
}

async function editUnits(xlsx: Buffer, edit: (ws: ExcelJS.Worksheet, col: (h: string) => number) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Units');
  if (!ws) throw new Error('no Units');
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => headers.set(String(c.value), i));
  edit(ws, (h) => headers.get(h) ?? 0);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let report: Buffer;

describe('spreadsheet channels', () => {
  it('exports, then downloads the file once with its name', async () => {
    const file = await value<{ fileId: string; fileName: string; sha256: string }>('sheets:export', {
      asOf: '2025-12-31',
      scope: { kind: 'district' },
      lang: 'en',
      format: 'xlsx',
      taskId: 'export-1',
    });
    expect(file.fileName).toBe('floor-space-report-2025-12-31.xlsx');
    const got = await download(file.fileId);
    expect(got.status).toBe(200);
    expect(got.disposition).toBe(
      `attachment; filename="floor-space-report-2025-12-31.xlsx"; filename*=UTF-8''floor-space-report-2025-12-31.xlsx`,
    );
    expect([...got.body.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    report = got.body;
    const again = await fetch(`${server.origin}/api/sheets/download/${file.fileId}`, { headers: { [TOKEN_HEADER]: token } });
    expect(again.status).toBe(404);
    const kinds = events.filter((e) => e.taskId === 'export-1');
    expect(kinds.at(-1)).toMatchObject({ kind: 'export', finished: true });
    const noToken = await fetch(`${server.origin}/api/sheets/upload?name=x.csv`, { method: 'POST', body: 'a,b' });
    expect(noToken.status).toBe(403);
  });

  it('previews an upload, applies it after a backup as one step, and undoes it', async () => {
    const unitId = 'picked';
    let picked = unitId;
    const edited = await editUnits(report, (ws, col) => {
      const cell = ws.getRow(2).getCell(col('Area (m²)'));
      cell.value = Number(cell.value) + 7;
      picked = String(ws.getRow(2).getCell(1).value);
    });
    const before = (temp.session.db.prepare('SELECT area_m2 AS a FROM unit WHERE id = ?').get(picked) as { a: number }).a;
    const preview = await value<ImportPreview>('sheets:preview', { uploadId: await upload('edited.xlsx', edited), taskId: 'preview-1' });
    expect({ insert: preview.insert, update: preview.update, errors: preview.errors.length, applied: preview.applied }).toEqual({
      insert: 0,
      update: 1,
      errors: 0,
      applied: false,
    });
    expect(preview.changes[0]?.changes).toEqual([{ field: 'areaM2', header: 'Area (m²)', before, after: before + 7 }]);
    const applied = await value<ImportPreview>('sheets:apply', { importId: preview.importId, taskId: 'apply-1' });
    expect(applied.applied).toBe(true);
    expect((temp.session.db.prepare('SELECT area_m2 AS a FROM unit WHERE id = ?').get(picked) as { a: number }).a).toBeCloseTo(
      before + 7,
      6,
    );
    expect(changes.at(-1)).toEqual({ reason: 'edit' });
    const backups = await value<{ reason: string }[]>('backup:list', {});
    expect(backups[0]?.reason).toBe('import');
    await value('history:undo', {});
    expect((temp.session.db.prepare('SELECT area_m2 AS a FROM unit WHERE id = ?').get(picked) as { a: number }).a).toBe(before);
    const reused = await post('sheets:apply', { importId: preview.importId, taskId: 'apply-2' });
    expect(reused.ok ? 'ok' : reused.error.code).toBe('not_found');
  });

  it('saves the error rows with an Error column; fixed, they import cleanly', async () => {
    const original = { area: 0, use: '' };
    const bad = await editUnits(report, (ws, col) => {
      original.area = Number(ws.getRow(3).getCell(col('Area (m²)')).value);
      original.use = String(ws.getRow(5).getCell(col('Use')).value);
      ws.getRow(3).getCell(col('Area (m²)')).value = -1;
      ws.getRow(5).getCell(col('Use')).value = 'Spaceport';
    });
    const preview = await value<ImportPreview>('sheets:preview', { uploadId: await upload('bad.xlsx', bad), taskId: 'preview-2' });
    expect(preview.errors.map((e) => `${e.sheet}!${e.column}${e.row} ${e.code}`)).toEqual([
      'Units!H3 not_positive',
      'Units!I5 invalid_choice',
    ]);
    const file = await value<{ fileId: string; fileName: string }>('sheets:error-file', { importId: preview.importId, lang: 'en' });
    expect(file.fileName).toBe('import-errors-bad.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(file.fileId)).body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Units');
    if (!ws) throw new Error('no Units');
    expect(ws.rowCount).toBe(3);
    const errorCol = ws.getRow(1).cellCount;
    expect(ws.getRow(1).getCell(errorCol).value).toBe('Error');
    expect(ws.getRow(2).getCell(errorCol).value).toBe('Units!H3 (Area (m²)): Must be greater than 0');
    ws.getRow(2).getCell(8).value = original.area + 1; // more than before, so never below its leases
    ws.getRow(3).getCell(9).value = original.use === 'Office' ? 'Lab' : 'Office';
    const fixed = Buffer.from(await wb.xlsx.writeBuffer());
    const again = await value<ImportPreview>('sheets:preview', { uploadId: await upload('fixed.xlsx', fixed), taskId: 'preview-3' });
    expect(again.errors).toEqual([]);
    expect(again.notes).toContainEqual({ code: 'extra_columns_ignored', sheet: 'Units', params: { columns: 'Error' } });
    expect(again.update).toBe(2);
    await value('sheets:discard', { importId: again.importId });
  });

  it('cancels an export: the call ends as cancelled and no file is offered', async () => {
    const running = temp.dispatch('sheets:export', {
      asOf: '2025-12-31',
      scope: { kind: 'district' },
      lang: 'zh-CN',
      format: 'xlsx',
      taskId: 'export-cancel',
    });
    const cancel = await temp.dispatch('tasks:cancel', { taskId: 'export-cancel' });
    expect(cancel).toEqual({ ok: true, value: { cancelled: true } });
    const r = await running;
    expect(r.ok ? 'ok' : r.error.code).toBe('cancelled');
    expect(await temp.dispatch('tasks:cancel', { taskId: 'export-cancel' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('refuses a preview in a read-only window before reading the file, and still exports there', async () => {
    const reader = createTempSession({ dbPath: temp.dbPath });
    try {
      expect(reader.session.access.mode).toBe('read-only');
      const up = await reader.dispatch('sheets:upload', { name: 'r.xlsx', bytes: new Uint8Array(report) });
      if (!up.ok) throw new Error(up.error.message);
      const r = await reader.dispatch('sheets:preview', { uploadId: up.value.uploadId, taskId: 'ro-1' });
      expect(r.ok ? 'ok' : r.error.code).toBe('read_only');
      const exported = await reader.dispatch('sheets:export', {
        asOf: '2025-12-31',
        scope: { kind: 'zone', code: 'CORE' },
        lang: 'en',
        format: 'csv',
        sheet: 'units',
        taskId: 'ro-2',
      });
      expect(exported.ok && exported.value.fileName).toBe('Units-2025-12-31.csv');
    } finally {
      reader.cleanup();
    }
  });
});
