// The monthly report (issue 9): its figures for the print route, and the PDF made by this transport's printer,
// staged like an exported spreadsheet so `sheets:save` hands it to a save dialog or a download.
import { reportData } from '../services/report/data';
import { REPORT_FILE_NAME, reportPrinterOf } from '../services/report/printer';
import { stagingOf } from '../services/sheets/staging';
import type { PartialHandlers } from './types';

export const reportHandlers: PartialHandlers<'report:data' | 'report:pdf'> = {
  'report:data': (input, s) => reportData(s.db, input, { dbPath: s.dbPath, nativeBinding: s.nativeBinding, appVersion: s.appVersion }),
  'report:pdf': async (input, s) => {
    const printer = reportPrinterOf(s);
    const staging = stagingOf(s);
    const file = staging.newPath('.pdf');
    await printer.print(input, file);
    const fileName = `${REPORT_FILE_NAME[input.lang]}-${input.asOf}${input.zoneCode ? `-${input.zoneCode}` : ''}.pdf`;
    return { fileId: staging.addFile(file, fileName), fileName };
  },
};
