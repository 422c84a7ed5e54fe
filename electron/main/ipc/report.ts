// The monthly report (issue 9): its figures for the print route, and the PDF made by this transport's printer,
// staged like an exported spreadsheet so `sheets:save` hands it to a save dialog or a download.
import { reportData, stampScope } from '../services/report/data';
import { dataStamp } from '../services/sheets/stamp';
import { REPORT_FILE_NAME, reportPrinterOf } from '../services/report/printer';
import { stagingOf } from '../services/sheets/staging';
import type { PartialHandlers } from './types';

export const reportHandlers: PartialHandlers<'report:data' | 'report:stamp' | 'report:pdf'> = {
  'report:data': (input, s) => reportData(s.db, input, { appVersion: s.appVersion }),
  // Reads every exported row (seconds on a large file): a read worker answers it where one runs (workers/read-jobs.ts).
  'report:stamp': ({ asOf, zoneCode }, s) => dataStamp({ dbPath: s.dbPath, nativeBinding: s.nativeBinding }, asOf, stampScope(zoneCode)),
  'report:pdf': async (input, s) => {
    const printer = reportPrinterOf(s);
    const staging = stagingOf(s);
    const file = staging.newPath('.pdf');
    await printer.print(input, file);
    const fileName = `${REPORT_FILE_NAME[input.lang]}-${input.asOf}${input.zoneCode ? `-${input.zoneCode}` : ''}.pdf`;
    return { fileId: staging.addFile(file, fileName), fileName };
  },
};
