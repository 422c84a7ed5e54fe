// Deals' stage histories for the sample pipeline (pipeline.ts): the stages before each, paths dated backwards from the
// last stage or forwards from first contact, and a deal's draft from its path.
import type { DealStage } from '../../../../shared/enums';
import type { Draft, StageEntry } from '../../../../shared/models';
import { noDealSpace } from '../../../../shared/pipeline/deal-space';
import { Rng, dayOf, isoOf } from './random';

export const FIRST_DAY = dayOf('2024-01-02');

export const STAGES_BEFORE: Record<DealStage, DealStage[]> = {
  contact: [],
  visit: ['contact'],
  proposal: ['contact', 'visit'],
  negotiation: ['contact', 'visit', 'proposal'],
  reserved: ['contact', 'visit', 'proposal', 'negotiation'],
  signed: ['contact', 'visit', 'proposal', 'negotiation'],
  lost: [],
};

const gap = (rng: Rng) => rng.int(12, 80);

/** The stages leading to `last` entered on `lastDay`, dated backwards by gaps of 12–80 days, never before 2024. */
export function pathTo(rng: Rng, last: DealStage, lastDay: number, before: DealStage[]): StageEntry[] {
  const steps = before.filter((s, i) => i === 0 || rng.chance(0.8));
  const room = Math.max(0, lastDay - FIRST_DAY);
  const gaps = steps.map(() => gap(rng));
  const total = gaps.reduce((s, g) => s + g, 0);
  const scale = total > room ? room / total : 1;
  let day = lastDay;
  const entries: StageEntry[] = [{ stage: last, on: isoOf(lastDay) }];
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    day -= Math.floor((gaps[i] as number) * scale);
    entries.unshift({ stage: steps[i] as DealStage, on: isoOf(day) });
  }
  return entries;
}

/**
 * From first contact on `firstDay` forward to the last stage (skipping a stage now and then), squeezed to end by
 * `cap` — or, with `stretch`, spread to end exactly on it (a live deal's latest step).
 */
export function pathFrom(rng: Rng, firstDay: number, stages: DealStage[], cap: number, stretch = false): StageEntry[] {
  const steps = stages.filter((s, i) => i === 0 || i === stages.length - 1 || rng.chance(0.8));
  const offsets = steps.map(() => 0);
  for (let i = 1; i < steps.length; i += 1) offsets[i] = (offsets[i - 1] as number) + gap(rng);
  const span = offsets[offsets.length - 1] as number;
  const scale = span > 0 && (stretch || firstDay + span > cap) ? Math.max(0, cap - firstDay) / span : 1;
  return steps.map((stage, i) => ({ stage, on: isoOf(firstDay + Math.floor((offsets[i] as number) * scale)) }));
}

export function dealOf(prospectId: string, path: StageEntry[], space: Partial<Draft<'deal'>>): Draft<'deal'> {
  const last = path[path.length - 1] as StageEntry;
  return {
    prospectId,
    stage: last.stage,
    stageOn: last.on,
    history: path.slice(0, -1),
    ...noDealSpace(),
    leaseIds: [],
    ...space,
  };
}
