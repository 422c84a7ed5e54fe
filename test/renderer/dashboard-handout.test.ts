// The vacancy hand-out as tab-separated text: a header row, one line per unit, numbers per locale, no stray tabs.
import { describe, expect, it } from 'vitest';
import type { VacancyRow } from '../../shared/accounting/views';
import { vacancyTsv } from '../../renderer/features/dashboard/lib/handout';

const row: VacancyRow = {
  unitId: 'u1',
  label: '1201',
  floor: 12,
  use: 'office',
  areaM2: 1234.56,
  availableM2: 1000,
  buildingId: 'b1',
  buildingName: { zh: '金融\t大厦', en: 'Finance Tower' },
  zoneId: 'z1',
  zoneName: { zh: '北展核心区', en: 'Core' },
};

describe('vacancy hand-out', () => {
  it('is a header and one tab-separated line per unit, in the interface language', () => {
    const en = vacancyTsv(
      [row, { ...row, unitId: 'u2', label: 'B101', floor: -1 }],
      { headers: ['Unit', 'Building', 'Zone', 'Floor', 'Use', 'Area', 'Available'], use: () => 'Office' },
      'en',
    );
    expect(en.split('\n')).toEqual([
      'Unit\tBuilding\tZone\tFloor\tUse\tArea\tAvailable',
      '1201\tFinance Tower\tCore\t12F\tOffice\t1,234.6\t1,000',
      'B101\tFinance Tower\tCore\tB1\tOffice\t1,234.6\t1,000',
      '',
    ]);
  });

  it('keeps a name with a tab in one cell', () => {
    const zh = vacancyTsv([row], { headers: ['单元'], use: () => '办公' }, 'zh-CN');
    const line = zh.split('\n')[1] ?? '';
    expect(line.split('\t')).toEqual(['1201', '金融 大厦', '北展核心区', '12层', '办公', '1,234.6', '1,000']);
  });
});
