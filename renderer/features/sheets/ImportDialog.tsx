// The import preview: counts, rows in error with sheet, row, column and the reason in the user's language,
// conflicts, and the changes to write (inserts, and updates old → new). Nothing is written until Import is
// pressed; while reading and before writing starts, Cancel stops it.
import type { Locale } from '../../../shared/enums';
import { conflictMessage, issueMessage, noteMessage } from '../../../shared/sheets/messages';
import type { FieldChange, ImportPreview } from '../../../shared/sheets/results';
import { Modal } from '../../components/Modal';
import { useT, type Translate } from '../../i18n';
import { useSheets } from '../../stores/sheets';
import { useUi } from '../../stores/ui';
import { ProgressLine } from './ProgressLine';

/** Rows of each list shown in the dialog (the counts are complete; the error file has every error row). */
const SHOWN = 200;

const shown = (v: FieldChange['before'], t: Translate) => (v === null || v === '' ? t('sheets.empty') : String(v));

function More({ total, t }: { total: number; t: Translate }) {
  return total > SHOWN ? <p className="muted">{t('sheets.more', { count: total - SHOWN })}</p> : null;
}

function Problems({ preview, locale, t }: { preview: ImportPreview; locale: Locale; t: Translate }) {
  if (!preview.errors.length) return null;
  return (
    <section>
      <h3>{t('sheets.errors')}</h3>
      <table className="table" data-testid="import-errors">
        <thead>
          <tr>
            <th>{t('sheets.col.sheet')}</th>
            <th>{t('sheets.col.row')}</th>
            <th>{t('sheets.col.column')}</th>
            <th>{t('sheets.col.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.errors.slice(0, SHOWN).map((e, i) => (
            <tr key={i} data-testid="import-error">
              <td>{e.sheet}</td>
              <td>{e.row}</td>
              <td>
                {e.column}
                {e.header ? ` · ${e.header}` : ''}
              </td>
              <td>{issueMessage(e, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <More total={preview.errors.length} t={t} />
    </section>
  );
}

function Changes({ preview, t }: { preview: ImportPreview; t: Translate }) {
  if (!preview.changes.length) return null;
  return (
    <section>
      <h3>{t('sheets.changes')}</h3>
      <table className="table" data-testid="import-changes">
        <thead>
          <tr>
            <th>{t('sheets.col.row')}</th>
            <th>{t('sheets.col.record')}</th>
            <th>{t('sheets.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.changes.slice(0, SHOWN).map((c) => (
            <tr key={`${c.sheet}:${c.row}`} data-testid="import-change">
              <td>
                {c.sheet} {c.row}
              </td>
              <td>
                <span className="badge">{t(c.action === 'insert' ? 'sheets.insert' : 'sheets.update')}</span> {c.label}
              </td>
              <td>
                {c.changes.map((f) => (
                  <div key={f.field}>
                    <span className="field-name">{f.header}</span>{' '}
                    {c.action === 'update' ? `${shown(f.before, t)} → ${shown(f.after, t)}` : shown(f.after, t)}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <More total={preview.insert + preview.update} t={t} />
    </section>
  );
}

export function ImportDialog() {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const { phase, preview, progress } = useSheets();
  const store = useSheets.getState();
  if (phase === 'idle') return null;
  if (phase === 'reading' || !preview) {
    return (
      <Modal
        title={t('sheets.import')}
        testId="import-dialog"
        footer={
          <button type="button" data-testid="import-cancel" onClick={() => void store.cancel()}>
            {t('sheets.cancel')}
          </button>
        }
      >
        <ProgressLine progress={progress} label={t('sheets.reading')} testId="import-progress" />
      </Modal>
    );
  }
  const blocked = preview.errors.length > 0 || preview.conflicts.length > 0;
  const writes = preview.insert + preview.update;
  const applying = phase === 'applying';
  return (
    <Modal
      wide
      title={t('sheets.importTitle', { file: preview.fileName })}
      testId="import-dialog"
      onClose={applying ? undefined : () => store.close()}
      footer={
        <>
          {preview.errors.length ? (
            <button type="button" data-testid="import-save-errors" disabled={applying} onClick={() => void store.saveErrors(locale)}>
              {t('sheets.saveErrors')}
            </button>
          ) : null}
          <button type="button" data-testid="import-close" disabled={applying} onClick={() => store.close()}>
            {t('sheets.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="import-apply"
            disabled={blocked || writes === 0 || applying}
            onClick={() => void store.apply()}
          >
            {t('sheets.apply', { count: writes })}
          </button>
        </>
      }
    >
      <p data-testid="import-counts">
        {t('sheets.counts', {
          insert: preview.insert,
          update: preview.update,
          unchanged: preview.unchanged,
          errors: preview.errorRows,
          conflicts: preview.conflicts.length,
        })}
      </p>
      <div className={`banner ${blocked ? 'error' : 'warn'}`} data-testid="import-status">
        {t(blocked ? 'sheets.mustFix' : writes === 0 ? 'sheets.nothingToDo' : 'sheets.nothingWritten')}
      </div>
      {applying ? <ProgressLine progress={progress} label={t('sheets.applying')} testId="import-applying" /> : null}
      <Problems preview={preview} locale={locale} t={t} />
      {preview.conflicts.length ? (
        <section>
          <h3>{t('sheets.conflicts')}</h3>
          <ul data-testid="import-conflicts">
            {preview.conflicts.slice(0, SHOWN).map((c) => (
              <li key={`${c.sheet}:${c.row}`}>
                {c.sheet} {c.row}: {conflictMessage(c, locale)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Changes preview={preview} t={t} />
      {preview.notes.length ? (
        <section>
          <h3>{t('sheets.notes')}</h3>
          <ul className="muted" data-testid="import-notes">
            {preview.notes.map((n, i) => (
              <li key={i}>{noteMessage(n, locale)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Modal>
  );
}
