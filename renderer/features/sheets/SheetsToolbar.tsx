// The dashboard's spreadsheet buttons: export the report, import a file (a native dialog in Electron, the
// browser's file chooser in web mode) and download the import template.
import { useRef } from 'react';
import { transport } from '../../api/client';
import { useT } from '../../i18n';
import { useSheets } from '../../stores/sheets';
import { useUi } from '../../stores/ui';

export function SheetsToolbar() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const input = useRef<HTMLInputElement>(null);
  const store = useSheets.getState();
  const chooseImport = () => (transport === 'electron' ? void store.pickAndImport() : input.current?.click());
  return (
    <div className="sheets-toolbar" role="group" aria-label={t('sheets.export')}>
      <button type="button" className="small" data-testid="sheets-export" onClick={() => store.openExport(true)}>
        {t('sheets.export')}
      </button>
      <button type="button" className="small" data-testid="sheets-import" onClick={chooseImport}>
        {t('sheets.import')}
      </button>
      <button type="button" className="small" data-testid="sheets-template" onClick={() => void store.downloadTemplate(locale)}>
        {t('sheets.template')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,.csv"
        data-testid="sheets-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void store.importFile(file);
        }}
      />
    </div>
  );
}
