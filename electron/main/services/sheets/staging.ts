// Files between the window and the sheet services, per session: uploads waiting for a preview, previews waiting
// to be applied, and produced files waiting to be saved (Electron: a native save dialog) or downloaded once (web
// mode). Files live in a private temporary folder; an upload is removed once read, a produced file once saved or
// downloaded, and only the newest previews are kept.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import type { StagedUpload } from '../../../../shared/sheets/channels';
import type { Session } from '../../session';
import type { ParsedImport } from './import';

export interface HeldImport {
  parsed: ParsedImport;
  errorRows: Map<string, Set<number>>;
}

/** The native dialogs a desktop shell offers (none in web mode). */
export interface NativeFiles {
  chooseImportFile(): Promise<string | null>;
  chooseSaveFile(suggestedName: string): Promise<string | null>;
}

const KEEP_IMPORTS = 3;

export class SheetStaging {
  private dirPath: string | null = null;
  private readonly uploads = new Map<string, { file: string; name: string; owned: boolean; size: number }>();
  private readonly imports = new Map<string, HeldImport>();
  private readonly files = new Map<string, { file: string; name: string }>();
  native: NativeFiles | null = null;

  private dir(): string {
    this.dirPath ??= mkdtempSync(path.join(os.tmpdir(), 'psd-sheets-'));
    return this.dirPath;
  }

  private newId = () => randomUUID();

  /** A path in the private folder for a file about to be produced. */
  newPath(ext: string): string {
    return path.join(this.dir(), `${this.newId()}${ext}`);
  }

  /** A fresh folder in the private folder (a CSV export writes its file there). */
  newDir(): string {
    return mkdtempSync(path.join(this.dir(), 'csv-'));
  }

  addUploadBytes(name: string, bytes: Uint8Array): StagedUpload {
    const file = this.newPath(path.extname(name).slice(0, 10));
    writeFileSync(file, bytes);
    return this.register(file, name, true, bytes.byteLength);
  }

  /** A file the user chose in a native dialog: read where it is, never removed. */
  addUploadPath(file: string, size: number): StagedUpload {
    return this.register(file, path.basename(file), false, size);
  }

  private register(file: string, name: string, owned: boolean, size: number): StagedUpload {
    const uploadId = this.newId();
    this.uploads.set(uploadId, { file, name: path.basename(name), owned, size });
    return { uploadId, name: path.basename(name), sizeBytes: size };
  }

  /** The upload, handed over once (a second preview of the same upload is refused). */
  takeUpload(uploadId: string): { file: string; name: string; release(): void } {
    const up = this.uploads.get(uploadId);
    if (!up) throw new AppError('not_found', `No upload ${uploadId}`, { id: uploadId });
    this.uploads.delete(uploadId);
    return {
      file: up.file,
      name: up.name,
      release: () => {
        if (up.owned) rmSync(up.file, { force: true });
      },
    };
  }

  keepImport(held: HeldImport): string {
    const importId = this.newId();
    this.imports.set(importId, held);
    while (this.imports.size > KEEP_IMPORTS) this.imports.delete(this.imports.keys().next().value as string);
    return importId;
  }

  heldImport(importId: string): HeldImport {
    const held = this.imports.get(importId);
    if (!held) throw new AppError('not_found', `No import ${importId} (it was applied, discarded or replaced)`, { id: importId });
    return held;
  }

  dropImport(importId: string): boolean {
    return this.imports.delete(importId);
  }

  addFile(file: string, name: string): string {
    const fileId = this.newId();
    this.files.set(fileId, { file, name });
    return fileId;
  }

  peekFile(fileId: string): { file: string; name: string } {
    const f = this.files.get(fileId);
    if (!f) throw new AppError('not_found', `No file ${fileId} (it was already saved or downloaded)`, { id: fileId });
    return f;
  }

  /** A produced file, handed over once: the caller sends or copies it, then calls release(). */
  takeFile(fileId: string): { file: string; name: string; release(): void } {
    const f = this.peekFile(fileId);
    this.files.delete(fileId);
    return { ...f, release: () => rmSync(f.file, { force: true }) };
  }

  /** Copies a produced file to where the user chose (across disks too) and removes it here. */
  saveTo(fileId: string, target: string): void {
    const f = this.takeFile(fileId);
    try {
      copyFileSync(f.file, target);
    } finally {
      f.release();
    }
  }
}

const stagings = new WeakMap<Session, SheetStaging>();

export function stagingOf(session: Session): SheetStaging {
  let s = stagings.get(session);
  if (!s) stagings.set(session, (s = new SheetStaging()));
  return s;
}
