// The tenant-attraction rules (shared/rules/deals.ts, shared/accounting/pipeline*.ts) on hand-computed fixtures,
// and the forecast's promises as properties over random pipelines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROBABILITIES,
  pipelineForecast,
  type ForecastDeal,
  type ForecastProspect,
  type StageProbabilities,
} from '../../shared/accounting/pipeline';
import { conversionView, daysInStage, isStale, median } from '../../shared/accounting/pipeline-flow';
import { rankMatches, type VacantUnit } from '../../shared/accounting/pipeline-match';
import { DEAL_STAGES, LIVE_STAGES, type DealStage } from '../../shared/enums';
import type { StageEntry } from '../../shared/models';
import { leaseAreas, moveProblems, releaseReservation, reservationSpan, stageAt } from '../../shared/rules/deals';

const P: StageProbabilities = { contact: 0.05, visit: 0.1, proposal: 0.25, negotiation: 0.5, reserved: 0.8 };

/** A deal from its stage path (oldest first). */
function deal(id: string, prospectId: string, path: [DealStage, string][], moveIn: string | null, areaM2: number): ForecastDeal {
  const entries = path.map(([stage, on]) => ({ stage, on }));
  const last = entries[entries.length - 1] as StageEntry;
  return { id, prospectId, stage: last.stage, stageOn: last.on, history: entries.slice(0, -1), moveIn, areaM2 };
}
const prospect = (id: string, targetCategory = true, enteredOn: string | null = null): ForecastProspect => ({
  id,
  targetCategory,
  enteredOn,
});
const prospects = (...ps: ForecastProspect[]) => new Map(ps.map((p) => [p.id, p]));

describe('stages at a date', () => {
  const d = deal(
    'd',
    'p',
    [
      ['contact', '2025-01-10'],
      ['visit', '2025-02-01'],
      ['proposal', '2025-02-01'],
      ['lost', '2025-05-01'],
    ],
    null,
    100,
  );
  it('reads the last entry on or before D; nothing before the first; same-day entries: the later one', () => {
    expect(stageAt(d, '2025-01-09')).toBeNull();
    expect(stageAt(d, '2025-01-10')).toEqual({ stage: 'contact', on: '2025-01-10' });
    expect(stageAt(d, '2025-02-01')).toEqual({ stage: 'proposal', on: '2025-02-01' });
    expect(stageAt(d, '2025-04-30')?.stage).toBe('proposal');
    expect(stageAt(d, '2030-01-01')?.stage).toBe('lost');
  });
  it('days in stage and staleness (live, more than 30 days without a change)', () => {
    expect(daysInStage(d, '2025-03-03')).toBe(30);
    expect(isStale(d, '2025-03-03')).toBe(false);
    expect(isStale(d, '2025-03-04')).toBe(true);
    expect(isStale(d, '2025-12-31')).toBe(false); // lost: not live
  });
  it('a move: never from signed, never to the same stage, never dated before the current stage, lost needs a reason', () => {
    const at = { stage: 'negotiation' as const, stageOn: '2025-03-01', history: [] };
    expect(moveProblems({ ...at, stage: 'signed' }, 'lost', '2025-04-01', 'x').map((p) => p.code)).toEqual(['deal_closed']);
    expect(moveProblems(at, 'negotiation', '2025-04-01', '').map((p) => p.code)).toEqual(['stage_unchanged']);
    expect(moveProblems(at, 'reserved', '2025-02-28', '').map((p) => p.code)).toEqual(['stage_date_before']);
    expect(moveProblems(at, 'lost', '2025-03-01', ' ').map((p) => p.code)).toEqual(['required']);
    expect(moveProblems(at, 'visit', '2025-03-01', '')).toEqual([]);
  });
});

describe('reservations and leases from a deal', () => {
  it('one unit with an area takes that area; otherwise each unit whole', () => {
    expect(leaseAreas([200], 120)).toEqual([120]);
    expect(leaseAreas([200], null)).toEqual([200]);
    expect(leaseAreas([200, 150], 120)).toEqual([200, 150]);
  });
  it('a reservation runs to the day before the move-in, open when the move-in is unknown or not later', () => {
    expect(reservationSpan('2025-03-01', '2025-06-01')).toEqual({ startDate: '2025-03-01', endDate: '2025-05-31' });
    expect(reservationSpan('2025-03-01', null)).toEqual({ startDate: '2025-03-01', endDate: null });
    expect(reservationSpan('2025-03-01', '2025-03-01')).toEqual({ startDate: '2025-03-01', endDate: null });
  });
  it('signing ends it before the lease, a step back terminates it, and one that would not have begun goes', () => {
    const r = { startDate: '2025-03-01', endDate: null, terminatedOn: null };
    expect(releaseReservation(r, '2025-04-10', '2025-05-01')).toEqual({ remove: false, endDate: '2025-04-30', terminatedOn: null });
    expect(releaseReservation(r, '2025-04-10', '2025-03-01')).toEqual({ remove: true });
    expect(releaseReservation(r, '2025-04-10', null)).toEqual({ remove: false, endDate: null, terminatedOn: '2025-04-10' });
    expect(releaseReservation(r, '2025-03-01', null)).toEqual({ remove: true });
  });
});

describe('the forecast on a hand-computed pipeline (D = 2025-06-30, due 2025-12-31)', () => {
  const deals = [
    deal(
      'a',
      'A',
      [
        ['contact', '2025-01-05'],
        ['negotiation', '2025-05-01'],
      ],
      '2025-10-01',
      400,
    ), // 0.5
    deal('a2', 'A', [['proposal', '2025-06-01']], '2025-11-01', 200), // 0.25; A arrives once, at 0.5
    deal('b', 'B', [['reserved', '2025-06-15']], '2025-09-01', 300), // 0.8
    deal('c', 'C', [['visit', '2025-03-01']], '2026-03-01', 1000), // moves in after the due date
    deal('d', 'D', [['proposal', '2025-04-01']], null, 500), // undated
    deal(
      'e',
      'E',
      [
        ['negotiation', '2025-02-01'],
        ['signed', '2025-06-01'],
      ],
      '2025-08-01',
      250,
    ), // signed, starts later
    deal('e2', 'E', [['visit', '2025-05-01']], '2025-10-01', 100), // E signed: no firm, area 0.1 × 100
    deal(
      'f',
      'F',
      [
        ['contact', '2025-02-01'],
        ['lost', '2025-03-01'],
      ],
      '2025-07-01',
      800,
    ), // lost
    deal('g', 'G', [['negotiation', '2025-06-01']], '2025-07-01', 150), // category 'other': area yes, firm no
    deal('h', 'H', [['proposal', '2025-06-01']], '2025-08-01', 100), // tenant entered 2019: not a new firm
    deal('i', 'I', [['contact', '2025-08-01']], '2025-09-01', 700), // not begun by D
  ];
  const ps = prospects(
    prospect('A'),
    prospect('B'),
    prospect('C'),
    prospect('D'),
    prospect('E'),
    prospect('F'),
    prospect('G', false),
    prospect('H', true, '2019-04-01'),
    prospect('I'),
  );
  const f = pipelineForecast(deals, ps, P, '2025-06-30', '2025-12-31');

  it('expected firms: one per prospect at its best chance, new firms only', () => {
    // A at 0.5 (its better deal), B at 0.8; C moves in too late, D is undated, E signed, G is not a target category,
    // H's tenant entered in 2019, I had not begun.
    expect(f.expectedFirms).toBe(1.3);
  });
  it('expected area: every counted live deal at its probability', () => {
    expect(f.expectedAreaM2).toBe(0.5 * 400 + 0.25 * 200 + 0.8 * 300 + 0.1 * 100 + 0.5 * 150 + 0.25 * 100);
  });
  it('signed deals count as leases (starting later), never as pipeline; undated and later deals are apart', () => {
    expect(f.signedAheadM2).toBe(250);
    expect(f.signedAheadDeals).toBe(1);
    expect(f.undatedDeals).toBe(1);
    expect(f.laterDeals).toBe(1);
    expect(f.byStage.map((s) => s.deals)).toEqual([0, 2, 3, 2, 1, 1, 1]);
  });
  it('past the due date nothing more is expected', () => {
    const late = pipelineForecast(deals, ps, P, '2026-01-01', '2025-12-31');
    expect([late.pastDue, late.expectedFirms, late.expectedAreaM2, late.signedAheadM2]).toEqual([true, 0, 0, 0]);
  });
});

describe('conversion and days per stage, per quarter of entering the stage', () => {
  const deals = [
    deal(
      '1',
      'x',
      [
        ['contact', '2025-01-01'],
        ['visit', '2025-01-11'],
        ['proposal', '2025-02-10'],
        ['lost', '2025-04-10'],
      ],
      null,
      1,
    ),
    deal(
      '2',
      'x',
      [
        ['contact', '2025-02-01'],
        ['proposal', '2025-02-21'],
        ['visit', '2025-03-03'],
      ],
      null,
      1,
    ),
    deal('3', 'x', [['contact', '2025-03-01']], null, 1),
    deal(
      '4',
      'x',
      [
        ['contact', '2025-04-01'],
        ['lost', '2025-04-05'],
      ],
      null,
      1,
    ),
    deal(
      '5',
      'x',
      [
        ['contact', '2025-05-01'],
        ['visit', '2025-12-01'],
      ],
      null,
      1,
    ), // the visit lies after D
  ];
  const view = conversionView(deals, '2025-06-30');
  const of = (q: string, stage: string) => view.quarters.find((x) => x.quarter === q)?.stages.find((s) => s.stage === stage);

  it('counts each entry by its next entry: advanced, lost, returned or still open', () => {
    expect(of('2025-Q1', 'contact')).toEqual({
      stage: 'contact',
      entered: 3,
      advanced: 2,
      lost: 0,
      returned: 0,
      open: 1,
      rate: 2 / 3,
      medianDays: 15,
    });
    expect(of('2025-Q1', 'proposal')).toEqual({
      stage: 'proposal',
      entered: 2,
      advanced: 0,
      lost: 1,
      returned: 1,
      open: 0,
      rate: 0,
      medianDays: (59 + 10) / 2,
    });
    expect(of('2025-Q1', 'visit')).toMatchObject({ entered: 2, advanced: 1, open: 1, medianDays: 30 });
    expect(of('2025-Q2', 'contact')).toMatchObject({ entered: 2, advanced: 0, lost: 1, open: 1, rate: 0, medianDays: 4 });
    expect(view.quarters.map((q) => q.quarter)).toEqual(['2025-Q1', '2025-Q2']);
    expect(view.overall.find((s) => s.stage === 'contact')).toMatchObject({ entered: 5, advanced: 2, lost: 1, open: 2, medianDays: 10 });
  });
  it('median of an even count is the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('vacancy matching', () => {
  const u = (unitId: string, floor: number, areaM2: number, availableM2: number, zoneId = 'z1', buildingId = 'b1'): VacantUnit => ({
    unitId,
    label: unitId,
    floor,
    use: 'office',
    areaM2,
    availableM2,
    buildingId,
    buildingName: { zh: buildingId, en: buildingId },
    zoneId,
    zoneName: { zh: zoneId, en: zoneId },
    parkId: null,
  });
  it('ranks single units and a floor’s units together by fit, another zone a step down', () => {
    const vacant = [u('a', 3, 500, 500), u('b', 4, 260, 260), u('c', 4, 240, 240), u('d', 5, 480, 480, 'z2', 'b2'), u('e', 6, 1000, 300)];
    const m = rankMatches({ areaM2: 500, zoneId: 'z1', parkId: null }, vacant, new Map([['a', 2]]));
    expect(m.map((x) => [x.kind, x.unitIds.join('+'), x.areaM2, x.score])).toEqual([
      ['unit', 'a', 500, 0],
      ['floor', 'b+c', 500, 0.1], // a combination, a step behind one unit
      ['unit', 'd', 480, 0.34], // |480 − 500| / 500 + 0.3 for another zone; b, c alone and e's 300 m² free are too small
    ]);
    expect(m[0]?.offeredIn).toBe(2);
    expect(m[0]?.proposalAreaM2).toBeNull();
  });
  it('a partly let unit is offered in part', () => {
    const [m] = rankMatches({ areaM2: 250, zoneId: null, parkId: null }, [u('e', 6, 1000, 300)], new Map());
    expect(m).toMatchObject({ areaM2: 250, proposalAreaM2: 250 });
  });
});

// ---- properties -------------------------------------------------------------------------------------------------

const day = fc.integer({ min: 0, max: 1200 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const pathArb = fc
  .array(fc.tuple(fc.constantFrom(...DEAL_STAGES), day), { minLength: 1, maxLength: 6 })
  .map((steps) => steps.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
const dealArb = fc.record({
  prospect: fc.integer({ min: 0, max: 3 }),
  path: pathArb,
  moveIn: fc.option(day, { nil: null }),
  area: fc.integer({ min: 1, max: 5000 }),
});
const worldArb = fc.record({
  deals: fc.array(dealArb, { maxLength: 25 }),
  prospects: fc.array(fc.record({ target: fc.boolean(), entered: fc.option(day, { nil: null }) }), { minLength: 4, maxLength: 4 }),
  asOf: day,
  due: fc.option(day, { nil: null }),
});
type World = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

function build(w: World): [ForecastDeal[], Map<string, ForecastProspect>] {
  const deals = w.deals.map((d, i) => deal(`d${i}`, `p${d.prospect}`, d.path, d.moveIn, d.area));
  return [deals, prospects(...w.prospects.map((p, i) => prospect(`p${i}`, p.target, p.entered)))];
}

describe('forecast properties', () => {
  it('a prospect adds at most one expected firm, and expected firms never exceed the live prospects', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const [deals, ps] = build(w);
        const f = pipelineForecast(deals, ps, P, w.asOf, w.due);
        const live = new Set(
          deals
            .filter((d) => {
              const at = stageAt(d, w.asOf);
              return at && (LIVE_STAGES as readonly string[]).includes(at.stage);
            })
            .map((d) => d.prospectId),
        );
        expect(f.expectedFirms).toBeLessThanOrEqual(live.size + 1e-9);
        expect(f.expectedFirms).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a signed deal counts once, as a lease, never again as pipeline: signing takes its expected part out', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), (w, pick) => {
        const [deals, ps] = build(w);
        if (!deals.length) return;
        const i = pick % deals.length;
        const target = deals[i] as ForecastDeal;
        const at = stageAt(target, w.asOf);
        if (!at || !(LIVE_STAGES as readonly string[]).includes(at.stage)) return;
        const before = pipelineForecast(deals, ps, P, w.asOf, w.due);
        // The same deal, signed on D (its lease starts at its move-in).
        const signed: ForecastDeal = {
          ...target,
          history: [...target.history, { stage: target.stage, on: target.stageOn }].filter((e) => e.on <= w.asOf),
          stage: 'signed',
          stageOn: w.asOf,
        };
        const after = pipelineForecast(
          deals.map((d, j) => (j === i ? signed : d)),
          ps,
          P,
          w.asOf,
          w.due,
        );
        // Its area leaves the expected area entirely…
        const counted = !before.pastDue && target.moveIn !== null && (w.due === null || target.moveIn <= w.due);
        const share = counted ? P[at.stage as keyof StageProbabilities] * target.areaM2 : 0;
        expect(after.expectedAreaM2).toBeCloseTo(before.expectedAreaM2 - share, 6);
        // …its prospect is no longer an expected firm…
        const others = pipelineForecast(
          deals.filter((d) => d.prospectId !== target.prospectId),
          ps,
          P,
          w.asOf,
          w.due,
        );
        expect(after.expectedFirms).toBeCloseTo(others.expectedFirms, 6);
        // …and it is counted as a lease starting later exactly when its lease starts after D and by the due date.
        const ahead = !before.pastDue && target.moveIn !== null && target.moveIn > w.asOf && (w.due === null || target.moveIn <= w.due);
        expect(after.signedAheadM2).toBeCloseTo(before.signedAheadM2 + (ahead ? target.areaM2 : 0), 6);
      }),
      { numRuns: 500 },
    );
  });

  it('every deal begun by D is in exactly one column; higher probabilities never lower the forecast', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const [deals, ps] = build(w);
        const f = pipelineForecast(deals, ps, P, w.asOf, w.due);
        expect(f.byStage.reduce((s, c) => s + c.deals, 0)).toBe(deals.filter((d) => stageAt(d, w.asOf)).length);
        const higher = Object.fromEntries(LIVE_STAGES.map((s) => [s, Math.min(1, P[s] + 0.1)])) as StageProbabilities;
        const g = pipelineForecast(deals, ps, higher, w.asOf, w.due);
        expect(g.expectedFirms).toBeGreaterThanOrEqual(f.expectedFirms - 1e-9);
        expect(g.expectedAreaM2).toBeGreaterThanOrEqual(f.expectedAreaM2 - 1e-9);
      }),
    );
  });

  it('conversion: every entry into a live stage by D has exactly one outcome', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const [deals] = build(w);
        const v = conversionView(deals, w.asOf);
        for (const s of v.overall) expect(s.advanced + s.lost + s.returned + s.open).toBe(s.entered);
        const entries = deals
          .flatMap((d) => [...d.history, { stage: d.stage, on: d.stageOn }])
          .filter((e) => e.on <= w.asOf && (LIVE_STAGES as readonly string[]).includes(e.stage));
        expect(v.overall.reduce((s, x) => s + x.entered, 0)).toBe(entries.length);
        expect(v.quarters.flatMap((q) => q.stages).reduce((s, x) => s + x.entered, 0)).toBe(entries.length);
      }),
    );
  });

  it('the default probabilities rise with the stage', () => {
    const values = LIVE_STAGES.map((s) => DEFAULT_PROBABILITIES[s]);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
  });
});
