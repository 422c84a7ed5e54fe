// The list's order: by any column, ties by id, so the same rows always come in the same order. Pure (unit-tested).
import { DEAL_STAGES } from '../../../shared/enums';
import type { DealCard } from '../../../shared/pipeline/views';
import { localName } from '../../lib/format';
import type { ListSortKey } from '../../stores/pipeline';

function sortValue(card: DealCard, key: ListSortKey, locale: 'zh-CN' | 'en'): string | number {
  switch (key) {
    case 'prospect':
      return localName(card.prospectName, locale);
    case 'stage':
      return DEAL_STAGES.indexOf(card.stage);
    case 'moveIn':
      return card.moveIn ?? '';
    default:
      return card[key];
  }
}

export function sortCards(rows: readonly DealCard[], key: ListSortKey, dir: 'asc' | 'desc', locale: 'zh-CN' | 'en'): DealCard[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key, locale);
    const y = sortValue(b, key, locale);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale);
    return c * sign || a.id.localeCompare(b.id);
  });
}
