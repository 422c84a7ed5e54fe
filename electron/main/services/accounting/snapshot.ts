// The inventory compiled for the roll-up (shared/accounting/inventory-index.ts), held per database connection.
// It stays valid while nothing else wrote: `PRAGMA data_version` moves when another connection commits, and
// `total_changes()` moves with every write on this one. Writes made through the ChangeWriter report which rows
// they wrote (db/writer.ts onBatch); as long as those reports account for every change since the snapshot was
// taken, the snapshot is patched from them instead of being rebuilt. Anything unaccounted for means a rebuild.
import type { InventoryIndex } from '../../../../shared/accounting/inventory-index';
import type { Db } from '../../db/connection';
import { dataVersion, onBatch, totalChanges, type BatchRecord } from '../../db/writer';
import { buildSnapshot, type SnapshotData, type SnapshotTable } from '../../db/repos/inventory-snapshot';
import { noPendingRows, Snapshot, type PendingRows } from './snapshot-patch';

/** Past this many written rows since the snapshot, a rebuild is cheaper than a patch (bulk imports, samples). */
const PATCH_LIMIT = 20_000;

/** Where a snapshot stands against the database: the changes it has seen and the rows still to read again. */
export interface Ticket {
  changes: number;
  dataVersion: number;
  pending: PendingRows;
  size: number;
  broken: boolean;
}

interface State {
  snapshot: Snapshot | null;
  ticket: Ticket | null;
  /** Builds under way elsewhere (the read worker), following the writes made meanwhile. */
  inflight: Set<Ticket>;
}

const states = new WeakMap<Db, State>();
const SNAPSHOT_ENTITIES = new Set<string>(['building', 'unit', 'tenant', 'lease']);

function follow(ticket: Ticket, record: BatchRecord): void {
  if (ticket.broken) return;
  if (ticket.changes !== record.fromChanges) {
    ticket.broken = true;
    return;
  }
  ticket.changes = record.toChanges;
  for (const row of record.rows) {
    if (!SNAPSHOT_ENTITIES.has(row.entity)) continue;
    ticket.pending[row.entity as SnapshotTable].add(row.rowid);
    ticket.size += 1;
  }
  if (ticket.size > PATCH_LIMIT) ticket.broken = true;
}

function stateOf(db: Db): State {
  let state = states.get(db);
  if (!state) {
    const created: State = { snapshot: null, ticket: null, inflight: new Set() };
    onBatch(db, (record) => {
      if (created.ticket) follow(created.ticket, record);
      for (const ticket of created.inflight) follow(ticket, record);
    });
    states.set(db, (state = created));
  }
  return state;
}

function newTicket(db: Db): Ticket {
  return { changes: totalChanges(db), dataVersion: dataVersion(db), pending: noPendingRows(), size: 0, broken: false };
}

/** True when the cached snapshot can answer now (as is, or after patching the rows written through this connection). */
export function snapshotIsCurrent(db: Db): boolean {
  const { snapshot, ticket } = stateOf(db);
  if (!snapshot || !ticket || ticket.broken || db.inTransaction) return false;
  return ticket.changes === totalChanges(db) && ticket.dataVersion === dataVersion(db);
}

function install(state: State, data: SnapshotData, ticket: Ticket): void {
  state.snapshot = new Snapshot(data);
  state.ticket = ticket;
}

/** The compiled inventory of this connection's database: patched after writes made here, rebuilt after any other. */
export function inventoryIndex(db: Db): InventoryIndex {
  // Inside a transaction that may still roll back nothing is cached.
  if (db.inTransaction) return new Snapshot(buildSnapshot(db)).index;
  const state = stateOf(db);
  if (snapshotIsCurrent(db) && state.snapshot && state.ticket) {
    state.snapshot.patch(db, state.ticket.pending);
    state.ticket.size = 0;
    return state.snapshot.index;
  }
  const ticket = newTicket(db);
  install(state, buildSnapshot(db), ticket);
  return (state.snapshot as Snapshot).index;
}

/**
 * Marks the state of the database before a snapshot is built elsewhere (the read worker's own connection, which
 * sees at least everything committed so far). Writes made here meanwhile are followed and patched in on install.
 */
export function beginSnapshot(db: Db): Ticket {
  const ticket = newTicket(db);
  stateOf(db).inflight.add(ticket);
  return ticket;
}

/** Takes a snapshot built elsewhere; ignored when a write since `beginSnapshot` went unreported. */
export function installSnapshot(db: Db, ticket: Ticket, data: SnapshotData): void {
  const state = stateOf(db);
  state.inflight.delete(ticket);
  if (!ticket.broken) install(state, data, ticket);
}

/** Gives up a snapshot build that failed. */
export function abandonSnapshot(db: Db, ticket: Ticket): void {
  stateOf(db).inflight.delete(ticket);
}
