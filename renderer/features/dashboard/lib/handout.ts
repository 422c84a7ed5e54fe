// The vacancy list as tab-separated text (pastes into a spreadsheet or an e-mail as a table): the hand-out
// for a prospective tenant. Pure, so it is unit-tested.
import type { VacancyRow } from '../../../../shared/accounting/views';
import type { Locale } from '../../../../shared/enums';
import { formatFloor, formatNumber, localName } from '../../../lib/format';

export interface HandoutLabels {
  headers: string[];
  use(row: VacancyRow): string;
}

const cell = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

export function vacancyTsv(rows: VacancyRow[], labels: HandoutLabels, locale: Locale): string {
  const lines = [labels.headers.map(cell).join('\t')];
  for (const r of rows) {
    lines.push(
      [
        r.label,
        localName(r.buildingName, locale),
        localName(r.zoneName, locale),
        formatFloor(r.floor, locale),
        labels.use(r),
        formatNumber(r.areaM2, locale, 1),
        formatNumber(r.availableM2, locale, 1),
      ]
        .map(cell)
        .join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}
