// Moving spreadsheet files between the window and main, for either transport: Electron sends a dropped or chosen
// file's bytes over IPC and saves through a native dialog; web mode posts the bytes raw and downloads a produced
// file once (the token goes in a header, so the download is fetched and handed to the browser as a blob).
import type { SheetFile, StagedUpload } from '../../shared/sheets/channels';
import { toErrorShape, isAppErrorShape, type Result } from '../../shared/errors';
import { captureToken, invoke, transport } from './client';

export function newTaskId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `t${Date.now()}${Math.random().toString(36).slice(2)}`;
}

export async function uploadSheet(file: File): Promise<Result<StagedUpload>> {
  try {
    if (transport === 'electron')
      return await invoke('sheets:upload', { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    const res = await fetch(`/api/sheets/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'x-park-token': captureToken() ?? '', 'content-type': 'application/octet-stream' },
      body: file,
      cache: 'no-store',
    });
    const body = (await res.json()) as unknown;
    if (typeof body === 'object' && body !== null && 'ok' in body) {
      const r = body as { ok: boolean; value?: StagedUpload; error?: unknown };
      if (r.ok && r.value) return { ok: true, value: r.value };
      if (isAppErrorShape(r.error)) return { ok: false, error: r.error };
    }
    return { ok: false, error: { code: 'internal', message: `HTTP ${res.status}` } };
  } catch (err) {
    return { ok: false, error: toErrorShape(err) };
  }
}

/** Saves a produced file: a native save dialog (Electron) or the browser's download. `savedTo` null: cancelled. */
export async function deliverFile(file: SheetFile): Promise<Result<{ savedTo: string | null }>> {
  const r = await invoke('sheets:save', { fileId: file.fileId });
  if (!r.ok) return r;
  if ('savedTo' in r.value) return { ok: true, value: { savedTo: r.value.savedTo } };
  try {
    const res = await fetch(r.value.download, { headers: { 'x-park-token': captureToken() ?? '' }, cache: 'no-store' });
    if (!res.ok) return { ok: false, error: { code: res.status === 404 ? 'not_found' : 'internal', message: `HTTP ${res.status}` } };
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true, value: { savedTo: file.fileName } };
  } catch (err) {
    return { ok: false, error: toErrorShape(err) };
  }
}
