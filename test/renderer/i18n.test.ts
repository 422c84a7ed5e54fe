// Both interface languages carry exactly the same keys (also enforced by the types), no empty texts, and the
// same {placeholders}, so a switch of language never shows a key or drops a number.
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import {
  BUILDING_STATUSES,
  DEAL_STAGES,
  LEASE_KINDS,
  PROSPECT_SOURCES,
  TARGET_METRICS,
  TENANT_CATEGORIES,
  UNIT_USES,
  ZONE_KINDS,
  CHANGE_ORIGINS,
} from '../../shared/enums';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty text and the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(zhCN)) {
      const english = en[key as keyof typeof zhCN];
      expect(zh.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(zh));
    }
  });

  it('label every closed-vocabulary value and change origin', () => {
    const values = [
      ...ZONE_KINDS,
      ...BUILDING_STATUSES,
      ...UNIT_USES,
      ...TENANT_CATEGORIES,
      ...LEASE_KINDS,
      ...TARGET_METRICS,
      ...DEAL_STAGES,
      ...PROSPECT_SOURCES,
    ];
    for (const v of values) expect(Object.keys(zhCN), v).toContain(`enum.${v}`);
    for (const o of CHANGE_ORIGINS) expect(Object.keys(zhCN), o).toContain(`history.origin.${o}`);
  });

  it('really is Chinese in zh-CN (no English left behind in the main labels)', () => {
    for (const key of ['nav.inventory', 'tab.buildings', 'action.save', 'history.undo'] as const) {
      expect(zhCN[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(en[key]).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
