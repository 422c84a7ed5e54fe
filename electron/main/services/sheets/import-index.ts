// The records an import matches rows against, by id and by natural key (building: zone + name; unit: building +
// floor + label; tenant: credit code; lease: unit + tenant + start date), loaded once per import and kept in step
// with every row the import writes (a unit row can name a building inserted a few rows earlier).
import type { EntityName } from '../../../../shared/enums';
import type { EntityMap } from '../../../../shared/models';
import { foldName } from '../../../../shared/sheets/recognise';
import type { Db } from '../../db/connection';
import { allRecords, parkNames, zoneCodes } from '../../db/repos/sheet-rows';

type Indexed = 'building' | 'unit' | 'tenant' | 'lease' | 'tenant_return';
const INDEXED: readonly Indexed[] = ['building', 'unit', 'tenant', 'lease', 'tenant_return'];

class MultiMap {
  private readonly map = new Map<string, Set<string>>();
  get(key: string): string[] {
    return [...(this.map.get(key) ?? [])];
  }
  add(key: string, id: string): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(id);
  }
  remove(key: string, id: string): void {
    this.map.get(key)?.delete(id);
  }
}

/** The keys a record is found by (its natural key first). */
function keysOf<E extends Indexed>(entity: E, r: EntityMap[E]): string[] {
  switch (entity) {
    case 'building': {
      const b = r as EntityMap['building'];
      return [`${b.zoneId}|${foldName(b.nameZh)}`, `${b.zoneId}|${foldName(b.nameEn)}`];
    }
    case 'unit': {
      const u = r as EntityMap['unit'];
      return [`${u.buildingId}|${u.floor}|${u.label}`, `label:${u.buildingId}|${u.label}`];
    }
    case 'tenant': {
      const t = r as EntityMap['tenant'];
      return [...(t.uscc ? [`uscc:${t.uscc}`] : []), `name:${foldName(t.nameZh)}`];
    }
    case 'tenant_return': {
      const y = r as EntityMap['tenant_return'];
      return [`${y.tenantId}|${y.year}`];
    }
    default: {
      const l = r as EntityMap['lease'];
      return [`${l.unitId}|${l.tenantId}|${l.startDate}`];
    }
  }
}

export class ImportIndex {
  readonly zoneByCode = new Map<string, string>();
  readonly zoneCode = new Map<string, string>();
  readonly parks = new Map<string, { zoneId: string; nameZh: string; nameEn: string }>();
  private readonly parkKeys = new MultiMap();
  private readonly records: { [E in Indexed]: Map<string, EntityMap[E]> } = {
    building: new Map(),
    unit: new Map(),
    tenant: new Map(),
    lease: new Map(),
    tenant_return: new Map(),
  };
  private readonly keys: Record<Indexed, MultiMap> = {
    building: new MultiMap(),
    unit: new MultiMap(),
    tenant: new MultiMap(),
    lease: new MultiMap(),
    tenant_return: new MultiMap(),
  };

  constructor(db: Db, needed: ReadonlySet<Indexed>) {
    for (const z of zoneCodes(db)) {
      this.zoneByCode.set(foldName(z.code), z.id);
      this.zoneCode.set(z.id, z.code);
    }
    for (const p of parkNames(db)) {
      this.parks.set(p.id, p);
      this.parkKeys.add(`${p.zoneId}|${foldName(p.nameZh)}`, p.id);
      this.parkKeys.add(`${p.zoneId}|${foldName(p.nameEn)}`, p.id);
    }
    for (const entity of INDEXED) {
      if (!needed.has(entity)) continue;
      for (const record of allRecords(db, entity)) this.put(entity, record);
    }
  }

  get<E extends Indexed>(entity: E, id: string): EntityMap[E] | undefined {
    return this.records[entity].get(id) as EntityMap[E] | undefined;
  }

  find(entity: Indexed, key: string): string[] {
    return this.keys[entity].get(key);
  }

  parksNamed(zoneId: string, name: string): string[] {
    return this.parkKeys.get(`${zoneId}|${foldName(name)}`);
  }

  /** Record a record as it is now (after an insert or update), replacing its old keys. */
  put<E extends Indexed>(entity: E, record: EntityMap[E]): void {
    const map = this.records[entity] as Map<string, EntityMap[E]>;
    const before = map.get(record.id);
    if (before) for (const k of keysOf(entity, before)) this.keys[entity].remove(k, record.id);
    map.set(record.id, record);
    for (const k of keysOf(entity, record)) this.keys[entity].add(k, record.id);
  }
}

export type { Indexed };
export const isIndexed = (e: EntityName): e is Indexed => (INDEXED as readonly string[]).includes(e);
