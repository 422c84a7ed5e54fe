// Export the floor-space report: date, scope (district, a zone, a park), language, XLSX or one sheet as CSV;
// a progress bar with Cancel while it runs (a cancelled export leaves no file).
import { useState } from 'react';
import { errorMessage } from '../../../shared/messages';
import { REPORT_SHEETS, SHEET_NAMES } from '../../../shared/sheets/spec';
import type { Locale } from '../../../shared/enums';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import { localName } from '../../lib/format';
import { useAsOf } from '../../stores/asOf';
import { useLookups } from '../../stores/lookups';
import { useSheets, type ScopeChoice } from '../../stores/sheets';
import { useUi } from '../../stores/ui';
import { ProgressLine } from './ProgressLine';

export function ExportDialog() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const zones = useLookups((s) => s.zones);
  const parks = useLookups((s) => s.parks);
  const { exporting, error, progress } = useSheets();
  const [asOf, setAsOf] = useState(useAsOf.getState().asOf);
  const [kind, setKind] = useState<ScopeChoice['kind']>('district');
  const [zone, setZone] = useState(zones[0]?.code ?? '');
  const [park, setPark] = useState(parks[0]?.id ?? '');
  const [lang, setLang] = useState<Locale>(locale);
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [sheet, setSheet] = useState('units');
  const scope: ScopeChoice = kind === 'zone' ? { kind, code: zone } : kind === 'park' ? { kind, id: park } : { kind: 'district' };
  const close = () => useSheets.getState().openExport(false);
  const run = () => void useSheets.getState().runExport({ asOf, scope, lang, format, sheet });
  return (
    <Modal
      title={t('sheets.exportTitle')}
      testId="export-dialog"
      onClose={exporting ? undefined : close}
      footer={
        exporting ? (
          <button type="button" data-testid="export-cancel" onClick={() => void useSheets.getState().cancel()}>
            {t('sheets.cancel')}
          </button>
        ) : (
          <>
            <button type="button" onClick={close}>
              {t('sheets.close')}
            </button>
            <button type="button" className="primary" data-testid="export-run" disabled={!/^\d{4}-\d{2}-\d{2}$/.test(asOf)} onClick={run}>
              {t('sheets.export')}
            </button>
          </>
        )
      }
    >
      {error ? (
        <div className="banner error" data-testid="export-error">
          {errorMessage(error, locale)}
        </div>
      ) : null}
      <div className="form-grid">
        <label className="form-field">
          <span>{t('sheets.asOf')}</span>
          <input type="date" data-testid="export-as-of" value={asOf} onChange={(e) => setAsOf(e.target.value)} disabled={exporting} />
        </label>
        <label className="form-field">
          <span>{t('sheets.scope')}</span>
          <select
            data-testid="export-scope"
            value={kind}
            onChange={(e) => setKind(e.target.value as ScopeChoice['kind'])}
            disabled={exporting}
          >
            <option value="district">{t('sheets.scope.district')}</option>
            <option value="zone" disabled={!zones.length}>
              {t('sheets.scope.zone')}
            </option>
            <option value="park" disabled={!parks.length}>
              {t('sheets.scope.park')}
            </option>
          </select>
        </label>
        {kind === 'zone' ? (
          <label className="form-field">
            <span>{t('sheets.scope.zone')}</span>
            <select data-testid="export-zone" value={zone} onChange={(e) => setZone(e.target.value)} disabled={exporting}>
              {zones.map((z) => (
                <option key={z.id} value={z.code}>{`${z.code} ${localName(z, locale)}`}</option>
              ))}
            </select>
          </label>
        ) : null}
        {kind === 'park' ? (
          <label className="form-field">
            <span>{t('sheets.scope.park')}</span>
            <select data-testid="export-park" value={park} onChange={(e) => setPark(e.target.value)} disabled={exporting}>
              {parks.map((p) => (
                <option key={p.id} value={p.id}>
                  {localName(p, locale)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="form-field">
          <span>{t('sheets.lang')}</span>
          <select data-testid="export-lang" value={lang} onChange={(e) => setLang(e.target.value as Locale)} disabled={exporting}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="form-field">
          <span>{t('sheets.format')}</span>
          <select
            data-testid="export-format"
            value={format}
            onChange={(e) => setFormat(e.target.value as 'xlsx' | 'csv')}
            disabled={exporting}
          >
            <option value="xlsx">{t('sheets.format.xlsx')}</option>
            <option value="csv">{t('sheets.format.csv')}</option>
          </select>
        </label>
        {format === 'csv' ? (
          <label className="form-field">
            <span>{t('sheets.sheet')}</span>
            <select data-testid="export-sheet" value={sheet} onChange={(e) => setSheet(e.target.value)} disabled={exporting}>
              {REPORT_SHEETS.map((k) => (
                <option key={k} value={k}>
                  {SHEET_NAMES[k][lang]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {exporting ? <ProgressLine progress={progress} label={t('sheets.exporting')} testId="export-progress" /> : null}
    </Modal>
  );
}
