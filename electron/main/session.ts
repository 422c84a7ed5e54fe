// The open database and what goes with it. Handlers reach the database only through the session, so
// File > Open / New / Restore can swap the file underneath without the handlers knowing.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { EventMap, EventName } from '../../shared/contract';
import { openDatabase, type Db, type OpenOptions } from './db/connection';
import { schemaVersionOf } from './db/migrate';

export type Listener = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export interface SessionOptions {
  dbPath: string;
  /** Folder for automatic and manual backups; default: `backups/` beside the database file. */
  backupDir?: string;
  transport: 'electron' | 'web';
  appVersion: string;
  nativeBinding?: string;
  /** Called before a migration changes an existing file (the backup service hooks in here). */
  beforeMigrate?: OpenOptions['beforeMigrate'];
}

export class Session {
  private current: Db;
  private readonly listeners = new Set<Listener>();
  dbPath: string;
  backupDir: string;

  constructor(private readonly options: SessionOptions) {
    this.dbPath = path.resolve(options.dbPath);
    this.backupDir = options.backupDir ?? path.join(path.dirname(this.dbPath), 'backups');
    mkdirSync(path.dirname(this.dbPath), { recursive: true });
    this.current = this.openFile(this.dbPath);
  }

  get db(): Db {
    return this.current;
  }

  get transport(): 'electron' | 'web' {
    return this.options.transport;
  }

  get appVersion(): string {
    return this.options.appVersion;
  }

  get schemaVersion(): number {
    return schemaVersionOf(this.current);
  }

  private openFile(file: string): Db {
    return openDatabase(file, { nativeBinding: this.options.nativeBinding, beforeMigrate: this.options.beforeMigrate });
  }

  /** Switch to another database file (open, new, or after a restore). The old connection closes last. */
  switchTo(file: string): void {
    const resolved = path.resolve(file);
    const next = this.openFile(resolved);
    const previous = this.current;
    this.current = next;
    this.dbPath = resolved;
    if (!this.options.backupDir) this.backupDir = path.join(path.dirname(resolved), 'backups');
    previous.close();
    this.emit('data-changed', { reason: 'open' });
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  close(): void {
    this.current.close();
  }
}
