// A photo the surveyor picked, made ready to send: its bytes (the file itself is only read, never moved or
// deleted), its type, and a downscaled JPEG copy drawn on a canvas when the browser can decode the image.
import { MAX_PHOTO_BYTES, MAX_THUMB_BYTES, PHOTO_MIME_TYPES } from '../../../shared/survey/model';
import { bytesToBase64 } from '../../lib/base64';

const THUMB_EDGE = 480;
type PhotoMime = (typeof PHOTO_MIME_TYPES)[number];

export type PreparedPhoto =
  | { ok: true; input: { name: string; mime: PhotoMime; dataBase64: string; thumbBase64?: string } }
  | { ok: false; name: string; reason: 'type' | 'size' };

async function downscale(file: Blob): Promise<Uint8Array | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, THUMB_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    if (!blob || blob.size > MAX_THUMB_BYTES) return null;
    return new Uint8Array(await blob.arrayBuffer());
  } catch {
    return null; // a type the browser cannot draw (HEIC): no downscaled copy
  }
}

export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  const mime = (PHOTO_MIME_TYPES as readonly string[]).includes(file.type) ? (file.type as PhotoMime) : null;
  if (!mime) return { ok: false, name: file.name, reason: 'type' };
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, name: file.name, reason: 'size' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const thumb = await downscale(file);
  return {
    ok: true,
    input: { name: file.name, mime, dataBase64: bytesToBase64(bytes), ...(thumb ? { thumbBase64: bytesToBase64(thumb) } : {}) },
  };
}
