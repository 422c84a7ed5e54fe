// The figure columns of the break-down table and how a share is shown.
import type { MessageKey } from '../../i18n';
import { formatNumber } from '../../lib/format';
import type { SortKey } from './lib/tree';

export const COLUMNS: { key: Exclude<SortKey, 'name'>; label: MessageKey; rule: MessageKey }[] = [
  { key: 'providedM2', label: 'term.provided', rule: 'rule.provided' },
  { key: 'leasedM2', label: 'term.leased', rule: 'rule.leased' },
  { key: 'reservedM2', label: 'term.reserved', rule: 'rule.reserved' },
  { key: 'availableM2', label: 'term.available', rule: 'rule.available' },
  { key: 'outOfServiceM2', label: 'term.outOfService', rule: 'rule.outOfService' },
  { key: 'pipelineM2', label: 'term.pipeline', rule: 'rule.pipeline' },
  { key: 'preLetM2', label: 'term.preLet', rule: 'rule.preLet' },
  { key: 'occupancy', label: 'term.occupancy', rule: 'rule.occupancy' },
];

export function formatPercent(value: number | null, locale: 'zh-CN' | 'en'): string {
  return value === null ? '—' : `${formatNumber(value * 100, locale, 1)}%`;
}
