// Photos, content-addressed by SHA-256: inside a package (survey_blob) while surveying, and in the office's photo
// store once merged — a `photos/` folder beside the database, one file per content at `photos/ab/abcdef…`, written
// under a temporary name and renamed into place, so a file there is always complete. The surveyor's original
// file is only ever read (the renderer sends its bytes), never moved or deleted.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { packagePhotoMime, photoContent } from '../../db/repos/survey-package';
import { officePhotoMime } from '../../db/repos/survey-office';
import type { Session } from '../../session';
import { openPackage } from '../../db/package';
import { ensureFolder, fileSystemError, onFile } from '../fs-errors';

export const SHA256 = /^[0-9a-f]{64}$/;

export function sha256Of(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The office's photo store: `photos/` beside the database file. */
export function photoStoreDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'photos');
}

export function storedPhotoPath(dir: string, sha256: string): string {
  return path.join(dir, sha256.slice(0, 2), sha256);
}

/** Puts content into the store unless a complete copy is there already. Returns true when it wrote. */
export function storePhoto(dir: string, sha256: string, data: Uint8Array): boolean {
  const target = storedPhotoPath(dir, sha256);
  if (existsSync(target) && statSync(target).size === data.length) return false;
  ensureFolder(path.dirname(target));
  const partial = `${target}.${randomUUID().slice(0, 8)}.partial`;
  onFile(target, () => {
    try {
      writeFileSync(partial, data, { flush: true });
      renameSync(partial, target);
    } catch (err) {
      rmSync(partial, { force: true });
      throw err;
    }
  });
  return true;
}

/** storePhoto, asynchronously: written and synced to disk off the main thread, several at a time by the caller. */
export async function storePhotoAsync(dir: string, sha256: string, data: Uint8Array): Promise<boolean> {
  const target = storedPhotoPath(dir, sha256);
  try {
    if ((await stat(target)).size === data.length) return false;
  } catch {
    // not there yet
  }
  ensureFolder(path.dirname(target));
  const partial = `${target}.${randomUUID().slice(0, 8)}.partial`;
  try {
    const handle = await open(partial, 'w');
    try {
      await handle.writeFile(data);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(partial, target);
  } catch (err) {
    await rm(partial, { force: true });
    throw fileSystemError(err, target);
  }
  return true;
}

export function readStoredPhoto(dir: string, sha256: string): Buffer | null {
  if (!SHA256.test(sha256)) return null;
  try {
    return readFileSync(storedPhotoPath(dir, sha256));
  } catch {
    return null;
  }
}

/** Types a photo may be served as; anything else goes out as bytes the browser will not interpret. */
const SERVABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export interface PhotoBytes {
  data: Buffer;
  mime: string;
}

/**
 * A photo's content for display: from the open package in survey mode, from the office's store otherwise (only
 * content the office took in through a merge). `thumb` asks for the downscaled copy when the package has one.
 */
export function readPhoto(session: Session, sha256: string, thumb = false): PhotoBytes | null {
  if (!SHA256.test(sha256)) return null;
  const mimeIn = (mime: string | null) => (mime && SERVABLE.has(mime) ? mime : 'application/octet-stream');
  if (session.kind === 'survey') {
    const small = thumb ? photoContent(session.db, sha256, true) : null;
    if (small) return { data: small, mime: 'image/jpeg' };
    const data = photoContent(session.db, sha256);
    return data ? { data, mime: mimeIn(packagePhotoMime(session.db, sha256)) } : null;
  }
  const mime = officePhotoMime(session.db, sha256);
  if (mime === null) return null;
  const data = readStoredPhoto(photoStoreDir(session.dbPath), sha256);
  return data ? { data, mime: mimeIn(mime) } : null;
}

/** Largest photo sent whole as evidence when the package has no downscaled copy of it. */
export const PREVIEW_MAX_BYTES = 3 * 1024 * 1024;

/** A photo from a package file (read-only), small enough to show as evidence before the merge; null otherwise. */
export function previewFromPackage(file: string, sha256: string, nativeBinding?: string): { mime: string; dataBase64: string } | null {
  const db = openPackage(file, { readonly: true, nativeBinding, verify: false });
  try {
    const small = photoContent(db, sha256, true);
    if (small) return { mime: 'image/jpeg', dataBase64: small.toString('base64') };
    const data = photoContent(db, sha256);
    const mime = packagePhotoMime(db, sha256);
    if (!data || !mime || data.length > PREVIEW_MAX_BYTES || !SERVABLE.has(mime) || sha256Of(data) !== sha256) return null;
    return { mime, dataBase64: data.toString('base64') };
  } finally {
    db.close();
  }
}
