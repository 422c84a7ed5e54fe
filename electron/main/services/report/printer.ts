// Who turns the report's print route into a PDF for a session: the desktop app registers Electron's printToPDF on
// a hidden window, web mode and the CLI Debian's Chromium (./chromium.ts). Services never import either.
import { AppError } from '../../../../shared/errors';
import { reportHashOf } from '../../../../shared/report';
import type { Session } from '../../session';
import type { ReportRequest } from './data';

export interface ReportPrinter {
  /** Renders `#/report?…` for the request and writes the PDF to `file`; answers the data SHA-256 it printed. */
  print(req: ReportRequest, file: string): Promise<{ sha256: string | null }>;
}

const printers = new WeakMap<Session, ReportPrinter>();

export function setReportPrinter(session: Session, printer: ReportPrinter | null): void {
  if (printer) printers.set(session, printer);
  else printers.delete(session);
}

export function reportPrinterOf(session: Session): ReportPrinter {
  const printer = printers.get(session);
  if (!printer) throw new AppError('bad_input', 'No PDF printer in this program: print the report from its page instead');
  return printer;
}

/** The report route's hash for a request. */
export const reportHash = (req: ReportRequest): string =>
  reportHashOf({ asOf: req.asOf, period: req.period, lang: req.lang, ...(req.zoneCode ? { zone: req.zoneCode } : {}) });

export const REPORT_FILE_NAME: Record<ReportRequest['lang'], string> = { 'zh-CN': '月度报告', en: 'monthly-report' };
