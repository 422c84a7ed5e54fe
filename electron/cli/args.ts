// A small argument parser of our own over node:util parseArgs: one command, its flags, nothing else.
import { parseArgs } from 'node:util';
import { PERIODS, type Period } from '../../shared/accounting/period';
import { ROLLUP_GROUPS, type RollupGroup } from '../../shared/accounting/rollup';
import { isIsoDate } from '../../shared/dates';
import type { Locale } from '../../shared/enums';
import type { CliMessage } from './messages';

export type Command =
  | { name: 'help' }
  | { name: 'sample'; db: string; large: boolean; force: boolean }
  | { name: 'check'; db: string }
  | { name: 'backup'; db: string; out: string; force: boolean }
  | { name: 'rollup'; db: string; asOf: string; by: RollupGroup }
  | { name: 'pipeline'; db: string; asOf: string }
  | ExportCommand
  | { name: 'import'; db: string; file: string; dryRun: boolean }
  | { name: 'template'; out: string; lang: Locale; force: boolean }
  | { name: 'survey-prepare'; db: string; out: string; scope: CliScope; surveyor: string }
  | { name: 'survey-merge'; db: string; file: string; apply: boolean; resolve: 'survey' | 'office' | null }
  | ReportCommand;

/** A package's buildings as typed: a zone by its code, a park by its id, or a list of building ids. */
export type CliScope = { kind: 'zone'; code: string } | { kind: 'park'; id: string } | { kind: 'buildings'; ids: string[] };

export interface ReportCommand {
  name: 'report';
  db: string;
  asOf: string;
  out: string;
  period: Period;
  lang: Locale;
  zone: string | null;
  chromium: string | null;
  force: boolean;
}

export interface ExportCommand {
  name: 'export';
  db: string;
  asOf: string;
  out: string | null;
  csv: string | null;
  zone: string | null;
  park: string | null;
  lang: Locale;
  force: boolean;
}

export interface Parsed {
  command: Command;
  json: boolean;
}

/** Bad input: the key of a one-line message in both languages, with its parameters. */
export class UsageError extends Error {
  constructor(
    readonly key: CliMessage,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

const FLAGS = {
  sample: { db: 'string', large: 'boolean', force: 'boolean' },
  check: { db: 'string' },
  backup: { db: 'string', out: 'string', force: 'boolean' },
  rollup: { db: 'string', 'as-of': 'string', by: 'string' },
  pipeline: { db: 'string', 'as-of': 'string' },
  export: {
    db: 'string',
    'as-of': 'string',
    out: 'string',
    csv: 'string',
    zone: 'string',
    park: 'string',
    lang: 'string',
    force: 'boolean',
  },
  import: { db: 'string', file: 'string', 'dry-run': 'boolean' },
  template: { out: 'string', lang: 'string', force: 'boolean' },
  'survey-prepare': { db: 'string', out: 'string', zone: 'string', park: 'string', buildings: 'string', surveyor: 'string' },
  'survey-merge': { db: 'string', file: 'string', 'dry-run': 'boolean', apply: 'boolean', resolve: 'string' },
  report: {
    db: 'string',
    'as-of': 'string',
    out: 'string',
    period: 'string',
    lang: 'string',
    zone: 'string',
    chromium: 'string',
    force: 'boolean',
  },
} as const;
type CommandName = keyof typeof FLAGS;

const isCommand = (name: string): name is CommandName => Object.prototype.hasOwnProperty.call(FLAGS, name);

function parseFlags(command: CommandName, args: string[]): Record<string, string | boolean | undefined> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const [flag, type] of Object.entries(FLAGS[command])) options[flag] = { type };
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  } catch (err) {
    const { code, message } = err as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError('unknown_option', { option, command });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError('missing_value', { option });
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError('unexpected_argument', { arg: /'([^']*)'/.exec(message)?.[1] ?? '' });
    throw new UsageError('unexpected_argument', { arg: args.join(' ') });
  }
}

function required(values: Record<string, string | boolean | undefined>, command: CommandName, flag: string): string {
  const value = values[flag];
  if (value === undefined) throw new UsageError('missing_option', { command, option: `--${flag}` });
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError('missing_value', { option: `--${flag}` });
  return value;
}

const isRollupGroup = (value: string): value is RollupGroup => (ROLLUP_GROUPS as readonly string[]).includes(value);

function rollupCommand(values: Record<string, string | boolean | undefined>, db: string): Command {
  const asOf = required(values, 'rollup', 'as-of');
  if (!isIsoDate(asOf)) throw new UsageError('bad_date', { option: '--as-of', value: asOf });
  const by = values.by === undefined ? 'zone' : required(values, 'rollup', 'by');
  if (!isRollupGroup(by)) throw new UsageError('bad_choice', { option: '--by', value: by, choices: ROLLUP_GROUPS.join('|') });
  return { name: 'rollup', db, asOf, by };
}

type Values = Record<string, string | boolean | undefined>;

function surveyPrepare(values: Values, db: string): Command {
  const given = (['zone', 'park', 'buildings'] as const).filter((f) => values[f] !== undefined);
  if (given.length !== 1) throw new UsageError('one_scope');
  const flag = given[0] as 'zone' | 'park' | 'buildings';
  const value = required(values, 'survey-prepare', flag);
  const scope: CliScope =
    flag === 'zone'
      ? { kind: 'zone', code: value }
      : flag === 'park'
        ? { kind: 'park', id: value }
        : {
            kind: 'buildings',
            ids: [
              ...new Set(
                value
                  .split(',')
                  .map((v) => v.trim())
                  .filter(Boolean),
              ),
            ],
          };
  if (scope.kind === 'buildings' && scope.ids.length === 0) throw new UsageError('missing_value', { option: '--buildings' });
  return {
    name: 'survey-prepare',
    db,
    out: required(values, 'survey-prepare', 'out'),
    scope,
    surveyor: required(values, 'survey-prepare', 'surveyor').trim(),
  };
}

function surveyMerge(values: Values, db: string): Command {
  if (values['dry-run'] && values.apply) throw new UsageError('dry_or_apply');
  const resolve = values.resolve === undefined ? null : required(values, 'survey-merge', 'resolve');
  if (resolve !== null && resolve !== 'survey' && resolve !== 'office')
    throw new UsageError('bad_choice', { option: '--resolve', value: resolve, choices: 'survey|office' });
  return { name: 'survey-merge', db, file: required(values, 'survey-merge', 'file'), apply: values.apply === true, resolve };
}

function langOf(values: Record<string, string | boolean | undefined>, command: CommandName, fallback: Locale): Locale {
  if (values.lang === undefined) return fallback;
  const lang = required(values, command, 'lang');
  if (lang === 'zh' || lang === 'zh-CN') return 'zh-CN';
  if (lang === 'en') return 'en';
  throw new UsageError('bad_choice', { option: '--lang', value: lang, choices: 'zh|en' });
}

function exportCommand(values: Record<string, string | boolean | undefined>, db: string, locale: Locale): ExportCommand {
  const asOf = required(values, 'export', 'as-of');
  if (!isIsoDate(asOf)) throw new UsageError('bad_date', { option: '--as-of', value: asOf });
  const optional = (flag: string) => (values[flag] === undefined ? null : required(values, 'export', flag));
  const out = optional('out');
  const csv = optional('csv');
  if (out === null && csv === null) throw new UsageError('missing_option', { command: 'export', option: '--out' });
  const zone = optional('zone');
  const park = optional('park');
  if (zone !== null && park !== null) throw new UsageError('one_of', { a: '--zone', b: '--park' });
  return { name: 'export', db, asOf, out, csv, zone, park, lang: langOf(values, 'export', locale), force: values.force === true };
}

function reportCommand(values: Record<string, string | boolean | undefined>, db: string, locale: Locale): ReportCommand {
  const asOf = required(values, 'report', 'as-of');
  if (!isIsoDate(asOf)) throw new UsageError('bad_date', { option: '--as-of', value: asOf });
  const period = values.period === undefined ? 'month' : required(values, 'report', 'period');
  if (!(PERIODS as readonly string[]).includes(period))
    throw new UsageError('bad_choice', { option: '--period', value: period, choices: PERIODS.join('|') });
  const optional = (flag: string) => (values[flag] === undefined ? null : required(values, 'report', flag));
  return {
    name: 'report',
    db,
    asOf,
    out: required(values, 'report', 'out'),
    period: period as Period,
    lang: langOf(values, 'report', locale),
    zone: optional('zone'),
    chromium: optional('chromium'),
    force: values.force === true,
  };
}

/** `locale`: the language of the user's terminal, the default for --lang. */
export function parseCommandLine(argv: readonly string[], locale: Locale = 'en'): Parsed {
  const json = argv.includes('--json');
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no_command');
  if (first === '--help' || first === '-h' || first === 'help') return { command: { name: 'help' }, json };
  if (first.startsWith('-')) {
    if (first === '--json' && rest.length === 0) throw new UsageError('no_command');
    if (first !== '--json') throw new UsageError('no_command');
    return parseCommandLine(rest.concat('--json'), locale);
  }
  if (!isCommand(first)) throw new UsageError('unknown_command', { name: first });
  const values = parseFlags(first, rest);
  if (values.help) return { command: { name: 'help' }, json };
  if (first === 'template') {
    return {
      command: { name: 'template', out: required(values, first, 'out'), lang: langOf(values, first, locale), force: values.force === true },
      json,
    };
  }
  const db = required(values, first, 'db');
  if (first === 'sample') return { command: { name: 'sample', db, large: values.large === true, force: values.force === true }, json };
  if (first === 'check') return { command: { name: 'check', db }, json };
  if (first === 'rollup') return { command: rollupCommand(values, db), json };
  if (first === 'pipeline') {
    const asOf = required(values, first, 'as-of');
    if (!isIsoDate(asOf)) throw new UsageError('bad_date', { option: '--as-of', value: asOf });
    return { command: { name: 'pipeline', db, asOf }, json };
  }
  if (first === 'export') return { command: exportCommand(values, db, locale), json };
  if (first === 'report') return { command: reportCommand(values, db, locale), json };
  if (first === 'import')
    return { command: { name: 'import', db, file: required(values, first, 'file'), dryRun: values['dry-run'] === true }, json };
  if (first === 'survey-prepare') return { command: surveyPrepare(values, db), json };
  if (first === 'survey-merge') return { command: surveyMerge(values, db), json };
  return { command: { name: 'backup', db, out: required(values, first, 'out'), force: values.force === true }, json };
}
