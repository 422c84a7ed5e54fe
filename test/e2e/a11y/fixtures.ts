// What the accessibility run needs from the sample district: one record of each kind worth showing (a building
// with floors, units and leases; a let unit; a tenant with leases…), a record with an edit in its history, a
// spreadsheet with one error and one change for the import preview, and a survey package with a conflict.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, tempDbPath, type WebApp } from '../harness';

export const ASOF = '2025-12-31';

export interface SampleIds {
  zone: string;
  park: string;
  /** The building with the most units, delivered and let. */
  tower: string;
  towerFloor: number;
  /** A unit of the tower with an active lease. */
  unit: string;
  tenant: string;
  lease: string;
  target: string;
  /** A prospect of the sample's attraction pipeline with a live deal, and that deal. */
  prospect: string;
  deal: string;
  /** One tenant's annual return. */
  return: string;
}

type Api = WebApp['api'];

async function must<T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const got = await r;
  if (!got.ok) throw new Error(got.error.message);
  return got.value;
}

function first<T>(rows: T[], what: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`the sample has no ${what}`);
  return row;
}

export async function sampleIds(api: Api): Promise<SampleIds> {
  const buildings = await must(api('buildings:list', { limit: 500 }));
  const tower = first(
    [...buildings.rows].filter((b) => b.deliveryDate !== null).sort((a, b) => b.unitCount - a.unitCount),
    'delivered building',
  );
  const units = await must(api('units:list', { buildingId: tower.id, limit: 500 }));
  const unit = first(
    units.rows.filter((u) => u.activeLeaseCount > 0),
    'let unit',
  );
  const leases = await must(api('leases:list', { unitId: unit.id, limit: 10 }));
  const lease = first(leases.rows, 'lease');
  const deal = first(
    (await must(api('pipeline:deals', { asOf: ASOF }))).rows.filter((d) => d.stage !== 'signed' && d.stage !== 'lost'),
    'live deal',
  );
  return {
    zone: tower.zoneId,
    park: tower.parkId ?? first((await must(api('parks:list', { limit: 1 }))).rows, 'park').id,
    tower: tower.id,
    towerFloor: unit.floor,
    unit: unit.id,
    tenant: lease.tenantId,
    lease: lease.id,
    target: first((await must(api('targets:list', { limit: 1 }))).rows, 'target').id,
    prospect: deal.prospectId,
    deal: deal.id,
    return: first((await must(api('returns:list', { limit: 1 }))).rows, 'annual return').id,
  };
}

/** An edit to the tenant, so its history shows a change (before → after) besides the sample's insert. */
export async function editTenant(api: Api, id: string): Promise<void> {
  const tenant = await must(api('tenants:get', { id }));
  await must(api('tenants:update', { id, version: tenant.version, changes: { nameEn: `${tenant.nameEn} (checked)` } }));
}

/** The report as the CLI exports it, with one unit's area made invalid and another's changed: errors and changes. */
export async function importFile(dbPath: string): Promise<string> {
  const out = path.join(path.dirname(tempDbPath('unused.sqlite')), 'a11y-import.xlsx');
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'electron/cli/main.ts',
      'export',
      '--db',
      dbPath,
      '--as-of',
      ASOF,
      '--out',
      out,
      '--lang',
      'en',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`cli export failed: ${run.stderr}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('Units');
  if (!ws) throw new Error('no Units sheet');
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => headers.set(String(c.value), i));
  const area = headers.get('Area (m²)') ?? 0;
  ws.getRow(2).getCell(area).value = -1;
  const changed = ws.getRow(3).getCell(area);
  changed.value = Number(changed.value) + 10;
  await wb.xlsx.writeFile(out);
  return out;
}

/** A package for the tower, ready for survey mode. */
export async function preparePackage(api: Api, buildingId: string): Promise<string> {
  return (await must(api('survey:prepare', { scope: { kind: 'buildings', ids: [buildingId] }, surveyor: 'Chen Jing' }))).file;
}

/** In survey mode: an observation on the unit, and its area corrected (the office then changes it too: a conflict). */
export async function recordSurvey(survey: Api, unitId: string): Promise<void> {
  await must(survey('survey:observe', { entity: 'unit', id: unitId, status: 'vacant', tenantSeen: 'Nobody there', notes: 'Door locked' }));
  const unit = await must(survey('units:get', { id: unitId }));
  await must(survey('units:update', { id: unitId, version: unit.version, changes: { areaM2: unit.areaM2 + 12 } }));
}

export async function conflictInOffice(office: Api, unitId: string): Promise<void> {
  const unit = await must(office('units:get', { id: unitId }));
  await must(office('units:update', { id: unitId, version: unit.version, changes: { areaM2: unit.areaM2 + 5 } }));
}
