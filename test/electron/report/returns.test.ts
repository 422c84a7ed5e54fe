// Tenants' annual returns on a real file (issue 9): the forms' rules, the indicators the dashboard shows (computed
// here by hand from the rows written), the returns sheet through the same dry-run import as the inventory and in
// the export, and the report's stamp equal to the export's About sheet.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/main/db/connection';
import { indicators } from '../../../electron/main/services/accounting/indicators';
import { createRecord } from '../../../electron/main/services/inventory/crud';
import { stampScope } from '../../../electron/main/services/report/data';
import { dataStamp, stampOn } from '../../../electron/main/services/sheets/stamp';
import { writeSampleFile } from '../../../electron/main/services/sample/file';
import { exportReport } from '../../../electron/main/services/sheets/export';
import { parseImport, runImport } from '../../../electron/main/services/sheets/import';
import { AppError } from '../../../shared/errors';
import { seedMini, tempDb, validUscc } from '../inventory/fixture';
import { col, readBack } from '../sheets/helpers';

const ret = (tenantId: string, year: number, revenueCny: number, over: Record<string, unknown> = {}) => ({
  tenantId,
  year,
  revenueCny,
  headcount: 10,
  highTech: true,
  inventionPatents: 3,
  highQualityPatents: 1,
  standardsDomestic: 0,
  standardsInternational: 0,
  ...over,
});

describe('annual returns and the indicators', () => {
  let t: ReturnType<typeof tempDb>;
  beforeAll(() => {
    t = tempDb();
  });
  afterAll(() => t.cleanup());

  it('refuses a second return for the same year and more high-quality patents than patents', () => {
    const { tenant } = seedMini(t.db);
    createRecord(t.db, 'tenant_return', ret(tenant.id, 2024, 1_000_000));
    const fields = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return (err as AppError).details?.fields;
      }
      return null;
    };
    expect(fields(() => createRecord(t.db, 'tenant_return', ret(tenant.id, 2024, 5)))).toEqual([
      { field: 'year', code: 'return_duplicate', params: { year: 2024 } },
    ]);
    expect(
      fields(() => createRecord(t.db, 'tenant_return', ret(tenant.id, 2023, 5, { inventionPatents: 1, highQualityPatents: 2 }))),
    ).toEqual([{ field: 'highQualityPatents', code: 'patents_over_total', params: { max: 1 } }]);
  });
});

describe('the indicators service on written returns', () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => {
    const t = tempDb();
    db = t.db;
    cleanup = t.cleanup;
    const { tenant, unitB } = seedMini(db); // tenant leases 2024-01-01 … 2025-12-31 (active on 31 Dec 2024)
    const other = createRecord(db, 'tenant', {
      nameZh: '另一家',
      nameEn: 'Other',
      uscc: validUscc('91110102MA01XYWQ1'),
      category: 'research',
      enteredDistrictOn: '2024-03-01',
    });
    createRecord(db, 'lease', {
      unitId: unitB.id,
      tenantId: other.id,
      kind: 'lease',
      startDate: '2024-02-01',
      endDate: null,
      areaM2: 100,
      rentCnyPerM2Day: null,
      terminatedOn: null,
    });
    for (const [metric, value] of [
      ['revenue_growth_pct', 8],
      ['patents_per_year', 50],
      ['standards', 10],
    ] as const) {
      createRecord(db, 'target', { metric, value, startDate: '2023-01-01', dueDate: '2025-12-31', zoneId: null, label: metric });
    }
    createRecord(db, 'tenant_return', ret(tenant.id, 2023, 1_000_000, { highQualityPatents: 2, standardsDomestic: 1 }));
    createRecord(db, 'tenant_return', ret(tenant.id, 2024, 1_200_000, { highQualityPatents: 3, standardsInternational: 1 })); // +20 %
    createRecord(db, 'tenant_return', ret(other.id, 2023, 500_000)); // other files 2023 only: not in 2024's mean, missing for 2024
  });
  afterAll(() => cleanup());

  it('at 2025-06-30: growth of 2024 from the one tenant with both years, patents and standards of 2023–2024, one return missing', () => {
    const view = indicators(db, { asOf: '2025-06-30' });
    const by = Object.fromEntries(view.items.map((i) => [i.metric, i]));
    expect(view.reportYear).toBe(2024);
    expect(by.revenue_growth_pct).toMatchObject({
      value: 20,
      basis: 1,
      progress: 20 / 8,
      trend: [
        { year: 2023, value: null },
        { year: 2024, value: 20 },
      ],
    });
    // High-quality patents: 2023: 2 + 1 = 3; 2024: 3 → 6 over two years = 3 a year.
    expect(by.patents_per_year).toMatchObject({
      value: 3,
      trend: [
        { year: 2023, value: 3 },
        { year: 2024, value: 3 },
      ],
    });
    expect(by.standards).toMatchObject({
      value: 2,
      progress: 0.2,
      trend: [
        { year: 2023, value: 1 },
        { year: 2024, value: 2 },
      ],
    });
    // Both tenants held a lease on 31 Dec 2024; only one filed 2024.
    expect(by.standards?.reporting).toEqual({ year: 2024, expected: 2, missing: 1 });
  });
});

describe('the returns sheet in the export and through the import', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'psd-returns-'));
    file = path.join(dir, 'sample.sqlite');
    writeSampleFile(file, { size: 'standard' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports every return, and the report’s stamp is the export’s SHA-256 and last change (district and one zone)', async () => {
    const out = path.join(dir, 'report.xlsx');
    const result = await exportReport(
      { asOf: '2026-06-30', scope: { kind: 'district' }, locale: 'en' },
      { xlsx: out },
      { dbPath: file, appVersion: 'test' },
    );
    const db = openDatabase(file, { readonly: true });
    try {
      const stored = db.prepare('SELECT count(*) AS n, total(revenue_cny) AS revenue FROM tenant_return').get() as {
        n: number;
        revenue: number;
      };
      const sheet = (await readBack(out)).get('Annual returns');
      expect(sheet?.rows.length).toBe(stored.n);
      const revenue = sheet?.rows.reduce((s, r) => s + Number(r[col(sheet, 'Operating revenue (CNY)')]), 0);
      expect(revenue).toBeCloseTo(stored.revenue, 0);
      const stamp = stampOn(db, '2026-06-30', stampScope(undefined));
      expect(stamp.sha256).toBe(result.sha256);
      expect(stamp.lastChangeSeq).toBe(result.lastChangeSeq);
      expect(dataStamp({ dbPath: file }, '2026-06-30', stampScope('CORE')).sha256).toBe(
        (
          await exportReport(
            { asOf: '2026-06-30', scope: { kind: 'zone', code: 'CORE' }, locale: 'zh-CN' },
            { xlsx: path.join(dir, 'core.xlsx') },
            { dbPath: file, appVersion: 'test' },
          )
        ).sha256,
      );
    } finally {
      db.close();
    }
  });

  it('imports returns by credit code and year: a dry run writes nothing, the apply inserts and updates in one batch', async () => {
    const db = openDatabase(file);
    try {
      const tenant = db.prepare("SELECT id, uscc, name_zh AS name FROM tenant WHERE uscc <> '' ORDER BY name_zh LIMIT 1").get() as {
        id: string;
        uscc: string;
        name: string;
      };
      const existing = db.prepare('SELECT year FROM tenant_return WHERE tenant_id = ? ORDER BY year').all(tenant.id) as { year: number }[];
      const known = existing[0]?.year ?? 2022;
      const csv = path.join(dir, 'returns.csv');
      writeFileSync(
        csv,
        `\ufeff企业信用代码,企业,年份,营业收入（元）,从业人数,高新技术企业,发明专利,高质量发明专利\n${tenant.uscc},${tenant.name},2030,1234567,42,是,5,2\n${tenant.uscc},${tenant.name},${known},999,1,否,0,0\n`,
      );
      const parsed = await parseImport(csv, 'returns.csv');
      const before = db.prepare('SELECT count(*) AS n FROM tenant_return').get() as { n: number };
      const dry = runImport(db, parsed, 'dry-run');
      expect(dry.outcome).toMatchObject({ insert: 1, update: 1, errors: [], applied: false });
      expect(db.prepare('SELECT count(*) AS n FROM tenant_return').get()).toEqual(before);
      const applied = runImport(db, parsed, 'apply');
      expect(applied.outcome.applied).toBe(true);
      expect(
        db
          .prepare(
            'SELECT revenue_cny AS r, headcount AS h, high_tech AS t, high_quality_patents AS q FROM tenant_return WHERE tenant_id = ? AND year = 2030',
          )
          .get(tenant.id),
      ).toEqual({ r: 1234567, h: 42, t: 1, q: 2 });
      expect(db.prepare('SELECT revenue_cny AS r FROM tenant_return WHERE tenant_id = ? AND year = ?').get(tenant.id, known)).toEqual({
        r: 999,
      });
      expect(db.prepare("SELECT count(*) AS n FROM history_batch WHERE origin = 'import'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});
