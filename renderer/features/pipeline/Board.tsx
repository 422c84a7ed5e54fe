// The pipeline board: one column per stage at the as-of date. A card moves by dragging it to another column, or
// from the keyboard: ← / → to the previous / next stage, ↑ / ↓ between cards, Enter to open it. A move into
// "lost" asks for the reason first. Every move is dated the as-of date and said aloud (live region).
import { useEffect, useState, type KeyboardEvent } from 'react';
import { DEAL_STAGES, type DealStage } from '../../../shared/enums';
import { isLive } from '../../../shared/rules/deals';
import type { DealCard } from '../../../shared/pipeline/views';
import { Modal } from '../../components/Modal';
import { enumKey, useT } from '../../i18n';
import { formatArea } from '../../lib/format';
import { routes, type PipelineView } from '../../lib/routes';
import { useAsOf } from '../../stores/asOf';
import { useCanWrite } from '../../stores/app';
import { usePipeline } from '../../stores/pipeline';
import { useUi } from '../../stores/ui';
import { DealCardBody } from './DealCard';
import { moveDeal } from './moves';

const HELP_ID = 'pipeline-card-help';

export function Board({ rows, view }: { rows: DealCard[]; view: PipelineView }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const asOf = useAsOf((s) => s.asOf);
  const canWrite = useCanWrite();
  const focusCard = usePipeline((s) => s.focusCard);
  const [over, setOver] = useState<DealStage | null>(null);
  const [asking, setAsking] = useState<{ card: DealCard; keepFocus: boolean } | null>(null);
  const open = (card: DealCard) => useUi.getState().navigate(routes.pipeline(view, { kind: 'deal', id: card.id }));

  // After a keyboard move the card is drawn again in its new column: give it the focus back once it is there.
  useEffect(() => {
    if (!focusCard || rows.find((c) => c.id === focusCard.id)?.stage !== focusCard.stage) return;
    const el = document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(focusCard.id)}"]`);
    if (el) {
      el.focus();
      usePipeline.getState().focused();
    }
  }, [focusCard, rows]);

  const moveTo = (card: DealCard, stage: DealStage, keepFocus: boolean) => {
    if (!canWrite || stage === card.stage) return;
    if (stage === 'lost') setAsking({ card, keepFocus });
    else void moveDeal(card, stage, asOf, { keepFocus });
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>, card: DealCard) => {
    const at = DEAL_STAGES.indexOf(card.stage);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(card);
    } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      const next = DEAL_STAGES[at + (e.key === 'ArrowRight' ? 1 : -1)];
      if (next) moveTo(card, next, true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const siblings = [...(e.currentTarget.closest('.board-column')?.querySelectorAll<HTMLElement>('[data-card-id]') ?? [])];
      const i = siblings.indexOf(e.currentTarget);
      siblings[i + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  };

  return (
    <div className="board" data-testid="pipeline-board">
      <p id={HELP_ID} className="sr-only">
        {t('pipeline.cardHelp')}
      </p>
      {DEAL_STAGES.map((stage) => {
        const cards = rows.filter((c) => c.stage === stage);
        const area = cards.reduce((s, c) => s + c.areaM2, 0);
        const weighted = cards.reduce((s, c) => s + c.areaM2 * c.probability, 0);
        const headId = `column-${stage}`;
        return (
          <section
            key={stage}
            className={`board-column stage-${stage}${over === stage ? ' drop-target' : ''}`}
            aria-labelledby={headId}
            data-testid={`column-${stage}`}
            onDragOver={(e) => {
              if (!canWrite) return;
              e.preventDefault();
              setOver(stage);
            }}
            onDragLeave={() => setOver((s) => (s === stage ? null : s))}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const card = rows.find((c) => c.id === e.dataTransfer.getData('text/plain'));
              if (card) moveTo(card, stage, false);
            }}
          >
            <header className="column-head">
              <h3 id={headId}>{t('pipeline.column', { stage: t(enumKey(stage)), count: cards.length })}</h3>
              <div className="column-sub">
                {isLive(stage)
                  ? t('pipeline.columnArea', { area: formatArea(area, locale), weighted: formatArea(weighted, locale) })
                  : formatArea(area, locale)}
              </div>
            </header>
            <ul className="column-cards">
              {cards.map((card) => (
                <li key={card.id}>
                  <div
                    role="button"
                    tabIndex={0}
                    draggable={canWrite}
                    className={`deal-card${card.stale ? ' is-stale' : ''}${card.clashes.length ? ' has-clash' : ''}`}
                    data-card-id={card.id}
                    data-testid="deal-card"
                    data-stage={card.stage}
                    aria-describedby={HELP_ID}
                    onKeyDown={(e) => onKey(e, card)}
                    onClick={() => open(card)}
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/plain', card.id);
                      e.dataTransfer.effectAllowed = 'move';
                    }}
                  >
                    <DealCardBody card={card} stage={t(enumKey(stage))} />
                  </div>
                </li>
              ))}
              {canWrite ? (
                <li className="drop-hint" aria-hidden="true">
                  {t('pipeline.dropHere', { stage: t(enumKey(stage)) })}
                </li>
              ) : null}
            </ul>
          </section>
        );
      })}
      {asking ? (
        <LostPrompt
          onCancel={() => setAsking(null)}
          onConfirm={(reason) => {
            const { card, keepFocus } = asking;
            setAsking(null);
            void moveDeal(card, 'lost', asOf, { lostReason: reason, keepFocus });
          }}
        />
      ) : null}
    </div>
  );
}

function LostPrompt({ onCancel, onConfirm }: { onCancel(): void; onConfirm(reason: string): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  return (
    <Modal
      title={t('deal.lostReasonPrompt')}
      onClose={onCancel}
      testId="lost-prompt"
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('action.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="lost-confirm"
            disabled={!reason.trim()}
            onClick={() => onConfirm(reason.trim())}
          >
            {t('deal.moveButton')}
          </button>
        </>
      }
    >
      <label className="form-field">
        <span>{t('field.lostReason')}</span>
        <input
          data-testid="lost-reason"
          autoFocus
          value={reason}
          maxLength={300}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && reason.trim()) onConfirm(reason.trim());
          }}
        />
      </label>
    </Modal>
  );
}
