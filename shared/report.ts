// What the printed monthly report shows (issue 9), in one answer of `report:data`: the dashboard's own views at D
// (roll-up, trajectory, plan indicators, expiries, vacancies, data quality), the period comparison and the stamp.
import type { PeriodChanges, Period } from './accounting/period';
import type { ExpiryBucket, IndicatorsView, QualityView, RollupView, TrajectoryView, VacancyRow } from './accounting/views';
import type { Locale } from './enums';
import type { LocalName } from './models';

/** The data state a report was made from: the spreadsheet export's stamp at this date and scope (`report:stamp`). */
export interface ReportStamp {
  lastChangeSeq: number;
  schemaVersion: number;
  /** The SHA-256 of the spreadsheet export at this date and scope (its About sheet). */
  sha256: string;
}

export interface ReportData {
  asOf: string;
  period: Period;
  /** The zone the report is narrowed to, or null for the district. */
  zone: { id: string; code: string; name: LocalName } | null;
  indicators: IndicatorsView;
  /** The district by zone (a zone: by park), and by park. */
  byZone: RollupView;
  byPark: RollupView;
  trajectory: TrajectoryView;
  changes: { current: PeriodChanges; previous: PeriodChanges; lastYear: PeriodChanges };
  expiries: ExpiryBucket[];
  vacancies: VacancyRow[];
  quality: QualityView['counts'];
  /** The period counted (as-of date's month, quarter or year up to D) and the app's version, for the stamp. */
  range: { from: string; to: string };
  appVersion: string;
}

/** The print route's parameters: `#/report?asOf=…&period=…[&lang=…][&zone=…]` (without asOf: the dashboard's date). */
export interface ReportParams {
  asOf?: string;
  period: Period;
  lang?: Locale;
  zone?: string;
}

/** The print route's hash, as the renderer parses it and the PDF makers open it. */
export function reportHashOf(r: ReportParams): string {
  const q = [
    ['asOf', r.asOf],
    ['period', r.period],
    ['lang', r.lang],
    ['zone', r.zone],
  ].filter((e): e is [string, string] => typeof e[1] === 'string');
  return `#/report?${q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}
