// The command line: `npm run cli -- <command>` (tsx) or the package.json bin (./bin.cjs). See HELP in
// ./messages.ts. Output goes to stdout; a failure is one line on stderr (or one JSON line with --json).
import { toErrorShape, type AppErrorShape } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';
import { parseCommandLine, UsageError, type Parsed } from './args';
import { runBackup, runCheck, runSample, type Context, type Outcome } from './commands';
import { cliLocale, HELP, say } from './messages';
import { runPipeline } from './pipeline';
import { runReport } from './report';
import { runRollup } from './rollup';
import { runExport, runImport, runTemplate } from './sheets';
import { runSurveyMerge, runSurveyPrepare } from './survey';

async function execute(parsed: Parsed, ctx: Context): Promise<Outcome> {
  const { command } = parsed;
  switch (command.name) {
    case 'help':
      return { lines: [HELP[ctx.locale]], json: { command: 'help', help: HELP.en }, exitCode: 0 };
    case 'sample':
      return runSample(command, ctx);
    case 'check':
      return runCheck(command, ctx);
    case 'backup':
      return runBackup(command, ctx);
    case 'rollup':
      return runRollup(command, ctx);
    case 'pipeline':
      return runPipeline(command, ctx);
    case 'export':
      return runExport(command, ctx);
    case 'import':
      return runImport(command, ctx);
    case 'template':
      return runTemplate(command, ctx);
    case 'survey-prepare':
      return runSurveyPrepare(command, ctx);
    case 'survey-merge':
      return runSurveyMerge(command, ctx);
    case 'report':
      return runReport(command, ctx);
  }
}

function failure(err: unknown, ctx: Context): { shape: AppErrorShape; line: string } {
  if (err instanceof UsageError) {
    return { shape: { code: 'bad_input', message: say(err.key, 'en', err.params) }, line: say(err.key, ctx.locale, err.params) };
  }
  const shape = toErrorShape(err);
  // database_newer and friends read well in both languages; internal errors keep their English detail.
  return { shape, line: errorMessage(shape, ctx.locale) };
}

export async function main(argv: readonly string[]): Promise<number> {
  const wantsJson = argv.includes('--json');
  const ctx: Context = { locale: cliLocale(), progress: null };
  try {
    const parsed = parseCommandLine(argv, ctx.locale);
    if (!parsed.json && process.stderr.isTTY) ctx.progress = (line) => process.stderr.write(`\r${line}`);
    const outcome = await execute(parsed, ctx);
    if (ctx.progress) process.stderr.write('\n');
    if (parsed.json) process.stdout.write(`${JSON.stringify(outcome.json)}\n`);
    else process.stdout.write(`${outcome.lines.join('\n')}\n`);
    return outcome.exitCode;
  } catch (err) {
    const { shape, line } = failure(err, ctx);
    const oneLine = line.replace(/\s*\n\s*/g, ' ');
    if (wantsJson)
      process.stdout.write(
        `${JSON.stringify({ ok: false, error: { code: shape.code, message: shape.message.replace(/\s*\n\s*/g, ' ') } })}\n`,
      );
    else process.stderr.write(`park-space-desk: ${oneLine}\n`);
    return 2;
  }
}

// `check … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`park-space-desk: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
