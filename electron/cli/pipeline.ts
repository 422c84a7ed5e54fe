// The pipeline command: tenant attraction at a date (docs/ARCHITECTURE.md, "The pipeline forecast") — deals by stage,
// new firms so far + expected firms by the firms target's due date, leased + signed + expected area by the space
// target's, and conversion rates with median days per stage by quarter. The same views the app shows; read-only.
import type { StageFlow } from '../../shared/accounting/pipeline-flow';
import type { Locale } from '../../shared/enums';
import { LIVE_STAGES } from '../../shared/enums';
import { conversion, forecastView } from '../main/services/pipeline/views';
import { existingFile, openForCheck, type Context, type Outcome } from './commands';
import { say } from './messages';

function numbers(locale: Locale) {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    area: (m2: number) => say('area', locale, { n: whole.format(Math.round(m2) || 0) }),
    two: (n: number) => two.format(n),
    int: (n: number) => whole.format(n),
    flow: (f: StageFlow | undefined) =>
      !f || f.entered === 0
        ? '—'
        : `${f.rate === null ? '—' : pct.format(f.rate)} · ${f.medianDays === null ? '—' : `${two.format(f.medianDays)}d`} (${f.entered})`,
  };
}

export function runPipeline(cmd: { db: string; asOf: string }, ctx: Context): Outcome {
  const file = existingFile(cmd.db);
  const db = openForCheck(file);
  let view: ReturnType<typeof forecastView>;
  let flows: ReturnType<typeof conversion>;
  try {
    view = forecastView(db, { asOf: cmd.asOf }, 'sql');
    flows = conversion(db, cmd.asOf);
  } finally {
    db.close();
  }
  const { locale } = ctx;
  const n = numbers(locale);
  const stage = (s: string) => say(`stage_${s}` as 'stage_contact', locale);
  const lines = [say('pipeline_title', locale, { date: cmd.asOf, path: file }), ''];
  lines.push(
    `${say('pipeline_stages', locale)}: ${view.pipeline.byStage.map((s) => say('pipeline_stage', locale, { stage: stage(s.stage), count: s.deals, area: n.area(s.areaM2) })).join(' · ')}`,
  );
  const firmsTarget = view.firms.target;
  lines.push(
    firmsTarget
      ? say('pipeline_firms', locale, {
          target: say('firms_target', locale),
          value: n.int(firmsTarget.value),
          due: firmsTarget.dueDate,
          newFirms: say('fig_new_firms', locale),
          counted: n.int(view.firms.counted),
          expectedFirms: say('fig_expected_firms', locale),
          expected: n.two(view.firms.expected),
          outlook: n.two(view.firms.outlook),
        })
      : say('pipeline_firms_no_target', locale, { expectedFirms: say('fig_expected_firms', locale), expected: n.two(view.firms.expected) }),
  );
  lines.push(
    say('pipeline_space', locale, {
      due: view.space.target?.dueDate ?? '—',
      leased: say('fig_leased', locale),
      leasedArea: n.area(view.space.leasedM2),
      signedAhead: say('fig_signed_ahead', locale),
      ahead: n.area(view.space.signedAheadM2),
      expectedArea: say('fig_expected_area', locale),
      expected: n.area(view.space.expectedAreaM2),
      outlook: n.area(view.space.outlookM2),
    }),
  );
  if (view.pipeline.pastDue && firmsTarget) lines.push(say('pipeline_past_due', locale, { due: firmsTarget.dueDate }));
  if (view.pipeline.undatedDeals || view.pipeline.laterDeals) {
    lines.push(say('pipeline_apart', locale, { undated: view.pipeline.undatedDeals, later: view.pipeline.laterDeals }));
  }
  lines.push('', say('conversion_title', locale));
  const header = [say('conversion_quarter', locale), ...LIVE_STAGES.map(stage)];
  const rows = [
    ...flows.quarters.map((q) => [q.quarter, ...LIVE_STAGES.map((s) => n.flow(q.stages.find((x) => x.stage === s)))]),
    [say('conversion_all', locale), ...LIVE_STAGES.map((s) => n.flow(flows.overall.find((x) => x.stage === s)))],
  ];
  for (const row of [header, ...rows]) lines.push(row.join('\t'));
  return {
    lines,
    json: {
      command: 'pipeline',
      db: file,
      asOf: cmd.asOf,
      probabilities: view.probabilities,
      byStage: view.pipeline.byStage,
      firms: view.firms,
      space: view.space,
      pipeline: view.pipeline,
      spacePipeline: view.spacePipeline,
      conversion: flows,
    },
    exitCode: 0,
  };
}
