// Static files of the built renderer (dist/renderer) for web mode: GET/HEAD only, no directory traversal,
// explicit content types, index.html for "/". Security headers are set by the caller on every response.
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { contentTypeOf, resolveStaticFile } from '../main/static-files';

/** Sends the file (or only its headers for HEAD). Returns false when there is no such file. */
export function serveStatic(root: string, urlPath: string, method: string, res: ServerResponse): boolean {
  const file = resolveStaticFile(root, urlPath);
  if (!file) return false;
  const size = statSync(file).size;
  res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': size, 'Cache-Control': 'no-cache' });
  if (method === 'HEAD') {
    res.end();
    return true;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
  return true;
}
