// A small real inventory on a temp SQLite file, written through the same services the handlers use.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { usccCheckChar } from '../../../shared/uscc';
import { openDatabase, type Db } from '../../../electron/main/db/connection';
import { createRecord } from '../../../electron/main/services/inventory/crud';

export function validUscc(body17: string): string {
  return body17 + usccCheckChar(body17);
}

export function tempDb(): { db: Db; file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psd-test-'));
  const file = path.join(dir, 'test.sqlite');
  const db = openDatabase(file);
  return {
    db,
    file,
    cleanup: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function seedMini(db: Db) {
  const zone = createRecord(db, 'zone', { code: 'CORE', nameZh: '核心区', nameEn: 'Core', kind: 'core', boundary: null });
  const wing = createRecord(db, 'zone', { code: 'WING-S', nameZh: '南翼', nameEn: 'South wing', kind: 'wing', boundary: null });
  const park = createRecord(db, 'park', {
    zoneId: zone.id,
    nameZh: '金融科技园',
    nameEn: 'Fintech Park',
    theme: 'fintech',
    operator: 'Ops',
    boundary: null,
  });
  const building = createRecord(db, 'building', {
    zoneId: zone.id,
    parkId: park.id,
    nameZh: '一号楼',
    nameEn: 'Building 1',
    address: '西城区',
    isThemeBuilding: false,
    footprint: null,
    floorsAbove: 10,
    floorsBelow: 2,
    grossFloorAreaM2: 12000,
    declaredRentableM2: 1000,
    deliveryDate: '2023-06-30',
    status: 'operational',
  });
  const unitA = createRecord(db, 'unit', {
    buildingId: building.id,
    floor: 3,
    label: '301',
    areaM2: 100,
    use: 'office',
    countsTowardTarget: true,
    outOfService: false,
  });
  const unitB = createRecord(db, 'unit', {
    buildingId: building.id,
    floor: 3,
    label: '302',
    areaM2: 250,
    use: 'office',
    countsTowardTarget: true,
    outOfService: false,
  });
  const tenant = createRecord(db, 'tenant', {
    nameZh: '某金融科技公司',
    nameEn: 'Some Fintech Co',
    uscc: validUscc('91110102MA01ABCD1'),
    category: 'fintech',
    enteredDistrictOn: '2023-07-01',
  });
  const lease = createRecord(db, 'lease', {
    unitId: unitA.id,
    tenantId: tenant.id,
    kind: 'lease',
    startDate: '2024-01-01',
    endDate: '2025-12-31',
    areaM2: 60,
    rentCnyPerM2Day: 8.5,
    terminatedOn: null,
  });
  return { zone, wing, park, building, unitA, unitB, tenant, lease };
}

export const count = (db: Db, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
