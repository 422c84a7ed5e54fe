// The rollup command: the district's space accounting at a date (docs/ARCHITECTURE.md, "What the numbers mean") through
// the one-shot SQL path of the roll-up the dashboard uses, printed as headline figures and a break-down table.
import type { Figures } from '../../shared/accounting/figures';
import type { RollupGroup } from '../../shared/accounting/rollup';
import { gapToTarget } from '../../shared/accounting/rules';
import type { RollupRowView, RollupView } from '../../shared/accounting/views';
import { UNIT_USES, type Locale, type UnitUse } from '../../shared/enums';
import type { LocalName } from '../../shared/models';
import { rollupView } from '../main/services/accounting/rollup';
import { existingFile, openForCheck, type Context, type Outcome } from './commands';
import { say, type CliMessage } from './messages';

interface Format {
  locale: Locale;
  area: (m2: number) => string;
  /** A whole number with thousands separators (the table shows areas in whole m²; the JSON keeps 0.01 m²). */
  int: (n: number) => string;
  pct: (ratio: number | null) => string;
}

function format(locale: Locale): Format {
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = (n: number) => int.format(Math.round(n) || 0);
  return {
    locale,
    int: whole,
    area: (m2) => say('area', locale, { n: whole(m2) }),
    pct: (ratio) => (ratio === null ? '—' : pct.format(ratio)),
  };
}

/** Terminal columns: CJK and full-width characters take two. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const width = (text: string) => [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
const padEnd = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));
const padStart = (text: string, to: number) => ' '.repeat(Math.max(0, to - width(text))) + text;

const localName = (name: LocalName, locale: Locale) => (locale === 'zh-CN' ? name.zh || name.en : name.en || name.zh);
const isUse = (id: string): id is UnitUse => (UNIT_USES as readonly string[]).includes(id);

/** Basement floors read B1, B2; the rest F1, F2, … */
const floorLabel = (floor: number) => (floor < 0 ? `B${-floor}` : `F${floor}`);

/** A row's name as shown: floors as "Building · F3", uses translated, '' (no park, no units) spelled out. */
function rowName(row: RollupRowView, by: RollupGroup, locale: Locale): string {
  if (by === 'use') return row.id === '' ? say('no_units', locale) : isUse(row.id) ? say(`use_${row.id}`, locale) : row.id;
  if (by === 'floor') {
    const floor = row.id.slice(row.id.lastIndexOf(':') + 1);
    return `${localName(row.name, locale) || row.id} · ${floor === '' ? say('no_units', locale) : floorLabel(Number(floor))}`;
  }
  if (row.id === '') return say(by === 'park' ? 'no_park' : 'no_units', locale);
  return localName(row.name, locale) || row.id;
}

/** Display order: by name (uses in their usual order, floors bottom to top within a building), '' last. */
function displayOrder(rows: RollupRowView[], by: RollupGroup, locale: Locale): RollupRowView[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  // `buildingId:` is a building without units: before its (non-existent) floors.
  const floorOf = (id: string) => Number(id.slice(id.lastIndexOf(':') + 1) || Number.NEGATIVE_INFINITY);
  const rank = (id: string) => (isUse(id) ? UNIT_USES.indexOf(id) : UNIT_USES.length);
  return [...rows].sort((a, b) => {
    if (by === 'use') return rank(a.id) - rank(b.id) || collator.compare(a.id, b.id);
    if ((a.id === '') !== (b.id === '')) return a.id === '' ? 1 : -1;
    const byName = collator.compare(localName(a.name, locale), localName(b.name, locale));
    if (by !== 'floor') return byName || collator.compare(a.id, b.id);
    const building = (id: string) => id.slice(0, id.lastIndexOf(':'));
    return byName || collator.compare(building(a.id), building(b.id)) || floorOf(a.id) - floorOf(b.id);
  });
}

function headline(view: RollupView, f: Format): string[] {
  const { totals: t, targets } = view;
  const { locale } = f;
  let provided = say('no_space_target', locale, { area: f.area(t.providedM2) });
  const spaceDue = view.atDue.space;
  const firmsDue = view.atDue.firms;
  if (targets.space && spaceDue) {
    // Past its due date, a target's result at that date comes first (issue 10, item 2).
    provided = say(spaceDue.gap < 0 ? 'space_due_missed' : 'space_due_met', locale, {
      target: f.area(targets.space.value),
      due: spaceDue.date,
      reached: f.area(spaceDue.reached),
      gap: f.area(Math.abs(spaceDue.gap)),
      date: view.asOf,
      area: f.area(t.providedM2),
      progress: f.pct(t.targetProgress),
    });
  } else if (targets.space && t.targetProgress !== null) {
    const gap = gapToTarget(t.providedM2, targets.space.value);
    provided = say('provided_of_target', locale, {
      area: f.area(t.providedM2),
      target: f.area(targets.space.value),
      progress: f.pct(t.targetProgress),
      due: targets.space.dueDate,
      gap: say(gap >= 0 ? 'gap_above' : 'gap_short', locale, { area: f.area(Math.abs(gap)) }),
    });
  }
  const firms =
    targets.firms && firmsDue
      ? say(firmsDue.gap < 0 ? 'firms_due_missed' : 'firms_due_met', locale, {
          target: f.int(targets.firms.value),
          due: firmsDue.date,
          reached: f.int(firmsDue.reached),
          gap: f.int(Math.abs(firmsDue.gap)),
          date: view.asOf,
          count: f.int(t.newFirms),
        })
      : targets.firms
        ? say('firms_of_target', locale, {
            count: f.int(t.newFirms),
            target: f.int(targets.firms.value),
            progress: f.pct(targets.firms.value > 0 ? t.newFirms / targets.firms.value : null),
            due: targets.firms.dueDate,
          })
        : say('firms_count', locale, { count: f.int(t.newFirms) });
  const items: [CliMessage, string][] = [
    ['fig_provided', provided],
    ['fig_leased', f.area(t.leasedM2)],
    ['fig_reserved', f.area(t.reservedM2)],
    ['fig_available', f.area(t.availableM2)],
    ['fig_out_of_service', f.area(t.outOfServiceM2)],
    ['fig_pipeline', f.area(t.pipelineM2)],
    ['fig_pre_let', f.area(t.preLetM2)],
    ['fig_occupancy', f.pct(t.occupancy)],
    ['fig_new_firms', firms],
  ];
  const labels = items.map(([key]) => say(key, locale));
  const labelWidth = Math.max(...labels.map(width)) + 2;
  return items.map(([, value], i) => `${padEnd(labels[i] ?? '', labelWidth)}${value}`);
}

const COLUMNS: CliMessage[] = [
  'fig_provided',
  'fig_leased',
  'fig_reserved',
  'fig_available',
  'fig_out_of_service',
  'fig_pipeline',
  'fig_pre_let',
  'fig_occupancy',
  'fig_new_firms',
];

function cells(figures: Figures, f: Format): string[] {
  const { providedM2, leasedM2, reservedM2, availableM2, outOfServiceM2, pipelineM2, preLetM2 } = figures;
  return [
    ...[providedM2, leasedM2, reservedM2, availableM2, outOfServiceM2, pipelineM2, preLetM2].map(f.int),
    f.pct(figures.occupancy),
    f.int(figures.newFirms),
  ];
}

function table(view: RollupView, f: Format): string[] {
  const { locale } = f;
  if (view.rows.length === 0) return [say('no_rows', locale)];
  const heading = say(`by_${view.by}`, locale);
  const header = [
    locale === 'en' ? heading.charAt(0).toUpperCase() + heading.slice(1) : heading,
    ...COLUMNS.map((key) => say(key, locale)),
  ];
  const body = displayOrder(view.rows, view.by, locale).map((row) => [rowName(row, view.by, locale), ...cells(row, f)]);
  const total = [say('total_row', locale), ...cells(view.totals, f)];
  const all = [header, ...body, total];
  const widths = header.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 0 ? padEnd(cell, widths[c] ?? 0) : padStart(cell, widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1));
  return [say('area_note', locale), line(header), rule, ...body.map(line), rule, line(total)];
}

export function runRollup(cmd: { db: string; asOf: string; by: RollupGroup }, ctx: Context): Outcome {
  const file = existingFile(cmd.db);
  const db = openForCheck(file);
  let view: RollupView;
  try {
    view = rollupView(db, { asOf: cmd.asOf, by: cmd.by }, 'sql');
  } finally {
    db.close();
  }
  const f = format(ctx.locale);
  const title = say('rollup_title', ctx.locale, { date: view.asOf, by: say(`by_${view.by}`, ctx.locale), path: file });
  return {
    lines: [title, '', ...headline(view, f), '', ...table(view, f)],
    json: {
      command: 'rollup',
      db: file,
      asOf: view.asOf,
      by: view.by,
      totals: view.totals,
      rows: view.rows,
      targets: view.targets,
      atDue: view.atDue,
    },
    exitCode: 0,
  };
}
