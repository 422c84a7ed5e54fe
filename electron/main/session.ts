// The open database and what goes with it. Handlers reach the database only through the session, so
// File > Open / New / Restore can swap the file underneath without the handlers knowing.
//
// One writer per file: the session takes the file's write lock (db/write-lock.ts) before it opens the file for
// writing. When another program holds it, the session opens the file read-only (or refuses, if asked to), and
// every write channel is refused with a message naming the holder. A session also watches its file: if the file
// at the path is replaced under it (another program restored or regenerated it), a writer stops writing and says
// so, and a read-only session follows the new file.
import path from 'node:path';
import type { AccessState, LockProgram } from '../../shared/access';
import type { EventMap, EventName } from '../../shared/contract';
import type { SessionKind } from '../../shared/survey/contract';
import { AppError } from '../../shared/errors';
import { openDatabase, type Db } from './db/connection';
import { checkPackageHeader } from './db/package';
import { schemaVersionOf } from './db/migrate';
import { lockedError, tryWriteLock, type WriteLock } from './db/write-lock';
import { dataVersion } from './db/writer';
import { ensureFolder } from './services/fs-errors';
import { copyOfConnection } from './services/backup-copy';
import { canonicalPath } from './services/same-file';
import type { Listener, SessionOptions, WhenLocked } from './session-options';
import { identityOf, openSlot, type Slot } from './session-slot';

export type { Listener, SessionOptions, WhenLocked } from './session-options';

const DEFAULT_WATCH_MS = 2000;

export class Session {
  private slot: Slot;
  private readonly listeners = new Set<Listener>();
  private watchTimer: ReturnType<typeof setInterval> | null = null;
  private lastDataVersion = 0;
  /** The copy kept when this writer's file was replaced under it (shown if the new file cannot be opened). */
  private savedOnReplace: string | null = null;
  dbPath: string;
  backupDir: string;

  constructor(private readonly options: SessionOptions) {
    ensureFolder(path.dirname(path.resolve(options.dbPath)));
    this.dbPath = canonicalPath(options.dbPath);
    this.backupDir = options.backupDir ?? path.join(path.dirname(this.dbPath), 'backups');
    this.slot = this.openSlot(this.dbPath, options.whenLocked ?? 'read-only', null, true, options.kind ?? 'office');
    this.startWatching();
  }

  get db(): Db {
    return this.slot.db;
  }

  get access(): AccessState {
    return this.slot.access;
  }

  /** 'survey' while a survey package is open (the office database is then not open at all). */
  get kind(): SessionKind {
    return this.slot.kind;
  }

  get transport(): 'electron' | 'web' {
    return this.options.transport;
  }

  get program(): LockProgram {
    return this.options.transport === 'electron' ? 'desktop' : 'web';
  }

  get appVersion(): string {
    return this.options.appVersion;
  }

  /** The better-sqlite3 binary path, for services that open their own connection (the spreadsheet export). */
  get nativeBinding(): string | undefined {
    return this.options.nativeBinding;
  }

  get schemaVersion(): number {
    return schemaVersionOf(this.slot.db);
  }

  /** Opens `file` (session-slot.ts); `kind` defaults to what this session has open now. */
  private openSlot(
    file: string,
    whenLocked: WhenLocked,
    heldLock: WriteLock | null,
    resolve = true,
    kind: SessionKind = this.slot.kind,
  ): Slot {
    return openSlot(this.options, this.program, file, whenLocked, heldLock, resolve, kind);
  }

  /** Switch to another database file (open, new, save-as). `prepare` runs once the new file's lock is held. */
  async switchTo(
    file: string,
    opts: { whenLocked?: WhenLocked; prepare?: () => Promise<unknown> | void; kind?: SessionKind } = {},
  ): Promise<void> {
    const resolved = canonicalPath(file);
    const kind = opts.kind ?? 'office';
    if (resolved === this.dbPath && this.slot.lock && kind === this.slot.kind) {
      await opts.prepare?.();
      this.reopen();
      return;
    }
    if (kind === 'survey') checkPackageHeader(resolved);
    const attempt = tryWriteLock(resolved, this.program, { nativeBinding: this.options.nativeBinding });
    if (!attempt.ok && (opts.whenLocked ?? 'fail') === 'fail') throw lockedError(resolved, attempt.holder);
    let next: Slot;
    try {
      if (attempt.ok) await opts.prepare?.();
      next = this.openSlot(resolved, 'read-only', attempt.ok ? attempt.lock : null, true, kind);
    } catch (err) {
      if (attempt.ok) attempt.lock.release();
      throw err;
    }
    this.replaceSlot(next);
    this.dbPath = resolved;
    if (!this.options.backupDir) this.backupDir = path.join(path.dirname(resolved), 'backups');
    this.emit('data-changed', { reason: 'open' });
  }

  /**
   * Opens the file at the current path again, keeping this session's write lock (after a restore replaced the file,
   * or when the user chooses to reopen a file that was replaced from outside).
   */
  reopen(): void {
    // No leftover resolution here: a restore calls this while its set-aside original must stay until the new file opens.
    const next = this.openSlot(this.dbPath, 'read-only', this.slot.lock, false);
    this.replaceSlot(next, true);
  }

  /**
   * "Try again" from a read-only window: takes the write lock if it has become free, or reopens a replaced file.
   * Emits data-changed (reason 'access') when the access changed. Callers queue it behind file operations.
   */
  retryWrite(): AccessState {
    const before = this.slot.access;
    if (before.mode === 'write') return before;
    if (before.reason === 'replaced') this.reopenReplaced();
    else this.replaceSlot(this.openSlot(this.dbPath, 'read-only', this.slot.lock), true);
    this.emit('data-changed', { reason: 'access' });
    return this.slot.access;
  }

  /**
   * Opens the file now at the path after this writer's file was replaced. The old connection closes first (its
   * file was moved, so SQLite neither checkpoints nor deletes anything on close); if the new file cannot be opened,
   * the window shows the copy saved when the replacement was noticed.
   */
  private reopenReplaced(): void {
    const previous = this.slot;
    previous.db.close();
    try {
      this.slot = this.openSlot(this.dbPath, 'read-only', previous.lock, false);
    } catch (err) {
      const saved = this.savedOnReplace;
      const db = saved ? openDatabase(saved, { nativeBinding: this.options.nativeBinding, readonly: true }) : previous.db;
      this.slot = { ...previous, db };
      throw err;
    }
    this.lastDataVersion = 0;
  }

  private replaceSlot(next: Slot, keepLock = false): void {
    const previous = this.slot;
    this.slot = next;
    this.lastDataVersion = 0;
    previous.db.close();
    if (!keepLock && previous.lock && previous.lock !== next.lock) previous.lock.release();
  }

  /** Throws unless this session may write its file now: the write lock is held and the file is still the one it opened. */
  assertWritable(): void {
    this.checkIdentity();
    const access = this.slot.access;
    if (access.mode === 'write') return;
    if (access.reason === 'replaced')
      throw new AppError('database_replaced', `${this.dbPath} was replaced by another program`, { file: this.dbPath });
    const holder = access.holder;
    throw new AppError('read_only', `${this.dbPath} is open read-only`, {
      reason: access.reason,
      file: this.dbPath,
      program: holder?.program ?? 'unknown',
      pid: holder?.pid ?? 0,
      since: holder?.since ?? '',
    });
  }

  /** Notices a file replaced at the path: a writer stops writing; a read-only session follows the new file. */
  private checkIdentity(): void {
    const now = identityOf(this.dbPath);
    const known = this.slot.identity;
    if (known && now && now.dev === known.dev && now.ino === known.ino) return;
    if (!known && !now) return;
    if (known && known.dev === 0 && known.ino === 0) return; // a file system without file ids: nothing to compare
    if (this.slot.access.mode === 'write') {
      this.stopWritingReplaced();
      return;
    }
    if (this.slot.access.reason === 'locked' && now) {
      try {
        this.replaceSlot(this.openSlot(this.dbPath, 'read-only', null));
        this.emit('data-changed', { reason: 'open' });
      } catch {
        // Not readable yet (being replaced right now): try again on the next tick.
      }
    }
  }

  /**
   * Another program put a different file at this writer's path. Keep what this window holds (a copy in the backups
   * folder, reason 'replaced'), then empty this connection's write-ahead log, so that whoever opens the path next
   * does not replay this file's pages into the new one; then refuse writes until the user reopens.
   */
  private stopWritingReplaced(): void {
    try {
      this.savedOnReplace = path.join(this.backupDir, copyOfConnection(this.slot.db, this.backupDir, 'replaced'));
    } catch (err) {
      console.error('[session] could not save a copy of the replaced database:', err);
    }
    try {
      this.slot.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (err) {
      console.error('[session] could not empty the write-ahead log of the replaced database:', err);
    }
    this.slot = { ...this.slot, access: { mode: 'read-only', reason: 'replaced' } };
    this.emit('data-changed', { reason: 'access' });
  }

  /** A read-only session sees the holder's writes through data_version and refreshes the window. */
  private watchOnce(): void {
    this.checkIdentity();
    if (this.slot.access.mode === 'write') return;
    try {
      const version = dataVersion(this.slot.db);
      if (this.lastDataVersion !== 0 && version !== this.lastDataVersion) this.emit('data-changed', { reason: 'external' });
      this.lastDataVersion = version;
    } catch {
      // closed meanwhile
    }
  }

  private startWatching(): void {
    const every = this.options.watchMs ?? DEFAULT_WATCH_MS;
    if (every <= 0) return;
    this.watchTimer = setInterval(() => this.watchOnce(), every);
    this.watchTimer.unref();
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  close(): void {
    if (this.watchTimer) clearInterval(this.watchTimer);
    this.watchTimer = null;
    this.slot.db.close();
    this.slot.lock?.release();
  }
}
