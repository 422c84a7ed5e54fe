// The attraction list's order (renderer/features/pipeline/sort.ts): by the chosen column either way, stages in their
// order rather than alphabetically, undated move-ins first when ascending, ties by id.
import { describe, expect, it } from 'vitest';
import type { DealCard } from '../../shared/pipeline/views';
import { sortCards } from '../../renderer/features/pipeline/sort';

const card = (id: string, over: Partial<DealCard>): DealCard => ({
  id,
  version: 1,
  prospectId: `p${id}`,
  prospectName: { zh: id, en: id },
  category: 'fintech',
  manager: '',
  stage: 'contact',
  stageOn: '2025-01-01',
  daysInStage: 0,
  age: 'fresh',
  stale: false,
  later: null,
  buildingId: null,
  buildingName: null,
  zoneId: null,
  floor: null,
  unitLabels: [],
  areaM2: 0,
  moveIn: null,
  probability: 0,
  lostReason: '',
  clashes: [],
  ...over,
});

describe('sortCards', () => {
  const rows = [
    card('a', { stage: 'signed', areaM2: 300, moveIn: '2025-09-01', prospectName: { zh: '乙', en: 'Beta' } }),
    card('b', { stage: 'contact', areaM2: 120, moveIn: null, prospectName: { zh: '甲', en: 'Alpha' } }),
    card('c', { stage: 'negotiation', areaM2: 120, moveIn: '2025-07-01', prospectName: { zh: '丙', en: 'Gamma' } }),
  ];
  it('sorts stages in their order, areas by number with ties by id, and either way', () => {
    expect(sortCards(rows, 'stage', 'asc', 'en').map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(sortCards(rows, 'stage', 'desc', 'en').map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(sortCards(rows, 'areaM2', 'asc', 'en').map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(sortCards(rows, 'moveIn', 'asc', 'en').map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(sortCards(rows, 'prospect', 'asc', 'en').map((c) => c.id)).toEqual(['b', 'a', 'c']);
  });
});
