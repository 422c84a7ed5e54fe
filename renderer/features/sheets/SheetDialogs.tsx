// The spreadsheet dialogs, mounted once by the shell; a file dropped on the window starts an import.
import { useSheets } from '../../stores/sheets';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { useFileDrop } from './useFileDrop';

export function SheetDialogs() {
  useFileDrop();
  const exportOpen = useSheets((s) => s.exportOpen);
  return (
    <>
      {exportOpen ? <ExportDialog /> : null}
      <ImportDialog />
    </>
  );
}
