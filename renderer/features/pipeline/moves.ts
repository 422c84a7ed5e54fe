// Moving a deal to a stage (board drag, arrow keys, the deal panel): one call, its result said aloud and shown.
import type { DealStage } from '../../../shared/enums';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage, fieldMessage } from '../../../shared/messages';
import type { Deal, LocalName } from '../../../shared/models';
import { invoke } from '../../api/client';
import { translate } from '../../i18n/catalog';
import { localName } from '../../lib/format';
import { useApp } from '../../stores/app';
import { usePipeline } from '../../stores/pipeline';
import { useUi } from '../../stores/ui';
import type { Locale } from '../../../shared/enums';

/** Every problem of a refused deal change in words, each naming its unit when it has one. */
export function dealProblems(error: AppErrorShape, locale: Locale): string[] {
  const fields = error.details?.fields ?? [];
  if (!fields.length) return [errorMessage(error, locale)];
  return fields.map((f) => {
    const label = f.params?.label;
    return `${typeof label === 'string' && label ? `${label}: ` : ''}${fieldMessage(f, locale)}`;
  });
}

/** Moves the deal; on success the data refreshes and the move is announced; on failure the reason is. */
export async function moveDeal(
  card: { id: string; version: number; prospectName: LocalName; stage: DealStage },
  stage: DealStage,
  on: string,
  opts: { lostReason?: string; keepFocus?: boolean } = {},
): Promise<{ ok: true; deal: Deal } | { ok: false; error: AppErrorShape }> {
  const locale = useUi.getState().locale;
  const name = localName(card.prospectName, locale);
  const stageName = translate(locale, `enum.${stage}`);
  const r = await invoke('pipeline:move-deal', {
    id: card.id,
    version: card.version,
    stage,
    on,
    ...(opts.lostReason ? { lostReason: opts.lostReason } : {}),
  });
  if (r.ok) {
    usePipeline
      .getState()
      .announce(translate(locale, 'pipeline.moved', { name, stage: stageName }), opts.keepFocus ? { id: card.id, stage } : null);
    useApp.getState().dataChanged();
    return { ok: true, deal: r.value };
  }
  const reason = dealProblems(r.error, locale).join('; ');
  usePipeline
    .getState()
    .announce(
      translate(locale, 'pipeline.moveFailed', { name, stage: stageName, reason }),
      opts.keepFocus ? { id: card.id, stage: card.stage } : null,
    );
  useUi.getState().notify({ kind: 'error', error: r.error });
  return { ok: false, error: r.error };
}
