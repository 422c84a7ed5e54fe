// One deal on the board or in a prospect's list: who, what space, how long in its stage, and its warnings
// (stale, a unit offered in another live deal, moved on after the as-of date).
import type { DealCard as Card } from '../../../shared/pipeline/views';
import { enumKey, useT } from '../../i18n';
import { formatArea, formatDate, formatFloor, localName } from '../../lib/format';
import { useUi } from '../../stores/ui';

export function spaceText(card: Card, locale: 'zh-CN' | 'en', none: string): string {
  const building = card.buildingName ? localName(card.buildingName, locale) : '';
  if (card.unitLabels.length) return `${building} ${card.unitLabels.join(', ')}`.trim();
  if (card.floor !== null) return `${building} ${formatFloor(card.floor, locale)}`.trim();
  return building || none;
}

/** `stage`: read after the name where the card's column (its stage) is not part of its text, as on the board. Its
 * name is its text, so what is read is what is shown (axe: label-content-name-mismatch). */
export function DealCardBody({ card, stage }: { card: Card; stage?: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  return (
    <>
      <div className="deal-name">
        {localName(card.prospectName, locale)}
        {stage ? <span className="sr-only">{`, ${stage}`}</span> : null}
      </div>
      <div className="deal-meta">
        {t(enumKey(card.category))}
        {card.manager ? ` · ${card.manager}` : ''}
      </div>
      <div className="deal-meta">
        {spaceText(card, locale, t('pipeline.noSpace'))}
        {card.areaM2 > 0 ? ` · ${formatArea(card.areaM2, locale)}` : ''}
      </div>
      <div className="deal-meta">
        {card.moveIn ? `${t('col.moveIn')} ${formatDate(card.moveIn)} · ` : ''}
        {t('pipeline.days', { days: card.daysInStage })}
      </div>
      <div className="deal-flags">
        {card.stale ? (
          <span className="flag stale" title={t('pipeline.staleHint')} data-testid="flag-stale">
            {t('pipeline.stale')}
          </span>
        ) : null}
        {card.clashes.map((c) => (
          <span key={c.unitId} className="flag clash" data-testid="flag-clash">
            {t('pipeline.clash', { label: c.label, count: c.dealIds.length })}
          </span>
        ))}
        {card.later ? (
          <span className="flag later">{t('pipeline.later', { stage: t(enumKey(card.later.stage)), date: card.later.on })}</span>
        ) : null}
      </div>
    </>
  );
}
