// The figure columns of the break-down table and how a share is shown.
import type { MessageKey } from '../../i18n';
import { formatNumber } from '../../lib/format';
import type { SortKey } from './lib/tree';

export const COLUMNS: { key: Exclude<SortKey, 'name'>; label: MessageKey; rule: MessageKey }[] = [
  { key: 'providedM2', label: 'fig.provided', rule: 'rule.provided' },
  { key: 'leasedM2', label: 'fig.leased', rule: 'rule.leased' },
  { key: 'reservedM2', label: 'fig.reserved', rule: 'rule.reserved' },
  { key: 'availableM2', label: 'fig.available', rule: 'rule.available' },
  { key: 'outOfServiceM2', label: 'fig.outOfService', rule: 'rule.outOfService' },
  { key: 'pipelineM2', label: 'fig.pipeline', rule: 'rule.pipeline' },
  { key: 'preLetM2', label: 'fig.preLet', rule: 'rule.preLet' },
  { key: 'occupancy', label: 'fig.occupancy', rule: 'rule.occupancy' },
];

export function formatPercent(value: number | null, locale: 'zh-CN' | 'en'): string {
  return value === null ? '—' : `${formatNumber(value * 100, locale, 1)}%`;
}
