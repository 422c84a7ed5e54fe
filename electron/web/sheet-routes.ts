// Web mode's file routes for the spreadsheets (there are no native dialogs in a browser):
//   POST /api/sheets/upload?name=<file name>   the file's raw bytes → { ok, value: StagedUpload }
//   GET  /api/sheets/download/<fileId>         a produced file, once, as an attachment
// Both sit behind the server's Host/Origin/token checks; the handler code after them is the one both transports use.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { toErrorShape, type Result } from '../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../shared/sheets/limits';
import { stagingOf } from '../main/services/sheets/staging';
import type { Session } from '../main/session';

const UPLOAD = '/api/sheets/upload';
const DOWNLOAD = '/api/sheets/download/';

function json(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

const fail = (res: ServerResponse, status: number, code: 'bad_input' | 'too_large' | 'not_found', message: string) =>
  json(res, status, { ok: false, error: { code, message } });

function readRaw(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** Handles the spreadsheet routes; false for any other path. Called after the token check. */
export async function handleSheetRoute(req: IncomingMessage, res: ServerResponse, pathname: string, session: Session): Promise<boolean> {
  if (pathname === UPLOAD) {
    if (req.method !== 'POST') {
      fail(res, 405, 'bad_input', `Use POST for ${UPLOAD}`);
      return true;
    }
    const name = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('name') ?? '';
    if (name.trim() === '' || name.length > 255) {
      fail(res, 400, 'bad_input', 'The upload needs ?name=<file name>');
      return true;
    }
    const bytes = await readRaw(req, MAX_IMPORT_BYTES);
    if (!bytes) {
      res.setHeader('Connection', 'close');
      json(res, 413, {
        ok: false,
        error: {
          code: 'too_large',
          message: `Files larger than ${MAX_IMPORT_BYTES} bytes are not imported`,
          details: { max: `${MAX_IMPORT_BYTES / 1048576} MB` },
        },
      });
      return true;
    }
    try {
      json(res, 200, { ok: true, value: stagingOf(session).addUploadBytes(name, bytes) });
    } catch (err) {
      json(res, 200, { ok: false, error: toErrorShape(err) });
    }
    return true;
  }
  if (pathname.startsWith(DOWNLOAD)) {
    if (req.method !== 'GET') {
      fail(res, 405, 'bad_input', `Use GET for ${DOWNLOAD}<id>`);
      return true;
    }
    let file: ReturnType<ReturnType<typeof stagingOf>['takeFile']>;
    try {
      file = stagingOf(session).takeFile(decodeURIComponent(pathname.slice(DOWNLOAD.length)));
    } catch {
      fail(res, 404, 'not_found', 'No such file (each produced file is downloaded once)');
      return true;
    }
    const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file.name).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file.file).size,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'Cache-Control': 'no-store',
    });
    const stream = createReadStream(file.file);
    stream.pipe(res);
    await new Promise<void>((resolve) => {
      res.on('close', resolve);
      stream.on('error', () => res.destroy());
    });
    file.release();
    return true;
  }
  return false;
}
